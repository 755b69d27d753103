#include "snapshotdiff.h"

namespace omv
{

SnapshotDiff SnapshotDiff::between(const ClusterSnapshot& before, const ClusterSnapshot& after)
{
    SnapshotDiff d;
    // Nodes are sorted by id: a merge of the same kind.
    mergeByKey(
        before.nodes.size(), [&](int i) { return quint64(quint32(before.nodes[i].id)); }, after.nodes.size(),
        [&](int j) { return quint64(quint32(after.nodes[j].id)); },
        [&](int i, int j) {
            if (i < 0) {
                d.nodesAdded << after.nodes[j].id;
                if (after.nodes[j].up)
                    d.nodesUp << after.nodes[j].id;
            } else if (j < 0) {
                d.nodesRemoved << before.nodes[i].id;
            } else if (before.nodes[i].up != after.nodes[j].up) {
                (after.nodes[j].up ? d.nodesUp : d.nodesDown) << after.nodes[j].id;
            }
        });
    const auto& a = before.processes;
    const auto& b = after.processes;
    mergeByKey(
        a.size(), [&](int i) { return processKey(a[i].homeNode, a[i].pid); }, b.size(),
        [&](int j) { return processKey(b[j].homeNode, b[j].pid); },
        [&](int i, int j) {
            if (i < 0)
                d.started << j;
            else if (j < 0)
                d.ended << i;
            else if (a[i].node != b[j].node)
                d.moved << Move { i, j, a[i].node, b[j].node };
            else
                d.stayed << qMakePair(i, j);
        });
    return d;
}

} // namespace omv
