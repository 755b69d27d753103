#include "guestpanel.h"

#include "gui/clustersession.h"
#include "gui/guesttablemodel.h"
#include "gui/processtablemodel.h"
#include "migratordialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
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
    , m_node(new QComboBox(this))
    , m_home(new QPushButton(tr("Send &home"), this))
    , m_best(new QPushButton(tr("Send to &best node"), this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_results(new QPlainTextEdit(this))
{
    m_node->setObjectName(QStringLiteral("guestNode"));
    m_node->setToolTip(tr("The node whose guests are listed, or every node"));
    m_node->addItem(tr("All nodes"), 0);
    auto* nodeLabel = new QLabel(tr("G&uests of:"), this);
    nodeLabel->setBuddy(m_node);
    m_home->setObjectName(QStringLiteral("guestHome"));
    m_best->setObjectName(QStringLiteral("guestBest"));
    m_home->setToolTip(tr("Migrate the selected guests back to the nodes they were born on"));
    m_best->setToolTip(tr("Let the cluster move the selected guests to the least loaded node"));
    m_count->setToolTip(tr("How many guests the kernel lists"));

    m_table->setObjectName(QStringLiteral("guestTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView* h = m_table->horizontalHeader();
    // Wide enough for the title in the header's own font, whatever the font size.
    for (int c = 0; c < GuestTableModel::ColumnCount; ++c) {
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        h->resizeSection(
            c, qMax(c == GuestTableModel::CommandColumn ? 380 : 60, h->fontMetrics().horizontalAdvance(title) + 24));
    }
    h->setStretchLastSection(true);
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
        const QSet<qint64> keep = selectedKeys();
        m_model->setNode(m_node->currentData().toInt());
        selectKeys(keep);
        updateButtons();
    });
    connect(m_home, &QPushButton::clicked, this, &GuestPanel::sendHome);
    connect(m_best, &QPushButton::clicked, this, &GuestPanel::sendToBest);
    connect(m_session, &ClusterSession::commandsFinished, this,
        [this](const QString& tag, const QVector<CommandOutcome>& outcomes) {
            if (tag != m_tag)
                return;
            for (const CommandOutcome& o : outcomes)
                m_results->appendPlainText(MigratorDialog::outcomeLine(o));
            m_session->refreshNow();
            emit finished(outcomes);
        });
    updateButtons();
}

void GuestPanel::setNode(NodeId node)
{
    if (m_node->findData(node) < 0)
        m_node->addItem(tr("node %1").arg(node), node); // before the first snapshot (--node N)
    m_node->setCurrentIndex(m_node->findData(node));
}

void GuestPanel::refresh()
{
    const QSet<qint64> keys = selectedKeys();
    const qint64 current = m_model->keyAt(m_table->currentIndex().row());
    m_model->refresh();
    selectKeys(keys);
    const int row = m_model->rowOfKey(current);
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
    updateNodeList();
    updateButtons();
}

void GuestPanel::updateNodeList()
{
    const ClusterSnapshot& s = m_processes->snapshot();
    QVector<NodeId> ids;
    for (const NodeSample& n : s.nodes)
        ids << n.id;
    if (ids == m_nodeIds)
        return;
    const NodeId current = m_node->currentData().toInt();
    const QSignalBlocker block(m_node);
    m_node->clear();
    m_node->addItem(tr("All nodes"), 0);
    for (const NodeSample& n : s.nodes)
        m_node->addItem(tr("node %1 — %2").arg(n.id).arg(n.primaryAddress()), n.id);
    m_node->setCurrentIndex(qMax(0, m_node->findData(current)));
    m_nodeIds = ids;
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
    QItemSelection sel;
    for (qint64 k : keys) {
        const int row = m_model->rowOfKey(k);
        if (row >= 0)
            sel.select(m_model->index(row, 0), m_model->index(row, GuestTableModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
}

QSet<qint64> GuestPanel::selectedKeys() const
{
    QSet<qint64> keys;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        keys.insert(m_model->keyAt(i.row()));
    return keys;
}

QVector<GuestProcess> GuestPanel::selectedGuests() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QVector<GuestProcess> out;
    for (const QModelIndex& i : qAsConst(rows)) {
        if (const GuestProcess* g = m_model->guestAt(i.row()))
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
    m_tag = QUuid::createUuid().toString();
    m_results->appendPlainText(tr("Sending %n command(s)…", nullptr, commands.size()));
    m_session->apply(commands, m_tag);
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
