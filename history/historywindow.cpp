#include "historywindow.h"

#include "changetablemodel.h"
#include "core/model/timerange.h"
#include "core/util/savefile.h"
#include "gui/elidedlabel.h"
#include "gui/helpmenu.h"
#include "gui/nodedelegates.h"
#include "gui/nodetablemodel.h"
#include "gui/processtablemodel.h"
#include "gui/tableviews.h"
#include "gui/timechart.h"
#include "lifestrip.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QShortcut>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSplitter>

#include "gui/windowstate.h"
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace omv
{

namespace
{

constexpr qint64 kMinute = TimeRange::kMinute;
constexpr qint64 kHour = TimeRange::kHour;
constexpr int kTickMs = 200; // the player's step on the clock

// The nodes as they were: nothing in them can be changed (no speed slider, no buttons).
class ReadOnlyNodes : public NodeSortProxy
{
public:
    using NodeSortProxy::NodeSortProxy;
    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        return NodeSortProxy::flags(index) & ~Qt::ItemIsEditable;
    }
};

QToolButton* button(const QString& text, const QString& tip, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

QString when(qint64 ts)
{
    return QDateTime::fromMSecsSinceEpoch(ts).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

HistoryWindow::HistoryWindow(
    const QString& dbPath, const QString& clusterName, const control::CollectorHost& where, QWidget* parent)
    : QMainWindow(parent)
    , m_db(dbPath)
    , m_cluster(clusterName)
    , m_where(where)
    , m_reader(new HistoryReader(dbPath, 1000, this, where))
    , m_strip(new TimeChart(QString(), this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_when(new QDateTimeEdit(this))
    , m_speedBox(new QComboBox(this))
    , m_player(new QTimer(this))
    , m_nodeTable(new QTableView(this))
    , m_processTable(new QTableView(this))
    , m_nodes(new NodeTableModel(this))
    , m_processes(new ProcessTableModel(this))
    , m_life(new LifeStrip(this))
    , m_lifeNote(new QLabel(this))
    , m_userBox(new QComboBox(this))
    , m_nodeBox(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_migrated(new QCheckBox(tr("only migrated"), this))
    , m_guests(new QCheckBox(tr("only guests"), this))
    , m_status(new ElidedLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_changes(new ChangeTableModel(this))
    , m_eventRows(new QStandardItemModel(this))
    , m_betweenLabel(new QLabel(this))
    , m_livesTimer(new QTimer(this))
{
    setWindowTitle(tr("%1 — the cluster at any moment — openmosixhistory").arg(clusterName));
    m_windowState = std::make_unique<WindowState>(this, QStringLiteral("history"), clusterName);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_strip);
    layout->addWidget(m_slider);
    layout->addLayout(buildMomentControls());
    layout->addWidget(buildTables(), 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);
    buildMenus();
    m_livesTimer->setSingleShot(true);
    m_livesTimer->setInterval(kLivesAfterMs);
    connect(m_livesTimer, &QTimer::timeout, this, [this] {
        m_livesAsked = true;
        m_reader->request(history::LivesAt { m_t }, QStringLiteral("lives"));
    });
    m_status->setText(tr("Opening %1…").arg(m_reader->describe()));
    resize(1200, 860);
    m_windowState->restore();
    connectReader();
    addMomentKeys();
}

// The strip (the cluster's mean load over the file, events on it), the slider, the moment typed,
// the steps and the player: the row of controls under the slider.
QBoxLayout* HistoryWindow::buildMomentControls()
{
    // The strip: the cluster's mean load over the whole file, events on it, the moment as a line.
    // A click on it goes there.
    m_strip->setMinimumHeight(120);
    m_strip->setMaximumHeight(150);
    m_strip->setAxis(TimeChart::Left, tr("load %"), 100);
    m_strip->setLegendVisible(false);
    TimeChart::Line load;
    load.name = tr("mean load");
    load.colour = QColor(0x1f, 0x5f, 0xbf);
    load.width = 1.5;
    load.hot = true;
    m_strip->addLine(load);
    m_strip->setThreshold(75);
    m_strip->setToolTip(tr("Click: the cluster at that moment"));
    connect(m_strip, &TimeChart::clicked, this, &HistoryWindow::setMoment);

    // The slider in seconds over the file's span; dragging shows each moment as it goes (the
    // reader answers the latest only).
    m_slider->setTracking(true);
    m_slider->setToolTip(tr("The moment shown (t / Shift+T: next / previous sample, b: type a time)"));
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        if (!m_syncing && m_extent.first >= 0)
            setMoment(m_extent.first + qint64(v) * 1000);
    });
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_when->setCalendarPopup(true);
    m_when->setToolTip(tr("The moment shown; type one and press Enter"));
    connect(m_when, &QDateTimeEdit::editingFinished, this, [this] {
        if (!m_syncing)
            setMoment(m_when->dateTime().toMSecsSinceEpoch());
    });
    auto* steps = new QHBoxLayout;
    const struct {
        const char* text;
        QString tip;
        std::function<void()> act;
    } controls[] = {
        { "|◀", tr("The first recorded moment (Home)"), [this] { setMoment(m_extent.first); } },
        { "◀ event", tr("The event before"), [this] { stepEvent(-1); } },
        { "−1 h", tr("An hour earlier"), [this] { stepBy(-kHour); } },
        { "−1 min", tr("A minute earlier"), [this] { stepBy(-kMinute); } },
        { "◀ sample", tr("The recorded sample before (Shift+T)"), [this] { stepSample(-1); } },
    };
    for (const auto& c : controls) {
        QToolButton* b = button(QString::fromUtf8(c.text), c.tip, this);
        connect(b, &QToolButton::clicked, this, c.act);
        steps->addWidget(b);
    }
    steps->addWidget(m_when);
    const struct {
        const char* text;
        QString tip;
        std::function<void()> act;
    } after[] = {
        { "sample ▶", tr("The recorded sample after (t)"), [this] { stepSample(1); } },
        { "+1 min", tr("A minute later"), [this] { stepBy(kMinute); } },
        { "+1 h", tr("An hour later"), [this] { stepBy(kHour); } },
        { "event ▶", tr("The event after"), [this] { stepEvent(1); } },
        { "▶|", tr("The last recorded moment (End)"), [this] { setMoment(m_extent.last); } },
    };
    for (const auto& c : after) {
        QToolButton* b = button(QString::fromUtf8(c.text), c.tip, this);
        connect(b, &QToolButton::clicked, this, c.act);
        steps->addWidget(b);
    }
    steps->addSpacing(12);
    m_speedBox->setToolTip(tr("Play from the moment shown, this many times real time"));
    m_speedBox->addItem(tr("Play: stopped"), 0);
    for (int speed : { 1, 10, 60, 600, 3600 })
        m_speedBox->addItem(tr("Play %1×").arg(speed), speed);
    connect(m_speedBox, QOverload<int>::of(&QComboBox::activated), this,
        [this](int i) { play(m_speedBox->itemData(i).toInt()); });
    steps->addWidget(m_speedBox);
    steps->addStretch(1);
    connect(m_player, &QTimer::timeout, this, [this] {
        const qint64 next = m_t + qint64(m_speed) * kTickMs;
        if (next > m_extent.last) {
            setMoment(m_extent.last);
            play(0);
        } else {
            setMoment(next);
        }
    });
    return steps;
}

// The node table, the processes then (with the selected one's life and log), the changes
// between two marks and the events, under the filters; their sizes kept per cluster.
QWidget* HistoryWindow::buildTables()
{
    // The tables: the main window's node model and delegates, the process manager's model.
    auto* nodeProxy = new ReadOnlyNodes(this);
    nodeProxy->setSourceModel(m_nodes);
    nodeProxy->setSortRole(NodeTableModel::SortRole);
    m_nodeTable->setModel(nodeProxy);
    m_nodeTable->setItemDelegate(new CellDelegate(m_nodeTable)); // whole, compact or elided, never cut
    m_nodeTable->setItemDelegateForColumn(NodeTableModel::LoadColumn, new BarDelegate(m_nodeTable));
    m_nodeTable->setItemDelegateForColumn(NodeTableModel::MemoryColumn, new BarDelegate(m_nodeTable));
    m_nodeTable->setSortingEnabled(true);
    m_nodeTable->sortByColumn(NodeTableModel::IdColumn, Qt::AscendingOrder);
    m_nodeTable->verticalHeader()->hide();
    m_nodeTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nodeTable->horizontalHeader()->setStretchLastSection(true);
    m_processTable->setModel(m_processes);
    setUpListTable(m_processTable, { { ProcessTableModel::CommandColumn, 320 } });
    m_processTable->setSortingEnabled(true);
    // What a history does not keep: state, CPU, memory, nice, lock, why it cannot move.
    for (int c : { ProcessTableModel::StateColumn, ProcessTableModel::CpuColumn, ProcessTableModel::MemoryColumn,
             ProcessTableModel::NiceColumn, ProcessTableModel::LockedColumn, ProcessTableModel::CantMoveColumn })
        m_processTable->setColumnHidden(c, true);
    m_processTable->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_processes, &ProcessTableModel::aboutToRefresh, this,
        [this] { m_savedSelection = KeyedSelection::of(m_processTable, m_processes); });
    connect(m_processes, &ProcessTableModel::refreshed, this,
        [this] { m_savedSelection.restore(m_processTable, m_processes); });
    connect(m_processTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (!current.isValid())
                return;
            const qint64 key = m_processes->keyAt(current.row());
            if (key >= 0 && key != m_selected) {
                m_selected = key;
                requestLife();
            }
        });

    // Filters: owner (the original's drop-down), node, command text, only migrated / guests.
    m_userBox->setToolTip(tr("Only this owner's processes"));
    m_userBox->addItem(tr("All owners"), QString());
    m_nodeBox->setToolTip(tr("Only processes running on this node"));
    m_nodeBox->addItem(tr("All nodes"), 0);
    m_text->setPlaceholderText(tr("Command, user or pid…"));
    m_text->setClearButtonEnabled(true);
    connect(m_userBox, QOverload<int>::of(&QComboBox::activated), this, &HistoryWindow::applyFilter);
    connect(m_nodeBox, QOverload<int>::of(&QComboBox::activated), this, &HistoryWindow::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &HistoryWindow::applyFilter);
    connect(m_migrated, &QCheckBox::toggled, this, &HistoryWindow::applyFilter);
    connect(m_guests, &QCheckBox::toggled, this, &HistoryWindow::applyFilter);
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_userBox);
    filters->addWidget(m_nodeBox);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_migrated);
    filters->addWidget(m_guests);

    // The processes above; the selected one's life (and its log) below, the split the user's.
    auto* processes = new QSplitter(Qt::Vertical, this);
    processes->setObjectName(QStringLiteral("processSplit"));
    processes->setChildrenCollapsible(false);
    processes->addWidget(m_processTable);
    auto* lifeBox = new QWidget(this);
    auto* pl = new QVBoxLayout(lifeBox);
    pl->setContentsMargins(0, 0, 0, 0);
    processes->addWidget(lifeBox);
    processes->setStretchFactor(0, 3);
    processes->setStretchFactor(1, 1);
    pl->addWidget(m_lifeNote);
    pl->addWidget(m_life);
    m_lifeNote->hide();
    // Its log, when it was logged ("log process" in openmosixprocs): every sample while marked.
    m_logNote = new QLabel(this);
    m_logNote->setObjectName(QStringLiteral("processLogNote"));
    m_logRows = new QStandardItemModel(this);
    m_logTable = new QTableView(this);
    m_logTable->setObjectName(QStringLiteral("processLog"));
    m_logTable->setModel(m_logRows);
    setUpListTable(m_logTable, {});
    m_logTable->setMinimumHeight(m_logTable->verticalHeader()->defaultSectionSize() * 5);
    pl->addWidget(m_logNote);
    pl->addWidget(m_logTable);
    m_logNote->hide();
    m_logTable->hide();
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_nodeTable);
    // Between two times: mark A and B at moments shown; what started, ended and moved then.
    auto* between = new QWidget(this);
    auto* bl = new QVBoxLayout(between);
    bl->setContentsMargins(0, 0, 0, 0);
    auto* marks = new QHBoxLayout;
    QToolButton* markA = button(tr("Mark A"), tr("The moment shown is the start (A)"), this);
    QToolButton* markB = button(tr("Mark B"), tr("The moment shown is the end (B)"), this);
    connect(markA, &QToolButton::clicked, this, [this] { setBetween(m_t, m_b >= 0 ? m_b : m_t); });
    connect(markB, &QToolButton::clicked, this, [this] { setBetween(m_a >= 0 ? m_a : m_t, m_t); });
    marks->addWidget(markA);
    marks->addWidget(markB);
    marks->addWidget(m_betweenLabel, 1);
    m_betweenLabel->setText(tr("Mark two moments: what started, ended and moved between them"));
    bl->addLayout(marks);
    auto* changeTable = new QTableView(this);
    changeTable->setModel(m_changes);
    setUpListTable(changeTable, { { ChangeTableModel::Time, 150 }, { ChangeTableModel::Command, 300 } });
    connect(changeTable, &QTableView::doubleClicked, this, [this](const QModelIndex& i) {
        setMoment(m_changes->index(i.row(), 0).data(ChangeTableModel::TimeRole).toLongLong());
    });
    changeTable->setToolTip(tr("Double click: the cluster at that moment"));
    bl->addWidget(changeTable, 1);
    // Every event of the file.
    auto* eventTable = new QTableView(this);
    eventTable->setModel(m_eventRows);
    m_eventRows->setHorizontalHeaderLabels({ tr("Time"), tr("Node"), tr("Event"), tr("Detail"), tr("Who") });
    setUpListTable(eventTable, { { 0, 150 }, { 3, 360 } });
    eventTable->setSortingEnabled(false);
    connect(eventTable, &QTableView::doubleClicked, this, [this](const QModelIndex& i) { openEvent(i.row()); });
    eventTable->setToolTip(tr("Double click: the cluster at that moment"));
    m_tabs->addTab(processes, tr("Processes then"));
    m_tabs->addTab(between, tr("Between A and B"));
    m_tabs->addTab(eventTable, tr("Events"));
    // The filters above the tabs: owner, node and text narrow the processes then and the
    // between-list alike (migrated / guests are of a moment).
    auto* lower = new QWidget(this);
    auto* ll = new QVBoxLayout(lower);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addLayout(filters);
    ll->addWidget(m_tabs, 1);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({ 180, 480 });
    split->setChildrenCollapsible(false);
    m_windowState->add(split, QStringLiteral("tables"));
    m_windowState->add(m_nodeTable->horizontalHeader(), QStringLiteral("nodes"));
    m_windowState->add(m_processTable->horizontalHeader(), QStringLiteral("processes"));
    m_windowState->add(processes, QStringLiteral("life"));
    m_windowState->add(changeTable->horizontalHeader(), QStringLiteral("between"));
    m_windowState->add(eventTable->horizontalHeader(), QStringLiteral("events"));
    return split;
}

void HistoryWindow::connectReader()
{
    // One handler per question (historyrequests.h).
    connect(m_reader, &HistoryReader::failed, this, [this](const history::Head& head, const QString& error) {
        // The lives are asked ahead of a click (a serve of before 2026-12 does not know the
        // question): without them a click asks for its one life, as it always did.
        if (head.channel == QLatin1String("lives"))
            m_livesAsked = false;
        else
            m_status->setText(error);
    });
    connect(m_reader, &HistoryReader::extentAnswered, this,
        [this](const history::Head&, const TimeExtent& extent) { applyExtent(extent); });
    connect(m_reader, &HistoryReader::momentAnswered, this,
        [this](const history::Head&, const history::Moment& asked, const StoreReader::Moment& moment) {
            showMoment(moment, asked.at);
        });
    connect(m_reader, &HistoryReader::clusterSeriesAnswered, this,
        [this](const history::Head&, const history::ClusterSeries&, const QVector<SeriesPoint>& series) {
            m_strip->setPoints(0, loadPoints(series));
            // The axis fits the highest mean load (at least 100 %): a cluster at 235 % is not cut off.
            double top = 100;
            for (const SeriesPoint& p : series)
                top = std::max(top, p.loadAvg);
            m_strip->setAxis(TimeChart::Left, tr("load %"), top);
        });
    connect(m_reader, &HistoryReader::eventsAnswered, this, &HistoryWindow::onEvents);
    connect(m_reader, &HistoryReader::changesAnswered, this,
        [this](const history::Head&, const history::Changes&, const history::ChangeList& changes) {
            showChanges(changes.changes, changes.cutAt);
        });
    connect(m_reader, &HistoryReader::processLifeAnswered, this, &HistoryWindow::onLife);
    connect(m_reader, &HistoryReader::livesAtAnswered, this,
        [this](const history::Head&, const history::LivesAt& asked, const QVector<StoreReader::Life>& lives) {
            if (asked.at != m_t)
                return;
            m_livesAsked = false;
            m_lives.clear();
            m_lives.reserve(lives.size());
            for (const StoreReader::Life& life : lives)
                m_lives.insert(ProcessTableModel::key(life.stays.first().home, life.stays.first().pid), life);
            emit livesKept();
        });
    connect(m_reader, &HistoryReader::opened, this, [this](bool ok, const QString& error) {
        if (!ok) {
            m_status->setText(error);
            emit failed(error);
            return;
        }
        m_reader->request(history::Extent());
    });
    // While the collector writes, the strip and the slider grow with the file; a kept life may
    // have grown too.
    connect(m_reader, &HistoryReader::changed, this, [this] {
        // A process that has ended has its whole life in the file; one still running may have
        // moved or ended since: its life is asked again when clicked. Lives being read are read
        // again (they may be from before the write).
        for (auto it = m_lives.begin(); it != m_lives.end();)
            it = it->stays.last().endTs < 0 ? m_lives.erase(it) : std::next(it);
        if (cancelLives())
            m_livesTimer->start();
        m_reader->request(history::Extent());
    });
}

void HistoryWindow::addMomentKeys()
{
    // Keys as atop -r: t / T the next / previous sample, b to a typed time; Home / End. Window
    // shortcuts, so that a table's type-to-search does not take the letters (a text field does).
    const struct {
        QKeySequence keys;
        std::function<void()> act;
    } keys[] = {
        { QKeySequence(Qt::Key_T), [this] { stepSample(1); } },
        { QKeySequence(Qt::SHIFT | Qt::Key_T), [this] { stepSample(-1); } },
        { QKeySequence(Qt::Key_B),
            [this] {
                m_when->setFocus();
                m_when->setSelectedSection(QDateTimeEdit::HourSection);
            } },
        { QKeySequence(Qt::Key_Home), [this] { setMoment(m_extent.first); } },
        { QKeySequence(Qt::Key_End), [this] { setMoment(m_extent.last); } },
    };
    for (const auto& k : keys)
        connect(new QShortcut(k.keys, this), &QShortcut::activated, this, k.act);
}

HistoryWindow::~HistoryWindow()
{
    m_windowState->save();
}

QString HistoryWindow::statusText() const
{
    return m_status->text();
}

QString HistoryWindow::lifeNote() const
{
    return m_lifeNote->isVisibleTo(this) ? m_lifeNote->text() : QString();
}

void HistoryWindow::applyExtent(const TimeExtent& extent)
{
    const bool first = m_extent.first < 0;
    // At the file's end while the collector writes: the moment follows it (as "now").
    const bool following = !first && m_t >= m_extent.last && extent.last > m_extent.last && m_speed == 0;
    m_extent = extent;
    if (extent.first < 0) {
        m_status->setText(tr("%1 holds no samples yet").arg(m_reader->describe()));
        return;
    }
    for (NodeId n : extent.nodes)
        if (m_nodeBox->findData(n) < 0)
            m_nodeBox->addItem(tr("node %1").arg(n), n);
    m_syncing = true;
    m_slider->setRange(0, int(std::min<qint64>((extent.last - extent.first) / 1000, INT_MAX)));
    m_syncing = false;
    m_when->setDateTimeRange(QDateTime::fromMSecsSinceEpoch(extent.first), QDateTime::fromMSecsSinceEpoch(extent.last));
    m_strip->setRange(extent.first, std::max(extent.last, extent.first + 1000));
    const int points = std::clamp(m_strip->width() - 80, 100, 2000);
    m_reader->request(history::ClusterSeries { extent.first, extent.last + 1, points }, QStringLiteral("strip"));
    m_reader->request(history::Events { extent.first, extent.last + 1 }, QStringLiteral("events"));
    if (first)
        setMoment(m_openAt >= 0 ? m_openAt : extent.last); // the latest, unless told
    else if (following)
        setMoment(extent.last);
}

void HistoryWindow::setMoment(qint64 t)
{
    if (m_extent.first < 0) {
        m_openAt = t;
        return;
    }
    m_t = std::clamp(t, m_extent.first, std::max(m_extent.first, m_extent.last));
    syncControls();
    m_livesTimer->stop();
    cancelLives(); // the moment first
    ProcessFilter none; // the table filters itself; the reader gives every process
    m_reader->request(history::Moment { m_t, none }, QStringLiteral("moment"));
}

void HistoryWindow::syncControls()
{
    m_syncing = true;
    m_slider->setValue(int((m_t - m_extent.first) / 1000));
    m_when->setDateTime(QDateTime::fromMSecsSinceEpoch(m_t));
    m_syncing = false;
    m_strip->setCursorTime(m_t);
    m_life->setMoment(m_t);
}

void HistoryWindow::stepSample(int direction)
{
    const qint64 to = direction > 0 ? m_shown.nextSample : m_shown.previousSample;
    if (to >= 0)
        setMoment(to);
}

void HistoryWindow::stepBy(qint64 ms)
{
    setMoment(m_t + ms);
}

void HistoryWindow::stepEvent(int direction)
{
    if (direction > 0) {
        for (const EventRow& e : std::as_const(m_events))
            if (e.ts > m_t)
                return setMoment(e.ts);
    } else {
        for (auto it = m_events.crbegin(); it != m_events.crend(); ++it)
            if (it->ts < m_t)
                return setMoment(it->ts);
    }
}

void HistoryWindow::play(int speed)
{
    m_speed = std::max(0, speed);
    const int item = m_speedBox->findData(m_speed);
    m_speedBox->setCurrentIndex(item >= 0 ? item : 0);
    if (m_speed > 0)
        m_player->start(kTickMs);
    else
        m_player->stop();
}

void HistoryWindow::setProcessFilter(const QString& user, NodeId node, const QString& text, bool migrated, bool guests)
{
    if (!user.isEmpty() && m_userBox->findData(user) < 0)
        m_userBox->addItem(user, user);
    m_userBox->setCurrentIndex(std::max(0, m_userBox->findData(user)));
    if (node != 0 && m_nodeBox->findData(node) < 0)
        m_nodeBox->addItem(tr("node %1").arg(node), node);
    m_nodeBox->setCurrentIndex(std::max(0, m_nodeBox->findData(node)));
    m_text->setText(text);
    m_migrated->setChecked(migrated);
    m_guests->setChecked(guests);
    applyFilter();
}

void HistoryWindow::applyFilter()
{
    ProcessTableModel::Filter f;
    f.user = m_userBox->currentData().toString();
    f.node = NodeId(m_nodeBox->currentData().toInt());
    f.text = m_text->text().trimmed();
    f.onlyMigrated = m_migrated->isChecked();
    f.onlyGuests = m_guests->isChecked();
    m_processes->setFilter(f);
    if (m_b > m_a)
        setBetween(m_a, m_b);
}

bool HistoryWindow::selectProcess(NodeId home, int pid)
{
    const int row = m_processes->rowOfKey(ProcessTableModel::key(home, pid));
    if (row < 0)
        return false;
    m_processTable->setCurrentIndex(m_processes->index(row, 0));
    return true;
}

void HistoryWindow::requestLife()
{
    const NodeId home = NodeId(m_selected >> 32);
    const int pid = int(m_selected & 0xffffffff);
    const auto kept = m_lives.constFind(m_selected);
    if (kept != m_lives.constEnd()) {
        // The life kept is lifeAt(home, pid, T) for every T it covers (the process that ran then).
        const SpanRow &first = kept->stays.first(), &last = kept->stays.last();
        if (first.startTs <= m_t && (last.endTs < 0 || last.endTs > m_t)) {
            m_reader->cancel(QStringLiteral("life")); // one asked before must not come after
            onLife(history::Head {}, history::ProcessLife { home, pid, m_t }, *kept);
            return;
        }
    }
    // A click while the lives are read: its own life first (the reader answers one question at
    // a time, and the lives take some 50 ms), the lives asked again after.
    if (cancelLives())
        m_livesTimer->start();
    m_lifeFrom = std::numeric_limits<qint64>::min();
    m_lifeTo = -1;
    m_reader->request(history::ProcessLife { home, pid, m_t }, QStringLiteral("life"));
}

bool HistoryWindow::cancelLives()
{
    if (!m_livesAsked)
        return false;
    m_reader->cancel(QStringLiteral("lives"));
    m_livesAsked = false;
    return true;
}

void HistoryWindow::showMoment(const StoreReader::Moment& m, qint64 asked)
{
    const bool firstShown = m_shown.sampleTs < 0 && m.sampleTs >= 0;
    m_shown = m;
    m_nodes->applySnapshot(m.snapshot);
    if (firstShown) // the node table fits its content once; the user's widths stay after
        m_nodeTable->resizeColumnsToContents();
    m_processes->applySnapshot(m.snapshot);
    // Owners seen so far stay in the box (a moment without bob's jobs keeps "bob" selectable).
    for (const QString& u : m_processes->users())
        if (m_userBox->findData(u) < 0)
            m_userBox->addItem(u, u);
    // The selected process kept by (home, pid); one that did not exist then says so.
    if (m_selected >= 0) {
        const ProcessInfo* p = m_processes->processOfKey(m_selected);
        const bool there = p != nullptr;
        if (there && (p->sinceMs < m_lifeFrom || (m_lifeTo >= 0 && p->sinceMs >= m_lifeTo)))
            requestLife(); // the pid is another process's at T
        m_lifeNote->setVisible(!there);
        m_lifeNote->setText(tr("pid %1 of node %2 did not exist at %3")
                                .arg(m_selected & 0xffffffff)
                                .arg(m_selected >> 32)
                                .arg(when(asked)));
    }
    QString text;
    if (m.sampleTs < 0) {
        text = tr("%1: nothing recorded at or before it").arg(when(asked));
    } else {
        text = tr("%1 · sample of %2%3 · %n process(es)", nullptr, m.snapshot.processes.size())
                   .arg(when(asked), when(m.sampleTs),
                       m.fromRollup ? tr(" (averages of %n minute(s): raw samples aged out)", nullptr, m.tier / 60)
                                    : QString());
    }
    m_status->setText(text);
    if (asked == m_t) {
        if (m.sampleTs >= 0)
            m_livesTimer->start();
        emit shownChanged();
    }
}

void HistoryWindow::onEvents(const history::Head&, const history::Events&, const QVector<EventRow>& events)
{
    m_events = events;
    QVector<TimeChart::Mark> marks;
    QVector<TimeChart::Tick> ticks;
    for (const EventRow& e : events) {
        const QString text = tr("%1 %2%3 %4")
                                 .arg(when(e.ts), e.node ? tr("node %1 ").arg(e.node) : QString(), e.kind,
                                     ProcessTableModel::displayText(e.detail));
        if (e.kind == QLatin1String("checkpoint"))
            marks << TimeChart::Mark { e.ts, ProcessTableModel::displayText(e.detail) };
        else
            ticks << TimeChart::Tick { e.ts, text };
    }
    m_strip->setMarks(marks);
    m_strip->setTicks(ticks);
    showEvents(events);
}

void HistoryWindow::onLife(const history::Head&, const history::ProcessLife& asked, const StoreReader::Life& life)
{
    // An admin's move: the command the audit trail holds for that process just before it.
    QHash<qint64, QString> commands;
    for (const MigrationRow& m : life.moves) {
        if (m.cause != QLatin1String("admin"))
            continue;
        for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) {
            // (A command may be recorded a little after the sample that showed its move.)
            if (it->ts > m.ts + 70 * 1000 || it->kind != QLatin1String("command"))
                continue;
            if (it->ts < m.ts - 10 * kMinute)
                break;
            if (it->detail.contains(QStringLiteral("process %1 ").arg(m.pid)) && (!it->node || it->node == m.home)) {
                commands.insert(m.ts,
                    tr("“%1”%2").arg(ProcessTableModel::displayText(it->detail.section(QLatin1String(" | "), 0, 0)),
                        it->actor.isEmpty() ? QString() : tr(" sent by %1").arg(it->actor)));
                break;
            }
        }
    }
    m_life->setCommands(commands);
    m_life->setLife(life.stays, life.moves, m_extent.last);
    showLog(asked.home, asked.pid, life.samples);
    m_lifeFrom = life.stays.isEmpty() ? -1 : life.stays.first().startTs;
    m_lifeTo = life.stays.isEmpty() ? -1 : life.stays.last().endTs;
    emit lifeShown();
}

void HistoryWindow::setBetween(qint64 a, qint64 b)
{
    m_a = std::min(a, b);
    m_b = std::max(a, b);
    m_betweenLabel->setText(
        tr("A %1 — B %2 (%3)").arg(when(m_a), when(m_b), TimeRange::widthText(std::max<qint64>(1000, m_b - m_a))));
    if (m_b <= m_a)
        return;
    ProcessFilter f;
    f.user = m_userBox->currentData().toString();
    f.node = NodeId(m_nodeBox->currentData().toInt());
    f.command = m_text->text().trimmed();
    m_reader->request(history::Changes { m_a, m_b, f }, QStringLiteral("changes"));
}

void HistoryWindow::showChanges(const QVector<StoreReader::Change>& changes, qint64 cut)
{
    int started = 0, ended = 0, moved = 0;
    for (const StoreReader::Change& c : changes)
        (c.kind == StoreReader::Change::Started ? started : c.kind == StoreReader::Change::Ended ? ended : moved)++;
    m_changes->setChanges(changes);
    QString text = tr("A %1 — B %2: %3 started, %4 ended, %5 moved")
                       .arg(when(m_a), when(m_b))
                       .arg(started)
                       .arg(ended)
                       .arg(moved);
    if (cut >= 0) // too many to hold: say where the list stops, rather than show a part as the whole
        text += tr(" — only until %1 (more than %L2 changes: mark a shorter A–B)")
                    .arg(when(cut))
                    .arg(StoreReader::kChangesLimit);
    m_betweenLabel->setText(text);
    emit changesShown();
}

void HistoryWindow::showEvents(const QVector<EventRow>& events)
{
    m_eventRows->removeRows(0, m_eventRows->rowCount());
    for (const EventRow& e : events) {
        QList<QStandardItem*> row { new QStandardItem(when(e.ts)),
            new QStandardItem(e.node ? QString::number(e.node) : tr("cluster")), new QStandardItem(e.kind),
            new QStandardItem(ProcessTableModel::displayText(e.detail)),
            new QStandardItem(ProcessTableModel::displayText(e.actor)) };
        row.first()->setData(e.ts, Qt::UserRole);
        for (QStandardItem* i : row)
            i->setEditable(false);
        m_eventRows->appendRow(row);
    }
}

void HistoryWindow::openEvent(int row)
{
    const QModelIndex i = m_eventRows->index(row, 0);
    if (i.isValid())
        setMoment(i.data(Qt::UserRole).toLongLong());
}

QString HistoryWindow::processesCsv() const
{
    // The columns shown (what a history does not keep is hidden), as the table shows them.
    QStandardItemModel shown;
    QStringList header;
    QVector<int> columns;
    for (int c = 0; c < m_processes->columnCount(); ++c) {
        if (m_processTable->isColumnHidden(c))
            continue;
        columns << c;
        header << m_processes->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    }
    shown.setHorizontalHeaderLabels(header);
    for (int r = 0; r < m_processes->rowCount(); ++r) {
        QList<QStandardItem*> row;
        for (int c : std::as_const(columns))
            row << new QStandardItem(m_processes->index(r, c).data().toString());
        shown.appendRow(row);
    }
    return modelToCsv(&shown);
}

void HistoryWindow::printProcesses(QPagedPaintDevice* device) const
{
    // HTML built from escaped text only: a command line is shown, never interpreted.
    QString html
        = QStringLiteral("<h2>%1 — processes at %2</h2><p>sample of %3%4 · %5 shown of %6</p>")
              .arg(m_cluster.toHtmlEscaped(), when(m_t), when(m_shown.sampleTs),
                  m_shown.fromRollup ? tr(" (averages of %n minute(s))", nullptr, m_shown.tier / 60) : QString())
              .arg(m_processes->rowCount())
              .arg(m_shown.snapshot.processes.size());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
    QVector<int> columns;
    for (int c = 0; c < m_processes->columnCount(); ++c) {
        if (m_processTable->isColumnHidden(c))
            continue;
        columns << c;
        html += QStringLiteral("<th>%1</th>")
                    .arg(m_processes->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().toHtmlEscaped());
    }
    html += QStringLiteral("</tr>");
    for (int r = 0; r < m_processes->rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c : std::as_const(columns))
            html += QStringLiteral("<td>%1</td>").arg(m_processes->index(r, c).data().toString().toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    QTextDocument doc;
    QFont font(QStringLiteral("DejaVu Sans"), 8);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    doc.print(device);
}

bool HistoryWindow::exportProcessesPdf(const QString& path, QString* error) const
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(windowTitle());
        writer.setCreator(QStringLiteral("openmosixhistory"));
        printProcesses(&writer);
    }
    if (QFileInfo(path).size() <= 0) {
        *error = tr("%1: nothing was written (is the place writable?)").arg(path);
        return false;
    }
    return true;
}

void HistoryWindow::showLog(NodeId home, int pid, const QVector<ProcessSampleRow>& samples)
{
    m_log = samples;
    m_logHome = home;
    m_logPid = pid;
    m_logRows->clear();
    m_logRows->setHorizontalHeaderLabels(
        { tr("Time"), tr("Node"), tr("State"), tr("CPU %"), tr("Memory"), tr("Nice"), tr("Moves"), tr("Locked") });
    for (const ProcessSampleRow& s : samples) {
        QList<QStandardItem*> row { new QStandardItem(QDateTime::fromMSecsSinceEpoch(s.ts).toString(
                                        QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
            new QStandardItem(QString::number(s.node)),
            new QStandardItem(s.state.isNull() ? QString() : QString(s.state)),
            new QStandardItem(s.cpuPercent < 0 ? QString() : QString::number(s.cpuPercent, 'f', 1)),
            new QStandardItem(ProcessTableModel::memoryText(s.rssBytes)), new QStandardItem(QString::number(s.nice)),
            new QStandardItem(s.migrations < 0 ? QString() : QString::number(s.migrations)),
            new QStandardItem(s.locked ? tr("yes") : QString()) };
        for (QStandardItem* item : row)
            item->setEditable(false);
        m_logRows->appendRow(row);
    }
    const bool any = !samples.isEmpty();
    m_logNote->setVisible(any);
    m_logTable->setVisible(any);
    if (any) {
        fitColumnsToContents(m_logTable);
        // The time whole, whatever the fit measured while the table was hidden.
        const int time = m_logTable->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) + 16;
        if (m_logTable->horizontalHeader()->sectionSize(0) < time)
            m_logTable->horizontalHeader()->resizeSection(0, time);
    }
    m_logCsv->setEnabled(any);
    if (any)
        m_logNote->setText(
            tr("Logged: %n sample(s), %1 – %2", nullptr, samples.size())
                .arg(QDateTime::fromMSecsSinceEpoch(samples.first().ts).toString(QStringLiteral("HH:mm:ss")),
                    QDateTime::fromMSecsSinceEpoch(samples.last().ts).toString(QStringLiteral("HH:mm:ss"))));
}

QAbstractItemModel* HistoryWindow::processLogModel() const
{
    return m_logRows;
}

QString HistoryWindow::processLogCsv(NodeId home, int pid, const QVector<ProcessSampleRow>& samples)
{
    auto iso = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); };
    auto known = [](qint64 v) { return v < 0 ? QString() : QString::number(v); };
    QString out
        = QStringLiteral("time,home,pid,node,state,cpu_percent,rss_bytes,vsize_bytes,nice,migrations,locked\r\n");
    for (const ProcessSampleRow& s : samples) {
        out += QStringList { iso(s.ts), QString::number(home), QString::number(pid), QString::number(s.node),
            s.state.isNull() ? QString() : QString(s.state),
            s.cpuPercent < 0 ? QString() : QString::number(s.cpuPercent, 'g', QLocale::FloatingPointShortest),
            known(s.rssBytes), known(s.vsizeBytes), QString::number(s.nice), known(s.migrations),
            s.locked ? QStringLiteral("1") : QStringLiteral("0") }
                   .join(QLatin1Char(','))
            + QStringLiteral("\r\n");
    }
    return out;
}

void HistoryWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_logCsv = file->addAction(tr("Export the process's &log as CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the process's log"),
            QStringLiteral("%1-%2-log.csv").arg(m_logPid).arg(m_logHome), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!writeWholeFile(path, processLogCsv(m_logHome, m_logPid, m_log).toUtf8(), &error))
            QMessageBox::warning(this, tr("Export"), tr("Cannot write %1: %2").arg(path, error));
    });
    m_logCsv->setEnabled(false);
    m_logCsv->setToolTip(tr("Every logged sample of the selected process (logged from openmosixprocs) as CSV"));
    QAction* csv = file->addAction(tr("Export processes as &CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the processes"), m_cluster + QStringLiteral("-processes.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!writeWholeFile(path, processesCsv().toUtf8(), &error))
            QMessageBox::warning(this, tr("Export"), tr("Cannot write %1: %2").arg(path, error));
    });
    csv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    csv->setToolTip(tr("The processes shown at this moment as CSV"));
    QAction* pdf = file->addAction(tr("Export processes as &PDF…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the processes"), m_cluster + QStringLiteral("-processes.pdf"), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportProcessesPdf(path, &error))
            QMessageBox::warning(this, tr("Export"), error);
    });
    pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction* print = file->addAction(tr("&Print processes…"), this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(windowTitle());
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        printProcesses(&printer);
    });
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    file->setToolTipsVisible(true);
    addHelpMenu(this, QStringLiteral("openmosixhistory"), tr("The cluster at any recorded moment."));
}

} // namespace omv
