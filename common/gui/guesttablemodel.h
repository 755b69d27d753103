#pragma once

#include "core/model/processinfo.h"

#include "keyedtablemodel.h"

#include <QHash>

namespace omv
{

class ProcessTableModel;

/// The guests of one node (or of every node): what the node's kernel lists as running there but
/// born elsewhere (openMosix /proc/hpc/remote, MattX guests) — not the process table's guess from
/// where processes say they run. User, command line, state, CPU and memory come from the home's
/// process, looked up in the process model, so nothing is held twice.
class GuestTableModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column {
        NodeColumn,
        LocalPidColumn,
        HomeColumn,
        HomePidColumn,
        UserColumn,
        CommandColumn,
        StateColumn,
        CpuColumn,
        MemoryColumn,
        ColumnCount
    };

    explicit GuestTableModel(const ProcessTableModel* processes, QObject* parent = nullptr);

    /// A guest's identity where it runs: (node, pid there).
    static qint64 key(const GuestProcess& g) { return qint64(processKey(g.node, g.pid)); } // (node, pid)

    /// Takes the guests of the process model's latest snapshot (a reset: the caller keeps its
    /// selection by key across it).
    void refresh();
    /// Only the guests of this node; 0 for all.
    void setNode(NodeId node);
    NodeId node() const { return m_node; }

    const GuestProcess* guestAt(int row) const;
    qint64 keyAt(int row) const override;
    int rowOfKey(qint64 key) const override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    const std::vector<ColumnSpec>& columns() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    void rebuild();
    /// The guest's home process in the process model (and its CPU %); null when not known.
    const ProcessInfo* homeProcess(const GuestProcess& g, double* cpu) const;
    /// What a column shows (Qt::DisplayRole).
    QVariant display(const GuestProcess& g, int column) const;
    /// What a column sorts by: numbers as numbers, text as text.
    QVariant sortValue(const GuestProcess& g, int column) const;

    const ProcessTableModel* m_processes;
    QVector<GuestProcess> m_guests; ///< the snapshot's (shared, not copied)
    QVector<int> m_visible; ///< indices into m_guests
    QHash<qint64, int> m_rowOfKey;
    NodeId m_node = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace omv
