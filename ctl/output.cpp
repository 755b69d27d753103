#include "output.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

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
    // A node's own words travel in errors (a command's stderr): never as terminal controls.
    std::fprintf(
        err, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), plainText(text).toUtf8().constData());
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

} // namespace

QString plainText(QString text)
{
    for (QChar& c : text)
        if (c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029))
            c = QLatin1Char(' ');
    return text;
}

void Table::write(const Output& o) const
{
    if (!o.tty) {
        for (const QVector<Cell>& row : m_rows) {
            QStringList cells;
            for (const Cell& c : row)
                cells << plainText(c.text);
            o.line(cells.join(QLatin1Char('\t')));
        }
        return;
    }
    QVector<int> widths(m_columns.size());
    for (int c = 0; c < m_columns.size(); ++c)
        widths[c] = m_columns[c].title.size();
    for (const QVector<Cell>& row : m_rows)
        for (int c = 0; c < m_columns.size() && c < row.size(); ++c)
            widths[c] = std::max(widths[c], int(plainText(row[c].text).size()));
    auto render = [&](const QVector<Cell>& row) {
        QString text;
        for (int c = 0; c < m_columns.size(); ++c) {
            const Cell cell = c < row.size() ? row[c] : Cell(QString());
            const QString shown = plainText(cell.text);
            const QString pad(widths[c] - shown.size(), QLatin1Char(' '));
            const QString painted = cell.sgr ? o.paint(shown, cell.sgr) : shown;
            if (c > 0)
                text += QStringLiteral("  ");
            if (m_columns[c].align == Right)
                text += pad + painted;
            else
                text += painted + (c + 1 == m_columns.size() ? QString() : pad);
        }
        return text;
    };
    QVector<Cell> titles;
    for (const Column& c : m_columns)
        titles << Cell(c.title);
    o.line(o.dim(render(titles)));
    for (const QVector<Cell>& row : m_rows)
        o.line(render(row));
}

QString bytesText(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("–");
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace omv::ctl
