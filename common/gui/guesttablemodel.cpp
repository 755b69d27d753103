#include "guesttablemodel.h"

#include "processtablemodel.h"

#include <algorithm>

namespace omv
{

GuestTableModel::GuestTableModel(const ProcessTableModel* processes, QObject* parent)
    : KeyedTableModel(parent)
    , m_processes(processes)
{
}

void GuestTableModel::refresh()
{
    beginResetModel();
    m_guests = m_processes->snapshot().guests;
    rebuild();
    endResetModel();
}

void GuestTableModel::setNode(NodeId node)
{
    if (node == m_node)
        return;
    beginResetModel();
    m_node = node;
    rebuild();
    endResetModel();
}

void GuestTableModel::rebuild()
{
    m_visible.clear();
    for (int i = 0; i < m_guests.size(); ++i) {
        if (m_node == 0 || m_guests.at(i).node == m_node)
            m_visible << i;
    }
    if (m_sortColumn >= 0) {
        // A few thousand guests at most: the values are gathered once, then sorted.
        struct Item {
            QVariant v;
            qint64 key;
            int index;
        };
        std::vector<Item> items;
        items.reserve(size_t(m_visible.size()));
        for (int i : qAsConst(m_visible))
            items.push_back({ sortValue(m_guests.at(i), m_sortColumn), key(m_guests.at(i)), i });
        const bool desc = m_sortOrder == Qt::DescendingOrder;
        std::sort(items.begin(), items.end(), [desc](const Item& a, const Item& b) {
            int c = 0;
            if (a.v.type() == QVariant::String || b.v.type() == QVariant::String)
                c = QString::compare(a.v.toString(), b.v.toString(), Qt::CaseInsensitive);
            else
                c = a.v.toDouble() < b.v.toDouble() ? -1 : b.v.toDouble() < a.v.toDouble() ? 1 : 0;
            if (c != 0)
                return desc ? c > 0 : c < 0;
            return desc ? b.key < a.key : a.key < b.key; // ties: (node, pid), stable across refreshes
        });
        for (size_t i = 0; i < items.size(); ++i)
            m_visible[int(i)] = items[i].index;
    }
    m_rowOfKey.clear();
    m_rowOfKey.reserve(m_visible.size());
    for (int row = 0; row < m_visible.size(); ++row)
        m_rowOfKey.insert(key(m_guests.at(m_visible.at(row))), row);
}

const GuestProcess* GuestTableModel::guestAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? &m_guests.at(m_visible.at(row)) : nullptr;
}

qint64 GuestTableModel::keyAt(int row) const
{
    const GuestProcess* g = guestAt(row);
    return g ? key(*g) : -1;
}

int GuestTableModel::rowOfKey(qint64 k) const
{
    return m_rowOfKey.value(k, -1);
}

int GuestTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_visible.size();
}

const std::vector<ColumnSpec>& GuestTableModel::columns() const
{
    constexpr Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    static const std::vector<ColumnSpec> columns = {
        { QT_TR_NOOP("Runs on"), QT_TR_NOOP("The node that computes the guest"), right },
        { QT_TR_NOOP("PID there"), QT_TR_NOOP("Its pid on that node (openMosix remote pid, MattX stub pid)"), right },
        { QT_TR_NOOP("Home"), QT_TR_NOOP("The node it was born on"), right },
        { QT_TR_NOOP("PID at home"), QT_TR_NOOP("Its pid on its home node: how the other windows name it"), right },
        { QT_TR_NOOP("User") },
        { QT_TR_NOOP("Command") },
        { QT_TR_NOOP("State") },
        { QT_TR_NOOP("CPU %"), QT_TR_NOOP("Share of one CPU since the previous sample"), right },
        { QT_TR_NOOP("Memory"), nullptr, right },
    };
    Q_ASSERT(columns.size() == ColumnCount);
    return columns;
}

const ProcessInfo* GuestTableModel::homeProcess(const GuestProcess& g, double* cpu) const
{
    *cpu = -1;
    return g.homePid ? m_processes->processOfKey(ProcessTableModel::key(g.homeNode, g.homePid), cpu) : nullptr;
}

QVariant GuestTableModel::display(const GuestProcess& g, int column) const
{
    double cpu = -1;
    const ProcessInfo* p = column >= UserColumn ? homeProcess(g, &cpu) : nullptr;
    switch (column) {
    case NodeColumn:
        return g.node;
    case LocalPidColumn:
        return g.pid;
    case HomeColumn:
        return g.homeNode;
    case HomePidColumn:
        return g.homePid ? QVariant(g.homePid) : QVariant(tr("unknown"));
    case UserColumn:
        return p ? ProcessTableModel::displayText(p->user) : QString();
    case CommandColumn:
        if (!p)
            return QString();
        return p->argv.isEmpty() ? QLatin1Char('[') + ProcessTableModel::displayText(p->name) + QLatin1Char(']')
                                 : ProcessTableModel::displayText(p->commandLine());
    case StateColumn:
        return p ? QString(p->state) : QString();
    case CpuColumn:
        return cpu < 0 ? QString() : QString::number(cpu, 'f', 1);
    case MemoryColumn:
        return p ? ProcessTableModel::memoryText(p->rssBytes) : QString();
    }
    return {};
}

QVariant GuestTableModel::sortValue(const GuestProcess& g, int column) const
{
    double cpu = -1;
    switch (column) {
    case HomePidColumn:
        return g.homePid; // unknown (0) first
    case CpuColumn:
        homeProcess(g, &cpu);
        return cpu;
    case MemoryColumn: {
        const ProcessInfo* p = homeProcess(g, &cpu);
        return p ? double(p->rssBytes) : -1.0;
    }
    default:
        return display(g, column);
    }
}

QVariant GuestTableModel::cell(int row, int column, int role) const
{
    const GuestProcess& g = m_guests.at(m_visible.at(row));
    switch (role) {
    case Qt::DisplayRole:
        return display(g, column);
    case Qt::ToolTipRole:
        if (column == HomePidColumn && !g.homePid)
            return tr("The node does not say which process of node %1 this is, so it cannot be sent anywhere "
                      "from here")
                .arg(g.homeNode);
        if (column == CommandColumn)
            return display(g, CommandColumn); // plain text, never markup
        if (column == HomeColumn && !g.homeAddress.isEmpty())
            return tr("Node %1 at %2").arg(g.homeNode).arg(g.homeAddress);
        break;
    default:
        break;
    }
    return {};
}

void GuestTableModel::sort(int column, Qt::SortOrder order)
{
    reorderRows([&] {
        m_sortColumn = column;
        m_sortOrder = order;
        rebuild();
    });
}

} // namespace omv
