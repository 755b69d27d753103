#pragma once

#include "core/model/clustersnapshot.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>

namespace omv
{

/// What the migration monitor shows, apart from how it is drawn: the processes that pass the
/// filter, each on a slot of the node it runs on that it keeps while it stays there (a square
/// never jumps because others came or went), the groups, the commands still pending, and what
/// a snapshot changed (for the motion). Plain data: the scene draws it, tests check it.
class MonitorModel
{
public:
    static qint64 key(NodeId home, int pid) { return qint64(processKey(home, pid)); }
    static NodeId homeOf(qint64 key) { return NodeId(key >> 32); }
    static int pidOf(qint64 key) { return int(key & 0xffffffff); }

    struct Filter {
        NodeId homedOn = 0; ///< only processes whose home is this node (the original's view); 0: all
        QString user; ///< only this owner; empty: all
        QString text; ///< in the command line or the pid, case-insensitive
        bool onlyMigrated = false;
        bool operator==(const Filter& o) const
        {
            return homedOn == o.homedOn && user == o.user && text == o.text && onlyMigrated == o.onlyMigrated;
        }
    };
    /// One slot of a node: the process on it (key, and its index in snapshot().processes), or
    /// free (key -1).
    struct Slot {
        qint64 key = -1;
        int index = -1;
    };
    struct Place {
        NodeId node = 0;
        int slot = -1;
    };
    /// What a snapshot (or a new filter) did to the squares.
    struct Change {
        enum Kind { Appeared, Moved, Gone };
        Kind kind = Appeared;
        qint64 key = -1;
        Place from, to; ///< Appeared: `to`; Gone: `from`; Moved: both
    };

    /// Applies a snapshot: processes sorted by key, as every backend lists them.
    QVector<Change> apply(const ClusterSnapshot& snapshot);
    /// Shows what passes `filter` from now on; the changes say what appeared and went.
    QVector<Change> setFilter(const Filter& filter);
    const Filter& filter() const { return m_filter; }
    bool accepts(const ProcessInfo& p) const;

    const ClusterSnapshot& snapshot() const { return m_snapshot; }
    /// The cells of `node` (free ones are key -1); empty for a node without shown processes.
    const QVector<Slot>& slotsOf(NodeId node) const;
    /// Most cells any node uses: how much room the layout gives every node.
    int widestNode() const;
    Place placeOf(qint64 key) const { return m_places.value(key); }
    bool isShown(qint64 key) const { return m_places.contains(key); }
    /// The shown process with this key, as of the last snapshot; null when not shown.
    const ProcessInfo* process(qint64 key) const;
    int shownCount() const { return int(m_places.size()); }
    /// Percent of one CPU the process at `index` of snapshot() used since the snapshot before
    /// (-1: unknown — new, or the first snapshot).
    double cpuAt(int index) const { return index >= 0 && index < m_cpu.size() ? m_cpu[index] : -1; }
    double cpuOf(qint64 key) const;
    const QVector<double>& cpus() const { return m_cpu; }
    /// The shown keys on `node`, in slot order.
    QVector<qint64> keysOn(NodeId node) const;

    // Groups 1-10: kept by key (home, pid) across snapshots; a process that ended leaves its group.
    static constexpr int kGroups = 10;
    int groupOf(qint64 key) const { return m_groups.value(key, 0); }
    /// Puts `keys` in `group` (0: out of any group).
    void setGroup(const QSet<qint64>& keys, int group);
    QSet<qint64> members(int group) const;
    /// "home:pid:group" per grouped process, for the settings; restore() takes that back.
    QStringList saveGroups() const;
    void restoreGroups(const QStringList& saved);

    // Commands sent and not yet seen done: a migration is pending until a snapshot shows the
    // process where it was sent (or the command fails, or it ended).
    struct Pending {
        NodeId target = 0; ///< where it was sent (its home for "home")
        int samplesSince = 0; ///< snapshots seen since it was sent
    };
    void setPending(qint64 key, NodeId target);
    /// Drops the pending state (the command failed): the square goes back to its place.
    void clearPending(qint64 key);
    bool isPending(qint64 key) const { return m_pending.contains(key); }
    const QHash<qint64, Pending>& pending() const { return m_pending; }
    /// After apply(): the pending ones a snapshot confirmed, and those that ended or that the
    /// kernel left where they were for `patience` snapshots (with the reason).
    struct Settled {
        qint64 key;
        bool done;
        QString why;
    };
    QVector<Settled> takeSettled() { return std::exchange(m_settled, {}); }
    void setPatience(int snapshots) { m_patience = snapshots; }

private:
    Place take(NodeId node, qint64 key, int index);
    void release(const Place& place);
    void settlePending();

    ClusterSnapshot m_snapshot;
    QVector<double> m_cpu; // per process of m_snapshot
    Filter m_filter;
    QHash<NodeId, QVector<Slot>> m_slots;
    QHash<NodeId, int> m_firstFree; // lowest slot of a node that may be free
    QHash<qint64, Place> m_places; // every shown process
    QHash<qint64, int> m_groups;
    QHash<qint64, Pending> m_pending;
    QVector<Settled> m_settled;
    int m_patience = 3;
};

} // namespace omv
