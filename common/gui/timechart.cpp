#include "timechart.h"

#include <QDateTime>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace omv
{

namespace
{

// 0 … top in about five steps of 1, 2 or 5 × 10^k.
void niceAxis(double top, double* niceTop, double* step)
{
    top = std::max(top, 1e-9);
    const double raw = top / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double s = magnitude;
    for (double f : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        s = f * magnitude;
        if (s >= raw)
            break;
    }
    *step = s;
    *niceTop = std::ceil(top / s - 1e-9) * s;
}

// As many decimals as the step has (0.25 → 2: "0.25", "0.50", not "0.3").
QString axisNumber(double v, double step)
{
    int decimals = 0;
    for (double s = step; decimals < 4 && std::abs(s - std::round(s)) > 1e-6 * std::max(1.0, s); s *= 10)
        ++decimals;
    return QString::number(v, 'f', decimals);
}

// Time-axis steps, each with the label format it needs.
struct TimeStep {
    qint64 ms;
    const char* format;
};
constexpr TimeStep kTimeSteps[] = { { 1000, "HH:mm:ss" }, { 5000, "HH:mm:ss" }, { 15000, "HH:mm:ss" },
    { 30000, "HH:mm:ss" }, { 60000, "HH:mm" }, { 300000, "HH:mm" }, { 900000, "HH:mm" }, { 1800000, "HH:mm" },
    { 3600000, "HH:mm" }, { 2 * 3600000, "HH:mm" }, { 3 * 3600000, "HH:mm" }, { 6 * 3600000, "dd.MM. HH:mm" },
    { 12 * 3600000, "dd.MM. HH:mm" }, { 24 * 3600000, "dd.MM." }, { 2 * 24 * 3600000, "dd.MM." },
    { 7 * 24 * 3600000, "dd.MM." }, { 14 * 24 * 3600000, "dd.MM." }, { qint64(30) * 24 * 3600000, "dd.MM.yy" },
    { qint64(91) * 24 * 3600000, "dd.MM.yy" }, { qint64(365) * 24 * 3600000, "yyyy" } };

const QColor kHot(0xd0, 0x20, 0x20);
const QColor kGrid(0xe4, 0xe4, 0xe4);
const QColor kAxisText(0x40, 0x40, 0x40);
const QColor kTickColour(0xc0, 0x60, 0x00);
const QColor kBarColour(0x80, 0x60, 0xb0, 170);

} // namespace

QColor nodeColour(int node)
{
    static const QColor palette[]
        = { QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
              QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
              QColor(0x17, 0xbe, 0xcf), QColor(0x39, 0x3b, 0x79), QColor(0x63, 0x79, 0x39), QColor(0x84, 0x3c, 0x39) };
    return palette[(node - 1 + 1200) % 12];
}

QVector<QPointF> loadPoints(const QVector<SeriesPoint>& series, qint64 shiftMs)
{
    QVector<QPointF> xy;
    xy.reserve(series.size());
    for (const SeriesPoint& p : series)
        xy << QPointF(qreal(p.ts + shiftMs), p.loadAvg);
    return xy;
}

TimeChart::TimeChart(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_title(title)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(300, 160);
    setFocusPolicy(Qt::ClickFocus);
}

int TimeChart::addLine(const Line& line)
{
    m_lines << line;
    m_axes[line.axis].used = true;
    changed();
    return m_lines.size() - 1;
}

void TimeChart::setPoints(int index, QVector<QPointF> points)
{
    if (m_lines[index].points == points)
        return; // (a repaint costs more than the comparison)
    m_lines[index].points = std::move(points);
    changed();
}

void TimeChart::setLineVisible(int index, bool visible)
{
    if (m_lines[index].visible == visible)
        return;
    m_lines[index].visible = visible;
    changed();
}

void TimeChart::setLineName(int index, const QString& name)
{
    if (m_lines[index].name == name)
        return;
    m_lines[index].name = name;
    changed();
}

void TimeChart::setRange(qint64 from, qint64 to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = std::max(to, from + 1);
    changed();
}

void TimeChart::setAxis(Axis axis, const QString& title, double top)
{
    AxisInfo& a = m_axes[axis];
    double niceTop, step;
    niceAxis(top, &niceTop, &step);
    if (a.used && a.title == title && a.top == niceTop)
        return;
    a.title = title;
    a.used = true;
    a.top = niceTop;
    a.step = step;
    changed();
}

void TimeChart::setThreshold(double value)
{
    if (value == m_threshold)
        return;
    m_threshold = value;
    changed();
}

void TimeChart::setBands(QVector<Band> bands)
{
    if (bands == m_bands)
        return;
    m_bands = std::move(bands);
    changed();
}

void TimeChart::setMarks(QVector<Mark> marks)
{
    if (marks == m_marks)
        return;
    m_marks = std::move(marks);
    changed();
}

void TimeChart::setTicks(QVector<Tick> ticks)
{
    if (ticks == m_ticks)
        return;
    m_ticks = std::move(ticks);
    changed();
}

void TimeChart::setBars(const QString& name, QVector<QPointF> bars, qint64 widthMs)
{
    if (name == m_barName && bars == m_bars && widthMs == m_barWidth)
        return;
    m_barName = name;
    m_bars = std::move(bars);
    m_barWidth = widthMs;
    changed();
}

void TimeChart::setLegendVisible(bool visible)
{
    if (visible == m_legend)
        return;
    m_legend = visible;
    changed();
}

void TimeChart::setCursorTime(qint64 ts)
{
    if (ts == m_cursor)
        return;
    m_cursor = ts;
    update(); // over the cache: the chart itself stays drawn
}

void TimeChart::changed()
{
    m_dirty = true;
    update();
}

qint64 TimeChart::hoverTime() const
{
    return m_hoverX >= m_plot.left() && m_hoverX <= m_plot.right() ? timeAt(m_hoverX) : -1;
}

qint64 TimeChart::timeAt(int x) const
{
    const QRect plot = m_plot.isValid() ? m_plot : rect();
    const double f = double(x - plot.left()) / std::max(1, plot.width());
    return m_from + qint64(std::llround(f * double(m_to - m_from)));
}

int TimeChart::yOf(Axis axis, double value) const
{
    const QRect plot = m_plot.isValid() ? m_plot : rect();
    return int(std::lround(plot.bottom() + 1 - value / m_axes[axis].top * plot.height()));
}

void TimeChart::setTitle(const QString& title)
{
    if (title == m_title)
        return;
    m_title = title;
    changed();
}

int TimeChart::xOf(qint64 ts) const
{
    const QRect plot = m_plot.isValid() ? m_plot : rect();
    return plot.left() + int(std::lround(double(ts - m_from) / double(m_to - m_from) * plot.width()));
}

struct TimeChart::Layout {
    QFontMetrics fm;
    QSize size;
    bool paper;
    int lh; // a line's height: the unit of every gap
    // The legend's entries, laid out in rows under the plot.
    struct Entry {
        int line; // -1: the bars
        QString text;
        QRect rect; // from the legend's top left
    };
    QVector<Entry> entries;
    int swatch;
    int titleHeight;
    int rightWidth;
    QRect plot;
    double span; // ms across the plot
    qint64 from;
    QColor text;

    double xOfTs(double ts) const { return plot.left() + (ts - double(from)) / span * plot.width(); }
    double yOf(const AxisInfo& a, double v) const { return plot.bottom() + 1 - v / a.top * plot.height(); }
    /// An axis's step for its numbers: on a short chart (a strip) every other one, so that they never touch.
    double stepOf(const AxisInfo& a) const
    {
        double step = a.step;
        while (step < a.top && plot.height() * step / a.top < lh * 1.3)
            step *= 2;
        return step;
    }
};

TimeChart::Layout TimeChart::layout(const QFontMetrics& fm, const QSize& size, bool paper) const
{
    const int lh = fm.height();
    Layout l { fm, size, paper, lh, {}, lh * 2, m_title.isEmpty() ? lh / 2 : lh + lh / 2, 0, {}, double(m_to - m_from),
        m_from, paper ? QColor(Qt::black) : palette().color(QPalette::Text) };
    if (m_legend || paper) {
        for (int i = 0; i < m_lines.size(); ++i)
            if (m_lines[i].legend && (m_lines[i].visible || paper) && !m_lines[i].points.isEmpty())
                l.entries << Layout::Entry { i, m_lines[i].name, {} };
        if (!m_bars.isEmpty())
            l.entries << Layout::Entry { -1, m_barName, {} };
    }
    int legendHeight = 0;
    if (!l.entries.isEmpty() && size.width() > 0) {
        int x = 0, rows = 1;
        const int room = size.width() - 2 * lh;
        for (Layout::Entry& e : l.entries) {
            const int w = l.swatch + lh / 3 + fm.horizontalAdvance(e.text) + lh;
            if (x > 0 && x + w > room) {
                x = 0;
                ++rows;
            }
            e.rect = QRect(x, (rows - 1) * lh, w, lh);
            x += w;
        }
        legendHeight = rows * lh + lh / 2;
    }
    const AxisInfo& left = m_axes[Left];
    const AxisInfo& right = m_axes[Right];
    const int leftWidth = fm.horizontalAdvance(axisNumber(left.top * 10, left.step)) + lh * 2;
    l.rightWidth = right.used ? fm.horizontalAdvance(axisNumber(right.top * 10, right.step)) + lh * 2 : lh;
    l.plot = QRect(leftWidth, l.titleHeight, size.width() - leftWidth - l.rightWidth,
        size.height() - l.titleHeight - lh * 2 - legendHeight);
    return l;
}

void TimeChart::draw(QPainter& p, const QSize& size, bool paper, QRect* plotOut) const
{
    const Layout l = layout(QFontMetrics(p.font()), size, paper);
    if (plotOut)
        *plotOut = l.plot;
    if (size.isEmpty() || l.plot.width() < 10 || l.plot.height() < 10)
        return;
    drawBackground(p, l);
    drawAxes(p, l);
    p.save();
    p.setClipRect(l.plot.adjusted(0, 0, 1, 1));
    drawData(p, l);
    p.restore();
    // Ticks under the time axis (outside the plot, so they never hide a line).
    p.setPen(QPen(kTickColour, 2));
    for (const Tick& t : m_ticks) {
        const double x = l.xOfTs(double(t.ts));
        if (x >= l.plot.left() && x <= l.plot.right() + 1)
            p.drawLine(QPointF(x, l.plot.bottom() + 1), QPointF(x, l.plot.bottom() + l.lh / 3 + 1));
    }
    p.setPen(QPen(QColor(0x80, 0x80, 0x80), 0));
    p.setBrush(Qt::NoBrush);
    p.drawRect(l.plot);
    drawLegend(p, l);
}

void TimeChart::drawBackground(QPainter& p, const Layout& l) const
{
    const QRect& plot = l.plot;
    p.fillRect(QRect(QPoint(0, 0), l.size), l.paper ? Qt::white : palette().color(QPalette::Base));
    p.fillRect(plot, Qt::white);
    p.setPen(l.text);
    if (!m_title.isEmpty()) {
        QFont bold = p.font();
        bold.setBold(true);
        p.save();
        p.setFont(bold);
        p.drawText(QRect(0, 0, l.size.width(), l.titleHeight), Qt::AlignCenter, m_title);
        p.restore();
    }
    // Shaded intervals first, under everything.
    for (const Band& b : m_bands) {
        const double x0 = std::max<double>(plot.left(), l.xOfTs(double(b.from)));
        const double x1 = std::min<double>(plot.right() + 1, l.xOfTs(double(b.to)));
        if (x1 <= x0)
            continue;
        const QRectF r(x0, plot.top(), std::max(1.0, x1 - x0), plot.height());
        p.fillRect(r, QColor(0xd0, 0x20, 0x20, 38));
        if (l.paper) // hatched too, for black and white
            p.fillRect(r, QBrush(QColor(0xd0, 0x20, 0x20, 120), Qt::BDiagPattern));
    }
}

void TimeChart::drawAxes(QPainter& p, const Layout& l) const
{
    const QRect& plot = l.plot;
    const int lh = l.lh;
    const double span = l.span;
    // The grid and the axes' numbers.
    const AxisInfo& left = m_axes[Left];
    p.setPen(QPen(kGrid, 0));
    const double leftStep = l.stepOf(left);
    for (double v = leftStep; v < left.top + leftStep / 2; v += leftStep) {
        const int y = int(std::lround(l.yOf(left, v)));
        p.drawLine(plot.left(), y, plot.right(), y);
    }
    // The time axis: the largest step that leaves room for its labels, aligned to local time.
    const int labelWidth = l.fm.horizontalAdvance(QStringLiteral("00.00. 00:00")) + lh;
    const TimeStep* step = &kTimeSteps[std::size(kTimeSteps) - 1];
    for (const TimeStep& s : kTimeSteps) {
        if (double(s.ms) / span * plot.width() >= labelWidth) {
            step = &s;
            break;
        }
    }
    const qint64 offset = qint64(QDateTime::fromMSecsSinceEpoch(m_from).offsetFromUtc()) * 1000;
    QVector<QPair<int, QString>> timeLabels;
    if (step->ms >= qint64(30) * 24 * 3600000) { // months and years: calendar boundaries
        QDate d = QDateTime::fromMSecsSinceEpoch(m_from).date();
        d = step->ms >= qint64(365) * 24 * 3600000 ? QDate(d.year(), 1, 1) : QDate(d.year(), d.month(), 1);
        const int months = step->ms >= qint64(365) * 24 * 3600000 ? 12 : int(step->ms / (qint64(30) * 24 * 3600000));
        for (; QDateTime(d.startOfDay()).toMSecsSinceEpoch() <= m_to; d = d.addMonths(months)) {
            const qint64 t = d.startOfDay().toMSecsSinceEpoch();
            if (t >= m_from)
                timeLabels << qMakePair(int(std::lround(l.xOfTs(double(t)))), d.toString(QLatin1String(step->format)));
        }
    } else {
        // Days and weeks start at local midnight (weeks on Mondays); shorter steps on the clock.
        qint64 t = ((m_from + offset) / step->ms + 1) * step->ms - offset;
        if (step->ms >= 7 * 24 * 3600000) {
            QDate d = QDateTime::fromMSecsSinceEpoch(m_from).date().addDays(1);
            while (d.dayOfWeek() != Qt::Monday)
                d = d.addDays(1);
            t = d.startOfDay().toMSecsSinceEpoch();
        }
        for (int guard = 0; t <= m_to && guard < 1000; t += step->ms, ++guard) {
            const QDateTime dt = QDateTime::fromMSecsSinceEpoch(t);
            // Midnight on an hourly axis says which day it is.
            const bool midnight = dt.time() == QTime(0, 0) && step->ms < 24 * 3600000;
            timeLabels << qMakePair(int(std::lround(l.xOfTs(double(t)))),
                dt.toString(midnight ? QStringLiteral("dd.MM.") : QLatin1String(step->format)));
        }
    }
    p.setPen(QPen(kGrid, 0));
    for (const auto& label : std::as_const(timeLabels))
        p.drawLine(label.first, plot.top(), label.first, plot.bottom());
    p.setPen(kAxisText);
    for (const auto& label : std::as_const(timeLabels))
        p.drawText(
            QRect(label.first - labelWidth / 2, plot.bottom() + lh / 3, labelWidth, lh), Qt::AlignCenter, label.second);
    for (Axis which : { Left, Right }) {
        const AxisInfo& a = m_axes[which];
        if (!a.used)
            continue;
        const double step = l.stepOf(a);
        for (double v = 0; v < a.top + step / 2; v += step) {
            const int y = int(std::lround(l.yOf(a, v)));
            const QRect r = which == Left ? QRect(0, y - lh / 2, plot.left() - lh / 3, lh)
                                          : QRect(plot.right() + lh / 3, y - lh / 2, l.rightWidth - lh / 3, lh);
            p.drawText(r, (which == Left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, axisNumber(v, step));
        }
        p.save();
        const int x = which == Left ? lh / 2 : l.size.width() - lh / 2;
        p.translate(x, plot.center().y());
        p.rotate(which == Left ? -90 : 90);
        p.drawText(QRect(-plot.height() / 2, -lh / 2, plot.height(), lh), Qt::AlignCenter, a.title);
        p.restore();
    }
}

void TimeChart::drawData(QPainter& p, const Layout& l) const
{
    const QRect& plot = l.plot;
    const bool paper = l.paper;
    // Bars along the bottom fifth of the plot, scaled to the largest.
    if (!m_bars.isEmpty()) {
        double top = 1;
        for (const QPointF& b : m_bars)
            top = std::max(top, b.y());
        const double height = plot.height() / 5.0;
        const double w = std::max(2.0, double(m_barWidth) / l.span * plot.width() - 1);
        for (const QPointF& b : m_bars) {
            if (b.y() <= 0)
                continue;
            const double h = std::max(1.0, b.y() / top * height);
            p.fillRect(QRectF(l.xOfTs(b.x()), plot.bottom() + 1 - h, w, h),
                paper ? QColor(0x70, 0x70, 0x70, 140) : kBarColour);
        }
    }
    // Above the threshold: the region tinted when a line marked hot reaches into it. The lines
    // keep their own colours there — where it matters most, nodes are still told apart.
    const double thresholdY = m_threshold >= 0 ? l.yOf(m_axes[Left], m_threshold) : -1;
    const bool reached
        = thresholdY > plot.top() && std::any_of(m_lines.cbegin(), m_lines.cend(), [&](const Line& line) {
              return line.hot && line.visible && line.axis == Left
                  && std::any_of(
                      line.points.cbegin(), line.points.cend(), [&](const QPointF& q) { return q.y() > m_threshold; });
          });
    if (reached) {
        const QRectF above(plot.left(), plot.top(), plot.width() + 1, thresholdY - plot.top());
        p.fillRect(above, QColor(0xd0, 0x20, 0x20, paper ? 28 : 22));
    }
    QPolygonF poly;
    for (const Line& line : m_lines) {
        if (!line.visible || line.points.isEmpty())
            continue;
        const AxisInfo& a = m_axes[line.axis];
        poly.resize(line.points.size());
        for (int i = 0; i < line.points.size(); ++i)
            poly[i] = QPointF(l.xOfTs(line.points[i].x()), l.yOf(a, line.points[i].y()));
        QPen pen(line.colour, line.width, paper ? line.paperStyle : line.style);
        if (!paper && line.width <= 1)
            pen.setWidth(0); // cosmetic one-pixel lines: the raster engine's fast path
        p.setPen(pen);
        if (poly.size() == 1) {
            p.setBrush(line.colour);
            p.drawEllipse(poly[0], 2.5, 2.5);
            p.setBrush(Qt::NoBrush);
        } else {
            p.drawPolyline(poly);
        }
    }
    if (m_threshold >= 0) {
        p.setPen(QPen(kHot, 1, Qt::DashDotLine));
        p.drawLine(QPointF(plot.left(), thresholdY), QPointF(plot.right(), thresholdY));
    }
    // Marks: a dashed line with its text at the top.
    for (const Mark& m : m_marks) {
        const double x = l.xOfTs(double(m.ts));
        if (x < plot.left() || x > plot.right() + 1)
            continue;
        p.setPen(QPen(QColor(0x50, 0x50, 0x50), 1, Qt::DashLine));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(QColor(0x30, 0x30, 0x30));
        // The text right of its line, or left of it where the plot ends first (it was cut there).
        const QString text = l.fm.elidedText(m.text, Qt::ElideRight, std::min(l.lh * 10, plot.width() - 8));
        const int width = l.fm.horizontalAdvance(text) + 4;
        const double left = x + 2 + width <= plot.right() ? x + 2 : std::max<double>(plot.left(), x - 2 - width);
        p.fillRect(QRectF(left, plot.top() + 1, width, l.lh), QColor(255, 255, 255, 200));
        p.drawText(QPointF(left + 2, plot.top() + l.fm.ascent() + 1), text);
    }
}

void TimeChart::drawLegend(QPainter& p, const Layout& l) const
{
    const int lh = l.lh;
    const int legendTop = l.plot.bottom() + lh * 3 / 2 + lh / 3;
    const int legendLeft = lh;
    for (const Layout::Entry& e : l.entries) {
        const QRect r = e.rect.translated(legendLeft, legendTop);
        const int y = r.center().y();
        if (e.line < 0) {
            p.fillRect(
                QRect(r.left(), y - lh / 4, l.swatch, lh / 2), l.paper ? QColor(0x70, 0x70, 0x70, 140) : kBarColour);
        } else {
            const Line& line = m_lines[e.line];
            p.setPen(QPen(line.colour, std::max<qreal>(line.width, 1.5), l.paper ? line.paperStyle : line.style));
            p.drawLine(r.left(), y, r.left() + l.swatch, y);
        }
        p.setPen(l.text);
        p.drawText(QRect(r.left() + l.swatch + lh / 3, r.top(), r.width(), r.height()),
            Qt::AlignLeft | Qt::AlignVCenter, e.text);
    }
}

void TimeChart::render(QPainter* painter, const QRectF& target, bool paper) const
{
    // Laid out on a canvas 1,000 units wide at the target's proportions, then scaled onto it:
    // the same chart on a 200-dpi page as on the screen.
    const QSize canvas(1000, int(1000 * target.height() / std::max(1.0, target.width())));
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(target.width() / canvas.width(), target.height() / canvas.height());
    painter->setClipRect(QRect(QPoint(0, 0), canvas));
    QFont f = font();
    f.setPixelSize(13);
    painter->setFont(f);
    painter->setRenderHint(QPainter::Antialiasing);
    draw(*painter, canvas, paper, nullptr);
    painter->restore();
}

void TimeChart::paintEvent(QPaintEvent*)
{
    const qreal dpr = devicePixelRatioF();
    if (m_cache.size() != size() * dpr) {
        m_cache = QPixmap(size() * dpr);
        m_cache.setDevicePixelRatio(dpr);
        m_dirty = true;
    }
    if (m_dirty) {
        m_dirty = false;
        QPainter cp(&m_cache);
        cp.setFont(font());
        // Antialiasing costs several times more per point: used while there are few (with about
        // a point per pixel it would smooth little anyway).
        int points = 0;
        for (const Line& l : std::as_const(m_lines))
            points += l.visible ? l.points.size() : 0;
        cp.setRenderHint(QPainter::Antialiasing, points <= 2000);
        draw(cp, size(), false, &m_plot);
    }
    QPainter p(this);
    p.drawPixmap(0, 0, m_cache);
    if (m_cursor >= m_from && m_cursor <= m_to && m_plot.isValid()) {
        const int x = xOf(m_cursor);
        p.setPen(QPen(QColor(0x20, 0x40, 0xa0), 2));
        p.drawLine(x, m_plot.top(), x, m_plot.bottom());
    }
    if (m_bandX >= 0 && m_pressX >= 0 && !m_panning) {
        const QRect band(
            QPoint(std::min(m_pressX, m_bandX), m_plot.top()), QPoint(std::max(m_pressX, m_bandX), m_plot.bottom()));
        p.fillRect(band, QColor(0x30, 0x60, 0xc0, 50));
        p.setPen(QColor(0x30, 0x60, 0xc0));
        p.drawRect(band);
    } else if (m_hoverX >= m_plot.left() && m_hoverX <= m_plot.right()) {
        p.setPen(QPen(QColor(0x40, 0x40, 0x40, 150), 1));
        p.drawLine(m_hoverX, m_plot.top(), m_hoverX, m_plot.bottom());
    }
}

void TimeChart::resizeEvent(QResizeEvent* event)
{
    m_dirty = true;
    QWidget::resizeEvent(event);
}

QString TimeChart::eventsNear(const QPoint& pos) const
{
    QStringList out;
    const int near = 4;
    for (const Mark& m : m_marks)
        if (std::abs(xOf(m.ts) - pos.x()) <= near)
            out << m.text;
    for (const Tick& t : m_ticks)
        if (std::abs(xOf(t.ts) - pos.x()) <= near && pos.y() >= m_plot.bottom() - 8)
            out << t.text;
    const qint64 ts = timeAt(pos.x());
    for (const Band& b : m_bands)
        if (ts >= b.from && ts < b.to)
            out << b.text;
    return out.join(QLatin1Char('\n'));
}

void TimeChart::mousePressEvent(QMouseEvent* e)
{
    if (!m_plot.contains(e->pos()))
        return QWidget::mousePressEvent(e);
    m_pressX = e->pos().x();
    m_bandX = -1;
    m_moved = false;
    m_panning = e->button() == Qt::MiddleButton || e->button() == Qt::RightButton
        || (e->button() == Qt::LeftButton && (e->modifiers() & Qt::ShiftModifier));
    m_pressFrom = m_from;
    m_pressTo = m_to;
    if (m_panning)
        setCursor(Qt::ClosedHandCursor);
}

void TimeChart::mouseMoveEvent(QMouseEvent* e)
{
    if (m_pressX >= 0) {
        const int x = std::clamp(e->pos().x(), m_plot.left(), m_plot.right());
        if (std::abs(x - m_pressX) > 3 && !m_moved) {
            m_moved = true;
            if (m_panning)
                emit panStarted();
        }
        if (m_moved && m_panning) {
            const qint64 shift
                = qint64(double(x - m_pressX) / std::max(1, m_plot.width()) * double(m_pressTo - m_pressFrom));
            emit panned(m_pressFrom - shift, m_pressTo - shift);
        } else if (m_moved) {
            m_bandX = x;
            update();
        }
        return;
    }
    m_hoverX = e->pos().x();
    update();
    if (!m_plot.contains(e->pos())) {
        QToolTip::hideText();
        return;
    }
    QString text = hoverText ? hoverText(timeAt(e->pos().x())) : QString();
    const QString events = eventsNear(e->pos());
    if (!events.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + events;
    QToolTip::showText(e->globalPos(), text, this);
}

void TimeChart::mouseReleaseEvent(QMouseEvent* e)
{
    if (m_pressX < 0)
        return QWidget::mouseReleaseEvent(e);
    const bool panning = m_panning, moved = m_moved;
    const int a = std::min(m_pressX, m_bandX), b = std::max(m_pressX, m_bandX);
    m_pressX = m_bandX = -1;
    m_panning = m_moved = false;
    unsetCursor();
    update();
    if (!moved && e->button() == Qt::RightButton)
        emit backRequested();
    else if (!moved && e->button() == Qt::LeftButton && !panning)
        emit clicked(timeAt(e->pos().x()));
    else if (moved && !panning && b - a > 3)
        emit rangeSelected(timeAt(a), timeAt(b));
}

void TimeChart::wheelEvent(QWheelEvent* e)
{
    if (e->angleDelta().y() != 0)
        emit wheelZoom(e->angleDelta().y() > 0);
    e->accept();
}

void TimeChart::leaveEvent(QEvent* e)
{
    m_hoverX = -1;
    update();
    QWidget::leaveEvent(e);
}

} // namespace omv
