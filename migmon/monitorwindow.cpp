#include "monitorwindow.h"

#include "gui/processactions.h"

#include "gui/refreshtoolbar.h"

#include "core/util/suiteprogram.h"
#include "gui/clustersession.h"
#include "gui/elidedlabel.h"
#include "gui/helpmenu.h"
#include "gui/nodedelegates.h"
#include "gui/processtablemodel.h"
#include "gui/windowstate.h"
#include "monitorscene.h"
#include "monitorview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QProcess>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

namespace omv
{

namespace
{
constexpr const char* kTag = "migmon";

// A small square of a colour, for buttons and the legend.
QIcon swatch(const QColor& c)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.fillRect(QRect(1, 1, 12, 12), c);
    p.setPen(Qt::black);
    p.drawRect(QRect(1, 1, 11, 11));
    return QIcon(pm);
}
} // namespace

MonitorWindow::MonitorWindow(std::unique_ptr<ClusterSession> session, const QString& clusterName, QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
    , m_clusterName(clusterName)
    , m_scene(new MonitorScene(this))
    , m_view(new MonitorView(m_scene, this))
{
    setWindowTitle(tr("%1 — openMosix migration monitor").arg(clusterName));
    setCentralWidget(m_view);

    addToolBars();
    addResultsDock();
    addProcessMenu();
    m_state = new ElidedLabel(this);
    m_state->setToolTip(tr("Nodes, processes shown, commands waiting for a sample to confirm them"));
    statusBar()->addWidget(m_state, 1);
    statusBar()->addPermanentWidget(m_legend);

    connect(m_view, &MonitorView::dropped, this,
        [this](const QVector<qint64>& keys, NodeId target, bool toHome) { migrate(keys, toHome ? 0 : target); });
    connect(m_view, &MonitorView::doubleClicked, this, [this](qint64 key) {
        const ProcessInfo* p = m_scene->model().process(key);
        if (p && p->isMigrated())
            migrate({ key }, 0);
    });
    connect(m_view, &MonitorView::menuAsked, this, &MonitorWindow::showMenu);
    connect(m_scene, &MonitorScene::settled, this, &MonitorWindow::onSettled);
    connect(m_session.get(), &ClusterSession::snapshotReady, this, &MonitorWindow::applySnapshot);
    connect(m_session.get(), &ClusterSession::sourceChanged, this, [this] { updateStatus(); });
    connect(m_session.get(), &ClusterSession::commandsFinished, this, &MonitorWindow::onOutcomes);
    connect(m_session.get(), &ClusterSession::commandProgress, this, [this](int home, int pid, const QString& text) {
        addResult(tr("process %1@%2: %3").arg(pid).arg(home).arg(text));
    });

    m_scene->model().restoreGroups(QSettings().value(groupsKey()).toStringList());
    updateGroupButtons();
    m_windowState = std::make_unique<WindowState>(this, QStringLiteral("migmon"), clusterName);
    if (!m_windowState->restore())
        resize(1100, 800);
    updateLegend();
    updateStatus();
    m_session->start();
    addHelpMenu(
        this, QStringLiteral("openmosixmigmon"), tr("The migration monitor: drag processes from node to node."));
}

// Groups, Refresh (with Fit) and, on a second row, what is shown and how.
void MonitorWindow::addToolBars()
{
    // Groups 1-10: a button each selects its members; keys 1-0 put the selection in one.
    auto* groups = addToolBar(tr("Groups"));
    groups->setObjectName(QStringLiteral("groupsToolBar"));
    groups->addWidget(new QLabel(tr("Groups "), groups));
    for (int g = 1; g <= MonitorModel::kGroups; ++g) {
        auto* b = new QToolButton(groups);
        b->setText(QString::number(g % 10));
        b->setIcon(swatch(MonitorScene::groupColour(g)));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setObjectName(QStringLiteral("group%1").arg(g));
        connect(b, &QToolButton::clicked, this, [this, g] { selectGroup(g); });
        groups->addWidget(b);
        m_groupButtons[g - 1] = b;
    }

    RefreshToolBar::Texts refreshTexts;
    refreshTexts.prefix = tr("every ");
    refreshTexts.intervalTip = tr("How often the cluster is read (1–60 seconds)");
    refreshTexts.refreshTip = tr("Read every node now (F5)");
    refreshTexts.settingsKey = QStringLiteral("migmon/intervalS");
    refreshTexts.defaultSeconds = 3;
    const RefreshToolBar refresh = RefreshToolBar::add(this, m_session.get(), refreshTexts);
    m_interval = refresh.interval;
    QToolBar* tools = refresh.bar;
    QAction* fit = tools->addAction(tr("&Fit"), this, [this] { m_view->fit(); });
    fit->setShortcut(QKeySequence(Qt::Key_0 | Qt::CTRL));
    fit->setToolTip(tr("The whole cluster in the window (Ctrl+0; * also)"));

    // What is shown and how.
    addToolBarBreak();
    auto* show = addToolBar(tr("Show"));
    show->setObjectName(QStringLiteral("showToolBar"));
    m_show = new QComboBox(show);
    m_show->addItem(tr("All processes"), 0);
    m_show->addItem(tr("Homed on the watched node"), 1);
    m_show->setMaximumWidth(m_show->fontMetrics().horizontalAdvance(tr("Homed on the watched node")) + 40);
    m_show->setToolTip(tr("Every process of the cluster, or only those whose home is the watched node (the "
                          "original monitor's view)"));
    show->addWidget(m_show);
    m_user = new QComboBox(show);
    m_user->addItem(tr("All users"), QString());
    m_user->setToolTip(tr("Only this user's processes"));
    show->addWidget(m_user);
    m_text = new QLineEdit(show);
    m_text->setPlaceholderText(tr("Command or pid"));
    m_text->setClearButtonEnabled(true);
    m_text->setToolTip(tr("Only processes whose command line contains this text, or with this pid"));
    m_text->setMinimumWidth(130);
    m_text->setMaximumWidth(180);
    show->addWidget(m_text);
    m_migrated = new QCheckBox(tr("Only migrated"), show);
    m_migrated->setToolTip(tr("Only processes away from their home node"));
    show->addWidget(m_migrated);
    show->addSeparator();
    m_colourBy = new QComboBox(show);
    m_colourBy->addItem(tr("Colour by CPU %"));
    m_colourBy->addItem(tr("Colour by user"));
    m_colourBy->setToolTip(tr("What a square's colour tells (a process in a group has its group's colour)"));
    show->addWidget(m_colourBy);
    m_centred = new QCheckBox(tr("Watched node in centre"), show);
    m_centred->setChecked(true);
    m_centred->setToolTip(tr("Draw the watched node in the middle of the ring, as the original did; else on the "
                             "ring with the others (beyond 48 nodes they stand on a grid)"));
    show->addWidget(m_centred);
    m_legend = new QLabel(this);
    m_legend->setToolTip(tr("A square's colour: CPU use or its user (a square in a group has the group's colour). "
                            "A dark frame: away from home, with a line to its home node. A padlock: locked. "
                            "Dashed: a command sent, waiting for a sample to show it done."));
    connect(m_show, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &MonitorWindow::updateFilter);
    connect(m_user, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &MonitorWindow::updateFilter);
    connect(m_text, &QLineEdit::textChanged, this, &MonitorWindow::updateFilter);
    connect(m_migrated, &QCheckBox::toggled, this, &MonitorWindow::updateFilter);
    connect(m_colourBy, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this](int i) {
        m_scene->setColourBy(i == 1 ? MonitorScene::ColourBy::User : MonitorScene::ColourBy::Cpu);
        updateLegend();
    });
    connect(m_centred, &QCheckBox::toggled, this, [this](bool on) {
        m_scene->setCentred(on);
        m_view->fit();
    });
}

void MonitorWindow::addResultsDock()
{
    // The results of commands, newest last.
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setAccessibleName(tr("Command results"));
    auto* dock = new QDockWidget(tr("Results"), this);
    dock->setObjectName(QStringLiteral("resultsDock"));
    dock->setWidget(m_results);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({ dock }, { 90 }, Qt::Vertical);
}

// Menus: the same actions as the keys and the context menu.
void MonitorWindow::addProcessMenu()
{
    QMenu* procMenu = menuBar()->addMenu(tr("&Process"));
    procMenu->setToolTipsVisible(true);
    auto selected = [this] { return selectedKeys(); };
    QAction* migrateMenu = procMenu->addAction(tr("&Migrate…"), this, [this] {
        const qint64 k = m_scene->current() >= 0 ? m_scene->current() : selectedKeys().value(0, -1);
        showMenu(k, m_view->viewport()->mapToGlobal(m_view->viewport()->rect().center()));
    });
    migrateMenu->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    migrateMenu->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(migrateMenu);
    migrateMenu->setToolTip(tr("The actions for the selected processes (Enter)"));
    QAction* home = procMenu->addAction(tr("Send &home"), this, [this, selected] { migrate(selected(), 0); });
    home->setShortcut(QKeySequence(Qt::Key_H));
    home->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(home);
    home->setToolTip(tr("Migrate the selected processes back to their home node (H)"));
    QAction* killAction = procMenu->addAction(tr("&Kill…"), this, [this, selected] { kill(selected(), true); });
    killAction->setShortcut(QKeySequence::Delete);
    killAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(killAction);
    killAction->setToolTip(tr("End the selected processes (asks first; Delete)"));
    procMenu->addSeparator();
    for (int g = 1; g <= MonitorModel::kGroups; ++g) {
        QAction* a = new QAction(tr("Put in group %1").arg(g), this);
        a->setShortcut(QKeySequence(Qt::Key_0 + g % 10));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, [this, g] { assignGroup(g); });
        m_view->addAction(a);
    }
    QAction* ungroup = procMenu->addAction(tr("&Out of its group"), this, [this] { assignGroup(0); });
    ungroup->setToolTip(tr("Take the selected processes out of their groups"));
    procMenu->addSeparator();
    QAction* quit = procMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

MonitorWindow::~MonitorWindow()
{
    m_windowState->save();
    saveGroups();
}

const MonitorModel* MonitorWindow::model() const
{
    return &m_scene->model();
}

QString MonitorWindow::groupsKey() const
{
    // Per cluster: the same pids on another cluster are other processes.
    QString name = m_clusterName;
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("migmon/groups/") + name;
}

void MonitorWindow::saveGroups()
{
    QSettings().setValue(groupsKey(), m_scene->model().saveGroups());
}

void MonitorWindow::setOrigin(const ClusterOrigin& origin)
{
    m_origin = origin;
    m_session->setAuditDatabase(origin.databasePath, origin.collector);
}

void MonitorWindow::setWatchedNode(NodeId node)
{
    m_watched = node;
    m_watchedSet = node != 0;
    m_scene->setWatchedNode(node);
    m_show->setItemText(1, node ? tr("Homed on node %1").arg(node) : tr("Homed on the watched node"));
    updateFilter();
}

void MonitorWindow::applySnapshot(const ClusterSnapshot& snapshot)
{
    m_lastTimeMs = snapshot.timeMs;
    if (!m_watchedSet) { // the gateway's node, once it is known
        const QString gateway = m_session->gateway();
        NodeId found = 0;
        for (const NodeSample& n : snapshot.nodes)
            if (n.addresses.contains(gateway))
                found = n.id;
        if (!found && !snapshot.nodes.isEmpty())
            found = snapshot.nodes.first().id;
        if (found) {
            m_watchedSet = true;
            m_watched = found;
            m_scene->setWatchedNode(found);
            m_show->setItemText(1, tr("Homed on node %1").arg(found));
            updateFilter();
        }
    }
    m_scene->applySnapshot(snapshot);
    // Owners seen stay in the list.
    for (const ProcessInfo& p : snapshot.processes) {
        if (!m_users.contains(p.user)) {
            m_users << p.user;
            m_user->addItem(p.user, p.user);
        }
    }
    if (!m_fitted && !snapshot.nodes.isEmpty()) {
        m_fitted = true;
        m_view->fit();
    }
    updateGroupButtons();
    updateLegend();
    updateStatus();
    emit snapshotApplied();
    ++m_snapshots;
    const bool spread = std::any_of(
        snapshot.processes.cbegin(), snapshot.processes.cend(), [](const ProcessInfo& p) { return p.isMigrated(); });
    if (!m_spreadShown && (spread || m_snapshots >= 10)) {
        m_spreadShown = true;
        QTimer::singleShot(MonitorScene::kGlideMs + 150, this, &MonitorWindow::spreadShown);
    }
}

void MonitorWindow::updateFilter()
{
    MonitorModel::Filter f;
    f.homedOn = m_show->currentData().toInt() == 1 ? m_watched : 0;
    f.user = m_user->currentData().toString();
    f.text = m_text->text().trimmed();
    f.onlyMigrated = m_migrated->isChecked();
    m_scene->setFilter(f);
    updateStatus();
}

void MonitorWindow::updateLegend()
{
    QString html;
    if (m_scene->colourBy() == MonitorScene::ColourBy::User) {
        const QStringList users = m_scene->usersSeen();
        for (int i = 0; i < users.size() && i < 8; ++i)
            html += QStringLiteral("<span style=\"color:%1\">■</span> %2 ")
                        .arg(m_scene->userColour(users[i]).name(), users[i].toHtmlEscaped());
        if (users.size() > 8)
            html += tr("… %n more", nullptr, int(users.size()) - 8);
    } else {
        for (int pct : { 0, 25, 50, 75, 100 })
            html += QStringLiteral("<span style=\"color:%1\">■</span>%2 ").arg(BarDelegate::heat(pct).name()).arg(pct);
        html += tr("% CPU");
    }
    m_legend->setText(html);
}

void MonitorWindow::updateGroupButtons()
{
    for (int g = 1; g <= MonitorModel::kGroups; ++g) {
        const int n = int(m_scene->model().members(g).size());
        m_groupButtons[g - 1]->setToolTip(tr("Group %1: %n process(es). Click selects them; the key %2 puts the "
                                             "selection in it.",
            nullptr, n)
                                              .arg(g)
                                              .arg(g % 10));
    }
}

void MonitorWindow::updateStatus()
{
    const ClusterSnapshot& s = m_scene->model().snapshot();
    if (m_lastTimeMs == 0) {
        m_state->setText(tr("Connecting to %1…").arg(m_session->gateway()));
        return;
    }
    int down = 0;
    for (const NodeSample& n : s.nodes)
        down += !n.up;
    QString text = tr("%n node(s)", nullptr, int(s.nodes.size()));
    if (down)
        text += tr(" (%1 down)").arg(down);
    text += tr(" · %1 of %2 processes").arg(m_scene->model().shownCount()).arg(s.processes.size());
    if (!m_scene->model().pending().isEmpty())
        text += tr(" · %n pending", nullptr, int(m_scene->model().pending().size()));
    text += tr(" · read %1").arg(QDateTime::fromMSecsSinceEpoch(m_lastTimeMs).toString(QStringLiteral("HH:mm:ss")));
    if (!s.nodeErrors.isEmpty())
        text += tr(" · %n node(s) not answering", nullptr, int(s.nodeErrors.size()));
    if (!m_session->sourceText().isEmpty())
        text += QStringLiteral(" · ") + m_session->sourceText();
    m_state->setText(text);
}

QString MonitorWindow::statusText() const
{
    return m_state->text();
}

QStringList MonitorWindow::results() const
{
    QStringList out;
    for (int i = 0; i < m_results->count(); ++i)
        out << m_results->item(i)->text();
    return out;
}

void MonitorWindow::addResult(const QString& line)
{
    m_results->addItem(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss ")) + line);
    while (m_results->count() > 500)
        delete m_results->takeItem(0);
    m_results->scrollToBottom();
}

QVector<qint64> MonitorWindow::selectedKeys() const
{
    QVector<qint64> out;
    for (qint64 k : m_scene->selection())
        if (m_scene->model().isShown(k))
            out << k;
    std::sort(out.begin(), out.end());
    return out;
}

void MonitorWindow::send(const QVector<Command>& commands, const QString& what)
{
    if (commands.isEmpty())
        return;
    ++m_batches;
    addResult(what);
    m_session->apply(commands, QLatin1String(kTag));
    updateStatus();
}

void MonitorWindow::migrate(const QVector<qint64>& keys, NodeId target)
{
    QVector<Command> commands;
    for (qint64 k : keys) {
        const ProcessInfo* p = m_scene->model().process(k);
        if (!p || m_scene->model().isPending(k))
            continue;
        const NodeId to = target == 0 ? p->homeNode : target;
        if (to == p->node)
            continue; // already there
        commands << Command::migrateTo(p->homeNode, p->pid, to);
        m_scene->model().setPending(k, to);
        m_scene->setFailure(k, QString());
    }
    if (commands.isEmpty())
        return;
    m_scene->pendingChanged();
    send(commands,
        target == 0 ? tr("sending %n process(es) home", nullptr, int(commands.size()))
                    : tr("migrating %n process(es) to node %1", nullptr, int(commands.size())).arg(target));
}

void MonitorWindow::sendToBest(const QVector<qint64>& keys)
{
    QVector<Command> commands;
    for (qint64 k : keys)
        if (const ProcessInfo* p = m_scene->model().process(k))
            commands << Command::migrateBest(p->homeNode, p->pid);
    send(commands, tr("sending %n process(es) to the best node", nullptr, int(commands.size())));
}

void MonitorWindow::sendSignal(const QVector<qint64>& keys, ProcessSignal signal)
{
    QVector<Command> commands;
    for (qint64 k : keys)
        if (const ProcessInfo* p = m_scene->model().process(k))
            commands << Command::sendSignal(p->homeNode, p->pid, signal);
    send(commands, tr("signalling %n process(es)", nullptr, int(commands.size())));
}

void MonitorWindow::setLocked(const QVector<qint64>& keys, bool locked)
{
    QVector<Command> commands;
    for (qint64 k : keys)
        if (const ProcessInfo* p = m_scene->model().process(k))
            commands << Command::lock(p->homeNode, p->pid, locked);
    send(commands,
        locked ? tr("locking %n process(es)", nullptr, int(commands.size()))
               : tr("unlocking %n process(es)", nullptr, int(commands.size())));
}

void MonitorWindow::kill(const QVector<qint64>& keys, bool ask)
{
    if (keys.isEmpty())
        return;
    if (ask) {
        QVector<ProcessInfo> processes;
        for (qint64 k : keys)
            if (const ProcessInfo* p = m_scene->model().process(k))
                processes << *p;
        if (!confirmKill(this, processes))
            return;
    }
    sendSignal(keys, ProcessSignal::Kill);
}

void MonitorWindow::assignGroup(int group)
{
    const QVector<qint64> keys = selectedKeys();
    if (keys.isEmpty())
        return;
    m_scene->model().setGroup(QSet<qint64>(keys.cbegin(), keys.cend()), group);
    m_scene->groupsChanged();
    saveGroups();
    updateGroupButtons();
}

void MonitorWindow::selectGroup(int group)
{
    QSet<qint64> shown;
    for (qint64 k : m_scene->model().members(group))
        if (m_scene->model().isShown(k))
            shown.insert(k);
    m_scene->setSelection(shown);
    m_view->setFocus();
}

void MonitorWindow::onOutcomes(const QString& tag, const QVector<CommandOutcome>& outcomes)
{
    if (tag != QLatin1String(kTag))
        return;
    bool moving = false;
    for (const CommandOutcome& o : outcomes) {
        const qint64 k = MonitorModel::key(o.command.node, o.command.pid);
        const bool isMove
            = o.command.kind == Command::Kind::MigrateToNode || o.command.kind == Command::Kind::MigrateHome;
        if (!o.ok()) {
            addResult(CommandDispatcher::outcomeLine(o));
            if (isMove) {
                m_scene->setFailure(k, o.error);
                m_scene->snapBack(k);
            }
        } else if (!isMove) {
            addResult(CommandDispatcher::outcomeLine(o));
        }
        // A move that was accepted is told when a sample shows it (onSettled).
        moving = moving || (isMove && o.ok());
    }
    // A sample now rather than at the next interval: the dashed squares are waiting for it.
    if (moving)
        m_session->refreshNow();
    updateStatus();
    emit commandsDone();
}

void MonitorWindow::onSettled(qint64 key, bool done, const QString& why)
{
    const ProcessInfo* p = m_scene->model().process(key);
    const QString who = tr("pid %1 of node %2").arg(MonitorModel::pidOf(key)).arg(MonitorModel::homeOf(key));
    if (done) {
        addResult(tr("%1 now runs on node %2").arg(who).arg(p ? p->node : 0));
    } else {
        m_scene->setFailure(key, why);
        addResult(tr("%1 did not move: %2").arg(who, why));
    }
    updateStatus();
}

void MonitorWindow::showMenu(qint64 key, const QPoint& globalPos)
{
    // The menu acts on the selection when the square is in it; else on the square alone.
    QVector<qint64> keys = selectedKeys();
    if (key >= 0 && !m_scene->selection().contains(key)) {
        keys = { key };
        m_scene->setSelection({ key });
    }
    if (keys.isEmpty())
        return;
    const Capabilities caps = m_session->capabilities();
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    auto offer = [&](QAction* a, Command::Kind kind) {
        a->setEnabled(caps.offers(kind));
        if (!caps.offers(kind))
            a->setToolTip(caps.reason(kind));
    };
    QMenu* groupMenu = menu.addMenu(tr("Put in &group"));
    for (int g = 1; g <= MonitorModel::kGroups; ++g)
        groupMenu->addAction(
            swatch(MonitorScene::groupColour(g)), tr("Group %1").arg(g), this, [this, g] { assignGroup(g); });
    groupMenu->addAction(tr("Out of its group"), this, [this] { assignGroup(0); });
    menu.addSeparator();
    offer(menu.addAction(tr("Send &home"), this, [this, keys] { migrate(keys, 0); }), Command::Kind::MigrateHome);
    offer(
        menu.addAction(tr("Send to &best node"), this, [this, keys] { sendToBest(keys); }), Command::Kind::MigrateBest);
    QMenu* to = menu.addMenu(tr("&Migrate to"));
    for (const NodeSample& n : m_scene->model().snapshot().nodes) {
        QAction* a
            = to->addAction(tr("node %1 (%2)%3").arg(n.id).arg(n.addresses.value(0), n.up ? QString() : tr(" — down")),
                this, [this, keys, id = n.id] { migrate(keys, id); });
        offer(a, Command::Kind::MigrateToNode);
    }
    menu.addSeparator();
    offer(menu.addAction(tr("&Stop"), this, [this, keys] { sendSignal(keys, ProcessSignal::Stop); }),
        Command::Kind::Signal);
    offer(menu.addAction(tr("&Continue"), this, [this, keys] { sendSignal(keys, ProcessSignal::Cont); }),
        Command::Kind::Signal);
    offer(menu.addAction(tr("&Lock"), this, [this, keys] { setLocked(keys, true); }), Command::Kind::Lock);
    offer(menu.addAction(tr("&Unlock"), this, [this, keys] { setLocked(keys, false); }), Command::Kind::Lock);
    offer(menu.addAction(tr("&Kill…"), this, [this, keys] { kill(keys, true); }), Command::Kind::Signal);
    menu.addSeparator();
    // The node now: the process may be elsewhere by the time the menu is answered.
    const ProcessInfo* p = m_scene->model().process(keys.first());
    QAction* procs
        = menu.addAction(tr("Open in &openmosixprocs"), this, [this, node = p ? p->node : 0] { openInProcs(node); });
    procs->setEnabled(!suiteProgram(QStringLiteral("openmosixprocs")).isEmpty());
    menu.exec(globalPos);
}

void MonitorWindow::openInProcs(NodeId node)
{
    QStringList args = m_origin.programArgs();
    if (node)
        args << QStringLiteral("--node") << QString::number(node);
    const QString bin = suiteProgram(QStringLiteral("openmosixprocs"));
    if (bin.isEmpty() || !QProcess::startDetached(bin, args))
        QMessageBox::warning(this, tr("Programs"), tr("Cannot start openmosixprocs."));
}

} // namespace omv
