#pragma once

#include "core/model/clustersnapshot.h"

#include "keyedtablemodel.h"

#include <QIcon>
#include <QSet>

namespace omv
{

/// Every process of the cluster as a table. Built for 50,000 rows: the model sorts and filters
/// itself (an index vector over the snapshot's rows) instead of going through a
/// QSortFilterProxyModel, whose per-row bookkeeping on every refresh cost more than the refresh.
/// A refresh that keeps the same visible rows in the same order is one dataChanged (selection and
/// scroll untouched); otherwise the model resets, and refreshed() lets the view re-select by key.
class ProcessTableModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column {
        PidColumn,
        UserColumn,
        CommandColumn,
        HomeColumn,
        NodeColumn,
        StateColumn,
        CpuColumn,
        MemoryColumn,
        NiceColumn,
        LockedColumn,
        MigrationsColumn,
        CantMoveColumn,
        SinceColumn, ///< from a history only (the live windows hide it)
        ColumnCount
    };
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< qint64 key(homeNode, pid)
        MigratedRole, ///< bool: runs away from home
        LoggedRole, ///< bool: the collector logs it at full detail ("log process")
        SortRole, ///< the value the column sorts by
    };

    /// What is shown. Empty/zero fields do not filter.
    struct Filter {
        QString text; ///< in the command line, user name or pid (case-insensitive)
        NodeId node = 0; ///< runs on this node
        QString user;
        bool onlyMigrated = false; ///< runs away from its home node
        bool onlyGuests = false; ///< born elsewhere than where it runs (with `node`: guests of that node)

        bool operator==(const Filter& o) const
        {
            return text == o.text && node == o.node && user == o.user && onlyMigrated == o.onlyMigrated
                && onlyGuests == o.onlyGuests;
        }
    };

    explicit ProcessTableModel(QObject* parent = nullptr);

    static qint64 key(NodeId home, int pid) { return qint64(processKey(home, pid)); }

    /// Swaps in the snapshot's processes; CPU % comes from the ticks since the previous one.
    void applySnapshot(const ClusterSnapshot& snapshot);
    const ClusterSnapshot& snapshot() const { return m_snapshot; }
    /// The processes the collector logs (by key): marked in the PID column.
    void setLogged(const QSet<qint64>& keys);
    bool isLogged(qint64 key) const { return m_logged.contains(key); }

    void setFilter(const Filter& filter);
    Filter filter() const { return m_filter; }
    /// Users seen in the processes, sorted (for a user picker); gathered while a snapshot is
    /// applied, so asking costs nothing.
    QStringList users() const { return m_users; }

    /// The process on a visible row; null when out of range.
    const ProcessInfo* processAt(int row) const;
    /// A process of the latest snapshot, shown or not, and its CPU % (-1 unknown); null if none.
    const ProcessInfo* processOfKey(qint64 key, double* cpuPercent = nullptr) const;
    double cpuPercentAt(int row) const;
    /// The visible row of a process, or -1.
    int rowOfKey(qint64 key) const override;
    /// The key of a visible row as the views last saw it (valid in aboutToRefresh too, when the
    /// rows are already the new snapshot's); -1 when out of range.
    qint64 keyAt(int row) const override { return m_visibleKeys.value(row, -1); }

    /// How a command line is shown: control characters as visible escapes (\n, \t, \x1b), so a
    /// process cannot draw extra lines or hide text; never interpreted as markup.
    static QString displayText(const QString& text);
    /// Resident memory as shown: "12.5 MB", "1.2 GB"; empty when unknown.
    static QString memoryText(qint64 bytes);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /// Around a reset: the view saves its selection by key before (with keyAt(), not data():
    /// the rows are the new snapshot's already) and restores it after.
    void aboutToRefresh();
    void refreshed();

protected:
    const std::vector<ColumnSpec>& columns() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    struct Row {
        int index; ///< into m_snapshot.processes
        qint64 key;
        QString command; ///< displayText(commandLine())
        QString folded; ///< command case-folded: sorting and filtering compare it as it is
        double cpu; ///< percent of one CPU; -1 unknown
        const void* argvData; ///< identifies the argv list's storage: a shared list is the same text
        /// Where the process stood in the visible order before this snapshot, when its command
        /// line is the same (-1 otherwise): a refresh sorted by command merges instead of sorting.
        int prevPos;
    };
    const ProcessInfo& proc(const Row& r) const { return m_snapshot.processes.at(r.index); }
    bool accepts(const Row& r) const;
    /// Recomputes the visible rows (filter + sort) and tells the views.
    void rebuild(bool dataOnly);
    void sortVisible(QVector<int>& rows) const;

    ClusterSnapshot m_snapshot;
    QVector<Row> m_rows; ///< one per process of the snapshot, in its order
    QVector<int> m_visible; ///< indices into m_rows: filtered, sorted
    QVector<qint64> m_visibleKeys; ///< the keys of m_visible as last shown
    QStringList m_users;
    Filter m_filter;
    QString m_filterPid; ///< the filter text when it is a number
    QString m_filterFolded; ///< the filter text case-folded
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // The order the rows' prevPos refer to: valid while the sort is the same.
    int m_prevSortColumn = -1;
    Qt::SortOrder m_prevSortOrder = Qt::AscendingOrder;
    int m_prevVisibleCount = 0;
    QIcon m_migratedIcon;
    QIcon m_lockIcon;
    QIcon m_loggedIcon;
    QIcon m_noIcon;
    QSet<qint64> m_logged;
};

} // namespace omv
