#pragma once

#include "core/store/store.h"

#include <QPixmap>
#include <QWidget>

#include <functional>

namespace omv
{

/// The colour the suite's history charts give node `node` (12 that tell apart, repeating).
QColor nodeColour(int node);
/// A series' mean load as a chart line's points, `shiftMs` later (an overlay of an earlier time).
QVector<QPointF> loadPoints(const QVector<SeriesPoint>& series, qint64 shiftMs = 0);

/// A chart over time drawn by the suite itself: lines on a left and an optional right axis,
/// shaded intervals (a node down), vertical marks with text (checkpoints), ticks on the time axis
/// (admin commands), a bar strip (migrations per bucket), a threshold whose region above is tinted
/// when a line marked hot reaches it (the lines keep their colours), and a legend. The drawn chart is kept as a pixmap:
/// hovering (crosshair) and the rubber band repaint only over it.
///
/// Why not Qt Charts: with 65 series of ~1,100 points it spent 100–400 ms re-mapping every point
/// whenever an axis changed and ~150 ms painting through its scene, where a polyline per line into
/// a pixmap takes a few milliseconds (figures in BENCHMARKS.md).
///
/// Mouse: drag (left) a rubber band → rangeSelected; drag with Shift, the middle or the right
/// button → panned (live); a right click without dragging → backRequested; the wheel → wheelZoom.
class TimeChart : public QWidget
{
    Q_OBJECT
public:
    enum Axis { Left, Right };
    struct Line {
        QString name;
        QColor colour;
        qreal width = 1;
        Qt::PenStyle style = Qt::SolidLine; ///< on the screen
        Qt::PenStyle paperStyle = Qt::SolidLine; ///< in reports (black and white readable)
        Axis axis = Left;
        bool hot = false; ///< its reaching over the threshold tints the region above it
        bool legend = true;
        bool visible = true;
        QVector<QPointF> points; ///< x: ms since the epoch, in time order
    };
    struct Band { ///< a shaded interval, e.g. a node down
        qint64 from = 0, to = 0;
        QString text;
        bool operator==(const Band& o) const { return from == o.from && to == o.to && text == o.text; }
    };
    struct Mark { ///< a vertical line with its text, e.g. a checkpoint
        qint64 ts = 0;
        QString text;
        bool operator==(const Mark& o) const { return ts == o.ts && text == o.text; }
    };
    using Tick = Mark; ///< a short tick on the time axis, e.g. an admin command

    explicit TimeChart(const QString& title, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    int addLine(const Line& line);
    const Line& line(int index) const { return m_lines[index]; }
    int lineCount() const { return m_lines.size(); }
    void setPoints(int index, QVector<QPointF> points);
    void setLineVisible(int index, bool visible);
    void setLineName(int index, const QString& name);
    /// The time shown; nothing is drawn outside it.
    void setRange(qint64 from, qint64 to);
    qint64 from() const { return m_from; }
    qint64 to() const { return m_to; }
    /// An axis from 0 to at least `top` (rounded up to a nice number), with its title.
    void setAxis(Axis axis, const QString& title, double top);
    double axisTop(Axis axis) const { return m_axes[axis].top; }
    /// Load over `value` (left axis): a dash-dot line shows it, the region above is tinted when a
    /// line marked hot reaches into it.
    void setThreshold(double value);
    void setBands(QVector<Band> bands);
    int bandCount() const { return m_bands.size(); }
    void setMarks(QVector<Mark> marks);
    int markCount() const { return m_marks.size(); }
    void setTicks(QVector<Tick> ticks);
    int tickCount() const { return m_ticks.size(); }
    /// Counts per bucket (x: the bucket's start) drawn as bars along the bottom, `widthMs` wide.
    void setBars(const QString& name, QVector<QPointF> bars, qint64 widthMs);
    int barCount() const { return m_bars.size(); }
    void setLegendVisible(bool visible);
    /// A moment marked across the plot (a history's "now"), drawn over the cached chart; -1: none.
    void setCursorTime(qint64 ts);
    qint64 cursorTime() const { return m_cursor; }
    /// The time under the pointer (the crosshair's), or -1 when it is not over the plot.
    qint64 hoverTime() const;
    /// What hovering at a time says (the window knows every series' value there).
    std::function<QString(qint64)> hoverText;

    /// The chart drawn into `target` of any device (reports): `paper` uses each line's paper style
    /// and always shows the legend.
    void render(QPainter* painter, const QRectF& target, bool paper) const;
    /// The plot's time at widget x, and back.
    qint64 timeAt(int x) const;
    int xOf(qint64 ts) const;
    /// The widget y of `value` on an axis, as last drawn.
    int yOf(Axis axis, double value) const;
    /// Events (marks, ticks, bands) near widget position `pos`, one per line; empty when none.
    QString eventsNear(const QPoint& pos) const;

signals:
    void rangeSelected(qint64 from, qint64 to);
    /// A drag moved the range: the new one (from the range at the drag's start).
    void panned(qint64 from, qint64 to);
    void panStarted();
    void backRequested();
    /// A left click without dragging, at that time.
    void clicked(qint64 ts);
    void wheelZoom(bool in);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct AxisInfo {
        QString title;
        double top = 100;
        double step = 20;
        bool used = false;
    };
    /// Where everything goes on a canvas, worked out once per drawing.
    struct Layout;
    Layout layout(const QFontMetrics& fm, const QSize& size, bool paper) const;
    /// Draws everything into a `size` canvas; `plot` receives the plot area.
    void draw(QPainter& p, const QSize& size, bool paper, QRect* plot) const;
    void drawBackground(QPainter& p, const Layout& l) const;
    void drawAxes(QPainter& p, const Layout& l) const;
    void drawData(QPainter& p, const Layout& l) const;
    void drawLegend(QPainter& p, const Layout& l) const;
    void changed();

    QString m_title;
    QVector<Line> m_lines;
    QVector<Band> m_bands;
    QVector<Mark> m_marks;
    QVector<Tick> m_ticks;
    QString m_barName;
    QVector<QPointF> m_bars;
    qint64 m_barWidth = 0;
    AxisInfo m_axes[2];
    double m_threshold = -1;
    bool m_legend = true;
    qint64 m_from = 0, m_to = 1;
    qint64 m_cursor = -1;

    QPixmap m_cache;
    bool m_dirty = true; // the cache is to be drawn again
    mutable QRect m_plot; // of the widget, as last drawn
    int m_hoverX = -1;
    // Dragging: the press position and button, the range then, and the band's other end.
    int m_pressX = -1;
    bool m_panning = false;
    bool m_moved = false;
    int m_bandX = -1;
    qint64 m_pressFrom = 0, m_pressTo = 0;
};

} // namespace omv
