#pragma once

#include "core/store/store.h"

#include "gui/cellmodel.h"

namespace omv
{

/// The statistics of a range as a table: the cluster first, then one row per node. Sorts by the
/// values it shows (through a QSortFilterProxyModel, SortRole).
class StatsModel : public CellModel
{
    Q_OBJECT
public:
    enum Column {
        Node,
        LoadMean,
        LoadMax,
        LoadP95,
        Above,
        MemMean,
        Down,
        Outages,
        MigrationsIn,
        MigrationsOut,
        Started,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int NodeRole = Qt::UserRole + 2; ///< the node id; 0 for the cluster

    using CellModel::CellModel;
    void setStats(const RangeStats& stats);
    const RangeStats& stats() const { return m_stats; }

    int rowCount(const QModelIndex& parent = {}) const override;

    /// The table as text, one line per row (for --stats).
    QString toText() const;
    /// Where the figures come from, in a sentence: the raw samples, or which summaries stand for
    /// which part (and that their percentile and time above are approximate); what the
    /// recording covers when it is less than the range.
    static QString sourceText(const RangeStats& stats);
    QString sourceText() const { return sourceText(m_stats); }
    /// The statistics for other tools (RFC 4180): a row per node after the cluster's, numbers
    /// in the cells (none: empty), units in the column names, times ISO 8601 in UTC.
    static QString toCsv(const RangeStats& stats);
    /// "2 h 5 min", "90 s", "0"
    static QString durationText(qint64 ms);

protected:
    const std::vector<ColumnSpec>& columns() const override;
    QVariant cell(int row, int column, int role) const override;
    QString title(int column) const override;

private:
    const NodeStats& at(int row) const { return row == 0 ? m_stats.cluster : m_stats.nodes[row - 1]; }
    QString text(const NodeStats& s, int column) const;
    RangeStats m_stats;
};

} // namespace omv
