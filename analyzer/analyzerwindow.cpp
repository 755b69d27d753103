#include "analyzerwindow.h"

#include "core/control/controlserver.h"
#include "gui/tableviews.h"
#include "gui/workerthreads.h"

#include <QApplication>
#include <QComboBox>
#include <QGraphicsLineItem>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QPointer>
#include <QToolTip>
#include <QWheelEvent>
#include <QtCharts/QAreaSeries>

#include "gui/timerangebar.h"
#include "statsmodel.h"
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>

#include <QDateTime>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

using namespace QtCharts;

namespace omv
{

namespace
{

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

// The wheel zooms the time range (not the chart's own axes, which would leave the data behind).
class RangeChartView : public QChartView
{
public:
    RangeChartView(QChart* chart, QWidget* parent, std::function<void(bool in)> wheel)
        : QChartView(chart, parent)
        , m_wheel(std::move(wheel))
    {
        setMouseTracking(true);
    }
    /// Where the pointer is, in time (ms), for the crosshair; the callback gives its text.
    std::function<QString(qint64)> hover;

protected:
    void mouseMoveEvent(QMouseEvent* e) override
    {
        QChartView::mouseMoveEvent(e);
        const QRectF plot = chart()->plotArea();
        if (!hover || !plot.contains(e->pos())) {
            if (m_line)
                m_line->hide();
            return;
        }
        if (!m_line) {
            m_line = new QGraphicsLineItem(chart());
            m_line->setPen(QPen(QColor(0x40, 0x40, 0x40, 140), 1));
            m_line->setZValue(20);
        }
        m_line->setLine(e->pos().x(), plot.top(), e->pos().x(), plot.bottom());
        m_line->show();
        const qint64 ts = qint64(chart()->mapToValue(e->pos()).x());
        QToolTip::showText(e->globalPos(), hover(ts), this);
    }
    void leaveEvent(QEvent* e) override
    {
        if (m_line)
            m_line->hide();
        QChartView::leaveEvent(e);
    }
    void wheelEvent(QWheelEvent* e) override
    {
        if (e->angleDelta().y() != 0)
            m_wheel(e->angleDelta().y() > 0);
        e->accept();
    }

private:
    std::function<void(bool)> m_wheel;
    QGraphicsLineItem* m_line = nullptr;
};

QChartView* makeView(const QString& title, QWidget* parent, std::function<void(bool)> wheel)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new RangeChartView(chart, parent, std::move(wheel));
    view->setRenderHint(QPainter::Antialiasing);
    view->setRubberBand(QChartView::HorizontalRubberBand);
    return view;
}

QLineSeries* line(const QString& name, const QColor& colour, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    auto* s = new QLineSeries;
    s->setName(name);
    QPen pen(colour, width, style);
    pen.setCosmetic(true);
    s->setPen(pen);
    // Fewer pixels than points anyway: OpenGL would be faster but does not draw offscreen.
    return s;
}

QScatterSeries* hotMarks(const QString& name)
{
    auto* s = new QScatterSeries;
    s->setName(name);
    s->setColor(QColor(0xd0, 0x20, 0x20));
    s->setBorderColor(QColor(0xd0, 0x20, 0x20));
    s->setMarkerSize(5);
    return s;
}

void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace

AnalyzerWindow::AnalyzerWindow(const QString& dbPath, const QString& clusterName, QWidget* parent)
    : QMainWindow(parent)
    , m_db(dbPath)
    , m_reader(new HistoryReader(dbPath, 1000, this))
    , m_bar(new TimeRangeBar(this))
    , m_clusterView(makeView(tr("Cluster"), this, [this](bool in) { in ? m_bar->zoomIn() : m_bar->zoomOut(); }))
    , m_nodeView(makeView(tr("Load per node"), this, [this](bool in) { in ? m_bar->zoomIn() : m_bar->zoomOut(); }))
    , m_nodeList(new QListWidget(this))
    , m_table(new QTableView(this))
    , m_stats(new StatsModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_status(new QLabel(this))
    , m_cluster(clusterName)
{
    setWindowTitle(tr("%1 — history — openmosixanalyzer").arg(clusterName));
    // The cluster: mean load of the up nodes, the hottest node (thin), memory used (right axis).
    QChart* cc = m_clusterView->chart();
    m_clusterTime = new QDateTimeAxis;
    m_clusterLoad = new QValueAxis;
    m_clusterMem = new QValueAxis;
    m_clusterLoad->setTitleText(tr("load %"));
    m_clusterMem->setTitleText(tr("memory used, GiB"));
    cc->addAxis(m_clusterTime, Qt::AlignBottom);
    cc->addAxis(m_clusterLoad, Qt::AlignLeft);
    cc->addAxis(m_clusterMem, Qt::AlignRight);
    m_loadMean = line(tr("mean load"), QColor(0x1f, 0x5f, 0xbf), 2);
    m_loadMax = line(tr("hottest node"), QColor(0x7f, 0xa7, 0xe0), 1, Qt::DashLine);
    m_memory = line(tr("memory used"), QColor(0x2e, 0x8b, 0x57), 1.5, Qt::DotLine);
    m_clusterThreshold = line(tr("threshold"), QColor(0xd0, 0x20, 0x20), 1, Qt::DashDotLine);
    m_clusterHot = hotMarks(tr("above threshold"));
    m_compare = line(tr("mean load earlier"), QColor(0x60, 0x60, 0x60), 1.5, Qt::DashLine);
    attach(cc, m_loadMax, m_clusterTime, m_clusterLoad);
    attach(cc, m_loadMean, m_clusterTime, m_clusterLoad);
    attach(cc, m_memory, m_clusterTime, m_clusterMem);
    attach(cc, m_clusterThreshold, m_clusterTime, m_clusterLoad);
    attach(cc, m_clusterHot, m_clusterTime, m_clusterLoad);
    attach(cc, m_compare, m_clusterTime, m_clusterLoad);
    m_compare->setVisible(false);
    // Every node in one chart: at 4 nodes the lines compare at a glance; at 64, small multiples
    // would be 64 stamps too small to read, while one chart with nodes toggled from the list
    // (and the statistics table to find the hot ones) stays readable.
    QChart* nc = m_nodeView->chart();
    nc->legend()->hide();
    m_nodeTime = new QDateTimeAxis;
    m_nodeLoad = new QValueAxis;
    m_nodeLoad->setTitleText(tr("load %"));
    nc->addAxis(m_nodeTime, Qt::AlignBottom);
    nc->addAxis(m_nodeLoad, Qt::AlignLeft);
    m_nodeThreshold = line(tr("threshold"), QColor(0xd0, 0x20, 0x20), 1, Qt::DashDotLine);
    m_nodeHot = hotMarks(tr("above threshold"));
    attach(nc, m_nodeThreshold, m_nodeTime, m_nodeLoad);
    attach(nc, m_nodeHot, m_nodeTime, m_nodeLoad);
    for (QDateTimeAxis* a : { m_clusterTime, m_nodeTime }) {
        a->setFormat(QStringLiteral("dd.MM. HH:mm"));
        // A rubber band drawn on a chart (or its right click, zoom out) becomes the range.
        connect(a, &QDateTimeAxis::rangeChanged, this, [this](const QDateTime& min, const QDateTime& max) {
            if (!m_settingAxes)
                zoomedOnChart(min.toMSecsSinceEpoch(), max.toMSecsSinceEpoch());
        });
    }

    for (QChartView* v : { m_clusterView, m_nodeView })
        static_cast<RangeChartView*>(v)->hover = [this](qint64 ts) { return crosshairText(ts); };
    m_nodeList->setToolTip(tr("Nodes shown in the chart (tick to show, untick to hide)"));
    m_nodeList->setMaximumWidth(150);
    connect(m_nodeList, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (QLineSeries* s = m_nodeLines.value(NodeId(item->data(Qt::UserRole).toInt())))
            s->setVisible(item->checkState() == Qt::Checked);
        finishRound(0);
    });
    m_sorted->setSourceModel(m_stats);
    m_sorted->setSortRole(StatsModel::SortRole);
    m_table->setModel(m_sorted);
    setUpListTable(m_table, { { StatsModel::Node, 90 }, { StatsModel::MemMean, 110 } });
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StatsModel::Node, Qt::AscendingOrder);

    auto* nodes = new QSplitter(Qt::Horizontal);
    nodes->addWidget(m_nodeView);
    nodes->addWidget(m_nodeList);
    nodes->setStretchFactor(0, 1);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_clusterView);
    split->addWidget(nodes);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    split->setChildrenCollapsible(false);
    for (QChartView* v : { m_clusterView, m_nodeView })
        v->setMinimumHeight(220);
    m_table->setMinimumHeight(120);
    split->setSizes({ 330, 330, 180 });
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* top = new QHBoxLayout;
    top->addWidget(m_bar, 1);
    auto* compare = m_compareBox = new QComboBox(this);
    compare->setObjectName(QStringLiteral("compare"));
    compare->setToolTip(tr("Overlay the cluster's mean load of the same range shifted back, dashed"));
    compare->addItem(tr("Compare: off"), qint64(0));
    compare->addItem(tr("with a day earlier"), qint64(TimeRange::kDay));
    compare->addItem(tr("with a week earlier"), qint64(7 * TimeRange::kDay));
    connect(compare, QOverload<int>::of(&QComboBox::activated), this,
        [this, compare](int i) { setCompare(compare->itemData(i).toLongLong()); });
    top->addWidget(compare);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);
    m_status->setText(tr("Opening %1…").arg(dbPath));
    resize(1200, 860);
    buildMenus();

    connect(m_bar, &TimeRangeBar::rangeChanged, this, &AnalyzerWindow::requestAll);
    connect(m_reader, &HistoryReader::answered, this, &AnalyzerWindow::onAnswer);
    connect(m_reader, &HistoryReader::opened, this, [this](bool ok, const QString& error) {
        if (!ok) {
            m_status->setText(error);
            emit failed(error);
            return;
        }
        m_reader->request(HistoryQuery::extent());
    });
    // While the range ends at now, what the collector writes shows within one interval.
    connect(m_reader, &HistoryReader::changed, this, [this] {
        if (m_bar->range().follows()) {
            m_following = true; // the round this extent starts is a refresh, not a new range
            m_reader->request(HistoryQuery::extent());
        }
    });
}

AnalyzerWindow::~AnalyzerWindow() = default;

QChart* AnalyzerWindow::clusterChart() const
{
    return m_clusterView->chart();
}

QChart* AnalyzerWindow::nodeChart() const
{
    return m_nodeView->chart();
}

int AnalyzerWindow::clusterPoints() const
{
    return m_loadMean->count();
}

int AnalyzerWindow::nodePoints(NodeId node) const
{
    const QLineSeries* s = m_nodeLines.value(node);
    return s ? s->count() : -1;
}

QString AnalyzerWindow::statusText() const
{
    return m_status->text();
}

void AnalyzerWindow::setRange(const TimeRange& range)
{
    m_bar->setRange(range);
    requestAll();
}

void AnalyzerWindow::setThreshold(double percent)
{
    m_threshold = percent;
    requestAll();
}

QColor AnalyzerWindow::colourOf(NodeId node) const
{
    static const QColor palette[]
        = { QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
              QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
              QColor(0x17, 0xbe, 0xcf), QColor(0x39, 0x3b, 0x79), QColor(0x63, 0x79, 0x39), QColor(0x84, 0x3c, 0x39) };
    return palette[(node - 1 + 1200) % 12];
}

void AnalyzerWindow::applyExtent(const TimeExtent& extent)
{
    const bool first = m_extent.nodes.isEmpty() && m_extent.first < 0;
    m_extent = extent;
    m_bar->setExtent(extent.first, extent.last);
    if (first && extent.last >= 0 && extent.last < m_bar->now() - 12 * TimeRange::kHour)
        m_bar->setRange(TimeRange::all()); // an old (rotated) file: its whole span, not an empty "now"
    else if (first && extent.first >= 0 && extent.first > m_bar->now() - 15 * TimeRange::kMinute)
        m_bar->setRange(TimeRange::last(15 * TimeRange::kMinute)); // a file just begun (the demo)
    else if (first)
        m_bar->setRange(TimeRange::last(12 * TimeRange::kHour)); // the original's 12-hour view
    // Antialiased lines cost several times more to draw: beyond a handful of nodes the chart is
    // drawn without (a line per node, a point per pixel).
    m_nodeView->setRenderHint(QPainter::Antialiasing, extent.nodes.size() <= 8);
    for (NodeId n : extent.nodes) {
        if (m_nodeLines.contains(n))
            continue;
        // Solid on the screen (dashes over thousands of points cost most of a repaint); the
        // report gives each node a dash pattern too, for black and white.
        QLineSeries* s = line(tr("node %1").arg(n), colourOf(n), 1.5);
        m_nodeView->chart()->addSeries(s);
        s->attachAxis(m_nodeTime);
        s->attachAxis(m_nodeLoad);
        m_nodeLines.insert(n, s);
        auto* item = new QListWidgetItem(tr("node %1").arg(n), m_nodeList);
        item->setData(Qt::UserRole, n);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        QPixmap swatch(12, 12);
        swatch.fill(colourOf(n));
        item->setIcon(QIcon(swatch));
    }
    requestAll();
}

void AnalyzerWindow::requestAll()
{
    if (m_extent.first < 0 && m_extent.nodes.isEmpty()) {
        m_status->setText(tr("%1 holds no samples yet").arg(m_db));
        return;
    }
    const qint64 now = m_bar->now();
    const TimeRange range = m_bar->range();
    m_from = range.from(now, m_extent.first, m_extent.last);
    m_to = range.to(now, m_extent.first, m_extent.last);
    // No more points than the chart has pixels.
    m_points = std::clamp(m_clusterView->width() - 80, 100, 2000);
    m_pending.clear();
    m_pending << m_reader->request(HistoryQuery::clusterSeries(m_from, m_to, m_points).on(QStringLiteral("cluster")));
    // Every node's line in one query: 64 queries cost 64 times the overhead.
    m_pending << m_reader->request(HistoryQuery::allNodeSeries(m_from, m_to, m_points).on(QStringLiteral("nodes")));
    m_pending << m_reader->request(HistoryQuery::events(m_from, m_to).on(QStringLiteral("events")));
    if (m_compareShift > 0)
        m_pending << m_reader->request(
            HistoryQuery::clusterSeries(m_from - m_compareShift, m_to - m_compareShift, m_points)
                .on(QStringLiteral("compare")));
    // The statistics may take a while over a long range: the charts do not wait for them. While
    // following the collector, a run still going is let finish (a newer one would cancel it at
    // every write, and over a long range none would ever finish).
    if (!(m_following && m_statsId != 0 && m_statsRange == m_bar->range())) {
        m_statsId = m_reader->request(HistoryQuery::statistics(m_from, m_to, m_threshold).on(QStringLiteral("stats")));
        m_statsRange = m_bar->range();
    }
    m_following = false;
    updateAxes();
}

void AnalyzerWindow::onAnswer(const HistoryAnswer& a)
{
    if (!a.ok) {
        m_status->setText(a.error);
        return;
    }
    switch (a.query.kind) {
    case HistoryQuery::Kind::Extent:
        applyExtent(a.extent);
        return;
    case HistoryQuery::Kind::ClusterSeries:
        if (a.query.channel == QLatin1String("compare")) {
            // Drawn over the current range: "is tonight worse than last Tuesday?"
            QVector<QPointF> xy;
            xy.reserve(a.series.size());
            for (const SeriesPoint& p : a.series)
                xy << QPointF(qreal(p.ts + m_compareShift), p.loadAvg);
            m_compare->replace(xy);
            m_compare->setName(tr("mean load %1 earlier").arg(TimeRange::widthText(m_compareShift)));
            m_compare->setVisible(true);
        } else {
            drawCluster(a.series);
        }
        break;
    case HistoryQuery::Kind::AllNodeSeries:
        for (auto it = m_nodeLines.cbegin(); it != m_nodeLines.cend(); ++it)
            drawNode(it.key(), a.nodeSeries.value(it.key())); // a node with no rows: an empty line
        break;
    case HistoryQuery::Kind::Events:
        drawEvents(a.events);
        drawDownSpells();
        break;
    case HistoryQuery::Kind::Statistics:
        m_stats->setStats(a.statistics);
        if (a.id == m_statsId) {
            m_statsId = 0;
            emit statisticsReady();
        }
        return;
    default:
        break;
    }
    finishRound(a.id);
}

void AnalyzerWindow::drawCluster(const QVector<SeriesPoint>& points)
{
    QVector<QPointF> mean, max, mem, hot;
    mean.reserve(points.size());
    max.reserve(points.size());
    mem.reserve(points.size());
    double memTop = 1;
    for (const SeriesPoint& p : points) {
        const qreal x = qreal(p.ts);
        mean << QPointF(x, p.loadAvg);
        max << QPointF(x, p.loadMax);
        mem << QPointF(x, p.memAvg / kGiB);
        memTop = std::max(memTop, p.memMax / kGiB);
        if (p.loadAvg > m_threshold)
            hot << QPointF(x, p.loadAvg);
    }
    m_loadMean->replace(mean);
    if (m_loadMean->pointsVisible() != (mean.size() < 3)) // a line of one point draws nothing
        m_loadMean->setPointsVisible(mean.size() < 3); // (and setting it redraws the series)
    m_loadMax->replace(max);
    m_memory->replace(mem);
    m_clusterHot->replace(hot);
    m_clusterMem->setRange(0, memTop * 1.1);
    m_clusterMem->applyNiceNumbers();
}

void AnalyzerWindow::drawNode(NodeId node, const QVector<SeriesPoint>& points)
{
    QLineSeries* s = m_nodeLines.value(node);
    if (!s)
        return;
    QVector<QPointF> xy;
    xy.reserve(points.size());
    for (const SeriesPoint& p : points)
        xy << QPointF(qreal(p.ts), p.loadAvg);
    s->replace(xy);
    if (s->pointsVisible() != (xy.size() < 3))
        s->setPointsVisible(xy.size() < 3);
    m_nodeData.insert(node, points);
}

void AnalyzerWindow::drawEvents(const QVector<EventRow>& events)
{
    m_events = events;
    for (QLineSeries* m : std::as_const(m_marks)) {
        m->chart()->removeSeries(m);
        delete m;
    }
    m_marks.clear();
    for (const EventRow& e : events) {
        if (e.kind != QLatin1String("checkpoint"))
            continue;
        for (QChartView* v : { m_clusterView, m_nodeView }) {
            QLineSeries* mark = line(e.detail, QColor(0x60, 0x60, 0x60), 1, Qt::DashLine);
            mark->append(qreal(e.ts), 0);
            mark->append(qreal(e.ts), 1e9); // clipped by the axis
            attach(v->chart(), mark, v == m_clusterView ? static_cast<QAbstractAxis*>(m_clusterTime) : m_nodeTime,
                v == m_clusterView ? m_clusterLoad : m_nodeLoad);
            for (QLegendMarker* lm : v->chart()->legend()->markers(mark))
                lm->setVisible(false);
            m_marks << mark;
        }
    }
}

void AnalyzerWindow::zoomedOnChart(qint64 from, qint64 to)
{
    if (to - from < 1000 || (from == m_from && to == m_to))
        return;
    m_history << m_bar->range();
    m_bar->setRange(TimeRange::between(from, std::min(to, m_bar->now())));
    requestAll();
}

QString AnalyzerWindow::crosshairText(qint64 ts) const
{
    // The point of each visible line nearest to `ts` (lines are in time order).
    auto nearest = [ts](const QVector<QPointF>& points) -> const QPointF* {
        if (points.isEmpty())
            return nullptr;
        auto it = std::lower_bound(
            points.cbegin(), points.cend(), qreal(ts), [](const QPointF& p, qreal x) { return p.x() < x; });
        if (it == points.cend() || (it != points.cbegin() && ts - (it - 1)->x() < it->x() - ts))
            --it;
        return &*it;
    };
    QStringList lines { QDateTime::fromMSecsSinceEpoch(ts).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) };
    if (const QPointF* p = nearest(m_loadMean->pointsVector()))
        lines << tr("cluster: %1 % mean").arg(p->y(), 0, 'f', 1);
    if (const QPointF* p = nearest(m_loadMax->pointsVector()))
        lines << tr("hottest node: %1 %").arg(p->y(), 0, 'f', 1);
    if (const QPointF* p = nearest(m_memory->pointsVector()))
        lines << tr("memory used: %1 GiB").arg(p->y(), 0, 'f', 2);
    QList<NodeId> nodes = m_nodeLines.keys();
    std::sort(nodes.begin(), nodes.end());
    for (NodeId n : nodes) {
        const QLineSeries* s = m_nodeLines.value(n);
        if (!s->isVisible())
            continue;
        if (const QPointF* p = nearest(s->pointsVector()))
            lines << tr("node %1: %2 %").arg(n).arg(p->y(), 0, 'f', 1);
    }
    for (const EventRow& e : m_events) {
        // An event within a point's width of the pointer is named too.
        if (m_points > 0 && qAbs(e.ts - ts) <= (m_to - m_from) / m_points && e.kind != QLatin1String("command"))
            lines << tr("%1%2: %3").arg(e.node ? tr("node %1 ").arg(e.node) : QString(), e.kind, e.detail);
    }
    return lines.join(QLatin1Char('\n'));
}

void AnalyzerWindow::setCompare(qint64 shiftMs)
{
    m_compareShift = std::max<qint64>(0, shiftMs);
    // The box shows it, also a shift it does not list yet (typed, or given by a caller).
    int item = m_compareBox->findData(m_compareShift);
    if (item < 0) {
        m_compareBox->addItem(tr("with %1 earlier").arg(TimeRange::widthText(m_compareShift)), m_compareShift);
        item = m_compareBox->count() - 1;
    }
    m_compareBox->setCurrentIndex(item);
    if (m_compareShift == 0) {
        m_reader->cancel(QStringLiteral("compare"));
        m_compare->clear();
        m_compare->setVisible(false);
        return;
    }
    requestAll();
}

int AnalyzerWindow::comparePoints() const
{
    return m_compare->isVisible() ? m_compare->count() : 0;
}

bool AnalyzerWindow::back()
{
    if (m_history.isEmpty())
        return false;
    m_bar->setRange(m_history.takeLast());
    requestAll();
    return true;
}

void AnalyzerWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && back())
        return;
    QMainWindow::keyPressEvent(event);
}

void AnalyzerWindow::drawDownSpells()
{
    for (QAbstractSeries* a : std::as_const(m_downSpells)) {
        m_nodeView->chart()->removeSeries(a);
        delete a;
    }
    m_downSpells.clear();
    // Each node's down spells in the range (one that began before it starts at its start).
    QHash<NodeId, qint64> since;
    QVector<QPair<qint64, qint64>> spells;
    for (const EventRow& e : std::as_const(m_events)) {
        if (e.kind == QLatin1String("down") && !since.contains(e.node))
            since.insert(e.node, e.ts);
        else if (e.kind == QLatin1String("up") && since.contains(e.node))
            spells << qMakePair(since.take(e.node), e.ts);
        else if (e.kind == QLatin1String("up"))
            spells << qMakePair(m_from, e.ts);
    }
    for (auto it = since.cbegin(); it != since.cend(); ++it)
        spells << qMakePair(it.value(), m_to);
    for (const auto& spell : std::as_const(spells)) {
        auto* upper = new QLineSeries;
        upper->append(qreal(spell.first), 1e6); // clipped by the axis
        upper->append(qreal(spell.second), 1e6);
        auto* area = new QAreaSeries(upper);
        area->setName(tr("down"));
        area->setColor(QColor(0xd0, 0x20, 0x20, 40));
        area->setBorderColor(QColor(0xd0, 0x20, 0x20, 90));
        attach(m_nodeView->chart(), area, m_nodeTime, m_nodeLoad);
        m_downSpells << area;
    }
}

void AnalyzerWindow::markCheckpoint()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Checkpoint"),
        tr("What happens now (shown on the charts and in reports):"), QLineEdit::Normal, QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    // Through the running collector, off the GUI thread; the new event shows with the next round.
    m_status->setText(tr("Marking a checkpoint…"));
    QPointer<AnalyzerWindow> self(this);
    const QString db = m_db;
    threads::startDetached(
        [self, db, text] {
            QString answer;
            const bool done = control::request(db, control::checkpointRequest(text.trimmed()), &answer);
            QMetaObject::invokeMethod(
                qApp,
                [self, done, answer] {
                    if (!self)
                        return;
                    if (done)
                        self->requestAll();
                    else
                        self->m_status->setText(tr("No checkpoint: %1").arg(answer));
                },
                Qt::QueuedConnection);
        },
        QStringLiteral("omv-checkpoint"));
}

void AnalyzerWindow::updateAxes()
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(m_from);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(m_to);
    const bool oneDay = m_to - m_from <= 2 * TimeRange::kDay;
    m_settingAxes = true; // our own change, not a zoom on the chart
    for (QDateTimeAxis* a : { m_clusterTime, m_nodeTime }) {
        a->setRange(from, to);
        a->setFormat(oneDay ? QStringLiteral("HH:mm") : QStringLiteral("dd.MM. HH:mm"));
    }
    m_settingAxes = false;
    for (QLineSeries* t : { m_clusterThreshold, m_nodeThreshold })
        t->replace(QVector<QPointF> { QPointF(qreal(m_from), m_threshold), QPointF(qreal(m_to), m_threshold) });
}

void AnalyzerWindow::finishRound(quint64 id)
{
    m_pending.remove(id);
    // The load axes fit the hottest visible line (at least 100 %), and the hot marks of the
    // visible nodes are gathered once.
    double top = 100;
    for (const QPointF& p : m_loadMax->pointsVector())
        top = std::max(top, p.y());
    m_clusterLoad->setRange(0, top);
    m_clusterLoad->applyNiceNumbers(); // 0, 20, 40 … rather than 26.3, 52.5
    QVector<QPointF> hot;
    double nodeTop = 100;
    for (auto it = m_nodeData.cbegin(); it != m_nodeData.cend(); ++it) {
        const QLineSeries* s = m_nodeLines.value(it.key());
        if (!s || !s->isVisible())
            continue;
        for (const SeriesPoint& p : it.value()) {
            nodeTop = std::max(nodeTop, p.loadAvg);
            if (p.loadAvg > m_threshold)
                hot << QPointF(qreal(p.ts), p.loadAvg);
        }
    }
    m_nodeHot->replace(hot);
    m_nodeLoad->setRange(0, nodeTop);
    m_nodeLoad->applyNiceNumbers();
    const int tier = StoreReader::tierFor(m_to - m_from, m_points);
    m_status->setText(tr("%1 · %2 · %n point(s) per line · %3 node(s)", nullptr, m_loadMean->count())
                          .arg(m_bar->range().describe(),
                              tier == 0 ? tr("raw samples") : tr("%1 rollups").arg(TimeRange::widthText(tier * 1000)))
                          .arg(m_extent.nodes.size()));
    if (m_pending.isEmpty() && id != 0)
        emit drawn();
}

void AnalyzerWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* print = file->addAction(tr("&Print report…"), this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(windowTitle());
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QString error;
        if (!writeReport(&printer, &error))
            QMessageBox::warning(this, tr("Print"), error);
    });
    print->setShortcut(QKeySequence::Print);
    print->setToolTip(tr("Print the report: charts, statistics and events of this range"));
    QAction* pdf = file->addAction(tr("Export &PDF…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the report"), m_cluster + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !exportPdf(path, &error))
            QMessageBox::warning(this, tr("Export"), error);
    });
    pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    pdf->setToolTip(tr("The report as a PDF file"));
    QAction* csv = file->addAction(tr("Export statistics as &CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the statistics"), m_cluster + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(statisticsCsv().toUtf8()) < 0)
            QMessageBox::warning(this, tr("Export"), tr("Cannot write %1: %2").arg(path, f.errorString()));
    });
    csv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    csv->setToolTip(tr("The statistics table as CSV (cells that look like formulas are quoted)"));
    file->addSeparator();
    QAction* mark = file->addAction(tr("Mark a &checkpoint…"), this, &AnalyzerWindow::markCheckpoint);
    mark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    mark->setToolTip(tr("Write a checkpoint with a text through the collector recording this database"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

QString AnalyzerWindow::statisticsCsv() const
{
    return modelToCsv(m_sorted);
}

bool AnalyzerWindow::exportPdf(const QString& path, QString* error) const
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(200);
    pdf.setTitle(windowTitle());
    pdf.setCreator(QStringLiteral("openmosixanalyzer"));
    if (!writeReport(&pdf, error))
        return false;
    if (!QFileInfo(path).size()) {
        *error = tr("%1: nothing was written").arg(path);
        return false;
    }
    return true;
}

bool AnalyzerWindow::writeReport(QPagedPaintDevice* device, QString* error) const
{
    QPainter p;
    if (!p.begin(device)) {
        *error = tr("cannot start the report (is the file or printer writable?)");
        return false;
    }
    const QRect page(0, 0, device->width(), device->height());
    const int margin = page.width() / 16;
    const QRect body = page.adjusted(margin, margin, -margin, -margin);
    QFont normal(QStringLiteral("DejaVu Sans"), 9);
    QFont bold = normal;
    bold.setBold(true);
    QFont title = bold;
    title.setPointSize(14);
    p.setFont(normal);
    const int line = QFontMetrics(normal, device).height() * 13 / 10;
    const int titleHeight = QFontMetrics(title, device).height() * 3 / 2;

    // What goes after the charts, in lines: the statistics (a header and a line per row), the
    // events (a heading and a line each). Counted first, so every page says "page N of M".
    QStringList statLines;
    QVector<int> widths(StatsModel::ColumnCount, 0);
    QVector<QStringList> cells;
    for (int r = -1; r < m_sorted->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < StatsModel::ColumnCount; ++c)
            row << (r < 0 ? m_sorted->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()
                          : m_sorted->index(r, c).data().toString());
        cells << row;
    }
    QStringList eventLines;
    for (const EventRow& e : m_events) {
        if (e.kind != QLatin1String("checkpoint") && e.kind != QLatin1String("down") && e.kind != QLatin1String("up")
            && e.kind != QLatin1String("command"))
            continue;
        eventLines << QDateTime::fromMSecsSinceEpoch(e.ts).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                + QStringLiteral("  ") + (e.node ? tr("node %1").arg(e.node) : tr("cluster")) + QStringLiteral("  ")
                + e.kind + (e.detail.isEmpty() ? QString() : QStringLiteral("  ") + e.detail)
                + (e.actor.isEmpty() ? QString() : tr("  (%1)").arg(e.actor));
    }
    if (eventLines.isEmpty())
        eventLines << tr("none in this range");
    int pages = 0; // known after a first pass that only counts
    int pageNo = 1;
    auto footer = [&] {
        p.setFont(normal);
        p.drawText(QRect(body.left(), body.bottom() - line, body.width(), line), Qt::AlignRight | Qt::AlignVCenter,
            tr("page %1 of %2").arg(pageNo).arg(pages));
    };
    auto heading = [&](const QString& text) {
        p.setFont(title);
        p.drawText(QRect(body.left(), body.top(), body.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter, text);
        p.setFont(normal);
    };
    // Page 1: who, when, and the two charts.
    heading(tr("%1 — load and memory").arg(m_cluster));
    int y = body.top() + titleHeight;
    p.drawText(QRect(body.left(), y, body.width(), line), Qt::AlignLeft,
        tr("%1 to %2 (%3)")
            .arg(QDateTime::fromMSecsSinceEpoch(m_from).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                QDateTime::fromMSecsSinceEpoch(m_to).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                m_bar->range().describe()));
    y += line;
    p.drawText(QRect(body.left(), y, body.width(), line), Qt::AlignLeft,
        tr("made %1 from %2; load above %3 % marked")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), m_db)
            .arg(m_threshold));
    y += line * 3 / 2;
    const int chartHeight = (body.bottom() - line * 2 - y) / 2;
    for (QChartView* v : { m_clusterView, m_nodeView }) {
        // Each chart at the page's proportions, whatever the window's are: laid out again at
        // that size for the moment of drawing.
        QChart* chart = v->chart();
        const QSizeF shown = chart->size();
        static const Qt::PenStyle styles[]
            = { Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine };
        for (auto it = m_nodeLines.cbegin(); it != m_nodeLines.cend(); ++it) {
            QPen pen = it.value()->pen();
            pen.setStyle(v == m_nodeView ? styles[(it.key() - 1 + 1000) % 5] : Qt::SolidLine);
            it.value()->setPen(pen);
        }
        const bool legend = chart->legend()->isVisible();
        chart->legend()->setVisible(true); // on paper there is no node list beside it
        const QRectF target(body.left(), y, body.width(), chartHeight - line / 2);
        chart->resize(QSizeF(1000, 1000 * target.height() / target.width()));
        if (chart->layout())
            chart->layout()->activate();
        chart->scene()->render(&p, target, QRectF(chart->pos(), chart->size()), Qt::IgnoreAspectRatio);
        chart->legend()->setVisible(legend);
        for (QLineSeries* s : std::as_const(m_nodeLines)) {
            QPen pen = s->pen();
            pen.setStyle(Qt::SolidLine);
            s->setPen(pen);
        }
        chart->resize(shown);
        if (chart->layout())
            chart->layout()->activate();
        y += chartHeight;
    }
    // Then the statistics and the events, as many lines as fit on a page: once to count the
    // pages (nothing drawn), once to draw them.
    for (const QStringList& row : std::as_const(cells))
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], QFontMetrics(normal, device).horizontalAdvance(row[c]));
    int total = 0;
    for (int w : widths)
        total += w;
    const double scale = std::min(1.0, double(body.width()) / double(std::max(1, total + int(widths.size()) * line)));
    auto text = [&](bool paint) {
        auto newPage = [&] {
            ++pageNo;
            y = body.top() + titleHeight + line / 2;
            if (!paint)
                return;
            device->newPage();
            heading(tr("%1 — statistics and events").arg(m_cluster));
            footer();
        };
        auto room = [&] {
            if (y + line > body.bottom() - line * 2)
                newPage();
        };
        auto write = [&](const QFont& font, const QString& t) {
            room();
            if (paint) {
                p.setFont(font);
                p.drawText(QRect(body.left(), y, body.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(font, device).elidedText(t, Qt::ElideRight, body.width()));
            }
            y += line;
        };
        newPage();
        write(bold, tr("Statistics"));
        for (int r = 0; r < cells.size(); ++r) {
            room();
            if (paint) {
                p.setFont(r == 0 ? bold : normal);
                p.save();
                p.translate(body.left(), y);
                p.scale(scale, scale);
                int x = 0;
                for (int c = 0; c < cells[r].size(); ++c) {
                    p.drawText(QRect(x, 0, widths[c] + line, line),
                        (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, cells[r][c]);
                    x += widths[c] + line;
                }
                p.restore();
            }
            y += line;
        }
        y += line;
        write(bold, tr("Events"));
        for (const QString& e : std::as_const(eventLines))
            write(normal, e);
    };
    const int chartPage = pageNo;
    text(false);
    pages = pageNo;
    pageNo = chartPage;
    footer(); // page 1, now that the count is known
    text(true);
    p.end();
    return true;
}

} // namespace omv
