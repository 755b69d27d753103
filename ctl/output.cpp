#include "output.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <unistd.h>

namespace omv::ctl
{

Output Output::forTerminal(bool json, bool noColour)
{
    Output o;
    o.json = json;
    o.tty = ::isatty(STDOUT_FILENO) == 1;
    // https://no-color.org: any value, even empty, turns colour off.
    o.colour = o.tty && !json && !noColour && qgetenv("NO_COLOR").isNull() && qgetenv("TERM") != "dumb";
    return o;
}

void Output::line(const QString& text) const
{
    std::fprintf(out, "%s\n", text.toUtf8().constData());
}

void Output::error(const QString& text) const
{
    std::fprintf(err, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), text.toUtf8().constData());
}

void Output::print(const QJsonValue& json) const
{
    const QJsonDocument doc = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
    std::fprintf(out, "%s", doc.toJson(QJsonDocument::Indented).constData());
}

QString Output::paint(const QString& text, const char* sgr) const
{
    if (!colour || text.isEmpty())
        return text;
    return QStringLiteral("\x1b[%1m").arg(QLatin1String(sgr)) + text + QStringLiteral("\x1b[0m");
}

namespace
{

int shownWidth(const QString& cell)
{
    static const QRegularExpression sgr(QStringLiteral("\x1b\\[[0-9;]*m"));
    QString plain = cell;
    plain.remove(sgr);
    return plain.size();
}

// A cell is one line and never holds a tab: a node's text (a command line) cannot break the
// columns or a script's split.
QString flat(QString cell)
{
    for (QChar& c : cell)
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')
            || c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    return cell;
}

} // namespace

void Table::write(const Output& o) const
{
    if (!o.tty) {
        for (const QStringList& row : m_rows) {
            QStringList cells;
            for (const QString& c : row)
                cells << flat(c);
            o.line(cells.join(QLatin1Char('\t')));
        }
        return;
    }
    QVector<int> widths(m_columns.size());
    for (int c = 0; c < m_columns.size(); ++c)
        widths[c] = m_columns[c].title.size();
    for (const QStringList& row : m_rows)
        for (int c = 0; c < m_columns.size() && c < row.size(); ++c)
            widths[c] = std::max(widths[c], shownWidth(flat(row[c])));
    auto render = [&](const QStringList& row) {
        QString text;
        for (int c = 0; c < m_columns.size(); ++c) {
            const QString cell = flat(row.value(c));
            const int pad = widths[c] - shownWidth(cell);
            const bool last = c + 1 == m_columns.size();
            if (c > 0)
                text += QStringLiteral("  ");
            if (m_columns[c].align == Right)
                text += QString(pad, QLatin1Char(' ')) + cell;
            else
                text += cell + (last ? QString() : QString(pad, QLatin1Char(' ')));
        }
        return text;
    };
    QStringList titles;
    for (const Column& c : m_columns)
        titles << c.title;
    o.line(o.dim(render(titles)));
    for (const QStringList& row : m_rows)
        o.line(render(row));
}

QString bytesText(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("–");
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace omv::ctl
