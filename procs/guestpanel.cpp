#include "guestpanel.h"

#include "gui/clustersession.h"
#include "gui/guesttablemodel.h"
#include "gui/nodepicker.h"
#include "gui/processtablemodel.h"
#include "gui/tableviews.h"
#include "migratordialog.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>

namespace omv
{

GuestPanel::GuestPanel(ClusterSession* session, const ProcessTableModel* processes, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_processes(processes)
    , m_model(new GuestTableModel(processes, this))
    , m_node(new NodePicker(this))
    , m_home(new QPushButton(tr("Send &home"), this))
    , m_best(new QPushButton(tr("Send to &best node"), this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_results(new QPlainTextEdit(this))
{
    m_node->setObjectName(QStringLiteral("guestNode"));
    m_node->setToolTip(tr("The node whose guests are listed, or every node"));
    auto* nodeLabel = new QLabel(tr("G&uests of:"), this);
    nodeLabel->setBuddy(m_node);
    m_home->setObjectName(QStringLiteral("guestHome"));
    m_best->setObjectName(QStringLiteral("guestBest"));
    m_home->setToolTip(tr("Migrate the selected guests back to the nodes they were born on"));
    m_best->setToolTip(tr("Let the cluster move the selected guests to the least loaded node"));
    m_count->setToolTip(tr("How many guests the kernel lists"));

    m_table->setObjectName(QStringLiteral("guestTable"));
    m_table->setModel(m_model);
    setUpListTable(m_table,
        { { GuestTableModel::UserColumn, 80 }, { GuestTableModel::CommandColumn, 380 },
            { GuestTableModel::MemoryColumn, 80 } });
    m_table->setToolTip(tr("Processes born on other nodes that the listed node computes. Enter: send home"));
    connect(m_table, &QTableView::activated, this, &GuestPanel::sendHome);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GuestPanel::updateButtons);

    m_results->setObjectName(QStringLiteral("guestResults"));
    m_results->setReadOnly(true);
    m_results->setMaximumBlockCount(500);
    m_results->setFixedHeight(m_results->fontMetrics().height() * 5 + 10);
    m_results->setToolTip(tr("What each command did, per guest"));
    m_results->setPlaceholderText(tr("Results of \"send home\" and \"send to best node\" appear here."));

    auto* top = new QHBoxLayout;
    top->addWidget(nodeLabel);
    top->addWidget(m_node);
    top->addWidget(m_count, 1);
    top->addWidget(m_home);
    top->addWidget(m_best);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_results);

    connect(m_node, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
        const KeyedSelection keep = KeyedSelection::of(m_table, m_model);
        m_model->setNode(m_node->node());
        keep.restore(m_table, m_model);
        updateButtons();
    });
    connect(m_home, &QPushButton::clicked, this, &GuestPanel::sendHome);
    connect(m_best, &QPushButton::clicked, this, &GuestPanel::sendToBest);
    updateButtons();
}

void GuestPanel::setNode(NodeId node)
{
    m_node->setNode(node);
}

void GuestPanel::refresh()
{
    const KeyedSelection keep = KeyedSelection::of(m_table, m_model);
    m_model->refresh();
    keep.restore(m_table, m_model);
    m_node->setNodes(m_processes->snapshot().nodes);
    updateButtons();
}

void GuestPanel::updateButtons()
{
    const int listed = m_model->rowCount();
    const NodeId node = m_model->node();
    m_count->setText(node ? tr("%n guest(s) on node %1", nullptr, listed).arg(node)
                          : tr("%n guest(s) in the cluster", nullptr, listed));
    const bool any = m_table->selectionModel()->hasSelection();
    const Capabilities caps = m_session->capabilities();
    m_home->setEnabled(any && caps.offers(Command::Kind::MigrateHome));
    m_best->setEnabled(any && caps.offers(Command::Kind::MigrateBest));
    if (!caps.offers(Command::Kind::MigrateHome))
        m_home->setToolTip(caps.reason(Command::Kind::MigrateHome));
    if (!caps.offers(Command::Kind::MigrateBest))
        m_best->setToolTip(caps.reason(Command::Kind::MigrateBest));
}

void GuestPanel::selectKeys(const QSet<qint64>& keys)
{
    KeyedSelection::select(m_table, m_model, keys);
}

QVector<GuestProcess> GuestPanel::selectedGuests() const
{
    QVector<GuestProcess> out;
    for (int row : KeyedSelection::selectedRows(m_table)) {
        if (const GuestProcess* g = m_model->guestAt(row))
            out << *g;
    }
    return out;
}

void GuestPanel::sendHome()
{
    send(true);
}

void GuestPanel::sendToBest()
{
    send(false);
}

void GuestPanel::send(bool home)
{
    const QVector<GuestProcess> guests = selectedGuests();
    if (guests.isEmpty())
        return;
    QVector<Command> commands;
    for (const GuestProcess& g : guests) {
        if (g.homePid == 0) { // nothing names its home process: no command can reach it
            m_results->appendPlainText(tr("guest %1 on node %2 (from node %3) — FAILED: node %2 does not say "
                                          "which process of node %3 it is")
                                           .arg(g.pid)
                                           .arg(g.node)
                                           .arg(g.homeNode));
            continue;
        }
        commands << (home ? Command::migrateHome(g.homeNode, g.homePid) : Command::migrateBest(g.homeNode, g.homePid));
    }
    if (commands.isEmpty()) {
        emit finished({});
        return;
    }
    m_results->appendPlainText(tr("Sending %n command(s)…", nullptr, commands.size()));
    connect(m_session->send(commands), &CommandRun::finished, this, [this](const QVector<CommandOutcome>& outcomes) {
        for (const CommandOutcome& o : outcomes)
            m_results->appendPlainText(CommandDispatcher::outcomeLine(o));
        m_session->refreshNow();
        emit finished(outcomes);
    });
}

QString GuestPanel::results() const
{
    return m_results->toPlainText();
}

QPushButton* GuestPanel::button(const QString& objectName) const
{
    return findChild<QPushButton*>(objectName);
}

} // namespace omv
