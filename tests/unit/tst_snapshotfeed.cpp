// The collector's snapshot feed (issue 17): deltas applied in order give exactly the snapshot a
// whole one gives — over 500 random changes to a synthetic cluster here, and over 500 random steps
// of a running omsim cluster in tst_feed — through the binary encoding; a delta that does not
// follow on is refused; damaged bytes are an error, never a crash; a subscriber that stops reading
// costs the collector at most its queue's limit, and catches up from a whole snapshot.
#include "core/control/feed.h"
#include "core/model/snapshotdiff.h"
#include "core/model/snapshotfeed.h"
#include "support/snapshotcompare.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace omv;
using omv::test::compareSnapshots;

namespace
{

ProcessInfo process(QRandomGenerator& rng, NodeId home, int pid)
{
    ProcessInfo p;
    p.pid = pid;
    p.homeNode = p.node = home;
    p.uid = int(rng.bounded(3)) + 1000;
    p.user = QStringLiteral("user%1").arg(p.uid);
    p.name = QStringLiteral("job%1").arg(rng.bounded(50));
    p.argv = QStringList { p.name, QStringLiteral("--chunk"), QString::number(rng.bounded(1000)) };
    p.state = QLatin1Char("RST"[rng.bounded(3)]);
    p.cpuTicks = rng.bounded(100000);
    p.startTicks = rng.bounded(100000);
    p.rssBytes = qint64(rng.bounded(1 << 20)) * 4096;
    p.vsizeBytes = p.rssBytes * 2;
    p.nice = int(rng.bounded(40)) - 20;
    // Every field set, so that each one's way through the wire is checked.
    p.migrating = rng.bounded(10) == 0;
    p.cpuPercent = rng.bounded(2) ? -1 : rng.bounded(400.0);
    p.locked = rng.bounded(5) == 0;
    p.migrations = int(rng.bounded(4));
    if (rng.bounded(8) == 0)
        p.cantMove = QStringLiteral("uses shared memory (%1 segments)").arg(rng.bounded(3) + 1);
    p.sinceMs = rng.bounded(2) ? -1 : qint64(1'700'000'000'000) + qint64(rng.bounded(1'000'000));
    return p;
}

void sortProcesses(ClusterSnapshot& s)
{
    std::sort(s.processes.begin(), s.processes.end(), [](const ProcessInfo& a, const ProcessInfo& b) {
        return processKey(a.homeNode, a.pid) < processKey(b.homeNode, b.pid);
    });
}

// One random step: figures change, processes start, end, move, change state; a node goes down or
// comes back; errors come and go.
ClusterSnapshot step(const ClusterSnapshot& before, QRandomGenerator& rng, int* nextPid)
{
    ClusterSnapshot s = before;
    s.timeMs += 1000;
    s.sequence += 1;
    for (NodeSample& n : s.nodes) {
        n.loadRaw = rng.bounded(2000);
        n.loadPercent = double(rng.bounded(10000)) / 100.0;
        n.memFree = qint64(rng.bounded(1 << 20)) << 12;
        n.util = int(rng.bounded(101));
        if (rng.bounded(50) == 0)
            n.up = !n.up;
        if (rng.bounded(40) == 0)
            n.flags.quiet = rng.bounded(3) == 0 ? std::nullopt : std::optional<bool>(rng.bounded(2) == 0);
    }
    s.nodeErrors.clear();
    for (const NodeSample& n : s.nodes)
        if (!n.up)
            s.nodeErrors.insert(n.id, QStringLiteral("node %1 does not answer").arg(n.id));
    QVector<ProcessInfo> next;
    for (ProcessInfo p : s.processes) {
        const quint32 r = rng.bounded(100);
        if (r < 3)
            continue; // ended
        if (r < 8)
            p.node = s.nodes[int(rng.bounded(quint32(s.nodes.size())))].id; // moved (or home again)
        if (r < 30)
            p.cpuTicks += rng.bounded(200);
        if (r == 50)
            p.state = QLatin1Char('T');
        if (r == 51)
            p.argv << QStringLiteral("quoted \"arg\" and\nnewline");
        next << p;
    }
    const int born = int(rng.bounded(6));
    for (int i = 0; i < born; ++i)
        next << process(rng, s.nodes[int(rng.bounded(quint32(s.nodes.size())))].id, (*nextPid)++);
    s.processes = next;
    sortProcesses(s);
    s.guests.clear();
    for (const ProcessInfo& p : s.processes)
        if (p.isMigrated())
            s.guests << GuestProcess { p.node, p.pid + 100000, p.homeNode, QString(), p.pid };
    return s;
}

// Twelve nodes (one with a problem) and `processes` processes, sorted as a complete snapshot is.
ClusterSnapshot cluster(QRandomGenerator& rng, int processes, int* nextPid)
{
    ClusterSnapshot s;
    s.timeMs = 1700000000000;
    s.backend = QStringLiteral("openmosix");
    s.gateway = QStringLiteral("10.0.0.1");
    s.sequence = 1;
    for (int id = 1; id <= 12; ++id) {
        NodeSample n;
        n.id = id;
        n.addresses = QStringList { QStringLiteral("10.0.0.%1").arg(id) };
        n.up = true;
        n.cpus = id % 4 + 1;
        n.memTotal = qint64(id) << 30;
        n.speed = 10000;
        n.problems = id == 3 ? QStringList { QStringLiteral("hpc/nodes/3/load: line 1: not a number") } : QStringList();
        s.nodes << n;
    }
    for (int i = 0; i < processes; ++i)
        s.processes << process(rng, NodeId(1 + rng.bounded(12)), (*nextPid)++);
    sortProcesses(s);
    return s;
}

} // namespace

class TestSnapshotFeed : public QObject
{
    Q_OBJECT
private slots:
    void deltasInOrderGiveTheWholeSnapshot()
    {
        QRandomGenerator rng(17);
        int nextPid = 1000;
        ClusterSnapshot s = cluster(rng, 300, &nextPid);
        // The subscriber starts from a whole snapshot, then only deltas, each through the wire.
        QString error;
        std::optional<FeedMessage> first = decodeFeed(encodeFeed(feedFull(s, 1)), &error);
        QVERIFY2(first, qPrintable(error));
        ClusterSnapshot mirror = first->full;
        quint64 seq = first->sequence;
        compareSnapshots(mirror, s);
        qint64 deltaBytes = 0, fullBytes = 0;
        for (int k = 2; k <= 501; ++k) {
            const ClusterSnapshot next = step(s, rng, &nextPid);
            const QByteArray wire = encodeFeed(feedDelta(s, next, quint64(k - 1), quint64(k)));
            deltaBytes += wire.size();
            fullBytes += encodeFeed(feedFull(next, quint64(k))).size();
            const std::optional<FeedMessage> d = decodeFeed(wire, &error);
            QVERIFY2(d, qPrintable(error));
            QVERIFY2(applyFeedDelta(&mirror, &seq, *d, &error), qPrintable(error));
            QCOMPARE(seq, quint64(k));
            compareSnapshots(mirror, next);
            s = next;
        }
        // A delta is much smaller than the whole snapshot it stands for.
        QVERIFY2(deltaBytes * 3 < fullBytes, qPrintable(QStringLiteral("%1 vs %2").arg(deltaBytes).arg(fullBytes)));
    }

    void theFuzzersSeedsAreWholeMessages()
    {
        // scripts/fuzz.sh seeds its corpus from tests/data: these two are a whole snapshot and a
        // delta as the collector sends them, so that the fuzzer starts inside the feed's format
        // (its string table, the rows' block) instead of finding it by chance. They must still
        // read as what they were made from: a change to the format fails here until they are
        // written again (OMV_WRITE_FUZZ_SEEDS=1 ./build/tests/tst_snapshotfeed).
        QRandomGenerator rng(20261207);
        int nextPid = 300;
        ClusterSnapshot s = cluster(rng, 6, &nextPid);
        s.nodes.resize(4);
        for (ProcessInfo& p : s.processes)
            p.homeNode = p.node = NodeId(1 + p.pid % 4);
        sortProcesses(s);
        const ClusterSnapshot next = step(s, rng, &nextPid);
        const FeedMessage full = feedFull(s, 1), delta = feedDelta(s, next, 1, 2);
        const QString dir = QStringLiteral(OMV_SOURCE_DIR "/tests/data/fuzz/");
        if (qEnvironmentVariableIsSet("OMV_WRITE_FUZZ_SEEDS")) {
            QDir().mkpath(dir);
            for (const auto& [name, message] :
                { std::pair { "feed-full.bin", full }, std::pair { "feed-delta.bin", delta } }) {
                QFile f(dir + QLatin1String(name));
                QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
                f.write(encodeFeed(message));
            }
        }
        const auto read = [&](const char* name) -> std::optional<FeedMessage> {
            QFile f(dir + QLatin1String(name));
            if (!f.open(QIODevice::ReadOnly))
                return std::nullopt;
            const QByteArray bytes = f.readAll();
            // fuzz.sh gives the fuzzer a file's first 4,000 bytes, and only files under 8 KiB.
            if (bytes.size() > 4000)
                return std::nullopt;
            QString error;
            std::optional<FeedMessage> m = decodeFeed(bytes, &error);
            if (!m)
                qWarning("%s: %s", name, qPrintable(error));
            return m;
        };
        const std::optional<FeedMessage> readFull = read("feed-full.bin"), readDelta = read("feed-delta.bin");
        QVERIFY2(readFull && readDelta, "tests/data/fuzz: a seed is missing, too long or does not read");
        compareSnapshots(readFull->full, s);
        ClusterSnapshot mirror = readFull->full;
        quint64 seq = readFull->sequence;
        QString error;
        QVERIFY2(applyFeedDelta(&mirror, &seq, *readDelta, &error), qPrintable(error));
        compareSnapshots(mirror, next);
        QVERIFY(!readDelta->upserts.isEmpty() || !readDelta->removed.isEmpty());
    }

    void aSubscriberThatStopsReadingCostsAtMostItsQueue()
    {
        // The collector's end over real sockets, with a small limit: while a subscriber reads
        // nothing and 300 snapshots go out, no more than the limit (and the frame being sent)
        // ever waits for it — it loses its queue instead; reading again, it gets a whole
        // snapshot and follows on to exactly the last one published.
        QTemporaryDir dir;
        const QString db = dir.path() + QStringLiteral("/feed.db"); // the feed is named after a file
        QVERIFY(QFile(db).open(QIODevice::WriteOnly));
        control::FeedServer server;
        constexpr qint64 limit = 64 * 1024;
        server.setMaxQueuedBytes(limit);
        server.setIntervalMs(2000);
        QString error;
        qputenv("OMV_RUNTIME_DIR", QFile::encodeName(dir.path() + QStringLiteral("/run"))); // not /run
        const std::optional<control::SocketPaths> paths = control::claimSocketDir(db, &error);
        QVERIFY2(paths, qPrintable(error));
        QVERIFY2(server.listen(paths->feed, &error), qPrintable(error));
        control::FeedSubscriber sub;
        QVERIFY2(sub.connect(db, &error), qPrintable(error));
        QTRY_COMPARE(server.subscribers(), 1);
        QRandomGenerator rng(3);
        int nextPid = 1000;
        ClusterSnapshot s = cluster(rng, 2000, &nextPid);
        server.publish(s, 1, QByteArray());
        // A whole snapshot (shared by every subscriber) may be on its way besides the queue.
        qint64 most = 0, sent = 0, whole = control::feedFrame(feedFull(s, 1)).size();
        for (quint64 k = 2; k <= 300; ++k) {
            const ClusterSnapshot next = step(s, rng, &nextPid);
            // As the collector makes them: every message says its interval.
            FeedMessage delta = feedDelta(s, next, k - 1, k);
            delta.intervalMs = 2000;
            const QByteArray frame = control::feedFrame(delta);
            sent += frame.size();
            whole = qMax(whole, qint64(control::feedFrame(feedFull(next, k)).size()));
            server.publish(next, k, frame);
            most = qMax(most, server.mostQueuedBytes());
            s = next;
        }
        QVERIFY2(most <= limit + whole, qPrintable(QStringLiteral("%1 bytes waited").arg(most)));
        QVERIFY2(sent > 4 * (limit + whole), "the test sent too little to fill anything");
        QVERIFY(server.resets() > 0);
        ClusterSnapshot got;
        QElapsedTimer t;
        t.start();
        while (got.sequence != 300 && t.elapsed() < 10000)
            QVERIFY2(sub.next(&got, 1000, &error) || error.isEmpty(), qPrintable(error));
        QCOMPARE(got.sequence, quint64(300));
        compareSnapshots(got, s);
        QCOMPARE(sub.intervalMs(), 2000);
    }

    void aDeltaThatDoesNotFollowIsRefused()
    {
        ClusterSnapshot a;
        a.nodes << NodeSample();
        ClusterSnapshot b = a;
        b.timeMs = 5;
        quint64 seq = 7;
        QString error;
        ClusterSnapshot mirror = a;
        QVERIFY(!applyFeedDelta(&mirror, &seq, feedDelta(a, b, 5, 6), &error)); // missed number 6..7
        QVERIFY(error.contains(QLatin1String("follows snapshot 5")));
        QCOMPARE(seq, quint64(7));
        QCOMPARE(mirror.timeMs, qint64(0));
        QVERIFY(!applyFeedDelta(&mirror, &seq, feedFull(b, 8), &error));
    }

    void damagedBytesAreAnErrorNeverACrash()
    {
        ClusterSnapshot s;
        s.nodes << NodeSample();
        s.processes << ProcessInfo();
        s.processes[0].argv = QStringList { QStringLiteral("x") };
        const QByteArray wire = encodeFeed(feedFull(s, 3));
        QString error;
        for (int n = 0; n < wire.size(); ++n) // every truncation
            QVERIFY(!decodeFeed(wire.left(n), &error));
        QRandomGenerator rng(5);
        for (int i = 0; i < 2000; ++i) { // random flips: decoded or refused, within limits
            QByteArray bad = wire;
            bad[int(rng.bounded(quint32(bad.size())))] = char(rng.bounded(256));
            const std::optional<FeedMessage> m = decodeFeed(bad, &error);
            if (m)
                QVERIFY(m->full.processes.size() <= bad.size());
        }
        QVERIFY(!decodeFeed(QByteArray("not a feed at all"), &error));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotFeed)
#include "tst_snapshotfeed.moc"
