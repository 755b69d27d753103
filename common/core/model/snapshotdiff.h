#pragma once

#include "clustersnapshot.h"

#include <QVector>

namespace omv
{

/// The one walk that pairs two lists sorted by key (processes of two snapshots, a snapshot and
/// the spans a store holds open, a snapshot and a model's rows): `visit(a, b)` once per key in
/// key order, with the index in each list or -1 where the key is missing. A key repeated in a
/// list (a process listed twice) is visited once, at its first place.
template <class KeyA, class KeyB, class Visit>
void mergeByKey(int countA, KeyA keyA, int countB, KeyB keyB, Visit visit)
{
    int i = 0, j = 0;
    quint64 lastA = 0, lastB = 0;
    bool seenA = false, seenB = false;
    for (;;) {
        while (i < countA && seenA && keyA(i) == lastA)
            ++i;
        while (j < countB && seenB && keyB(j) == lastB)
            ++j;
        const bool hasA = i < countA, hasB = j < countB;
        if (!hasA && !hasB)
            break;
        const quint64 ka = hasA ? keyA(i) : 0, kb = hasB ? keyB(j) : 0;
        if (hasA && (!hasB || ka < kb)) {
            lastA = ka;
            seenA = true;
            visit(i++, -1);
        } else if (!hasA || kb < ka) {
            lastB = kb;
            seenB = true;
            visit(-1, j++);
        } else {
            lastA = ka;
            lastB = kb;
            seenA = seenB = true;
            visit(i++, j++);
        }
    }
}

/// What changed from one snapshot to the next: nodes that came up, went down, appeared or left;
/// processes that started, ended or moved (indexes into the snapshots' process lists). The store
/// writer, the process table and the migration monitor all see a cluster change through this.
struct SnapshotDiff {
    QVector<NodeId> nodesUp, nodesDown, nodesAdded, nodesRemoved;
    QVector<int> started; ///< in `after`
    QVector<int> ended; ///< in `before`
    struct Move {
        int before = -1, after = -1;
        NodeId from = 0, to = 0;
    };
    QVector<Move> moved;
    QVector<QPair<int, int>> stayed; ///< (before, after) of the processes in both, on the same node

    /// Both snapshots' processes must be sorted by key (backends list them so).
    static SnapshotDiff between(const ClusterSnapshot& before, const ClusterSnapshot& after);
    bool processesChanged() const { return !started.isEmpty() || !ended.isEmpty() || !moved.isEmpty(); }
};

} // namespace omv
