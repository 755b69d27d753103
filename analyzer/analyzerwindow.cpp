#include "analyzerwindow.h"

#include "core/control/remote.h"

#include "core/util/savefile.h"
#include "gui/processtablemodel.h"

#include "core/control/controlserver.h"
#include "core/util/suiteprogram.h"
#include "core/util/workerthreads.h"
#include "gui/elidedlabel.h"
#include "gui/helpmenu.h"
#include "gui/tableviews.h"
#include "gui/timechart.h"
#include "gui/timerangebar.h"
#include "statsmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QSplitter>

#include "gui/windowstate.h"
#include <QStandardItemModel>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace omv
{

namespace
{

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

// Solid on the screen, where colours tell lines apart (a dash pattern over a thousand points
// costs most of a repaint); `paper` is the pattern in reports, read in black and white.
TimeChart::Line line(const QString& name, const QColor& colour, qreal width, Qt::PenStyle paper = Qt::SolidLine)
{
    TimeChart::Line l;
    l.name = name;
    l.colour = colour;
    l.width = width;
    l.paperStyle = paper;
    return l;
}

// The point nearest to `ts` of a series in time order.
const SeriesPoint* nearest(const QVector<SeriesPoint>& points, qint64 ts)
{
    if (points.isEmpty())
        return nullptr;
    auto it
        = std::lower_bound(points.cbegin(), points.cend(), ts, [](const SeriesPoint& p, qint64 t) { return p.ts < t; });
    if (it == points.cend() || (it != points.cbegin() && ts - (it - 1)->ts < it->ts - ts))
        --it;
    return &*it;
}

} // namespace

AnalyzerWindow::AnalyzerWindow(
    const QString& dbPath, const QString& clusterName, const control::CollectorHost& where, QWidget* parent)
    : QMainWindow(parent)
    , m_db(dbPath)
    , m_where(where)
    , m_reader(new HistoryReader(dbPath, 1000, this, where))
    , m_bar(new TimeRangeBar(this))
    , m_clusterChart(new TimeChart(tr("Cluster"), this))
    , m_nodeChart(new TimeChart(tr("Load per node"), this))
    , m_nodeList(new QListWidget(this))
    , m_table(new QTableView(this))
    , m_stats(new StatsModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_status(new ElidedLabel(this))
    , m_cluster(clusterName)
{
    setWindowTitle(tr("%1 — history — openmosixanalyzer").arg(clusterName));
    // As it was left for this cluster: size, the splitters, the statistics' columns.
    m_windowState = std::make_unique<WindowState>(this, QStringLiteral("analyzer"), clusterName);
    setUpCharts();
    setUpNodeListAndTable();
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addLayout(buildTopRow());
    layout->addWidget(buildPanes(), 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);
    m_status->setText(tr("Opening %1…").arg(m_reader->describe()));
    resize(1200, 860);
    m_windowState->restore();
    buildMenus();
    connectReader();
}

void AnalyzerWindow::setUpCharts()
{
    // The cluster: mean load of the up nodes (the region above the threshold tinted), the hottest node (thin),
    // memory used (right axis), migrations per bucket as bars.
    TimeChart* cc = m_clusterChart;
    cc->setAxis(TimeChart::Left, tr("load %"), 100);
    cc->setAxis(TimeChart::Right, tr("memory used, GiB"), 1);
    m_loadMax = cc->addLine(line(tr("hottest node"), QColor(0x7f, 0xa7, 0xe0), 1, Qt::DashLine));
    TimeChart::Line mean = line(tr("mean load"), QColor(0x1f, 0x5f, 0xbf), 2);
    mean.hot = true;
    m_loadMean = cc->addLine(mean);
    TimeChart::Line mem = line(tr("memory used"), QColor(0x2e, 0x8b, 0x57), 1.5, Qt::DotLine);
    mem.axis = TimeChart::Right;
    m_memory = cc->addLine(mem);
    // Nodes up as a share of all on the load axis: 100 % while all are up, a dip as one goes.
    m_nodesUp = cc->addLine(line(tr("nodes up, % of all"), QColor(0x90, 0x90, 0x90), 1, Qt::DashDotDotLine));
    TimeChart::Line compare = line(tr("mean load earlier"), QColor(0x60, 0x60, 0x60), 1.5, Qt::DashLine);
    compare.style = Qt::DashLine; // dashed on the screen too: "earlier", not a line of now
    compare.visible = false;
    m_compare = cc->addLine(compare);
    // Every node in one chart: at 4 nodes the lines compare at a glance; at 64, small multiples
    // would be 64 stamps too small to read, while one chart with nodes toggled from the list
    // (and the statistics table to find the hot ones, a double click to see one alone) stays
    // readable.
    m_nodeChart->setAxis(TimeChart::Left, tr("load %"), 100);
    m_nodeChart->setLegendVisible(false);
    for (TimeChart* c : { m_clusterChart, m_nodeChart }) {
        c->setThreshold(m_threshold);
        c->hoverText = [this](qint64 ts) { return crosshairText(ts); };
        c->setToolTip(tr("Drag: zoom to a time · Shift+drag or middle/right drag: pan · wheel: zoom · "
                         "right click or Escape: back"));
        connect(c, &TimeChart::rangeSelected, this, &AnalyzerWindow::zoomedOnChart);
        connect(c, &TimeChart::wheelZoom, this, [this](bool in) { in ? m_bar->zoomIn() : m_bar->zoomOut(); });
        connect(c, &TimeChart::backRequested, this, [this] { back(); });
        connect(c, &TimeChart::panStarted, this, [this] { m_history << m_bar->range(); });
        connect(c, &TimeChart::panned, this, [this](qint64 from, qint64 to) {
            // Not into the future: a pan to the right stops at now.
            const qint64 now = m_bar->now();
            if (to > now) {
                from -= to - now;
                to = now;
            }
            m_bar->setRange(TimeRange::between(from, to));
            requestAll();
        });
    }
}

void AnalyzerWindow::setUpNodeListAndTable()
{
    m_nodeList->setToolTip(tr("Nodes shown in the chart (tick to show, untick to hide)"));
    m_nodeList->setMaximumWidth(170);
    connect(m_nodeList, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const int index = m_nodeLines.value(NodeId(item->data(Qt::UserRole).toInt()), -1);
        if (index >= 0)
            m_nodeChart->setLineVisible(index, item->checkState() == Qt::Checked);
        finishRound(0);
    });
    m_sorted->setSourceModel(m_stats);
    m_sorted->setSortRole(StatsModel::SortRole);
    m_table->setModel(m_sorted);
    setUpListTable(m_table, { { StatsModel::Node, 90 }, { StatsModel::MemMean, 110 } });
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StatsModel::Node, Qt::AscendingOrder);
    m_table->setToolTip(tr("Double click a node: its line alone in the chart; the cluster: every node again"));
    connect(m_table, &QTableView::doubleClicked, this,
        [this](const QModelIndex& index) { showOnlyNode(NodeId(index.data(StatsModel::NodeRole).toInt())); });
}

// The cluster chart over the node chart (with its list beside it) over the statistics.
QWidget* AnalyzerWindow::buildPanes()
{
    // Beside the node chart: what it shows (each node's load, or its memory used — the original's
    // memory view per node) and which nodes.
    auto* side = new QWidget;
    side->setMaximumWidth(170);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_nodeFigureBox = new QComboBox(side);
    m_nodeFigureBox->setObjectName(QStringLiteral("nodeFigure"));
    m_nodeFigureBox->addItem(tr("Load"));
    m_nodeFigureBox->addItem(tr("Memory used"));
    m_nodeFigureBox->setToolTip(tr("What the node chart shows: each node's load, or the memory each uses"));
    connect(m_nodeFigureBox, QOverload<int>::of(&QComboBox::activated), this, [this](int i) { setNodeFigure(i == 1); });
    sideLayout->addWidget(m_nodeFigureBox);
    sideLayout->addWidget(m_nodeList, 1);
    auto* nodes = new QSplitter(Qt::Horizontal);
    nodes->addWidget(m_nodeChart);
    nodes->addWidget(side);
    nodes->setStretchFactor(0, 1);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_clusterChart);
    split->addWidget(nodes);
    // The statistics with a line under them saying what they come from (raw samples or summaries).
    auto* statistics = new QWidget;
    auto* statsLayout = new QVBoxLayout(statistics);
    statsLayout->setContentsMargins(0, 0, 0, 0);
    statsLayout->setSpacing(2);
    statsLayout->addWidget(m_table, 1);
    m_statsSource = new ElidedLabel(statistics);
    m_statsSource->setObjectName(QStringLiteral("statisticsSource"));
    statsLayout->addWidget(m_statsSource);
    split->addWidget(statistics);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    split->setChildrenCollapsible(false);
    for (TimeChart* c : { m_clusterChart, m_nodeChart })
        c->setMinimumHeight(220);
    m_table->setMinimumHeight(120);
    split->setSizes({ 330, 330, 180 });
    m_windowState->add(split, QStringLiteral("charts"));
    m_windowState->add(nodes, QStringLiteral("nodes"));
    m_windowState->add(m_table->horizontalHeader(), QStringLiteral("statistics"));
    return split;
}

// The time-range bar and the comparison with an earlier range.
QBoxLayout* AnalyzerWindow::buildTopRow()
{
    auto* top = new QHBoxLayout;
    top->addWidget(m_bar, 1);
    auto* compareBox = m_compareBox = new QComboBox(this);
    compareBox->setObjectName(QStringLiteral("compare"));
    compareBox->setToolTip(tr("Overlay the cluster's mean load of the same range shifted back, dashed"));
    compareBox->addItem(tr("Compare: off"), qint64(0));
    compareBox->addItem(tr("with a day earlier"), qint64(TimeRange::kDay));
    compareBox->addItem(tr("with a week earlier"), qint64(7 * TimeRange::kDay));
    connect(compareBox, QOverload<int>::of(&QComboBox::activated), this,
        [this, compareBox](int i) { setCompare(compareBox->itemData(i).toLongLong()); });
    top->addWidget(compareBox);
    return top;
}

void AnalyzerWindow::connectReader()
{
    connect(m_bar, &TimeRangeBar::rangeChanged, this, &AnalyzerWindow::requestAll);
    // One handler per question (historyrequests.h); each ends its part of the round.
    connect(m_reader, &HistoryReader::failed, this, [this](const history::Head&, const QString& error) {
        // (A report waiting for this answer would wait for ever: it fails instead, and says why.)
        m_status->setText(error);
        emit failed(error);
    });
    connect(m_reader, &HistoryReader::extentAnswered, this,
        [this](const history::Head&, const TimeExtent& extent) { applyExtent(extent); });
    connect(m_reader, &HistoryReader::clusterSeriesAnswered, this, &AnalyzerWindow::onClusterSeries);
    connect(m_reader, &HistoryReader::nodeRowsAnswered, this, &AnalyzerWindow::onNodeRows);
    connect(m_reader, &HistoryReader::eventsAnswered, this,
        [this](const history::Head& head, const history::Events&, const QVector<EventRow>& events) {
            drawEvents(events);
            finishRound(head.id);
        });
    connect(m_reader, &HistoryReader::statisticsAnswered, this,
        [this](const history::Head& head, const history::Statistics&, const RangeStats& stats) {
            m_stats->setStats(stats);
            m_statsSource->setText(m_stats->sourceText());
            if (head.id == m_statsId) {
                m_statsId = 0;
                emit statisticsReady();
            }
        });
    connect(m_reader, &HistoryReader::opened, this, [this](bool ok, const QString& error) {
        if (!ok) {
            m_status->setText(error);
            emit failed(error);
            return;
        }
        m_rows.clear(); // (re)opened: perhaps another file under the name
        m_reader->request(history::Extent());
    });
    // While the range ends at now, what the collector writes shows within one interval.
    connect(m_reader, &HistoryReader::changed, this, [this] {
        if (!m_bar->range().follows())
            return;
        m_following = true; // the round this starts is a refresh, not a new range
        if (m_bar->range().kind() == TimeRange::Kind::Last) {
            // "The last hour" ends at now whatever the file's end: drawn at once, the extent
            // (new nodes, the file's span for the bar) read beside it.
            m_extentQuiet = true;
            m_reader->request(history::Extent());
            requestAll();
        } else {
            m_reader->request(history::Extent()); // "all" ends where the file ends
        }
    });
}

AnalyzerWindow::~AnalyzerWindow()
{
    m_windowState->save();
}

int AnalyzerWindow::clusterPoints() const
{
    return m_clusterChart->line(m_loadMean).points.size();
}

qint64 AnalyzerWindow::shownUntil() const
{
    if (m_clusterData.isEmpty() || m_points <= 0)
        return -1;
    return m_clusterData.last().ts + (m_to - m_from) / m_points;
}

int AnalyzerWindow::nodePoints(NodeId node) const
{
    const int index = m_nodeLines.value(node, -1);
    return index < 0 ? -1 : m_nodeChart->line(index).points.size();
}

int AnalyzerWindow::downSpellsShown() const
{
    return m_nodeChart->bandCount();
}

QString AnalyzerWindow::statusText() const
{
    return m_status->text();
}

void AnalyzerWindow::setRange(const TimeRange& range)
{
    m_rangeGiven = true; // the file's first extent no longer picks a range of its own
    m_bar->setRange(range);
    requestAll();
}

void AnalyzerWindow::setThreshold(double percent)
{
    m_threshold = percent;
    m_clusterChart->setThreshold(percent);
    m_nodeChart->setThreshold(m_nodeMemory ? -1 : percent);
    requestAll();
}

QColor AnalyzerWindow::colourOf(NodeId node) const
{
    return nodeColour(node);
}

void AnalyzerWindow::applyExtent(const TimeExtent& extent)
{
    const bool first = m_extent.nodes.isEmpty() && m_extent.first < 0 && !m_rangeGiven;
    const bool quiet = std::exchange(m_extentQuiet, false);
    if (quiet && !first && extent.nodes == m_extent.nodes) {
        m_extent = extent; // the charts are being drawn already
        m_bar->setExtent(extent.first, extent.last);
        return;
    }
    m_extent = extent;
    m_bar->setExtent(extent.first, extent.last);
    if (first && extent.last >= 0 && extent.last < m_bar->now() - 12 * TimeRange::kHour)
        m_bar->setRange(TimeRange::all()); // an old (rotated) file: its whole span, not an empty "now"
    else if (first && extent.first >= 0 && extent.first > m_bar->now() - 15 * TimeRange::kMinute)
        m_bar->setRange(TimeRange::last(15 * TimeRange::kMinute)); // a file just begun (the demo)
    else if (first)
        m_bar->setRange(TimeRange::last(12 * TimeRange::kHour)); // the original's 12-hour view
    static const Qt::PenStyle styles[]
        = { Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine };
    for (NodeId n : extent.nodes) {
        if (m_nodeLines.contains(n))
            continue;
        // Solid on the screen (dashes over thousands of points cost most of a repaint); the
        // report gives each node a dash pattern too, for black and white.
        TimeChart::Line l = line(tr("node %1").arg(n), colourOf(n), 1);
        l.paperStyle = styles[(n - 1 + 1000) % 5];
        l.hot = true;
        m_nodeLines.insert(n, m_nodeChart->addLine(l));
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
        m_status->setText(tr("%1 holds no samples yet").arg(m_reader->describe()));
        return;
    }
    const qint64 now = m_bar->now();
    const TimeRange range = m_bar->range();
    m_from = range.from(now, m_extent.first, m_extent.last);
    m_to = range.to(now, m_extent.first, m_extent.last);
    // No more points than the chart has pixels.
    m_points = std::clamp(m_clusterChart->width() - 100, 100, 2000);
    m_pending.clear();
    m_reader->cancel(QStringLiteral("prefetch"));
    // The charts show the new range once, when its answers are in (finishRound), not once per
    // answer: each repaint of 65 lines costs more than the queries of a step.
    for (TimeChart* c : { m_clusterChart, m_nodeChart })
        c->setUpdatesEnabled(false);
    m_pending << m_reader->request(history::ClusterSeries { m_from, m_to, m_points }, QStringLiteral("cluster"));
    m_pending << m_reader->request(history::Events { m_from, m_to }, QStringLiteral("events"));
    if (m_compareShift > 0)
        m_pending << m_reader->request(
            history::ClusterSeries { m_from - m_compareShift, m_to - m_compareShift, m_points },
            QStringLiteral("compare"));
    // The node chart from the rows held when they cover the range; else read (only the tail
    // when following the collector).
    const int wanted = StoreReader::tierFor(m_to - m_from, m_points);
    const int held = m_rows.tierFor(wanted, m_from, m_to);
    if (held >= 0) {
        m_reader->cancel(QStringLiteral("rows"));
        m_rowsId = 0;
        m_rowTier = held;
        drawNodes();
    } else {
        requestRows(wanted);
    }
    // The statistics may take a while over a long range: the charts do not wait for them. While
    // following the collector, a run still going is let finish (a newer one would cancel it at
    // every write, and over a long range none would ever finish).
    if (!(m_following && m_statsId != 0 && m_statsRange == m_bar->range())) {
        m_statsId = m_reader->request(history::Statistics { m_from, m_to, m_threshold }, QStringLiteral("stats"));
        m_statsRange = m_bar->range();
    }
    m_following = false;
    updateAxes();
}

void AnalyzerWindow::requestRows(int tier)
{
    if (m_rowsId != 0 && m_rowsAsked.tier == tier && m_rowsAsked.from <= m_from && m_rowsAsked.to >= m_to) {
        m_pending << m_rowsId; // the rows on their way serve this range too
        return;
    }
    qint64 from = m_rows.tailFrom(tier, m_from, m_to);
    if (from < 0) {
        // Whole tier intervals: every row read is a row whole.
        const qint64 width = std::max<qint64>(1000, qint64(tier) * 1000);
        from = m_from / width * width;
    }
    ++m_rowReads;
    m_rowsAsked = history::NodeRows { tier, from, m_to };
    m_rowsId = m_reader->request(m_rowsAsked, QStringLiteral("rows"));
    m_pending << m_rowsId;
}

void AnalyzerWindow::onClusterSeries(
    const history::Head& head, const history::ClusterSeries&, const QVector<SeriesPoint>& series)
{
    if (head.channel == QLatin1String("compare")) {
        // Drawn over the current range: "is tonight worse than last Tuesday?"
        m_clusterChart->setPoints(m_compare, loadPoints(series, m_compareShift));
        m_clusterChart->setLineName(m_compare, tr("mean load %1 earlier").arg(TimeRange::widthText(m_compareShift)));
        m_clusterChart->setLineVisible(m_compare, true);
    } else {
        drawCluster(series);
    }
    finishRound(head.id);
}

void AnalyzerWindow::onNodeRows(
    const history::Head& head, const history::NodeRows& asked, const QHash<NodeId, QVector<SeriesPoint>>& rows)
{
    m_rows.store(asked.tier, asked.from, asked.to, rows);
    if (head.channel == QLatin1String("prefetch"))
        return;
    if (head.id == m_rowsId) {
        m_rowsId = 0;
        m_rowTier = asked.tier;
        drawNodes();
        // Then, while nobody waits, the rows around the range: the next zoom out or pan reads
        // nothing. Cancelled by the next range if it comes first.
        const qint64 width = m_to - m_from;
        const qint64 from = std::max(m_extent.first, m_from - width);
        const qint64 to = std::min(std::max(m_extent.last + 1, m_to), m_to + width);
        if (m_rows.tierFor(m_rowTier, from, to) < 0 && m_rowTier > 0) {
            const qint64 tw = qint64(m_rowTier) * 1000;
            m_reader->request(history::NodeRows { m_rowTier, from / tw * tw, to }, QStringLiteral("prefetch"));
        }
    }
    finishRound(head.id);
}

void AnalyzerWindow::drawCluster(const QVector<SeriesPoint>& points)
{
    m_clusterData = points;
    QVector<QPointF> max, mem, up, bars;
    const double nodes = std::max(1, int(m_extent.nodes.size()));
    max.reserve(points.size());
    mem.reserve(points.size());
    double memTop = 1;
    for (const SeriesPoint& p : points) {
        const qreal x = qreal(p.ts);
        max << QPointF(x, p.loadMax);
        mem << QPointF(x, p.memAvg / kGiB);
        up << QPointF(x, 100.0 * p.nodesUp / nodes);
        memTop = std::max(memTop, p.memMax / kGiB);
        if (p.migrations > 0)
            bars << QPointF(x, double(p.migrations));
    }
    m_clusterChart->setPoints(m_loadMean, loadPoints(points));
    m_clusterChart->setPoints(m_loadMax, max);
    m_clusterChart->setPoints(m_memory, mem);
    m_clusterChart->setPoints(m_nodesUp, up);
    m_clusterChart->setAxis(TimeChart::Right, tr("memory used, GiB"), memTop * 1.1);
    const qint64 bucket = m_points > 0 ? std::max<qint64>(1, (m_to - m_from) / m_points) : 1;
    // "per 40 s", "per 10 min": the bucket's width in whole seconds or minutes.
    const qint64 unit = bucket >= TimeRange::kMinute ? TimeRange::kMinute : 1000;
    const qint64 shown = std::max<qint64>(1, (bucket + unit / 2) / unit) * unit;
    m_clusterChart->setBars(tr("migrations per %1").arg(TimeRange::widthText(shown)), bars, bucket);
}

void AnalyzerWindow::drawNodes()
{
    m_nodeData = m_rows.series(m_from, m_to, m_points);
    for (auto it = m_nodeLines.cbegin(); it != m_nodeLines.cend(); ++it) {
        // (A node with no rows: an empty line.)
        const QVector<SeriesPoint>& series = m_nodeData[it.key()];
        if (m_nodeMemory) {
            QVector<QPointF> xy;
            xy.reserve(series.size());
            for (const SeriesPoint& p : series)
                xy << QPointF(qreal(p.ts), p.memAvg / kGiB);
            m_nodeChart->setPoints(it.value(), xy);
        } else {
            m_nodeChart->setPoints(it.value(), loadPoints(series));
        }
    }
}

void AnalyzerWindow::setNodeFigure(bool memory)
{
    m_nodeMemory = memory;
    if (m_nodeFigureBox)
        m_nodeFigureBox->setCurrentIndex(memory ? 1 : 0);
    m_nodeChart->setTitle(memory ? tr("Memory used per node") : tr("Load per node"));
    // The threshold is a load's: no tinted region over memory.
    m_nodeChart->setThreshold(memory ? -1 : m_threshold);
    drawNodes();
    finishRound(0);
}

void AnalyzerWindow::drawEvents(const QVector<EventRow>& events)
{
    m_events = events;
    QVector<TimeChart::Mark> marks;
    QVector<TimeChart::Tick> ticks;
    auto when = [](qint64 ts) { return QDateTime::fromMSecsSinceEpoch(ts).toString(QStringLiteral("HH:mm:ss")); };
    for (const EventRow& e : events) {
        if (e.kind == QLatin1String("checkpoint"))
            marks << TimeChart::Mark { e.ts, ProcessTableModel::displayText(e.detail) };
        else if (e.kind == QLatin1String("command"))
            ticks << TimeChart::Tick { e.ts,
                tr("%1 %2%3: %4")
                    .arg(when(e.ts), e.actor.isEmpty() ? QString() : e.actor + QLatin1Char(' '),
                        e.node ? tr("on node %1").arg(e.node) : tr("on the cluster"),
                        ProcessTableModel::displayText(e.detail)) };
    }
    // Each node's down spells in the range (one that began before it starts at its start).
    QHash<NodeId, qint64> since;
    QVector<TimeChart::Band> bands;
    auto spell = [&](NodeId node, qint64 from, qint64 to) {
        bands << TimeChart::Band { from, to,
            tr("node %1 down %2 – %3 (%4)")
                .arg(node)
                .arg(when(from), when(to), TimeRange::widthText(std::max<qint64>(1000, to - from))) };
    };
    for (const EventRow& e : std::as_const(m_events)) {
        if (e.kind == QLatin1String("down") && !since.contains(e.node))
            since.insert(e.node, e.ts);
        else if (e.kind == QLatin1String("up") && since.contains(e.node))
            spell(e.node, since.take(e.node), e.ts);
        else if (e.kind == QLatin1String("up"))
            spell(e.node, m_from, e.ts);
    }
    for (auto it = since.cbegin(); it != since.cend(); ++it)
        spell(it.key(), it.value(), m_to);
    for (TimeChart* c : { m_clusterChart, m_nodeChart }) {
        c->setMarks(marks);
        c->setTicks(ticks);
    }
    m_nodeChart->setBands(bands);
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
    QStringList lines { QDateTime::fromMSecsSinceEpoch(ts).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) };
    if (const SeriesPoint* p = nearest(m_clusterData, ts)) {
        lines << tr("cluster: %1 % mean").arg(p->loadAvg, 0, 'f', 1);
        lines << tr("hottest node: %1 %").arg(p->loadMax, 0, 'f', 1);
        lines << tr("memory used: %1 GiB").arg(p->memAvg / kGiB, 0, 'f', 2);
        lines << tr("nodes up: %1 of %2")
                     .arg(p->nodesUp, 0, 'f', p->nodesUp == std::floor(p->nodesUp) ? 0 : 1)
                     .arg(m_extent.nodes.size());
        if (p->migrations > 0)
            lines << tr("migrations: %1").arg(p->migrations);
    }
    if (m_clusterChart->line(m_compare).visible) {
        const QVector<QPointF>& earlier = m_clusterChart->line(m_compare).points;
        auto it = std::lower_bound(
            earlier.cbegin(), earlier.cend(), qreal(ts), [](const QPointF& p, qreal x) { return p.x() < x; });
        if (it != earlier.cend())
            lines << tr("%1 earlier: %2 % mean").arg(TimeRange::widthText(m_compareShift)).arg(it->y(), 0, 'f', 1);
    }
    QList<NodeId> nodes = m_nodeLines.keys();
    std::sort(nodes.begin(), nodes.end());
    for (NodeId n : nodes) {
        if (!m_nodeChart->line(m_nodeLines.value(n)).visible)
            continue;
        if (const SeriesPoint* p = nearest(m_nodeData.value(n), ts))
            lines << (m_nodeMemory ? tr("node %1: %2 GiB used").arg(n).arg(p->memAvg / kGiB, 0, 'f', 2)
                                   : tr("node %1: %2 %").arg(n).arg(p->loadAvg, 0, 'f', 1));
    }
    for (const EventRow& e : m_events) {
        // An event within a point's width of the pointer is named too.
        if (m_points > 0 && qAbs(e.ts - ts) <= (m_to - m_from) / m_points && e.kind != QLatin1String("command"))
            lines << tr("%1%2: %3")
                         .arg(e.node ? tr("node %1 ").arg(e.node) : QString(), e.kind,
                             ProcessTableModel::displayText(e.detail));
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
        m_clusterChart->setPoints(m_compare, {});
        m_clusterChart->setLineVisible(m_compare, false);
        return;
    }
    requestAll();
}

int AnalyzerWindow::comparePoints() const
{
    const TimeChart::Line& l = m_clusterChart->line(m_compare);
    return l.visible ? l.points.size() : 0;
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

void AnalyzerWindow::showOnlyNode(NodeId node)
{
    for (int i = 0; i < m_nodeList->count(); ++i) {
        QListWidgetItem* item = m_nodeList->item(i);
        const bool show = node == 0 || item->data(Qt::UserRole).toInt() == node;
        item->setCheckState(show ? Qt::Checked : Qt::Unchecked);
    }
}

QList<NodeId> AnalyzerWindow::visibleNodes() const
{
    QList<NodeId> out;
    for (auto it = m_nodeLines.cbegin(); it != m_nodeLines.cend(); ++it)
        if (m_nodeChart->line(it.value()).visible)
            out << it.key();
    std::sort(out.begin(), out.end());
    return out;
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
    struct Answer {
        bool done = false;
        QString text;
    };
    threads::run(
        this, QStringLiteral("omv-checkpoint"),
        [db = m_db, where = m_where, text](const threads::Task&) {
            Answer a;
            a.done = control::requestOn(where, db, control::checkpointRequest(text.trimmed()), &a.text);
            return a;
        },
        [this](const Answer& a) {
            if (a.done)
                requestAll();
            else
                m_status->setText(tr("No checkpoint: %1").arg(a.text));
        });
}

void AnalyzerWindow::updateAxes()
{
    for (TimeChart* c : { m_clusterChart, m_nodeChart })
        c->setRange(m_from, m_to);
}

void AnalyzerWindow::finishRound(quint64 id)
{
    m_pending.remove(id);
    // The load axes fit the hottest visible line (at least 100 %).
    double top = 100;
    for (const SeriesPoint& p : std::as_const(m_clusterData))
        top = std::max(top, p.loadMax);
    m_clusterChart->setAxis(TimeChart::Left, tr("load %"), top);
    double nodeTop = m_nodeMemory ? 0.001 : 100;
    for (auto it = m_nodeData.cbegin(); it != m_nodeData.cend(); ++it) {
        const int index = m_nodeLines.value(it.key(), -1);
        if (index < 0 || !m_nodeChart->line(index).visible)
            continue;
        for (const SeriesPoint& p : it.value())
            nodeTop = std::max(nodeTop, m_nodeMemory ? p.memAvg / kGiB : p.loadAvg);
    }
    // (Memory: a tenth of room over the largest, so that its line does not lie on the frame.)
    m_nodeChart->setAxis(
        TimeChart::Left, m_nodeMemory ? tr("memory used, GiB") : tr("load %"), m_nodeMemory ? nodeTop * 1.1 : nodeTop);
    const int tier = m_rowTier;
    m_status->setText(tr("%1 · %2 · %n point(s) per line · %3 node(s)", nullptr, clusterPoints())
                          .arg(m_bar->range().describe(),
                              tier == 0 ? tr("raw samples") : tr("%1 rollups").arg(TimeRange::widthText(tier * 1000)))
                          .arg(m_extent.nodes.size()));
    if (m_pending.isEmpty()) {
        for (TimeChart* c : { m_clusterChart, m_nodeChart })
            c->setUpdatesEnabled(true);
        if (id != 0)
            emit drawn();
    }
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
    // A CSV text from `make` into a file the user picks.
    auto saveCsv = [this](const QString& title, const QString& name, QString (AnalyzerWindow::*make)() const) {
        const QString path = QFileDialog::getSaveFileName(this, title, name, tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!writeWholeFile(path, (this->*make)().toUtf8(), &error))
            QMessageBox::warning(this, tr("Export"), tr("Cannot write %1: %2").arg(path, error));
    };
    QAction* csv = file->addAction(tr("Export statistics as &CSV…"), this, [this, saveCsv] {
        saveCsv(tr("Export the statistics"), m_cluster + QStringLiteral(".csv"), &AnalyzerWindow::statisticsCsv);
    });
    csv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction* series = file->addAction(tr("Export &series as CSV…"), this, [this, saveCsv] {
        saveCsv(tr("Export the series"), m_cluster + QStringLiteral("-series.csv"), &AnalyzerWindow::seriesCsv);
    });
    series->setToolTip(tr("The charts' points as CSV: the cluster's figures and every shown node's load"));
    QAction* image = file->addAction(tr("Export charts as &image…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the charts"),
            m_cluster + QStringLiteral(".png"), tr("PNG images (*.png);;SVG drawings (*.svg)"));
        QString error;
        if (!path.isEmpty() && !exportCharts(path, &error))
            QMessageBox::warning(this, tr("Export"), error);
    });
    image->setToolTip(tr("Both charts as a PNG image or an SVG drawing"));
    csv->setToolTip(tr("The statistics table as CSV (cells that look like formulas are quoted)"));
    file->addSeparator();
    QAction* mark = file->addAction(tr("Mark a &checkpoint…"), this, &AnalyzerWindow::markCheckpoint);
    mark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    mark->setToolTip(tr("Write a checkpoint with a text through the collector recording this database"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    QMenu* programs = menuBar()->addMenu(tr("&Programs"));
    QAction* history = programs->addAction(tr("Processes at this &moment (openmosixhistory)"), this, [this] {
        // The time under the crosshair of either chart; from the keyboard, the range's end.
        qint64 ts = m_clusterChart->hoverTime();
        if (ts < 0)
            ts = m_nodeChart->hoverTime();
        const QString bin = suiteProgram(QStringLiteral("openmosixhistory"));
        if (bin.isEmpty() || !QProcess::startDetached(bin, historyArguments(ts)))
            QMessageBox::warning(this, tr("Programs"), tr("Cannot start openmosixhistory."));
    });
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setToolTip(tr("The cluster's nodes and processes at the time under the crosshair"));
    programs->setToolTipsVisible(true);
    quit->setShortcut(QKeySequence::Quit);
    addHelpMenu(
        this, QStringLiteral("openmosixanalyzer"), tr("Load and memory history of a process-migration cluster."));
}

QStringList AnalyzerWindow::historyArguments(qint64 ts) const
{
    return (m_programArgs.isEmpty() ? QStringList { QStringLiteral("--db"), m_db } : m_programArgs)
        + QStringList { QStringLiteral("--at"),
              QDateTime::fromMSecsSinceEpoch(ts >= 0 ? ts : m_to).toString(Qt::ISODateWithMs) };
}

QString AnalyzerWindow::statisticsCsv() const
{
    return StatsModel::toCsv(m_stats->stats());
}

QString AnalyzerWindow::seriesCsv() const
{
    // The node lines are bucketed like the cluster's (same range, same points): rows meet by time.
    const QList<NodeId> nodes = visibleNodes();
    QStandardItemModel table(0, 4 + nodes.size());
    QStringList header { tr("Time"), tr("Mean load %"), tr("Hottest node %"), tr("Memory used GiB") };
    for (NodeId n : nodes)
        header << tr("Node %1 load %").arg(n);
    table.setHorizontalHeaderLabels(header);
    QMap<qint64, QVector<QString>> rows;
    auto cell = [&](qint64 ts, int column, const QString& text) {
        QVector<QString>& row = rows[ts];
        row.resize(header.size());
        row[column] = text;
    };
    for (const SeriesPoint& p : m_clusterData) {
        cell(p.ts, 1, QString::number(p.loadAvg, 'f', 2));
        cell(p.ts, 2, QString::number(p.loadMax, 'f', 2));
        cell(p.ts, 3, QString::number(p.memAvg / kGiB, 'f', 3));
    }
    for (int i = 0; i < nodes.size(); ++i)
        for (const SeriesPoint& p : m_nodeData.value(nodes[i]))
            cell(p.ts, 4 + i, QString::number(p.loadAvg, 'f', 2));
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QList<QStandardItem*> items;
        for (int c = 0; c < header.size(); ++c)
            items << new QStandardItem(
                c == 0 ? QDateTime::fromMSecsSinceEpoch(it.key()).toString(Qt::ISODate) : it.value().value(c));
        table.appendRow(items);
    }
    return modelToCsv(&table);
}

bool AnalyzerWindow::exportCharts(const QString& path, QString* error) const
{
    // Both charts stacked at the size they have on the screen, drawn as on paper (a legend and
    // a dash pattern for every line) so that the image stands on its own.
    const int width = std::max(800, m_clusterChart->width());
    const int height = std::max(300, m_clusterChart->height()) + std::max(300, m_nodeChart->height());
    const QRectF top(0, 0, width, height / 2.0), bottom(0, height / 2.0, width, height / 2.0);
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(QSize(width, height));
        svg.setViewBox(QRect(0, 0, width, height));
        svg.setTitle(windowTitle());
        QPainter p;
        if (!p.begin(&svg)) {
            *error = tr("cannot write %1").arg(path);
            return false;
        }
        m_clusterChart->render(&p, top, true);
        m_nodeChart->render(&p, bottom, true);
        p.end();
    } else {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        m_clusterChart->render(&p, top, true);
        m_nodeChart->render(&p, bottom, true);
        p.end();
        if (!image.save(path)) {
            *error = tr("cannot write %1 (PNG or SVG)").arg(path);
            return false;
        }
    }
    if (!QFileInfo(path).size()) {
        *error = tr("%1: nothing was written").arg(path);
        return false;
    }
    return true;
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
        // One line each: a text someone sent (a checkpoint, a command) with a newline in it is shown
        // with the newline as "\n", not as a second line over the next event.
        eventLines << QDateTime::fromMSecsSinceEpoch(e.ts).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                + QStringLiteral("  ") + (e.node ? tr("node %1").arg(e.node) : tr("cluster")) + QStringLiteral("  ")
                + e.kind
                + (e.detail.isEmpty() ? QString() : QStringLiteral("  ") + ProcessTableModel::displayText(e.detail))
                + (e.actor.isEmpty() ? QString() : tr("  (%1)").arg(ProcessTableModel::displayText(e.actor)));
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
    {
        // A long path is shortened in its middle: the folder's start and the file's name stay.
        const QString date = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        auto made = [&](const QString& path) {
            return tr("made %1 from %2; load above %3 % marked").arg(date, path).arg(m_threshold);
        };
        const QFontMetrics fm(normal, device);
        const int room = body.width() - fm.horizontalAdvance(made(QString()));
        p.drawText(QRect(body.left(), y, body.width(), line), Qt::AlignLeft,
            made(fm.elidedText(m_reader->describe(), Qt::ElideMiddle, std::max(room, body.width() / 4))));
    }
    y += line * 3 / 2;
    const int chartHeight = (body.bottom() - line * 2 - y) / 2;
    for (const TimeChart* chart : { m_clusterChart, m_nodeChart }) {
        // On paper every node has a dash pattern and a legend entry (there is no list beside it).
        chart->render(&p, QRectF(body.left(), y, body.width(), chartHeight - line / 2), true);
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
        // Where the figures come from (raw samples or summaries), wrapped to the page.
        const QFontMetrics fm(normal, device);
        QString wrapped;
        for (const QString& word : m_stats->sourceText().split(QLatin1Char(' '))) {
            const QString longer = wrapped.isEmpty() ? word : wrapped + QLatin1Char(' ') + word;
            if (!wrapped.isEmpty() && fm.horizontalAdvance(longer) > body.width()) {
                write(normal, wrapped);
                wrapped = word;
            } else {
                wrapped = longer;
            }
        }
        if (!wrapped.isEmpty())
            write(normal, wrapped);
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
