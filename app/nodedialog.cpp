#include "nodedialog.h"

#include "gui/clustersession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QUuid>
#include <QVBoxLayout>

namespace omv
{

namespace
{
struct Switch {
    Command::Kind kind;
    const char* label;
    const char* tip;
};
// The original's node dialog, in its order.
const Switch kSwitches[] = {
    { Command::Kind::AutoMigration, QT_TRANSLATE_NOOP("omv::NodeDialog", "&Automatic migration"),
        QT_TRANSLATE_NOOP("omv::NodeDialog", "Let the balancer move processes away from this node") },
    { Command::Kind::Quiet, QT_TRANSLATE_NOOP("omv::NodeDialog", "&Quiet"),
        QT_TRANSLATE_NOOP("omv::NodeDialog", "Stop telling the other nodes this node's load") },
    { Command::Kind::LocalStay, QT_TRANSLATE_NOOP("omv::NodeDialog", "&Local processes stay"),
        QT_TRANSLATE_NOOP("omv::NodeDialog", "Processes started here are not migrated") },
    { Command::Kind::Block, QT_TRANSLATE_NOOP("omv::NodeDialog", "&Block guests"),
        QT_TRANSLATE_NOOP("omv::NodeDialog", "Refuse processes from other nodes") },
    { Command::Kind::Expel, QT_TRANSLATE_NOOP("omv::NodeDialog", "&Expel guests"),
        QT_TRANSLATE_NOOP("omv::NodeDialog", "Send the processes of other nodes back home (once)") },
    { Command::Kind::Bring, QT_TRANSLATE_NOOP("omv::NodeDialog", "B&ring own processes home"),
        QT_TRANSLATE_NOOP("omv::NodeDialog", "Bring this node's migrated processes back (once)") },
    { Command::Kind::StartNode, QT_TRANSLATE_NOOP("omv::NodeDialog", "Node &running (start/stop)"),
        QT_TRANSLATE_NOOP("omv::NodeDialog", "Untick to take the node out of the cluster, tick to start it again") },
};

std::optional<bool> current(const NodeSample& s, Command::Kind kind)
{
    switch (kind) {
    case Command::Kind::AutoMigration:
        return s.flags.stay ? std::optional<bool>(!*s.flags.stay) : std::nullopt;
    case Command::Kind::Quiet:
        return s.flags.quiet;
    case Command::Kind::LocalStay:
        return s.flags.lstay;
    case Command::Kind::Block:
        return s.flags.block;
    case Command::Kind::Expel:
        return s.flags.expel;
    case Command::Kind::Bring:
        return s.flags.bring;
    case Command::Kind::StartNode:
        return s.up;
    default:
        return std::nullopt;
    }
}

// "1, 3, 4" (at most eight, then "…").
QString nodeList(const QList<NodeId>& nodes)
{
    QStringList ids;
    for (NodeId n : nodes.mid(0, 8))
        ids << QString::number(n);
    if (nodes.size() > 8)
        ids << QStringLiteral("…");
    return ids.isEmpty() ? QStringLiteral("–") : ids.join(QStringLiteral(", "));
}

Command commandFor(Command::Kind kind, NodeId node, bool on)
{
    switch (kind) {
    case Command::Kind::AutoMigration:
        return Command::autoMigration(node, on);
    case Command::Kind::Quiet:
        return Command::quiet(node, on);
    case Command::Kind::LocalStay:
        return Command::localStay(node, on);
    case Command::Kind::Block:
        return Command::block(node, on);
    case Command::Kind::Expel:
        return Command::expel(node);
    case Command::Kind::Bring:
        return Command::bring(node);
    default:
        return on ? Command::startNode(node) : Command::stopNode(node);
    }
}
} // namespace

NodeDialog::NodeDialog(ClusterSession* session, const ClusterSnapshot& snapshot, NodeId node, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_node(node)
{
    const NodeSample* sample = node ? snapshot.node(node) : nullptr;
    if (node) {
        m_targets << node;
        setWindowTitle(tr("Node %1 — %2").arg(node).arg(sample ? sample->primaryAddress() : QString()));
    } else {
        for (const NodeSample& s : snapshot.nodes)
            m_targets << s.id;
        setWindowTitle(tr("All nodes"));
    }
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(this);
    heading->setTextFormat(Qt::PlainText); // addresses come from the nodes
    heading->setText(node
            ? tr("Node %1 (%2)").arg(node).arg(sample ? sample->primaryAddress() : tr("unknown"))
            : tr("Every node of the cluster (%n nodes): a switch you change is sent to every node.\nA filled "
                 "box is on at some nodes only; left so, it changes nothing.",
                nullptr, m_targets.size()));
    layout->addWidget(heading);
    auto* group = new QGroupBox(tr("Switches"), this);
    auto* groupLayout = new QVBoxLayout(group);
    const Capabilities caps = session->capabilities();
    for (const Switch& sw : kSwitches) {
        auto* b = new QCheckBox(tr(sw.label), group);
        b->setObjectName(QStringLiteral("switch%1").arg(int(sw.kind)));
        const Command::Kind offeredAs = sw.kind == Command::Kind::StartNode ? Command::Kind::StartNode : sw.kind;
        const bool offered
            = caps.offers(offeredAs) && (sw.kind != Command::Kind::StartNode || caps.offers(Command::Kind::StopNode));
        // Each target's state of this switch; for every node, the box says on, off or "mixed".
        QHash<NodeId, std::optional<bool>>& states = m_states[int(sw.kind)];
        QList<NodeId> on, off, unknown;
        for (NodeId n : std::as_const(m_targets)) {
            const NodeSample* s = snapshot.node(n);
            std::optional<bool> c = s ? current(*s, sw.kind) : std::nullopt;
            states.insert(n, c);
            (c ? (*c ? on : off) : unknown) << n;
        }
        const Qt::CheckState state = on.isEmpty() ? Qt::Unchecked : off.isEmpty() ? Qt::Checked : Qt::PartiallyChecked;
        // Mixed: a third state, "leave each node as it is", until the admin picks one.
        b->setTristate(state == Qt::PartiallyChecked);
        b->setCheckState(state);
        m_initial.insert(int(sw.kind), state);
        if (!node && state == Qt::PartiallyChecked)
            b->setToolTip(tr("%1 — on at %2, off at %3; leave it mixed to change nothing")
                              .arg(tr(sw.tip), nodeList(on), nodeList(off)));
        else if (!unknown.isEmpty() && offered && (!sample || sample->up))
            b->setToolTip(tr("%1 (not told by %2: sent there too when you change it)")
                              .arg(tr(sw.tip), node ? tr("the node") : nodeList(unknown)));
        if (b->toolTip().isEmpty())
            b->setToolTip(tr(sw.tip));
        if (!offered) {
            b->setEnabled(false);
            b->setToolTip(caps.reason(sw.kind == Command::Kind::StartNode && caps.offers(Command::Kind::StartNode)
                    ? Command::Kind::StopNode
                    : sw.kind));
        }
        groupLayout->addWidget(b);
        m_boxes.insert(int(sw.kind), b);
    }
    layout->addWidget(group);
    if (node && caps.migrationAskedPerNode()) {
        // The kernel moves nothing itself (plain Linux): whether checkpoint/restart works here, asked once.
        auto* migration = new QLabel(tr("Migration: asking the node about CRIU…"), this);
        migration->setObjectName(QStringLiteral("migration"));
        migration->setTextFormat(Qt::PlainText); // the text quotes the node's criu
        migration->setWordWrap(true);
        layout->addWidget(migration);
        connect(
            session, &ClusterSession::migrationSupportKnown, migration, [migration, node](int n, const QString& text) {
                if (n == node)
                    migration->setText(tr("Migration: %1").arg(text));
            });
        session->askMigrationSupport(node);
    }
    m_results = new QPlainTextEdit(this);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setReadOnly(true);
    m_results->setPlaceholderText(tr("The result of each command appears here."));
    m_results->setToolTip(tr("What each command sent to a node answered"));
    m_results->setMinimumHeight(110);
    layout->addWidget(m_results);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close, this);
    m_apply = buttons->button(QDialogButtonBox::Apply);
    m_apply->setToolTip(tr("Send the switches you changed to the node"));
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close this window"));
    connect(m_apply, &QPushButton::clicked, this, &NodeDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QVector<Command> NodeDialog::pendingCommands() const
{
    QVector<Command> commands;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const Qt::CheckState state = it.value()->checkState();
        if (!it.value()->isEnabled() || state == Qt::PartiallyChecked || state == m_initial.value(it.key()))
            continue;
        const bool on = state == Qt::Checked;
        const bool oneShot = it.key() == int(Command::Kind::Expel) || it.key() == int(Command::Kind::Bring);
        if (oneShot && !on)
            continue; // expel and bring are acts, not states: nothing to undo
        // What the admin set, to every node not in that state already (or that did not say).
        const QHash<NodeId, std::optional<bool>> states = m_states.value(it.key());
        for (NodeId n : m_targets)
            if (oneShot || states.value(n) != std::optional<bool>(on))
                commands << commandFor(Command::Kind(it.key()), n, on);
    }
    return commands;
}

void NodeDialog::apply()
{
    const QVector<Command> commands = pendingCommands();
    if (commands.isEmpty()) {
        m_results->appendPlainText(tr("Nothing changed."));
        return;
    }
    m_apply->setEnabled(false);
    m_results->appendPlainText(tr("Sending %n command(s)…", nullptr, commands.size()));
    connect(m_session->send(commands), &CommandRun::finished, this, &NodeDialog::showOutcomes);
}

void NodeDialog::showOutcomes(const QVector<CommandOutcome>& outcomes)
{
    QSet<int> touched;
    for (const CommandOutcome& o : outcomes) {
        m_results->appendPlainText(tr("node %1: %2").arg(o.command.node).arg(CommandDispatcher::outcomeLine(o)));
        const int kind = int(o.command.kind == Command::Kind::StopNode ? Command::Kind::StartNode : o.command.kind);
        if (o.ok())
            m_states[kind].insert(o.command.node, o.command.kind == Command::Kind::StopNode ? false : o.command.on);
        touched.insert(kind);
    }
    // What the nodes have now is where the next Apply starts from: a switch that failed somewhere
    // is mixed.
    for (int kind : std::as_const(touched)) {
        bool on = false, off = false;
        for (const std::optional<bool>& v : m_states.value(kind))
            (v.value_or(false) ? on : off) = true;
        const Qt::CheckState state = !on ? Qt::Unchecked : !off ? Qt::Checked : Qt::PartiallyChecked;
        m_initial.insert(kind, state);
        if (QCheckBox* b = m_boxes.value(kind)) {
            b->setTristate(state == Qt::PartiallyChecked);
            b->setCheckState(state);
        }
    }
    m_apply->setEnabled(true);
    emit applied(outcomes);
}

QString NodeDialog::results() const
{
    return m_results->toPlainText();
}

} // namespace omv
