#include "migratordialog.h"

#include "gui/processactions.h"

#include "gui/clustersession.h"
#include "gui/processtablemodel.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace omv
{

MigratorDialog::MigratorDialog(
    ClusterSession* session, const ClusterSnapshot& snapshot, const QVector<ProcessInfo>& processes, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_processes(processes)
{
    setObjectName(QStringLiteral("migrator"));
    setWindowTitle(processes.size() == 1 ? tr("Migrator — process %1").arg(processes.first().pid)
                                         : tr("Migrator — %n processes", nullptr, processes.size()));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setTextFormat(Qt::PlainText); // command lines come from the nodes
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    const Capabilities caps = session->capabilities();
    auto* columns = new QHBoxLayout;
    auto* nodeBox = new QGroupBox(tr("Migrate to"), this);
    auto* nodeLayout = new QVBoxLayout(nodeBox);
    m_nodes = new QListWidget(nodeBox);
    m_nodes->setObjectName(QStringLiteral("nodes"));
    m_nodes->setToolTip(caps.offers(Command::Kind::MigrateToNode)
            ? tr("Double-click a node (or press Enter) to migrate there")
            : caps.reason(Command::Kind::MigrateToNode));
    m_nodes->setEnabled(caps.offers(Command::Kind::MigrateToNode));
    // The heading and the nodes' loads follow the session's snapshots (a process that moved is
    // not named on the node it left).
    applySnapshot(snapshot);
    connect(session, &ClusterSession::snapshotReady, this, &MigratorDialog::applySnapshot);
    // A live migration's rounds as they go (a big process takes a while to move).
    connect(session, &ClusterSession::commandProgress, this, [this](int home, int pid, const QString& text) {
        for (const ProcessInfo& p : qAsConst(m_processes))
            if (int(p.homeNode) == home && p.pid == pid)
                m_results->appendPlainText(tr("process %1: %2").arg(pid).arg(text));
    });
    connect(m_nodes, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { migrateTo(item->data(Qt::UserRole).toInt()); });
    nodeLayout->addWidget(m_nodes);
    columns->addWidget(nodeBox, 1);

    auto* actions = new QGroupBox(tr("Actions"), this);
    auto* grid = new QGridLayout(actions);
    auto addButton = [&](const QString& name, const QString& text, const QString& tip, Command::Kind kind, int row,
                         int col, auto slot) {
        auto* b = new QPushButton(text, actions);
        b->setObjectName(name);
        b->setToolTip(caps.offers(kind) ? tip : caps.reason(kind));
        b->setEnabled(caps.offers(kind));
        if (caps.offers(kind) && !caps.note(kind).isEmpty())
            b->setToolTip(tip + QStringLiteral("\n") + caps.note(kind));
        connect(b, &QPushButton::clicked, this, slot);
        grid->addWidget(b, row, col);
    };
    addButton(QStringLiteral("home"), tr("&Home"), tr("Send it back to its home node"), Command::Kind::MigrateHome, 0,
        0, [this] { sendHome(); });
    addButton(QStringLiteral("best"), tr("&Best node"), tr("Let the kernel pick the best node for it"),
        Command::Kind::MigrateBest, 0, 1, [this] { sendToBest(); });
    addButton(
        QStringLiteral("stop"), tr("&Stop"), tr("Pause it (SIGSTOP)"), Command::Kind::Signal, 1, 0, [this] { stop(); });
    addButton(QStringLiteral("continue"), tr("&Continue"), tr("Let it run again (SIGCONT)"), Command::Kind::Signal, 1,
        1, [this] { resume(); });
    addButton(QStringLiteral("lock"), tr("&Lock"), tr("Keep it on its home node: the balancer leaves it alone"),
        Command::Kind::Lock, 2, 0, [this] { lock(true); });
    addButton(QStringLiteral("unlock"), tr("&Unlock"), tr("Let the balancer move it again"), Command::Kind::Lock, 2, 1,
        [this] { lock(false); });
    addButton(QStringLiteral("kill"), tr("&Kill…"), tr("End it (SIGKILL), after asking"), Command::Kind::Signal, 3, 0,
        [this] { kill(true); });
    m_nice = new QSlider(Qt::Horizontal, actions);
    m_nice->setObjectName(QStringLiteral("nice"));
    m_nice->setRange(-20, 19);
    m_nice->setValue(processes.size() == 1 ? processes.first().nice : 0);
    m_nice->setToolTip(tr("Nice value: -20 (most CPU) to 19 (least); sent when you let go"));
    m_niceValue = new QLabel(QString::number(m_nice->value()), actions);
    connect(m_nice, &QSlider::valueChanged, m_niceValue, [this](int v) { m_niceValue->setNum(v); });
    connect(m_nice, &QSlider::sliderReleased, this, [this] { renice(m_nice->value()); });
    auto* niceRow = new QHBoxLayout;
    auto* niceLabel = new QLabel(tr("&Nice:"), actions);
    niceLabel->setBuddy(m_nice);
    niceRow->addWidget(niceLabel);
    niceRow->addWidget(m_nice, 1);
    niceRow->addWidget(m_niceValue);
    grid->addLayout(niceRow, 4, 0, 1, 2);
    columns->addWidget(actions);
    layout->addLayout(columns, 1);

    m_results = new QPlainTextEdit(this);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setReadOnly(true);
    m_results->setPlaceholderText(tr("The result for each process appears here."));
    m_results->setToolTip(tr("What each command answered, per process"));
    m_results->setMinimumHeight(100);
    layout->addWidget(m_results);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close this window"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 440);
}

QPushButton* MigratorDialog::button(const QString& objectName) const
{
    return findChild<QPushButton*>(objectName);
}

void MigratorDialog::send(const QVector<Command>& commands)
{
    m_results->appendPlainText(tr("Sending %n command(s)…", nullptr, commands.size()));
    connect(m_session->send(commands), &CommandRun::finished, this, &MigratorDialog::showOutcomes);
}

void MigratorDialog::migrateTo(NodeId node)
{
    QVector<Command> c;
    for (const ProcessInfo& p : qAsConst(m_processes))
        c << Command::migrateTo(p.homeNode, p.pid, node);
    send(c);
}

void MigratorDialog::sendHome()
{
    QVector<Command> c;
    for (const ProcessInfo& p : qAsConst(m_processes))
        c << Command::migrateHome(p.homeNode, p.pid);
    send(c);
}

void MigratorDialog::sendToBest()
{
    QVector<Command> c;
    for (const ProcessInfo& p : qAsConst(m_processes))
        c << Command::migrateBest(p.homeNode, p.pid);
    send(c);
}

void MigratorDialog::kill(bool confirm)
{
    if (confirm && !confirmKill(this, m_processes))
        return;
    QVector<Command> c;
    for (const ProcessInfo& p : qAsConst(m_processes))
        c << Command::sendSignal(p.homeNode, p.pid, ProcessSignal::Kill);
    send(c);
}

void MigratorDialog::stop()
{
    QVector<Command> c;
    for (const ProcessInfo& p : qAsConst(m_processes))
        c << Command::sendSignal(p.homeNode, p.pid, ProcessSignal::Stop);
    send(c);
}

void MigratorDialog::resume()
{
    QVector<Command> c;
    for (const ProcessInfo& p : qAsConst(m_processes))
        c << Command::sendSignal(p.homeNode, p.pid, ProcessSignal::Cont);
    send(c);
}

void MigratorDialog::renice(int nice)
{
    QVector<Command> c;
    for (const ProcessInfo& p : qAsConst(m_processes))
        c << Command::renice(p.homeNode, p.pid, nice);
    send(c);
}

void MigratorDialog::lock(bool on)
{
    QVector<Command> c;
    for (const ProcessInfo& p : qAsConst(m_processes))
        c << Command::lock(p.homeNode, p.pid, on);
    send(c);
}

void MigratorDialog::showOutcomes(const QVector<CommandOutcome>& outcomes)
{
    for (const CommandOutcome& o : outcomes)
        m_results->appendPlainText(CommandDispatcher::outcomeLine(o));
    emit finished(outcomes);
}

void MigratorDialog::applySnapshot(const ClusterSnapshot& snapshot)
{
    // Each process as the snapshot has it now; one that is gone is said so.
    QStringList ended;
    for (ProcessInfo& p : m_processes) {
        const auto it = std::lower_bound(
            snapshot.processes.cbegin(), snapshot.processes.cend(), p, [](const ProcessInfo& a, const ProcessInfo& b) {
                return std::make_pair(a.homeNode, a.pid) < std::make_pair(b.homeNode, b.pid);
            });
        if (it != snapshot.processes.cend() && it->homeNode == p.homeNode && it->pid == p.pid)
            p = *it;
        else if (!snapshot.processes.isEmpty())
            ended << QString::number(p.pid);
    }
    if (m_processes.size() == 1) {
        const ProcessInfo& p = m_processes.first();
        m_heading->setText(ended.isEmpty() ? tr("%1 (pid %2 of node %3, runs on node %4, user %5)")
                                                 .arg(ProcessTableModel::displayText(p.commandLine()).left(300))
                                                 .arg(p.pid)
                                                 .arg(p.homeNode)
                                                 .arg(p.node)
                                                 .arg(ProcessTableModel::displayText(p.user))
                                           : tr("%1 (pid %2 of node %3) has ended")
                                                 .arg(ProcessTableModel::displayText(p.commandLine()).left(300))
                                                 .arg(p.pid)
                                                 .arg(p.homeNode));
    } else {
        QString text = tr("%n selected processes: every action goes to each of them", nullptr, m_processes.size());
        if (!ended.isEmpty())
            text += QLatin1Char(' ') + tr("(ended: %1)").arg(ended.join(QStringLiteral(", ")));
        m_heading->setText(text);
    }
    // The nodes with their load now; the one selected stays selected.
    const int current = m_nodes->currentItem() ? m_nodes->currentItem()->data(Qt::UserRole).toInt() : -1;
    if (m_nodes->count() != snapshot.nodes.size()) {
        m_nodes->clear();
        for (int i = 0; i < snapshot.nodes.size(); ++i)
            new QListWidgetItem(m_nodes);
    }
    for (int i = 0; i < snapshot.nodes.size(); ++i) {
        const NodeSample& n = snapshot.nodes[i];
        QListWidgetItem* item = m_nodes->item(i);
        item->setText(n.up
                ? tr("node %1 — %2 — load %3 %").arg(n.id).arg(n.primaryAddress()).arg(n.loadPercent, 0, 'f', 0)
                : tr("node %1 — %2 — down").arg(n.id).arg(n.primaryAddress()));
        item->setData(Qt::UserRole, n.id);
        item->setFlags(n.up ? item->flags() | Qt::ItemIsEnabled : item->flags() & ~Qt::ItemIsEnabled);
        if (n.id == current)
            m_nodes->setCurrentItem(item);
    }
}

QString MigratorDialog::heading() const
{
    return m_heading->text();
}

QString MigratorDialog::results() const
{
    return m_results->toPlainText();
}

} // namespace omv
