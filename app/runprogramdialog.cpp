#include "runprogramdialog.h"

#include "core/util/shellquote.h"
#include "gui/clustersession.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

namespace omv
{

namespace
{

struct Mode {
    RunProgramDialog::Choice choice;
    RunMode runMode; ///< what each copy runs as (Parallel: RunOnNode per node)
    const char* label;
    const char* tip;
};

const Mode kModes[] = {
    { RunProgramDialog::Normal, RunMode::Normal, QT_TRANSLATE_NOOP("omv::RunProgramDialog", "&Let the balancer decide"),
        QT_TRANSLATE_NOOP("omv::RunProgramDialog", "Start it on the node; it may migrate like any process") },
    { RunProgramDialog::NoMigration, RunMode::NoMigration, QT_TRANSLATE_NOOP("omv::RunProgramDialog", "No &migration"),
        QT_TRANSLATE_NOOP("omv::RunProgramDialog", "It stays on the node it starts on (nomig)") },
    { RunProgramDialog::RunHome, RunMode::RunHome, QT_TRANSLATE_NOOP("omv::RunProgramDialog", "Run &home"),
        QT_TRANSLATE_NOOP("omv::RunProgramDialog", "It runs on its home node and is locked there (mosrun -h)") },
    { RunProgramDialog::RunOnNode, RunMode::RunOnNode, QT_TRANSLATE_NOOP("omv::RunProgramDialog", "Run &on node:"),
        QT_TRANSLATE_NOOP("omv::RunProgramDialog", "It is sent to the node you pick (mosrun -<node>)") },
    { RunProgramDialog::CpuJob, RunMode::CpuJob, QT_TRANSLATE_NOOP("omv::RunProgramDialog", "&CPU job"),
        QT_TRANSLATE_NOOP("omv::RunProgramDialog", "Tell the balancer it mostly computes (mosrun -c)") },
    { RunProgramDialog::IoJob, RunMode::IoJob, QT_TRANSLATE_NOOP("omv::RunProgramDialog", "&I/O job"),
        QT_TRANSLATE_NOOP("omv::RunProgramDialog", "Tell the balancer it mostly reads and writes (mosrun -i)") },
    { RunProgramDialog::NoDecay, RunMode::NoDecay, QT_TRANSLATE_NOOP("omv::RunProgramDialog", "No d&ecay"),
        QT_TRANSLATE_NOOP("omv::RunProgramDialog", "Its load history never fades (nodecay)") },
    { RunProgramDialog::SlowDecay, RunMode::SlowDecay, QT_TRANSLATE_NOOP("omv::RunProgramDialog", "&Slow decay"),
        QT_TRANSLATE_NOOP("omv::RunProgramDialog", "Its load history fades slowly (slowdecay)") },
    { RunProgramDialog::FastDecay, RunMode::FastDecay, QT_TRANSLATE_NOOP("omv::RunProgramDialog", "&Fast decay"),
        QT_TRANSLATE_NOOP("omv::RunProgramDialog", "Its load history fades quickly (fastdecay)") },
    { RunProgramDialog::Parallel, RunMode::RunOnNode,
        QT_TRANSLATE_NOOP("omv::RunProgramDialog", "P&arallel, one copy on each node from"),
        QT_TRANSLATE_NOOP(
            "omv::RunProgramDialog", "One copy is sent to every node in the range (mosrun -<node> each)") },
};

} // namespace

RunProgramDialog::RunProgramDialog(ClusterSession* session, const ClusterSnapshot& snapshot, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_group(new QButtonGroup(this))
{
    setWindowTitle(tr("Run a program"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_program = new QLineEdit(this);
    m_program->setObjectName(QStringLiteral("program"));
    m_program->setPlaceholderText(tr("program and arguments, e.g. ./render --frames 1-100"));
    // Wide enough for the whole example (in any language), with the frame's margins.
    m_program->setMinimumWidth(m_program->fontMetrics().horizontalAdvance(m_program->placeholderText()) + 24);
    m_program->setToolTip(tr("Split into words like a shell would ('single' and \"double\" quotes and \\ group "
                             "words); nothing is expanded and no shell runs it"));
    m_home = new QComboBox(this);
    m_home->setObjectName(QStringLiteral("home"));
    m_home->setToolTip(tr("The node the program starts on: its home node"));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setToolTip(tr("The node \"Run on node\" sends it to"));
    NodeId lo = 0, hi = 0;
    for (const NodeSample& n : snapshot.nodes) {
        // Text from the nodes: the combo box shows it as plain text.
        const QString label = tr("%1 — %2%3").arg(n.id).arg(n.primaryAddress(), n.up ? QString() : tr(" (down)"));
        m_home->addItem(label, n.id);
        m_target->addItem(label, n.id);
        lo = lo ? qMin(lo, n.id) : n.id;
        hi = qMax(hi, n.id);
    }
    form->addRow(tr("&Program:"), m_program);
    form->addRow(tr("Start on &node:"), m_home);
    layout->addLayout(form);

    auto* modes = new QGroupBox(tr("How it may move"), this);
    auto* grid = new QGridLayout(modes);
    const Capabilities caps = session->capabilities();
    m_from = new QSpinBox(modes);
    m_to = new QSpinBox(modes);
    for (QSpinBox* s : { m_from, m_to }) {
        s->setRange(qMax(1, int(lo)), qMax(1, int(hi)));
        s->setToolTip(tr("Node IDs: one copy goes to each node from the first to the last"));
    }
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_from->setValue(lo);
    m_to->setValue(hi);
    int row = 0;
    for (const Mode& m : kModes) {
        auto* b = new QRadioButton(tr(m.label), modes);
        b->setObjectName(QStringLiteral("mode%1").arg(int(m.choice)));
        b->setToolTip(tr(m.tip));
        if (!caps.offersRunMode(m.runMode)) {
            b->setEnabled(false);
            b->setToolTip(caps.runModeReason(m.runMode));
        }
        m_group->addButton(b, int(m.choice));
        m_modes.insert(int(m.choice), b);
        grid->addWidget(b, row, 0);
        if (m.choice == RunOnNode) {
            grid->addWidget(m_target, row, 1, 1, 3);
        } else if (m.choice == Parallel) {
            grid->addWidget(m_from, row, 1);
            grid->addWidget(new QLabel(tr("to"), modes), row, 2);
            grid->addWidget(m_to, row, 3);
        }
        ++row;
    }
    m_modes.value(Normal)->setChecked(true);
    layout->addWidget(modes);
    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    const QString lacking = caps.runModeReason(RunMode::RunHome);
    m_reason->setText(lacking.isEmpty() ? QString() : tr("Greyed out: %1").arg(lacking));
    m_reason->setVisible(!lacking.isEmpty());
    layout->addWidget(m_reason);

    m_results = new QPlainTextEdit(this);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setReadOnly(true);
    m_results->setPlaceholderText(tr("What each node answered appears here."));
    m_results->setToolTip(tr("The result of each start: the process ID while it runs, or how it ended"));
    m_results->setMinimumHeight(100);
    layout->addWidget(m_results);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(tr("&Run"), QDialogButtonBox::ActionRole);
    m_run->setObjectName(QStringLiteral("run"));
    m_run->setToolTip(tr("Start the program over ssh"));
    m_run->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close this window"));
    connect(m_run, &QPushButton::clicked, this, &RunProgramDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_group, &QButtonGroup::idToggled, this, [this] { updateEnabled(); });
    updateEnabled();
}

void RunProgramDialog::updateEnabled()
{
    const int c = m_group->checkedId();
    m_target->setEnabled(c == RunOnNode);
    m_from->setEnabled(c == Parallel);
    m_to->setEnabled(c == Parallel);
    m_home->setEnabled(c != Parallel);
}

void RunProgramDialog::setCommandLine(const QString& text)
{
    m_program->setText(text);
}

bool RunProgramDialog::setChoice(Choice choice)
{
    QRadioButton* b = m_modes.value(choice);
    if (!b || !b->isEnabled())
        return false;
    b->setChecked(true);
    return true;
}

void RunProgramDialog::setHomeNode(NodeId node)
{
    m_home->setCurrentIndex(m_home->findData(node));
}

void RunProgramDialog::setTargetNode(NodeId node)
{
    m_target->setCurrentIndex(m_target->findData(node));
}

void RunProgramDialog::setParallelRange(NodeId from, NodeId to)
{
    m_from->setValue(from);
    m_to->setValue(to);
}

QVector<Command> RunProgramDialog::commands(QString* error) const
{
    QString why;
    const QStringList argv = splitWords(m_program->text(), &why);
    if (argv.isEmpty()) {
        *error = why.isEmpty() ? tr("Name a program to run.") : tr("The program line: %1.").arg(why);
        return {};
    }
    const int c = m_group->checkedId();
    QVector<Command> out;
    if (c == Parallel) {
        if (m_from->value() > m_to->value()) {
            *error = tr("The first node of the range is after the last.");
            return {};
        }
        // Every node in the range that the cluster lists; each copy starts there and stays.
        for (int i = 0; i < m_target->count(); ++i) {
            const NodeId n = m_target->itemData(i).toInt();
            if (n >= m_from->value() && n <= m_to->value())
                out << Command::runProgram(n, argv, RunMode::RunOnNode, n);
        }
        if (out.isEmpty())
            *error = tr("No node of the cluster is in that range.");
        return out;
    }
    const NodeId home = m_home->currentData().toInt();
    if (!home) {
        *error = tr("Pick the node to start on.");
        return {};
    }
    RunMode mode = RunMode::Normal;
    for (const Mode& m : kModes) {
        if (int(m.choice) == c)
            mode = m.runMode;
    }
    out << Command::runProgram(home, argv, mode, c == RunOnNode ? m_target->currentData().toInt() : 0);
    return out;
}

void RunProgramDialog::run()
{
    QString error;
    const QVector<Command> cmds = commands(&error);
    if (cmds.isEmpty()) {
        m_results->appendPlainText(error);
        return;
    }
    m_run->setEnabled(false);
    m_results->appendPlainText(tr("Starting %n program(s)…", nullptr, cmds.size()));
    connect(m_session->send(cmds), &CommandRun::finished, this, &RunProgramDialog::showOutcomes);
}

void RunProgramDialog::showOutcomes(const QVector<CommandOutcome>& outcomes)
{
    for (const CommandOutcome& o : outcomes) {
        const QString answer = QString::fromUtf8(o.result.out).trimmed();
        if (o.ok())
            m_results->appendPlainText(
                tr("%1 — started%2")
                    .arg(o.command.describe(), answer.isEmpty() ? QString() : QStringLiteral(": ") + answer));
        else
            m_results->appendPlainText(tr("%1 — FAILED: %2").arg(o.command.describe(), o.error));
    }
    m_run->setEnabled(true);
    emit finished(outcomes);
}

QString RunProgramDialog::results() const
{
    return m_results->toPlainText();
}

} // namespace omv
