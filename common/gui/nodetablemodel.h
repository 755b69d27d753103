#pragma once

#include "core/model/clustersnapshot.h"

#include "cellmodel.h"

#include <QHash>
#include <QIcon>
#include <QSortFilterProxyModel>

namespace omv
{

/// The main window's table: row 0 is the whole cluster, then one row per node in the order they
/// were first seen. A node that leaves keeps its row, shown down. Built for 1,000 nodes: one
/// snapshot is applied in one pass with one dataChanged for what changed, no widget per row.
class NodeTableModel : public CellModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        AddressColumn,
        SpeedColumn,
        LoadColumn,
        MemoryColumn,
        MemTotalColumn,
        CpusColumn,
        ProcessesColumn, ///< processes running on the node (the original's "processes per node")
        ColumnCount
    };
    enum Role {
        NodeIdRole = Qt::UserRole + 1, ///< 0 on the cluster row
        UpRole,
        BarRole, ///< a bar's fill, percent (load, memory); -1 when unknown
        BarScaleRole, ///< the percent a full bar stands for: 100, or the highest load rounded up
        SpeedRole, ///< the speed shown (the pending one while a change waits for confirmation)
        SpeedMaxRole, ///< the slider's upper end
        PendingRole, ///< true while a speed change waits for a sample to confirm it
        ErrorRole, ///< the last command error on this row, or empty
        SortRole,
    };

    explicit NodeTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// The speed column takes an integer (the slider's value): speedChangeRequested follows.
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    void applySnapshot(const ClusterSnapshot& snapshot);
    const ClusterSnapshot& snapshot() const { return m_snapshot; }
    /// Row of a node, -1 when unknown.
    int rowOf(NodeId node) const { return m_rowOf.value(node, -1); }
    NodeId nodeAt(int row) const { return row >= 1 && row <= m_rows.size() ? m_rows[row - 1].sample.id : 0; }
    const NodeSample* sampleAt(int row) const;
    void setPendingSpeed(NodeId node, qint64 speed);
    /// A command on this node failed (empty: clears it).
    void setRowError(NodeId node, const QString& error);
    /// The backend cannot set a node's speed (a plain Linux kernel): the slider is shown, greyed,
    /// not editable, with `reason` in its tooltip. Empty: editable.
    void setSpeedFixed(const QString& reason) { m_speedFixed = reason; }

    /// Load-balancing efficiency in percent: 100 × (1 − D ÷ W), where D is the mean absolute
    /// deviation of the up nodes' load (percent of capacity) from their mean divided by the mean
    /// (floored at 25 %, so that small loads on a quiet cluster do not count as imbalance), and W
    /// is that ratio's worst case, 2(n−1)/n (one node carries it all). 100 when all carry the same
    /// load; 100 with no load at all (nothing to balance).
    static double balanceEfficiency(const QVector<NodeSample>& nodes);
    static QString formatBytes(qint64 bytes);
    /// The node's lamp: green square when up, red square with a cross when down.
    static QIcon lamp(bool up);
    /// "1.0 / 1.5 GB", "256 / 512 MB": two sizes in the larger one's unit.
    static QString formatBytesPair(qint64 part, qint64 total);

signals:
    void speedChangeRequested(omv::NodeId node, qint64 speed);

protected:
    const std::vector<ColumnSpec>& columns() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QString m_speedFixed;
    struct Row {
        NodeSample sample;
        bool present = true; ///< listed in the latest snapshot
        QString error; ///< node error from the snapshot or a failed command
        qint64 pendingSpeed = -1;
    };
    QVariant clusterData(int column, int role) const;
    QVariant nodeData(const Row& r, int column, int role) const;

    // The cluster row's figures, summed once per snapshot (not once per data() call: a repaint
    // asks the cluster row for a dozen roles in every column).
    struct Totals {
        qint64 memUsed = 0, memTotal = 0;
        int cpus = 0, up = 0;
        double load = -1, memPercent = -1, efficiency = 100;
        double loadScale = 100; // what a full load bar stands for: 100 %, or beyond when a node is
        int processes = 0;
        QHash<NodeId, int> running, guests, away; // per node: running there, of them guests; own elsewhere
    } m_totals;
    void sumTotals();

    QVector<Row> m_rows;
    QHash<NodeId, int> m_rowOf; ///< node -> model row (1-based: row 0 is the cluster)
    ClusterSnapshot m_snapshot;
    qint64 m_speedMax = 20000;
};

/// Sorting that keeps the cluster row on top whichever way the column is sorted.
class NodeSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace omv
