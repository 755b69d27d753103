// The core's snapshot diff and the merge walk under it (shared by the store writer, the process
// table and the migration monitor).
#include "core/model/snapshotdiff.h"

#include <QtTest>

using namespace omv;

namespace
{

ProcessInfo proc(NodeId home, int pid, NodeId node)
{
    ProcessInfo p;
    p.homeNode = home;
    p.pid = pid;
    p.node = node;
    return p;
}

NodeSample node(NodeId id, bool up)
{
    NodeSample n;
    n.id = id;
    n.up = up;
    return n;
}

} // namespace

class TestSnapshotDiff : public QObject
{
    Q_OBJECT
private slots:
    void mergeWalk()
    {
        const QVector<quint64> a { 1, 3, 3, 5, 9 };
        const QVector<quint64> b { 2, 3, 5, 5, 7, 10 };
        QStringList seen;
        mergeByKey(
            a.size(), [&](int i) { return a[i]; }, b.size(), [&](int j) { return b[j]; },
            [&](int i, int j) { seen << QStringLiteral("%1/%2").arg(i).arg(j); });
        // Each key once, in order; the repeated 3 and 5 only at their first places.
        QCOMPARE(seen.join(QLatin1Char(' ')), QStringLiteral("0/-1 -1/0 1/1 3/2 -1/4 4/-1 -1/5"));
        seen.clear();
        mergeByKey(
            0, [&](int) { return quint64(0); }, b.size(), [&](int j) { return b[j]; },
            [&](int i, int j) { seen << QStringLiteral("%1/%2").arg(i).arg(j); });
        QCOMPARE(seen.size(), 5);
    }
    void nodesAndProcesses()
    {
        ClusterSnapshot before, after;
        before.nodes = { node(1, true), node(2, true), node(3, false), node(4, true) };
        after.nodes = { node(1, true), node(2, false), node(3, true), node(5, true) };
        before.processes = { proc(1, 10, 1), proc(1, 11, 2), proc(2, 20, 2), proc(3, 30, 3) };
        after.processes = { proc(1, 10, 1), proc(1, 11, 3), proc(1, 12, 1), proc(3, 30, 3) };
        const SnapshotDiff d = SnapshotDiff::between(before, after);
        QCOMPARE(d.nodesUp, (QVector<NodeId> { 3, 5 }));
        QCOMPARE(d.nodesDown, (QVector<NodeId> { 2 }));
        QCOMPARE(d.nodesAdded, (QVector<NodeId> { 5 }));
        QCOMPARE(d.nodesRemoved, (QVector<NodeId> { 4 }));
        QCOMPARE(d.started, (QVector<int> { 2 })); // 1/12, in `after`
        QCOMPARE(d.ended, (QVector<int> { 2 })); // 2/20, in `before`
        QCOMPARE(d.moved.size(), 1);
        QCOMPARE(d.moved[0].before, 1);
        QCOMPARE(d.moved[0].after, 1);
        QCOMPARE(d.moved[0].from, 2);
        QCOMPARE(d.moved[0].to, 3);
        QCOMPARE(d.stayed.size(), 2);
        QVERIFY(d.processesChanged());
        QVERIFY(!SnapshotDiff::between(after, after).processesChanged());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotDiff)
#include "tst_snapshotdiff.moc"
