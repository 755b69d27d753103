#include "mainwindow.h"

#include "gui/refreshtoolbar.h"

#include "core/util/workerthreads.h"

#include "core/util/savefile.h"

#include "gui/elidedlabel.h"
#include "gui/helpmenu.h"
#include "gui/tableviews.h"
#include "gui/windowstate.h"

#include "core/control/controlserver.h"
#include "core/util/suiteprogram.h"
#include "gui/clustersdialog.h"
#include "gui/clustersession.h"
#include "gui/collectorcontrol.h"
#include "gui/nodedelegates.h"
#include "gui/nodetablemodel.h"
#include "gui/prompts.h"
#include "nodedialog.h"
#include "runprogramdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTextDocument>
#include <QToolBar>

namespace omv
{

MainWindow::MainWindow(std::unique_ptr<ClusterSession> session, const QString& clusterName, QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
    , m_clusterName(clusterName)
    , m_model(new NodeTableModel(this))
    , m_proxy(new NodeSortProxy(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("openMosixview — %1").arg(clusterName));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(NodeTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("nodeTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NodeTableModel::IdColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    // No grid: QTableView strokes its grid with a pen, which the raster engine did so slowly that it
    // was over half of a repaint at 1,000 nodes (bench_mainwindow under perf); alternating rows
    // separate the nodes as well.
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->setItemDelegate(new CellDelegate(m_table));
    m_table->setItemDelegateForColumn(NodeTableModel::AddressColumn, new ButtonDelegate(m_table));
    m_table->setItemDelegateForColumn(NodeTableModel::SpeedColumn, new SpeedDelegate(m_table));
    const Capabilities caps = m_session->capabilities();
    m_model->setSpeedFixed(caps.offers(Command::Kind::SetSpeed) ? QString() : caps.reason(Command::Kind::SetSpeed));
    m_table->setItemDelegateForColumn(NodeTableModel::LoadColumn, new BarDelegate(m_table));
    m_table->setItemDelegateForColumn(NodeTableModel::MemoryColumn, new BarDelegate(m_table));
    QHeaderView* h = m_table->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->resizeSection(NodeTableModel::IdColumn, 70);
    h->resizeSection(NodeTableModel::AddressColumn, 150);
    h->resizeSection(NodeTableModel::SpeedColumn, 250);
    h->resizeSection(NodeTableModel::LoadColumn, 140);
    h->resizeSection(NodeTableModel::MemoryColumn, 220);
    h->resizeSection(NodeTableModel::MemTotalColumn, 125);
    h->setStretchLastSection(true);
    m_table->setToolTip(tr("Every node of the cluster; the first row is the whole cluster"));
    setCentralWidget(m_table);
    connect(m_table, &QTableView::clicked, this, &MainWindow::onClicked);
    // Enter on any cell of a row opens that node's dialog: the keyboard way to the address button.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& proxyIndex) {
        onClicked(proxyIndex.siblingAtColumn(NodeTableModel::AddressColumn));
    });

    RefreshToolBar::Texts refreshTexts;
    refreshTexts.label = tr(" Refresh every ");
    refreshTexts.intervalTip = tr("How often the nodes are sampled (1–60 seconds)");
    refreshTexts.pauseTip = tr("Stop sampling until pressed again (Ctrl+Shift+P or Pause)");
    refreshTexts.refreshTip = tr("Sample every node now (F5)");
    refreshTexts.settingsKey = QStringLiteral("main/intervalS");
    const RefreshToolBar refresh = RefreshToolBar::add(this, m_session.get(), refreshTexts);
    m_interval = refresh.interval;
    m_pause = refresh.pause;
    connect(m_pause, &QAction::toggled, this, [this] { updateStatus(); });

    m_state = new ElidedLabel(this);
    m_lastSample = new QLabel(this);
    m_state->setToolTip(tr("The connection to the cluster"));
    m_lastSample->setToolTip(tr("When the table was last filled"));
    statusBar()->addWidget(m_state, 1);
    m_collectorState = new QLabel(this);
    m_collectorState->setObjectName(QStringLiteral("collectorState"));
    m_collectorState->setToolTip(tr("Whether a collector records this cluster's history"));
    m_collectorState->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_collectorState);
    statusBar()->addPermanentWidget(m_lastSample);

    buildMenus();
    connect(m_session.get(), &ClusterSession::snapshotReady, this, &MainWindow::onSnapshot);
    connect(m_session.get(), &ClusterSession::commandsFinished, this, &MainWindow::onCommands);
    connect(m_session.get(), &ClusterSession::sampling, this, [this] {
        m_sampling = true;
        updateStatus();
    });
    connect(m_session.get(), &ClusterSession::sourceChanged, this, [this] { updateStatus(); });
    connect(m_model, &NodeTableModel::speedChangeRequested, this, [this](NodeId node, qint64 speed) {
        m_session->apply({ Command::setSpeed(node, speed) }, QStringLiteral("speed"));
    });
    m_windowState = std::make_unique<WindowState>(this, QStringLiteral("main"), clusterName);
    m_windowState->add(m_table->horizontalHeader(), QStringLiteral("nodes"));
    m_stateRestored = m_windowState->restore();
    if (!m_stateRestored)
        resize(1140, 420);
    updateStatus();
    m_session->start();
}

MainWindow::~MainWindow()
{
    // A demo cluster ends with this window: a collector started for it would only record errors.
    // Asked off the GUI thread (closing never waits); the program's end waits for it a little.
    if (m_collector && m_collector->startedHere() && m_origin.profilePath.isEmpty()) {
        threads::run(
            nullptr, QStringLiteral("omv-stop-collector"),
            [db = m_collector->databasePath()](const threads::Task&) {
                QString answer;
                return control::request(db, control::stopRequest(), &answer, 1000);
            },
            [](bool) {});
    }
    m_windowState->save();
}

void MainWindow::buildMenus()
{
    QMenu* cluster = menuBar()->addMenu(tr("&Cluster"));
    QAction* clusters = cluster->addAction(tr("C&lusters…"), this, &MainWindow::openClusters);
    clusters->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    clusters->setToolTip(tr("Create, edit, test and open cluster profiles (opens in a new window)"));
    QAction* runAction = cluster->addAction(tr("&Run program…"), this, [this] { openRunDialog(); });
    runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    runAction->setToolTip(tr("Start a program on a node, with a migration policy"));
    QAction* all = cluster->addAction(tr("&All nodes…"), this, [this] { openNodeDialog(0); });
    all->setToolTip(tr("Switch every node at once"));
    all->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_A));
    cluster->addSeparator();
    QAction* csv = cluster->addAction(tr("&Export table as CSV…"), this, &MainWindow::exportCsv);
    csv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    csv->setToolTip(tr("Save the table as it is shown, as a CSV file for a spreadsheet"));
    QAction* printAction = cluster->addAction(tr("&Print table…"), this, &MainWindow::print);
    printAction->setShortcut(QKeySequence::Print);
    printAction->setToolTip(tr("Print the table as it is shown"));
    cluster->addSeparator();
    m_collectorAction = cluster->addAction(tr("Start &collector"), this, &MainWindow::toggleCollector);
    m_collectorAction->setObjectName(QStringLiteral("collectorAction"));
    m_collectorAction->setEnabled(false);
    m_collectorAction->setToolTip(tr("Record this cluster's history (openmosixcollector)"));
    cluster->addSeparator();
    QAction* quit = cluster->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setToolTip(tr("Close every window of this program (a collector started for a profile keeps recording)"));

    m_programs = menuBar()->addMenu(tr("&Programs"));
    const std::pair<const char*, QString> programs[] = {
        { "openmosixprocs", tr("&Process manager (openmosixprocs)") },
        { "openmosixmigmon", tr("&Migration monitor (openmosixmigmon)") },
        { "openmosixanalyzer", tr("History &analyzer (openmosixanalyzer)") },
        { "openmosixhistory", tr("Process &history (openmosixhistory)") },
    };
    for (const auto& [binaryName, label] : programs) {
        QAction* a = m_programs->addAction(label);
        const QString name = QLatin1String(binaryName);
        a->setData(name);
        a->setEnabled(false);
        a->setToolTip(tr("Not part of this build yet"));
        connect(a, &QAction::triggered, this, [this, name] {
            const QString bin = suiteProgram(name);
            if (bin.isEmpty() || !QProcess::startDetached(bin, m_origin.programArgs()))
                QMessageBox::warning(this, tr("Programs"), tr("Cannot start %1.").arg(name));
        });
    }
    m_programs->setToolTipsVisible(true);
    cluster->setToolTipsVisible(true);

    addHelpMenu(this, QStringLiteral("openmosixview"),
        tr("Watch and steer a process-migration cluster: openMosix, LinuxPMI, MattX and plain Linux."));
}

void MainWindow::setOrigin(const ClusterOrigin& origin)
{
    m_origin = origin;
    m_session->setAuditDatabase(origin.databasePath, origin.collector);
    for (QAction* a : m_programs->actions()) {
        const bool there = !suiteProgram(a->data().toString()).isEmpty();
        a->setEnabled(there);
        a->setToolTip(there ? tr("Open it for this cluster") : tr("Not part of this build yet"));
    }
    delete m_collector;
    m_collector = new CollectorControl(origin.databasePath, origin.programArgs(), this, origin.collector);
    connect(m_collector, &CollectorControl::stateChanged, this, &MainWindow::onCollectorState);
    // A start asked on the collector's machine: its refusal is a sentence, as a local one.
    connect(m_collector, &CollectorControl::startAnswered, this, [this](bool ok, const QString& text) {
        if (ok)
            statusBar()->showMessage(tr("Collector: %1").arg(text), 10000);
        else
            QMessageBox::warning(this, tr("Collector"), text);
    });
    onCollectorState(false, QString());
}

void MainWindow::onCollectorState(bool running, const QString& detail)
{
    const bool installed = !CollectorControl::binary().isEmpty();
    // Not offered where it would not work: systemd's to start and stop, or another machine's.
    const QString noStop = m_collector ? m_collector->whyNoStop() : QString();
    const QString noStart = m_collector ? m_collector->whyNoStart() : QString();
    m_collectorAction->setEnabled(running ? noStop.isEmpty() : installed && noStart.isEmpty());
    m_collectorAction->setText(running ? tr("Stop &collector") : tr("Start &collector"));
    m_collectorAction->setToolTip(running
            ? (noStop.isEmpty() ? tr("Stop recording this cluster's history (%1)").arg(detail) : noStop)
            : !noStart.isEmpty() ? noStart
            : installed          ? tr("Record this cluster's history into %1").arg(m_origin.databasePath)
                                 : tr("openmosixcollector is not installed"));
    const QString unit = m_collector ? m_collector->managedBy() : QString();
    m_collectorState->setText(running
            ? (unit.isEmpty() ? tr("Collector: recording") : tr("Collector: recording (%1)").arg(unit))
            : tr("Collector: off"));
    m_collectorState->setToolTip(running ? tr("A collector records into %1 (%2)").arg(m_origin.databasePath, detail)
                                         : tr("No collector records this cluster (Cluster ▸ Start collector)"));
}

void MainWindow::toggleCollector()
{
    if (!m_collector)
        return;
    if (m_collector->isRunning()) {
        m_collector->stop();
        return;
    }
    QString error;
    if (!m_collector->start(m_interval->value(), &error))
        QMessageBox::warning(this, tr("Collector"), error);
    else if (m_collector->host().isRemote())
        statusBar()->showMessage(tr("Starting the collector on %1 …").arg(m_collector->host().host), 10000);
}

RunProgramDialog* MainWindow::openRunDialog()
{
    auto* d = new RunProgramDialog(m_session.get(), m_model->snapshot(), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &RunProgramDialog::finished, this, [this] { m_session->refreshNow(); });
    d->show();
    return d;
}

void MainWindow::openClusters()
{
    GuiPrompts prompts(this);
    ClustersDialog dialog(prompts.prompts(), this);
    dialog.select(m_origin.profilePath);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ClusterChoice c = dialog.choice();
    if (!c.demo && c.profilePath == m_origin.profilePath && !m_origin.profilePath.isEmpty())
        return; // this window shows it already
    const QStringList args = c.demo ? QStringList { QStringLiteral("--demo") }
                                    : QStringList { QStringLiteral("--profile"), c.profilePath };
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), args))
        QMessageBox::warning(this, tr("Clusters"), tr("Cannot open another window."));
}

NodeDialog* MainWindow::openNodeDialog(NodeId node)
{
    auto* d = new NodeDialog(m_session.get(), m_model->snapshot(), node, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &NodeDialog::applied, this, [this] { m_session->refreshNow(); });
    d->show();
    return d;
}

void MainWindow::onClicked(const QModelIndex& proxyIndex)
{
    if (proxyIndex.column() != NodeTableModel::AddressColumn)
        return;
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    openNodeDialog(source.row() == 0 ? 0 : m_model->nodeAt(source.row()));
}

void MainWindow::onSnapshot(const ClusterSnapshot& snapshot)
{
    m_model->applySnapshot(snapshot);
    m_lastTime = QDateTime::fromMSecsSinceEpoch(snapshot.timeMs);
    m_sampling = false;
    if (m_firstSnapshot) {
        m_firstSnapshot = false;
        if (!m_stateRestored) // "1,020.0 MB free of 1.5 GB" whole, in any language
            WindowState::fitFirstStart(this, m_table);
        m_table->sortByColumn(
            m_table->horizontalHeader()->sortIndicatorSection(), m_table->horizontalHeader()->sortIndicatorOrder());
    }
    updateStatus();
    emit snapshotApplied();
}

void MainWindow::onCommands(const QString& tag, const QVector<CommandOutcome>& outcomes)
{
    if (tag != QLatin1String("speed"))
        return;
    for (const CommandOutcome& o : outcomes) {
        if (!o.ok())
            m_model->setRowError(o.command.node, tr("Setting the speed failed: %1").arg(o.error));
    }
    m_session->refreshNow(); // confirm the change without waiting a whole interval
}

void MainWindow::updateStatus()
{
    const ClusterSnapshot& s = m_model->snapshot();
    QString state;
    if (m_lastTime.isNull())
        state = tr("Connecting to %1…").arg(m_session->gateway());
    else if (!s.gatewayError.isEmpty() && !s.gatewayErrorDetail.isEmpty())
        state = s.gatewayError; // already a sentence that says what is wrong (the raw text: tooltip)
    else if (!s.gatewayError.isEmpty())
        state = tr("No answer from the cluster: %1").arg(s.gatewayError);
    else if (!s.nodeErrors.isEmpty())
        state = tr("Connected to %1; %n node(s) not answering", nullptr, s.nodeErrors.size()).arg(m_session->gateway());
    else
        state = tr("Connected to %1").arg(m_session->gateway());
    if (!m_lastTime.isNull() && !m_session->sourceText().isEmpty())
        state += QStringLiteral(" — ") + m_session->sourceText();
    if (m_pause->isChecked())
        state += tr(" — paused");
    else if (m_sampling)
        state += tr(" — sampling…");
    m_state->setText(state);
    // A long sentence may not fit the status bar: all of it, and the raw text, in the tooltip.
    m_state->setToolTip(s.gatewayErrorDetail.isEmpty() ? state : state + QStringLiteral("\n\n") + s.gatewayErrorDetail);
    m_lastSample->setText(m_lastTime.isNull()
            ? tr("no sample yet")
            : tr("last sample %1").arg(m_lastTime.toString(QStringLiteral("HH:mm:ss"))));
}

QString MainWindow::tableCsv() const
{
    return modelToCsv(m_proxy);
}

void MainWindow::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the table"), m_clusterName + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeWholeFile(path, tableCsv().toUtf8(), &error))
        QMessageBox::warning(this, tr("Export"), tr("Cannot write %1: %2").arg(path, error));
}

void MainWindow::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The table as plain text lines, escaped into a simple HTML table.
    QString html = QStringLiteral("<h3>") + m_clusterName.toHtmlEscaped()
        + QStringLiteral("</h3><table border=1 cellspacing=0 cellpadding=3>");
    for (int r = -1; r < m_proxy->rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < m_proxy->columnCount(); ++c) {
            const QString t = r < 0 ? m_proxy->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()
                                    : m_proxy->index(r, c).data(Qt::DisplayRole).toString();
            html += QStringLiteral("<td>") + t.toHtmlEscaped() + QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&printer);
}

} // namespace omv
