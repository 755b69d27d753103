#include "processwindow.h"

#include "gui/refreshtoolbar.h"

#include "guestpanel.h"
#include "gui/clustersession.h"
#include "gui/collectorcontrol.h"
#include "gui/elidedlabel.h"
#include "gui/helpmenu.h"
#include "gui/nodepicker.h"
#include "gui/processtablemodel.h"
#include "gui/tableviews.h"
#include "gui/windowstate.h"
#include "migratordialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUuid>

namespace omv
{

ProcessWindow::ProcessWindow(std::unique_ptr<ClusterSession> session, const QString& clusterName, QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
    , m_model(new ProcessTableModel(this))
    , m_table(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_guestPanel(new GuestPanel(m_session.get(), m_model, this))
{
    setWindowTitle(tr("openMosixprocs — %1").arg(clusterName));
    m_table->setObjectName(QStringLiteral("processTable"));
    m_table->setModel(m_model);
    // The PID column has room for a seven-digit pid and the "logged" mark beside it.
    const int pidWidth = m_table->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 30;
    setUpListTable(m_table,
        { { ProcessTableModel::PidColumn, pidWidth }, { ProcessTableModel::UserColumn, 80 },
            { ProcessTableModel::CommandColumn, 250 }, { ProcessTableModel::MemoryColumn, 80 } });
    m_table->setColumnHidden(ProcessTableModel::SinceColumn, true); // a history's column
    m_table->setToolTip(tr("Every process of the cluster. Enter or double-click: migrator; Delete: kill; "
                           "right button: actions"));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(m_table, tr("Processes"));
    m_tabs->addTab(m_guestPanel, tr("Guests"));
    m_tabs->setTabToolTip(0, tr("Every process of the cluster (Ctrl+1)"));
    m_tabs->setTabToolTip(1, tr("What each node computes for other nodes, as its kernel lists it (Ctrl+2)"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_guestPanel && m_guestsStale) {
            m_guestsStale = false;
            m_guestPanel->refresh();
        }
    });
    connect(m_table, &QTableView::activated, this, [this] { openMigrator(); });
    connect(m_table, &QWidget::customContextMenuRequested, this, &ProcessWindow::contextMenu);

    auto* filters = addToolBar(tr("Filter"));
    filters->setObjectName(QStringLiteral("filterToolBar"));
    filters->toggleViewAction()->setToolTip(tr("Show or hide the filter toolbar"));
    m_filter = new QLineEdit(filters);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter: command, user or pid (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows the processes whose command line or user contains this text, or whose pid "
                            "starts with this number"));
    m_filter->setMinimumWidth(260);
    filters->addWidget(m_filter);
    m_node = new NodePicker(filters);
    m_node->setObjectName(QStringLiteral("node"));
    m_node->setToolTip(tr("The whole cluster, or the processes running on one node"));
    filters->addWidget(m_node);
    m_user = new QComboBox(filters);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setToolTip(tr("Every user's processes, or one user's"));
    m_user->addItem(tr("All users"), QString());
    filters->addWidget(m_user);
    m_migrated = new QCheckBox(tr("Only &migrated"), filters);
    m_migrated->setToolTip(tr("Only processes that run away from their home node"));
    filters->addWidget(m_migrated);
    m_guests = new QCheckBox(tr("Only &guests"), filters);
    m_guests->setToolTip(tr("Only processes born on another node than the one they run on (with a node picked: "
                            "that node's guests)"));
    filters->addWidget(m_guests);
    connect(m_filter, &QLineEdit::textChanged, this, &ProcessWindow::updateFilter);
    connect(m_node, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &ProcessWindow::updateFilter);
    connect(m_user, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &ProcessWindow::updateFilter);
    connect(m_migrated, &QCheckBox::toggled, this, &ProcessWindow::updateFilter);
    connect(m_guests, &QCheckBox::toggled, this, &ProcessWindow::updateFilter);

    RefreshToolBar::Texts refreshTexts;
    refreshTexts.prefix = tr("every ");
    refreshTexts.intervalTip = tr("How often the processes are read (1–60 seconds)");
    refreshTexts.pauseTip = tr("Stop reading until pressed again (Ctrl+Shift+P or Pause)");
    refreshTexts.refreshTip = tr("Read every node now (F5)");
    refreshTexts.settingsKey = QStringLiteral("procs/intervalS");
    m_interval = RefreshToolBar::add(this, m_session.get(), refreshTexts).interval;

    QMenu* procMenu = menuBar()->addMenu(tr("&Process"));
    procMenu->setToolTipsVisible(true);
    QAction* migrator = procMenu->addAction(tr("&Migrator…"), this, [this] { openMigrator(); });
    migrator->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    migrator->setToolTip(tr("Migrate, signal, renice or lock the selected processes"));
    QAction* killAction = procMenu->addAction(tr("&Kill…"), this, [this] { quickAction(QStringLiteral("kill")); });
    killAction->setShortcut(QKeySequence::Delete);
    killAction->setToolTip(tr("End the selected processes (asks first)"));
    QAction* find = procMenu->addAction(tr("&Find"), this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    find->setToolTip(tr("Go to the filter field"));
    m_logAction = procMenu->addAction(tr("&Log at full detail"), this, [this](bool on) { setLogged(on); });
    m_logAction->setCheckable(true);
    m_logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_logAction->setEnabled(false);
    m_logAction->setToolTip(tr("The collector keeps every sample of the selected processes (node, state, CPU, memory, "
                               "moves); openmosixhistory shows them in a process's life"));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProcessWindow::updateLogAction);
    procMenu->addSeparator();
    QAction* processesTab = procMenu->addAction(tr("&Processes tab"), this, [this] { showGuests(false); });
    processesTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    processesTab->setToolTip(tr("Show every process of the cluster"));
    QAction* guestsTab = procMenu->addAction(tr("&Guests tab"), this, [this] { showGuests(true); });
    guestsTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    guestsTab->setToolTip(tr("Show the guests of a node: send them home or to the best node"));
    procMenu->addSeparator();
    QAction* quit = procMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setToolTip(tr("Close this window"));

    m_state = new ElidedLabel(this);
    m_state->setToolTip(tr("The connection to the cluster and what the table shows"));
    statusBar()->addWidget(m_state, 1);

    connect(m_model, &ProcessTableModel::aboutToRefresh, this,
        [this] { m_savedSelection = KeyedSelection::of(m_table, m_model); });
    connect(m_model, &ProcessTableModel::refreshed, this, [this] { m_savedSelection.restore(m_table, m_model); });
    connect(m_session.get(), &ClusterSession::snapshotReady, this, &ProcessWindow::applySnapshot);
    connect(m_session.get(), &ClusterSession::sourceChanged, this, [this] { updateStatus(); });
    m_windowState = std::make_unique<WindowState>(this, QStringLiteral("procs"), clusterName);
    m_windowState->add(m_table->horizontalHeader(), QStringLiteral("processes"));
    m_windowState->add(m_guestPanel->table()->horizontalHeader(), QStringLiteral("guests"));
    m_stateRestored = m_windowState->restore();
    // Never narrower than a pid and its "logged" mark (a width kept from before the mark was).
    m_table->horizontalHeader()->resizeSection(ProcessTableModel::PidColumn,
        std::max(m_table->horizontalHeader()->sectionSize(ProcessTableModel::PidColumn), pidWidth));
    if (!m_stateRestored)
        resize(1280, 640);
    updateStatus();
    m_session->start();
    addHelpMenu(this, QStringLiteral("openmosixprocs"),
        tr("Every process of a process-migration cluster: where it runs; migrate, signal, renice, lock."));
}

ProcessWindow::~ProcessWindow()
{
    m_windowState->save();
}

void ProcessWindow::setOrigin(const ClusterOrigin& origin)
{
    m_session->setAuditDatabase(origin.databasePath, origin.collector);
    // "Log process" goes to the collector recording this cluster's database (no collector: the
    // action says why it is off).
    if (m_collector)
        m_collector->deleteLater();
    m_collector = new CollectorControl(origin.databasePath, origin.programArgs(), this, origin.collector);
    connect(m_collector, &CollectorControl::stateChanged, this, &ProcessWindow::updateLogAction);
    connect(m_collector, &CollectorControl::loggedChanged, this, [this](const QVector<QPair<NodeId, int>>& logged) {
        QSet<qint64> keys;
        for (const auto& [home, pid] : logged)
            keys.insert(ProcessTableModel::key(home, pid));
        m_model->setLogged(keys);
        updateLogAction();
    });
    connect(m_collector, &CollectorControl::logResult, this, [this](bool ok, const QString& text) {
        if (!ok)
            statusBar()->showMessage(tr("Log process: %1").arg(text), 8000);
    });
}

CollectorControl* ProcessWindow::collector() const
{
    return m_collector;
}

void ProcessWindow::setLogged(bool on)
{
    if (!m_collector)
        return;
    for (const ProcessInfo& p : selectedProcesses())
        if (m_model->isLogged(ProcessTableModel::key(p.homeNode, p.pid)) != on)
            m_collector->setLogged(p.homeNode, p.pid, on);
}

void ProcessWindow::updateLogAction()
{
    const QVector<ProcessInfo> selected = selectedProcesses();
    const bool running = m_collector && m_collector->isRunning();
    bool all = !selected.isEmpty();
    for (const ProcessInfo& p : selected)
        all = all && m_model->isLogged(ProcessTableModel::key(p.homeNode, p.pid));
    m_logAction->setEnabled(running && !selected.isEmpty());
    m_logAction->setChecked(all);
    if (!running)
        m_logAction->setStatusTip(
            tr("No collector records this cluster: start one (openmosixview: Cluster ▸ Start collector)"));
}

void ProcessWindow::applySnapshot(const ClusterSnapshot& snapshot)
{
    m_model->applySnapshot(snapshot);
    if (m_lastTimeMs == 0 && !m_stateRestored) // a first start: user names and commands whole where they fit
        WindowState::fitFirstStart(this, m_table);
    // The guests are looked up in the processes just applied; while their tab is hidden that
    // waits until it is shown (50,000 processes are refreshed often, looked at rarely).
    if (m_tabs->currentWidget() == m_guestPanel)
        m_guestPanel->refresh();
    else
        m_guestsStale = true;
    updateNodeAndUserLists(snapshot);
    m_lastTimeMs = snapshot.timeMs;
    updateStatus();
    emit snapshotApplied();
}

void ProcessWindow::updateNodeAndUserLists(const ClusterSnapshot& snapshot)
{
    m_node->setNodes(snapshot.nodes);
    const QStringList users = m_model->users();
    if (users != m_users) {
        const QString current = m_user->currentData().toString();
        const QSignalBlocker block(m_user);
        m_user->clear();
        m_user->addItem(tr("All users"), QString());
        for (const QString& u : qAsConst(users))
            m_user->addItem(ProcessTableModel::displayText(u), u);
        m_user->setCurrentIndex(qMax(0, m_user->findData(current)));
        m_users = users;
    }
}

void ProcessWindow::updateFilter()
{
    ProcessTableModel::Filter f;
    f.text = m_filter->text();
    f.node = m_node->node();
    f.user = m_user->currentData().toString();
    f.onlyMigrated = m_migrated->isChecked();
    f.onlyGuests = m_guests->isChecked();
    m_model->setFilter(f);
    updateStatus();
}

void ProcessWindow::setNode(NodeId node)
{
    m_node->setNode(node);
    m_guestPanel->setNode(node);
}

void ProcessWindow::showGuests(bool on)
{
    m_tabs->setCurrentWidget(on ? static_cast<QWidget*>(m_guestPanel) : m_table);
}

void ProcessWindow::setOnlyMigrated(bool on)
{
    m_migrated->setChecked(on);
}

void ProcessWindow::setOnlyGuests(bool on)
{
    m_guests->setChecked(on);
}

void ProcessWindow::selectKeys(const QSet<qint64>& keys)
{
    KeyedSelection::select(m_table, m_model, keys);
}

QVector<ProcessInfo> ProcessWindow::selectedProcesses() const
{
    QVector<ProcessInfo> out;
    for (int row : KeyedSelection::selectedRows(m_table)) {
        if (const ProcessInfo* p = m_model->processAt(row))
            out << *p;
    }
    return out;
}

MigratorDialog* ProcessWindow::openMigrator()
{
    const QVector<ProcessInfo> selected = selectedProcesses();
    if (selected.isEmpty())
        return nullptr;
    auto* d = new MigratorDialog(m_session.get(), m_model->snapshot(), selected, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &MigratorDialog::finished, this, [this] { m_session->refreshNow(); });
    d->show();
    return d;
}

void ProcessWindow::quickAction(const QString& which)
{
    const QVector<ProcessInfo> selected = selectedProcesses();
    if (selected.isEmpty())
        return;
    // The same commands as the migrator's buttons; the migrator shows the results.
    MigratorDialog* d = openMigrator();
    if (which == QLatin1String("kill"))
        d->kill(true);
    else if (which == QLatin1String("home"))
        d->sendHome();
    else if (which == QLatin1String("best"))
        d->sendToBest();
    else if (which == QLatin1String("stop"))
        d->stop();
    else if (which == QLatin1String("continue"))
        d->resume();
    else if (which == QLatin1String("lock"))
        d->lock(true);
    else if (which == QLatin1String("unlock"))
        d->lock(false);
}

void ProcessWindow::contextMenu(const QPoint& pos)
{
    if (selectedProcesses().isEmpty())
        return;
    const Capabilities caps = m_session->capabilities();
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    menu.addAction(tr("&Migrator…"), this, [this] { openMigrator(); });
    menu.addSeparator();
    const struct {
        const char* which;
        const char* label;
        Command::Kind kind;
    } items[] = {
        { "home", QT_TR_NOOP("Send &home"), Command::Kind::MigrateHome },
        { "best", QT_TR_NOOP("Send to &best node"), Command::Kind::MigrateBest },
        { "stop", QT_TR_NOOP("&Stop"), Command::Kind::Signal },
        { "continue", QT_TR_NOOP("&Continue"), Command::Kind::Signal },
        { "lock", QT_TR_NOOP("&Lock"), Command::Kind::Lock },
        { "unlock", QT_TR_NOOP("&Unlock"), Command::Kind::Lock },
        { "kill", QT_TR_NOOP("&Kill…"), Command::Kind::Signal },
    };
    for (const auto& item : items) {
        QAction* a = menu.addAction(tr(item.label));
        const QString which = QLatin1String(item.which);
        connect(a, &QAction::triggered, this, [this, which] { quickAction(which); });
        a->setEnabled(caps.offers(item.kind));
        if (!caps.offers(item.kind))
            a->setToolTip(caps.reason(item.kind));
    }
    menu.addSeparator();
    menu.addAction(m_logAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void ProcessWindow::updateStatus()
{
    const ClusterSnapshot& s = m_model->snapshot();
    QString text = m_lastTimeMs == 0
        ? tr("Connecting to %1…").arg(m_session->gateway())
        : tr("%1 of %2 processes shown; last read %3")
              .arg(m_model->rowCount())
              .arg(s.processes.size())
              .arg(QDateTime::fromMSecsSinceEpoch(m_lastTimeMs).toString(QStringLiteral("HH:mm:ss")));
    if (!s.nodeErrors.isEmpty())
        text += tr("; %n node(s) not answering", nullptr, s.nodeErrors.size());
    if (m_lastTimeMs != 0 && !m_session->sourceText().isEmpty())
        text += QStringLiteral(" — ") + m_session->sourceText();
    m_state->setText(text);
}

} // namespace omv
