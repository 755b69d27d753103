// The migration monitor's model, checked against the snapshots it was given: after each of 200
// random samples (processes starting, ending, moving; filters changing), one square per shown
// process, at its node, on a slot no other holds; a process that stays keeps its slot; groups
// and pending commands as the samples tell. Plus the layout's geometry.
#include "monitormodel.h"
#include "monitorscene.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace omv;

namespace
{

ClusterSnapshot makeSnapshot(qint64 t, const QMap<qint64, ProcessInfo>& procs, int nodes)
{
    ClusterSnapshot s;
    s.timeMs = t;
    for (int n = 1; n <= nodes; ++n) {
        NodeSample ns;
        ns.id = n;
        ns.up = true;
        s.nodes << ns;
    }
    for (const ProcessInfo& p : procs) // QMap: in key order, as backends list them
        s.processes << p;
    return s;
}

const QStringList kUsers { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol") };

// One random sample's worth of change: `starts` processes start (pids in [100, 100 + pidRange)),
// then each ends with `endPercent` % chance or moves to a random node with `movePercent` %.
// Returns how many moved.
int stir(QRandomGenerator& rng, QMap<qint64, ProcessInfo>* procs, int nodes, int starts, int pidRange, int endPercent,
    int movePercent)
{
    for (int i = 0; i < starts; ++i) {
        ProcessInfo p;
        p.homeNode = NodeId(1 + rng.bounded(nodes));
        p.pid = 100 + rng.bounded(pidRange);
        p.node = p.homeNode;
        p.user = kUsers[rng.bounded(3)];
        p.argv = QStringList { QStringLiteral("job%1").arg(p.pid % 7) };
        procs->insert(MonitorModel::key(p.homeNode, p.pid), p);
    }
    int moves = 0;
    for (auto it = procs->begin(); it != procs->end();) {
        const int dice = rng.bounded(100);
        if (dice < endPercent) {
            it = procs->erase(it);
            continue;
        }
        if (dice < endPercent + movePercent) {
            it->node = NodeId(1 + rng.bounded(nodes));
            ++moves;
        }
        ++it;
    }
    return moves;
}

} // namespace

class TestMonitorModel : public QObject
{
    Q_OBJECT

private slots:
    void staysConsistentWithTheSnapshots()
    {
        QRandomGenerator rng(11);
        MonitorModel m;
        QMap<qint64, ProcessInfo> procs;
        QHash<qint64, MonitorModel::Place> lastPlace;
        const int nodes = 8;
        int moves = 0, filters = 0;
        for (int step = 0; step < 200; ++step) {
            moves += stir(rng, &procs, nodes, 4, 400, 6, 14); // some start, some end, some move
            MonitorModel::Filter f = m.filter();
            if (rng.bounded(10) == 0) { // now and then another filter
                ++filters;
                f.user = rng.bounded(2) ? kUsers[rng.bounded(3)] : QString();
                f.onlyMigrated = rng.bounded(3) == 0;
                f.homedOn = rng.bounded(3) == 0 ? NodeId(1 + rng.bounded(nodes)) : 0;
                f.text = rng.bounded(4) == 0 ? QStringLiteral("job3") : QString();
                m.setFilter(f);
            }
            const ClusterSnapshot snap = makeSnapshot(step * 1000, procs, nodes);
            const QVector<MonitorModel::Change> changes = m.apply(snap);
            // One square per shown process, at its node, on its own slot.
            int shown = 0;
            for (int i = 0; i < snap.processes.size(); ++i) {
                const ProcessInfo& p = snap.processes[i];
                const qint64 k = MonitorModel::key(p.homeNode, p.pid);
                QCOMPARE(m.isShown(k), m.accepts(p));
                if (!m.isShown(k))
                    continue;
                ++shown;
                const MonitorModel::Place place = m.placeOf(k);
                QCOMPARE(place.node, p.node);
                const QVector<MonitorModel::Slot>& cells = m.slotsOf(place.node);
                QVERIFY(place.slot >= 0 && place.slot < cells.size());
                QCOMPARE(cells[place.slot].key, k);
                QCOMPARE(cells[place.slot].index, i);
                QCOMPARE(m.process(k)->pid, p.pid);
                // A process that stayed (shown before, same node) kept its slot.
                if (lastPlace.contains(k) && lastPlace[k].node == place.node)
                    QCOMPARE(lastPlace[k].slot, place.slot);
            }
            QCOMPARE(m.shownCount(), shown);
            int taken = 0;
            for (int n = 1; n <= nodes; ++n) {
                const QVector<MonitorModel::Slot>& cells = m.slotsOf(n);
                for (const MonitorModel::Slot& s : cells)
                    taken += s.key >= 0;
                QVERIFY(cells.isEmpty() || cells.last().key >= 0); // no free slots at the end
            }
            QCOMPARE(taken, shown);
            // The changes say what happened to the shown squares.
            for (const MonitorModel::Change& c : changes) {
                if (c.kind == MonitorModel::Change::Gone)
                    QVERIFY(!m.isShown(c.key));
                else
                    QCOMPARE(m.placeOf(c.key).node, c.to.node);
                if (c.kind == MonitorModel::Change::Moved)
                    QVERIFY(c.from.node != c.to.node);
            }
            lastPlace.clear();
            for (const ProcessInfo& p : snap.processes) {
                const qint64 k = MonitorModel::key(p.homeNode, p.pid);
                if (m.isShown(k))
                    lastPlace.insert(k, m.placeOf(k));
            }
        }
        QVERIFY(moves > 100 && filters > 5);
    }

    void theSceneDrawsEachSquareAtItsNode()
    {
        // The scene over 200 random samples of 60 nodes (a grid): each shown process's square is
        // found where it is drawn, beside its own node, and nothing else is found there.
        QRandomGenerator rng(23);
        MonitorScene scene;
        scene.setAnimated(false);
        QMap<qint64, ProcessInfo> procs;
        const int nodes = 60;
        for (int step = 0; step < 200; ++step) {
            stir(rng, &procs, nodes, 10, 2000, 4, 11);
            scene.applySnapshot(makeSnapshot(step * 1000, procs, nodes));
            int shown = 0;
            for (const ProcessInfo& p : std::as_const(procs)) {
                const qint64 k = MonitorModel::key(p.homeNode, p.pid);
                QVERIFY(scene.model().isShown(k));
                ++shown;
                const QPointF at = scene.squareRect(k).center();
                QCOMPARE(scene.squareAt(at), k);
                QCOMPARE(scene.nodeAt(at), p.node);
            }
            QCOMPARE(scene.model().shownCount(), shown);
        }
        QVERIFY(procs.size() > 100);
    }

    void groupsAndPending()
    {
        MonitorModel m;
        QMap<qint64, ProcessInfo> procs;
        for (int pid : { 10, 11, 12 }) {
            ProcessInfo p;
            p.homeNode = 1;
            p.pid = pid;
            p.node = 1;
            procs.insert(MonitorModel::key(1, pid), p);
        }
        m.apply(makeSnapshot(0, procs, 3));
        m.setGroup({ MonitorModel::key(1, 10), MonitorModel::key(1, 11) }, 4);
        QCOMPARE(m.members(4).size(), 2);
        const QStringList saved = m.saveGroups();
        QCOMPARE(saved, (QStringList { QStringLiteral("1:10:4"), QStringLiteral("1:11:4") }));
        MonitorModel again;
        again.restoreGroups(saved + QStringList { QStringLiteral("garbage"), QStringLiteral("1:2:11") });
        QCOMPARE(again.members(4), m.members(4));
        QCOMPARE(again.saveGroups(), saved);
        // Pending: 10 sent to node 3 and shown there next; 11 sent to 2 and left where it was;
        // 12 sent and ended.
        m.setPatience(2);
        m.setPending(MonitorModel::key(1, 10), 3);
        m.setPending(MonitorModel::key(1, 11), 2);
        m.setPending(MonitorModel::key(1, 12), 2);
        procs[MonitorModel::key(1, 10)].node = 3;
        procs.remove(MonitorModel::key(1, 12));
        m.apply(makeSnapshot(1000, procs, 3));
        QVector<MonitorModel::Settled> s = m.takeSettled();
        QCOMPARE(s.size(), 2);
        for (const MonitorModel::Settled& x : s) {
            if (x.key == MonitorModel::key(1, 10))
                QVERIFY(x.done);
            else
                QVERIFY(!x.done && x.why.contains(QLatin1String("ended")));
        }
        QVERIFY(m.isPending(MonitorModel::key(1, 11)));
        m.apply(makeSnapshot(2000, procs, 3));
        s = m.takeSettled();
        QCOMPARE(s.size(), 1);
        QVERIFY(!s[0].done && s[0].why.contains(QLatin1String("still on node 1")));
        // The ended process left its group; a home that did not answer keeps its processes'.
        QCOMPARE(m.members(4).size(), 2);
        procs.remove(MonitorModel::key(1, 11));
        ClusterSnapshot silent = makeSnapshot(3000, procs, 3);
        silent.nodeErrors.insert(1, QStringLiteral("timeout"));
        m.apply(silent);
        QCOMPARE(m.members(4).size(), 2);
        m.apply(makeSnapshot(4000, procs, 3));
        QCOMPARE(m.members(4).size(), 1);
    }

    void layoutKeepsNodesApart()
    {
        // On the ring and on the grid, no two nodes' footprints overlap.
        for (int n : { 1, 2, 3, 4, 12, 48, 49, 200 }) {
            QVector<NodeId> ids;
            for (int i = 1; i <= n; ++i)
                ids << NodeId(i);
            const double f = MonitorLayout::footprint(40);
            const QHash<NodeId, QPointF> at = MonitorLayout::place(ids, n <= MonitorLayout::kRingMax ? 1 : 0, f);
            QCOMPARE(at.size(), n);
            for (int a = 1; a <= n; ++a)
                for (int b = a + 1; b <= n; ++b) {
                    const QPointF d = at[a] - at[b];
                    QVERIFY2(std::hypot(d.x(), d.y()) >= 2 * f - 0.01,
                        qPrintable(QStringLiteral("%1 nodes: %2 and %3 overlap").arg(n).arg(a).arg(b)));
                }
        }
        // Slots do not overlap either.
        for (int a = 0; a < 200; ++a)
            for (int b = a + 1; b < 200; ++b) {
                const QPointF d = MonitorLayout::slotOffset(a) - MonitorLayout::slotOffset(b);
                QVERIFY(std::max(std::abs(d.x()), std::abs(d.y())) >= MonitorLayout::kSquare);
            }
        QVERIFY(MonitorLayout::footprint(200) > MonitorLayout::footprint(10));
    }
};

QTEST_MAIN(TestMonitorModel)
#include "tst_monitormodel.moc"
