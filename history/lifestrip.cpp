#include "lifestrip.h"

#include "gui/timechart.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace omv
{

namespace
{

QString when(qint64 ts)
{
    return QDateTime::fromMSecsSinceEpoch(ts).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

LifeStrip::LifeStrip(QWidget* parent)
    : QWidget(parent)
{
    setMinimumHeight(fontMetrics().height() * 4 + 8); // a line of text, the bars, a line of text
    setToolTip(tr("The selected process's life: a bar per stay on a node, a mark per migration"));
}

void LifeStrip::setLife(const QVector<SpanRow>& stays, const QVector<MigrationRow>& moves, qint64 extentEnd)
{
    m_stays = stays;
    m_moves = moves;
    if (!stays.isEmpty()) {
        m_from = stays.first().startTs;
        m_to = m_from + 1000;
        for (const SpanRow& s : stays)
            m_to = std::max(m_to, s.endTs >= 0 ? s.endTs : std::max(extentEnd, s.startTs + 1000));
    }
    update();
}

void LifeStrip::setCommands(const QHash<qint64, QString>& byMoveTs)
{
    m_commands = byMoveTs;
}

void LifeStrip::setMoment(qint64 t)
{
    m_moment = t;
    update();
}

QRect LifeStrip::barArea() const
{
    const int lh = fontMetrics().height();
    return QRect(lh / 2, lh + 2, width() - lh, std::max(8, height() - 2 * lh - 4));
}

int LifeStrip::xOf(qint64 ts) const
{
    const QRect a = barArea();
    return a.left() + int(double(ts - m_from) / double(std::max<qint64>(1, m_to - m_from)) * a.width());
}

void LifeStrip::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QRect a = barArea();
    const int lh = fontMetrics().height();
    if (m_stays.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Select a process to see its life"));
        return;
    }
    const SpanRow& first = m_stays.first();
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(a.left(), 0, a.width(), lh), Qt::AlignLeft | Qt::AlignVCenter,
        tr("pid %1 of node %2 (%3): %4").arg(first.pid).arg(first.home).arg(first.user, first.command));
    for (const SpanRow& s : m_stays) {
        const int x0 = xOf(s.startTs), x1 = std::max(x0 + 2, xOf(s.endTs >= 0 ? s.endTs : m_to));
        const QRect bar(x0, a.top(), x1 - x0, a.height());
        const QColor c = nodeColour(s.node);
        p.fillRect(bar, c.lighter(s.node == s.home ? 150 : 115));
        p.setPen(c.darker(130));
        p.drawRect(bar.adjusted(0, 0, -1, -1));
        const QString label = s.node == s.home ? tr("node %1 (home)").arg(s.node) : tr("node %1").arg(s.node);
        if (fontMetrics().horizontalAdvance(label) + 6 < bar.width()) {
            p.setPen(Qt::black);
            p.drawText(bar, Qt::AlignCenter, label);
        }
    }
    // Moves: a triangle over the bar, filled for an admin's, hollow for the balancer's.
    for (const MigrationRow& m : m_moves) {
        const int x = xOf(m.ts);
        const QPolygon tri(
            QVector<QPoint> { QPoint(x - 5, a.top() - 7), QPoint(x + 5, a.top() - 7), QPoint(x, a.top() - 1) });
        p.setPen(QColor(0x30, 0x30, 0x30));
        p.setBrush(m.cause == QLatin1String("admin") ? QBrush(QColor(0xc0, 0x60, 0x00)) : QBrush(Qt::NoBrush));
        p.drawPolygon(tri);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(a.left(), a.bottom() + 2, a.width(), lh), Qt::AlignLeft | Qt::AlignVCenter, when(m_from));
    const SpanRow& last = m_stays.last();
    p.drawText(QRect(a.left(), a.bottom() + 2, a.width(), lh), Qt::AlignRight | Qt::AlignVCenter,
        last.endTs >= 0 ? tr("ended %1").arg(when(last.endTs)) : tr("still running"));
    if (m_moment >= m_from && m_moment <= m_to) {
        p.setPen(QPen(QColor(0x20, 0x40, 0xa0), 2));
        p.drawLine(xOf(m_moment), a.top() - 2, xOf(m_moment), a.bottom() + 2);
    }
}

QString LifeStrip::textAt(int x) const
{
    for (const MigrationRow& m : m_moves)
        if (std::abs(xOf(m.ts) - x) <= 5)
            return tr("%1: moved from node %2 to node %3 by %4")
                       .arg(when(m.ts))
                       .arg(m.from)
                       .arg(m.to)
                       .arg(m.cause == QLatin1String("admin") ? tr("an admin") : tr("the balancer"))
                + (m_commands.contains(m.ts) ? QStringLiteral(" — ") + m_commands.value(m.ts) : QString());
    for (const SpanRow& s : m_stays) {
        if (x >= xOf(s.startTs) && x <= xOf(s.endTs >= 0 ? s.endTs : m_to))
            return tr("on node %1 from %2 %3")
                .arg(s.node)
                .arg(when(s.startTs), s.endTs >= 0 ? tr("to %1").arg(when(s.endTs)) : tr("on"));
    }
    return QString();
}

bool LifeStrip::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QString text = textAt(help->pos().x());
        if (text.isEmpty())
            QToolTip::showText(help->globalPos(), toolTip(), this);
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

} // namespace omv
