#include "nodedialog.h"

#include "gui/clustersession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
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
    heading->setText(node ? tr("Node %1 (%2)").arg(node).arg(sample ? sample->primaryAddress() : tr("unknown"))
                          : tr("Every node of the cluster (%n nodes): each switch you change is sent to all", nullptr,
                              m_targets.size()));
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
        bool state = false;
        if (sample) {
            const std::optional<bool> c = current(*sample, sw.kind);
            state = c.value_or(false);
            if (!c && offered && sample->up)
                b->setToolTip(tr("%1 (the node did not tell its current state)").arg(tr(sw.tip)));
        } else if (sw.kind == Command::Kind::StartNode) {
            state = true;
        }
        b->setChecked(state);
        m_initial.insert(int(sw.kind), state);
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
    if (node && session->kind() == BackendKind::Linux) {
        // A stock kernel moves nothing itself: whether checkpoint/restart works here, asked once.
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
        const bool on = it.value()->isChecked();
        if (!it.value()->isEnabled() || on == m_initial.value(it.key()))
            continue;
        const bool oneShot = it.key() == int(Command::Kind::Expel) || it.key() == int(Command::Kind::Bring);
        if (oneShot && !on)
            continue; // expel and bring are acts, not states: nothing to undo
        for (NodeId n : m_targets)
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
    for (const CommandOutcome& o : outcomes) {
        m_results->appendPlainText(tr("node %1: %2").arg(o.command.node).arg(CommandDispatcher::outcomeLine(o)));
        if (o.ok())
            m_initial.insert(int(o.command.kind == Command::Kind::StopNode ? Command::Kind::StartNode : o.command.kind),
                o.command.kind == Command::Kind::StopNode ? false : o.command.on);
    }
    m_apply->setEnabled(true);
    emit applied(outcomes);
}

QString NodeDialog::results() const
{
    return m_results->toPlainText();
}

} // namespace omv
