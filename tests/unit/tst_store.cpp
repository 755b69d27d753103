// The history store on a real SQLite file: schema, spans and migrations, up/down events, rollups
// against raw averages, retention over a synthetic month, the reader's queries, restarts.
#include "core/store/store.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <random>
#include <tuple>

#include <sys/stat.h>

#include <algorithm>
#include <limits>

using namespace omv;

namespace
{

constexpr qint64 kT0 = Q_INT64_C(1767225600000); // 2026-01-01 00:00:00 UTC

NodeSample node(NodeId id, bool up, double load, qint64 memUsed = 1 << 30)
{
    NodeSample n;
    n.id = id;
    n.addresses = QStringList { QStringLiteral("127.0.1.%1").arg(id) };
    n.up = up;
    if (up) {
        n.loadRaw = qint64(load * 2.5);
        n.loadPercent = load;
        n.speed = 10000;
        n.cpus = 1;
        n.memTotal = qint64(4) << 30;
        n.memFree = n.memTotal - memUsed;
        n.util = int(load);
    }
    return n;
}

ProcessInfo proc(NodeId home, int pid, NodeId where, const QString& user = QStringLiteral("alice"),
    const QString& cmd = QStringLiteral("lame track.wav"))
{
    ProcessInfo p;
    p.homeNode = home;
    p.pid = pid;
    p.node = where;
    p.user = user;
    p.uid = 1000;
    p.argv = cmd.split(QLatin1Char(' '));
    p.name = p.argv.first();
    return p;
}

ClusterSnapshot snap(qint64 ts, QVector<NodeSample> nodes, QVector<ProcessInfo> procs = {})
{
    ClusterSnapshot s;
    s.timeMs = ts;
    s.backend = QStringLiteral("openmosix");
    s.nodes = nodes;
    s.processes = procs;
    return s;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.path() + QStringLiteral("/h%1.db").arg(++m_n); }

private slots:
    void createdPrivateWithSchema()
    {
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY2(w.open(path, &error), qPrintable(error));
        struct stat st {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        w.close();
        StoreReader r;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        QFile junk(m_dir.path() + QStringLiteral("/junk.db"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not sqlite");
        junk.close();
        StoreReader bad;
        QVERIFY(!bad.open(junk.fileName(), &error));
        QVERIFY(!bad.open(m_dir.path() + QStringLiteral("/none.db"), &error));
        QVERIFY(error.contains(QLatin1String("no such database")));
    }
    void symlinkIsNotFollowed()
    {
        const QString target = m_dir.path() + QStringLiteral("/victim");
        QFile v(target);
        QVERIFY(v.open(QIODevice::WriteOnly));
        v.write("precious");
        v.close();
        const QString link = m_dir.path() + QStringLiteral("/planted.db");
        QVERIFY(QFile::link(target, link));
        StoreWriter w;
        QString error;
        QVERIFY(!w.open(link, &error));
        QFile check(target);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("precious"));
    }
    void secondWriterRefused()
    {
        const QString path = freshPath();
        StoreWriter a, b;
        QString error;
        QVERIFY(a.open(path, &error));
        QVERIFY(!b.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("another collector")), qPrintable(error));
        a.close();
        QVERIFY2(b.open(path, &error), qPrintable(error)); // free again once the first is gone
    }
    void rotateKeepsEveryRowOnce()
    {
        // A raw Impl* made copies share and double-free it: the writer must not be copyable.
        static_assert(!std::is_copy_constructible_v<StoreWriter> && !std::is_copy_assignable_v<StoreWriter>);
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        const QVector<NodeSample> up2 { node(1, true, 50), node(2, true, 10) };
        QVERIFY(w.record(snap(kT0, up2, { proc(1, 100, 1) }), &error));
        QVERIFY(w.record(snap(kT0 + 1000, up2, { proc(1, 100, 2) }), &error));
        // A reader in the middle of a read while the file rotates.
        sql::Database reader;
        QVERIFY(reader.open(path, sql::Database::Mode::ReadOnly));
        sql::Statement held = reader.prepare("SELECT ts FROM node_sample");
        QVERIFY(held.step());
        // A copy that cannot be made changes nothing and leaves nothing behind.
        QVERIFY(!w.rotate(m_dir.path() + QStringLiteral("/no/such/dir/old.db"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(w.record(snap(kT0 + 2000, up2, { proc(1, 100, 2) }), &error));
        const QString old = freshPath();
        QVERIFY2(w.rotate(old, &error), qPrintable(error));
        QVERIFY(w.record(snap(kT0 + 3000, up2, { proc(1, 100, 2) }), &error));
        held.reset();
        w.close();
        auto times = [](const QString& file) {
            QList<qint64> out;
            sql::Database d;
            d.open(file, sql::Database::Mode::ReadOnly);
            for (sql::Statement q = d.prepare("SELECT DISTINCT ts FROM node_sample ORDER BY ts"); q.step();)
                out << q.int64(0);
            return out;
        };
        QCOMPARE(times(old), (QList<qint64> { kT0, kT0 + 1000, kT0 + 2000 }));
        QCOMPARE(times(path), (QList<qint64> { kT0 + 3000 }));
        QCOMPARE(QFileInfo(old).permissions()
                & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser),
            QFileDevice::Permissions());
        StoreReader r;
        QVERIFY(r.open(old, &error));
        QCOMPARE(r.migrations(0, kT0 * 2).size(), 1);
        QVERIFY(r.open(path, &error));
        QCOMPARE(r.migrations(0, kT0 * 2).size(), 0);
        // The live file starts afresh: the process that lasts is open again there.
        QCOMPARE(r.processesAt(kT0 + 3000).size(), 1);
    }
    void spansMigrationsAndCauses()
    {
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        const QVector<NodeSample> up2 { node(1, true, 50), node(2, true, 10) };
        QVERIFY(w.record(
            snap(kT0, up2, { proc(1, 100, 1), proc(1, 200, 1, QStringLiteral("bob"), QStringLiteral("make -j4")) }),
            &error));
        QVERIFY(w.record(snap(kT0 + 5000, up2,
                             { proc(1, 100, 2), proc(1, 200, 1, QStringLiteral("bob"), QStringLiteral("make -j4")) }),
            &error));
        QVERIFY(w.recordCommand(kT0 + 7000, Command::migrateHome(1, 100), QStringLiteral("migrate 100 home"), QString(),
            true, QStringLiteral("admin"), QStringLiteral("test"), &error));
        QVERIFY(w.record(snap(kT0 + 10000, up2,
                             { proc(1, 100, 1), proc(1, 200, 1, QStringLiteral("bob"), QStringLiteral("make -j4")) }),
            &error));
        QVERIFY(w.record(
            snap(kT0 + 15000, up2, { proc(1, 200, 1, QStringLiteral("bob"), QStringLiteral("make -j4")) }), &error));
        w.close();

        StoreReader r;
        QVERIFY(r.open(path, &error));
        const QVector<MigrationRow> m = r.migrations(kT0, kT0 + 60000);
        QCOMPARE(m.size(), 2);
        QCOMPARE(m[0].ts, kT0 + 5000);
        QCOMPARE(m[0].from, 1);
        QCOMPARE(m[0].to, 2);
        QCOMPARE(m[0].cause, QStringLiteral("balancer"));
        QCOMPARE(m[1].cause, QStringLiteral("admin"));
        QCOMPARE(m[1].to, 1);
        // Reported after a sample had seen the move: the move is the command's all the same, while
        // a move elsewhere stays the balancer's.
        const QString latePath = freshPath();
        StoreWriter w2;
        QVERIFY(w2.open(latePath, &error));
        QVERIFY(w2.record(snap(kT0, up2, { proc(1, 100, 1), proc(1, 200, 1) }), &error));
        QVERIFY(w2.record(snap(kT0 + 1000, up2, { proc(1, 100, 2), proc(1, 200, 2) }), &error));
        QVERIFY(w2.recordCommand(kT0 + 1500, Command::migrate(1, 100, 2), QStringLiteral("migrate 100 2"), QString(),
            true, QStringLiteral("admin"), QStringLiteral("test"), &error));
        QVERIFY(w2.recordCommand(kT0 + 1500, Command::migrate(1, 200, 3), QStringLiteral("migrate 200 3"), QString(),
            true, QStringLiteral("admin"), QStringLiteral("test"), &error));
        w2.close();
        StoreReader r2;
        QVERIFY(r2.open(latePath, &error));
        const QVector<MigrationRow> m2 = r2.migrations(kT0, kT0 + 60000);
        QCOMPARE(m2.size(), 2);
        for (const MigrationRow& row : m2)
            QCOMPARE(row.cause, row.pid == 100 ? QStringLiteral("admin") : QStringLiteral("balancer"));
        auto at = [&](qint64 t) { return r.processesAt(t); };
        QCOMPARE(at(kT0 - 1).size(), 0);
        QCOMPARE(at(kT0).size(), 2);
        QCOMPARE(at(kT0 + 4999)[0].node, 1);
        QCOMPARE(at(kT0 + 5000)[0].node, 2);
        QCOMPARE(at(kT0 + 9999)[0].node, 2);
        QCOMPARE(at(kT0 + 10000)[0].node, 1);
        QCOMPARE(at(kT0 + 14999).size(), 2);
        const QVector<SpanRow> late = at(kT0 + 15000);
        QCOMPARE(late.size(), 1);
        QCOMPARE(late[0].pid, 200);
        QCOMPARE(late[0].endTs, -1);
        QCOMPARE(late[0].command, QStringLiteral("make -j4"));
        QCOMPARE(r.processesAt(kT0 + 1000, { QStringLiteral("bob"), 0, QString() }).size(), 1);
        QCOMPARE(r.processesAt(kT0 + 6000, { QString(), 2, QString() }).size(), 1);
        QCOMPARE(r.processesAt(kT0 + 6000, { QString(), 0, QStringLiteral("lame") }).size(), 1);
        const QVector<EventRow> ev = r.events(kT0, kT0 + 60000);
        QCOMPARE(ev.size(), 1);
        QCOMPARE(ev[0].kind, QStringLiteral("command"));
        QCOMPARE(ev[0].actor, QStringLiteral("admin"));
        QVERIFY(ev[0].detail.contains(QLatin1String("migrate 100 home")));
        QVERIFY2(ev[0].detail.endsWith(QLatin1String(" | via test")), qPrintable(ev[0].detail));
    }
    void snapshotsThatLeaveOutUnchangedHomes()
    {
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        const QVector<NodeSample> up3 { node(1, true, 10), node(2, true, 10), node(3, true, 10) };
        ClusterSnapshot full = snap(kT0, up3, { proc(1, 100, 1), proc(2, 200, 2), proc(2, 201, 3), proc(3, 300, 3) });
        full.sequence = 7;
        QVERIFY(w.record(full, &error));
        // Homes 1 and 3 unchanged; on home 2, 200 moved and 201 ended; listed out of order.
        ClusterSnapshot delta = snap(kT0 + 1000, up3, { proc(2, 202, 2), proc(2, 200, 1) });
        delta.sequence = 8;
        delta.unchangedSince = 7;
        delta.unchangedHomes = { 1, 3 };
        QVERIFY(w.record(delta, &error));
        QVERIFY(!w.wantsFullSnapshot());
        // A snapshot that builds on one never recorded here: nothing of the unchanged homes is
        // taken for ended, and a full one is asked for.
        ClusterSnapshot stray = snap(kT0 + 2000, up3, {});
        stray.sequence = 20;
        stray.unchangedSince = 19;
        stray.unchangedHomes = { 1, 2, 3 };
        QVERIFY(w.record(stray, &error));
        QVERIFY(w.wantsFullSnapshot());
        QVERIFY(!w.wantsFullSnapshot()); // said once
        w.close();

        StoreReader r;
        QVERIFY(r.open(path, &error));
        auto placed = [&](qint64 t) {
            QStringList out;
            for (const SpanRow& row : r.processesAt(t))
                out << QStringLiteral("%1/%2@%3").arg(row.home).arg(row.pid).arg(row.node);
            out.sort();
            return out;
        };
        QCOMPARE(placed(kT0),
            (QStringList { QStringLiteral("1/100@1"), QStringLiteral("2/200@2"), QStringLiteral("2/201@3"),
                QStringLiteral("3/300@3") }));
        const QStringList after { QStringLiteral("1/100@1"), QStringLiteral("2/200@1"), QStringLiteral("2/202@2"),
            QStringLiteral("3/300@3") };
        QCOMPARE(placed(kT0 + 1000), after);
        QCOMPARE(placed(kT0 + 2500), after);
        const QVector<MigrationRow> m = r.migrations(kT0, kT0 + 60000);
        QCOMPARE(m.size(), 1);
        QCOMPARE(m[0].pid, 200);
        QCOMPARE(m[0].to, 1);
    }
    void upDownEventsAndSilentNodes()
    {
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        QVERIFY(w.record(snap(kT0, { node(1, true, 10), node(2, true, 10) }, { proc(2, 300, 2) }), &error));
        const auto silent = [](qint64 ts) {
            ClusterSnapshot s = snap(ts, { node(1, true, 10), node(2, true, 10) });
            s.nodeErrors.insert(2, QStringLiteral("ssh: connection refused"));
            return s;
        };
        // One missed interval is doubt, not an outage: no event, its process not taken for ended.
        QVERIFY(w.record(silent(kT0 + 5000), &error));
        QVERIFY(w.record(snap(kT0 + 10000, { node(1, true, 10), node(2, true, 10) }, { proc(2, 300, 2) }), &error));
        // Two in a row: down as of the first.
        QVERIFY(w.record(silent(kT0 + 15000), &error));
        QVERIFY(w.record(silent(kT0 + 20000), &error));
        QVERIFY(w.record(snap(kT0 + 25000, { node(1, true, 10), node(2, false, 0) }), &error));
        QVERIFY(w.record(snap(kT0 + 30000, { node(1, true, 10), node(2, true, 10) }, { proc(2, 300, 2) }), &error));
        // Down in the kernel's table: at once.
        QVERIFY(w.record(snap(kT0 + 35000, { node(1, true, 10), node(2, false, 0) }), &error));
        w.close();
        StoreReader r;
        QVERIFY(r.open(path, &error));
        const QVector<EventRow> ev = r.events(kT0, kT0 + 60000);
        QCOMPARE(ev.size(), 3);
        QCOMPARE(ev[0].kind, QStringLiteral("down"));
        QCOMPARE(ev[0].node, 2);
        QCOMPARE(ev[0].ts, kT0 + 15000);
        QVERIFY2(ev[0].detail.contains(QLatin1String("connection refused")), qPrintable(ev[0].detail));
        QVERIFY2(ev[0].detail.contains(QLatin1String("2 interval")), qPrintable(ev[0].detail));
        QCOMPARE(ev[1].kind, QStringLiteral("up"));
        QCOMPARE(ev[1].ts, kT0 + 30000);
        QCOMPARE(ev[2].kind, QStringLiteral("down"));
        QCOMPARE(ev[2].ts, kT0 + 35000);
        QVERIFY(ev[2].detail.contains(QLatin1String("kernel")));
        // Silent, its process stays; down in the kernel table at 25 s: its process ended then.
        QCOMPARE(r.processesAt(kT0 + 7000).size(), 1);
        QCOMPARE(r.processesAt(kT0 + 22000).size(), 1);
        QCOMPARE(r.processesAt(kT0 + 27000).size(), 0);
        QCOMPARE(r.processesAt(kT0 + 30000).size(), 1);
    }
    void rollupsEqualRawAverages()
    {
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        // Two hours at 5 s for three nodes, loads that vary, one node down for a while.
        for (qint64 t = 0; t < 2 * 3600 * 1000; t += 5000) {
            const double a = 50 + 40 * std::sin(double(t) / 600000.0);
            const bool up3 = t < 1800000 || t > 2400000;
            QVERIFY(w.record(
                snap(kT0 + t, { node(1, true, a), node(2, true, 100 - a, (t / 5000) << 20), node(3, up3, 30) }),
                &error));
        }
        w.close();
        sql::Database db;
        QVERIFY(db.open(path, sql::Database::Mode::ReadOnly));
        for (int tier : { 60, 600, 3600 }) {
            sql::Statement q = db.prepare("SELECT r.node_id, r.ts, r.load_avg, r.load_min, r.load_max, r.mem_avg, "
                                          "(SELECT avg(load) FROM node_sample s WHERE s.node_id = r.node_id AND s.up "
                                          "AND s.ts >= r.ts AND s.ts < r.ts + ?1 * 1000), "
                                          "(SELECT min(load) FROM node_sample s WHERE s.node_id = r.node_id AND s.up "
                                          "AND s.ts >= r.ts AND s.ts < r.ts + ?1 * 1000), "
                                          "(SELECT max(load) FROM node_sample s WHERE s.node_id = r.node_id AND s.up "
                                          "AND s.ts >= r.ts AND s.ts < r.ts + ?1 * 1000), "
                                          "(SELECT avg(mem_used) FROM node_sample s WHERE s.node_id = r.node_id AND "
                                          "s.up AND s.ts >= r.ts AND s.ts < r.ts + ?1 * 1000) "
                                          "FROM rollup r WHERE r.tier = ?1");
            q.bind(1, qint64(tier));
            int rows = 0;
            while (q.step()) {
                ++rows;
                QVERIFY2(qAbs(q.real(2) - q.real(6)) < 1e-9,
                    qPrintable(QStringLiteral("tier %1 node %2 ts %3").arg(tier).arg(q.int64(0)).arg(q.int64(1))));
                QCOMPARE(q.real(3), q.real(7));
                QCOMPARE(q.real(4), q.real(8));
                QVERIFY(qAbs(q.real(5) - q.real(9)) < 1e-3);
            }
            // Every bucket of every node that was up in it (node 3 misses some while down).
            const int buckets = 2 * 3600 / tier;
            QVERIFY2(rows >= 2 * buckets && rows <= 3 * buckets,
                qPrintable(QStringLiteral("tier %1: %2 rows").arg(tier).arg(rows)));
        }
    }
    void aSnapshotThatCouldNotBeWrittenIsWrittenWholeLater()
    {
        // The collector keeps a snapshot it could not write and hands it over again: what the
        // failed attempt did must not count (no lost down event, no sample counted twice).
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        QVERIFY(w.record(snap(kT0, { node(1, true, 20), node(2, true, 20) }), &error));
        // Node 2 goes down while node 1 starts 3,000 processes: more than the file may grow by.
        QVector<ProcessInfo> many;
        for (int pid = 1; pid <= 3000; ++pid)
            many << proc(1, pid, 1);
        const ClusterSnapshot down = snap(kT0 + 5000, { node(1, true, 40), node(2, false, 0) }, many);
        sql::Statement pages = w.database().prepare("PRAGMA page_count");
        QVERIFY(pages.step());
        QVERIFY(w.database().exec(qPrintable(QStringLiteral("PRAGMA max_page_count = %1").arg(pages.int64(0) + 2))));
        QVERIFY(!w.record(down, &error)); // the disk is full half way through the transaction
        QVERIFY2(error.contains(QLatin1String("full")), qPrintable(error));
        QVERIFY(w.database().exec("PRAGMA max_page_count = 1073741823")); // room again
        QVERIFY2(w.record(down, &error), qPrintable(error));
        QVERIFY(w.record(snap(kT0 + 10000, { node(1, true, 60), node(2, true, 20) }), &error));
        QVERIFY(w.record(snap(kT0 + 65000, { node(1, true, 20), node(2, true, 20) }), &error)); // closes the minute
        w.close();
        StoreReader r;
        QVERIFY(r.open(path, &error));
        QStringList seen;
        for (const EventRow& e : r.events(kT0, kT0 + 60000))
            seen << QStringLiteral("%1 %2 %3").arg(e.kind).arg(e.node).arg(e.ts - kT0);
        QCOMPARE(seen, QStringList({ QStringLiteral("down 2 5000"), QStringLiteral("up 2 10000") }));
        sql::Database db;
        QVERIFY(db.open(path, sql::Database::Mode::ReadOnly));
        sql::Statement minute = db.prepare("SELECT n, load_avg FROM rollup WHERE tier = 60 AND node_id = 1 AND ts = ?");
        minute.bind(1, kT0);
        QVERIFY(minute.step());
        QCOMPARE(minute.int64(0), 3); // 20, 40, 60: the retried sample once
        QCOMPARE(minute.real(1), 40.0);
        QCOMPARE(r.processesAt(kT0 + 7000).size(), 3000);
    }
    void restartResumesSpansAndBuckets()
    {
        const QString path = freshPath();
        QString error;
        {
            StoreWriter w;
            QVERIFY(w.open(path, &error));
            for (qint64 t = 0; t < 30000; t += 5000)
                QVERIFY(w.record(snap(kT0 + t, { node(1, true, 20) }, { proc(1, 100, 1) }), &error));
        } // closed: a collector that stopped
        {
            StoreWriter w;
            QVERIFY(w.open(path, &error));
            for (qint64 t = 30000; t < 90000; t += 5000)
                QVERIFY(w.record(snap(kT0 + t, { node(1, true, t < 60000 ? 20 : 80) }, { proc(1, 100, 1) }), &error));
        }
        sql::Database db;
        QVERIFY(db.open(path, sql::Database::Mode::ReadOnly));
        sql::Statement spans = db.prepare("SELECT count(*) FROM process_span");
        QVERIFY(spans.step());
        QCOMPARE(spans.int64(0), 1); // the same stay, not a new one after the restart
        sql::Statement minute = db.prepare("SELECT n, load_avg FROM rollup WHERE tier = 60 AND ts = ?");
        minute.bind(1, kT0);
        QVERIFY(minute.step());
        QCOMPARE(minute.int64(0), 12); // 6 samples before and 6 after the restart
        QCOMPARE(minute.real(1), 20.0);
    }
    void clusterRowsMatchTheNodes()
    {
        // The cluster's rows written as it goes give what the node tables give, per interval and
        // over a tier: mean load of the up nodes, min and max, memory in all, nodes up.
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        for (int i = 0; i < 600; ++i) { // 20 minutes at 2 s
            const bool twoUp = i % 10 != 0;
            QVERIFY(w.record(snap(kT0 + i * 2000,
                                 { node(1, true, 10 + i % 7, qint64(1) << 30),
                                     node(2, twoUp, 60 + i % 5, qint64(2) << 30), node(3, true, 30, qint64(3) << 29) },
                                 { proc(1, 100 + i / 50, 1 + i / 100 % 3) }),
                &error));
        }
        w.close();
        StoreReader r;
        QVERIFY(r.open(path, &error));
        const qint64 to = kT0 + 600 * 2000;
        for (int points : { 20, 600 }) {
            const QVector<SeriesPoint> c = r.clusterSeries(kT0, to, points);
            QCOMPARE(c.size(), points);
            sql::Database d;
            QVERIFY(d.open(path, sql::Database::Mode::ReadOnly));
            for (const SeriesPoint& p : c) {
                const qint64 pto = p.ts + (to - kT0) / points;
                sql::Statement q
                    = d.prepare("SELECT avg(CASE WHEN up THEN load END), min(CASE WHEN up THEN load END), "
                                "max(CASE WHEN up THEN load END), sum(mem_used) * 1.0 / count(DISTINCT ts), "
                                "sum(up) * 1.0 / count(*) FROM node_sample WHERE ts >= ? AND ts < ?");
                q.bind(1, p.ts).bind(2, pto);
                QVERIFY(q.step());
                QVERIFY2(qAbs(p.loadAvg - q.real(0)) < 1e-9,
                    qPrintable(QStringLiteral("%1 %2").arg(p.loadAvg).arg(q.real(0))));
                QCOMPARE(p.loadMin, q.real(1));
                QCOMPARE(p.loadMax, q.real(2));
                QVERIFY(qAbs(p.memAvg - q.real(3)) < 1);
                QVERIFY(qAbs(p.upFraction - q.real(4)) < 1e-9);
                QCOMPARE(p.processes, 1.0);
            }
            qint64 moves = 0;
            for (const SeriesPoint& p : c)
                moves += p.migrations;
            QCOMPARE(moves, qint64(r.migrations(kT0, to).size()));
        }
    }
    void upgradesAVersion1FileInPlace()
    {
        // A file the first collector wrote (tests/data/store/history-v1.db, schema version 1).
        const QString path = freshPath();
        QVERIFY(QFile::copy(QStringLiteral(OMV_SOURCE_DIR "/tests/data/store/history-v1.db"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QString error;
        // An old file read-only (a rotated one): it opens, and its cluster series comes from the nodes.
        StoreReader old;
        QVERIFY2(old.open(path, &error), qPrintable(error));
        const QVector<SeriesPoint> before = old.clusterSeries(0, Q_INT64_C(1800000000000), 1);
        QCOMPARE(before.size(), 1);
        const int migrationsBefore = old.migrations(0, Q_INT64_C(1) << 42).size();
        QVERIFY(migrationsBefore > 0);
        // Its statistics, the cluster's included, from the node tables.
        const RangeStats oldStats = old.statistics(0, Q_INT64_C(1800000000000));
        QVERIFY(oldStats.cluster.samples > 0);
        QVERIFY(oldStats.cluster.loadMean >= 0);
        old.close();
        StoreWriter w;
        QVERIFY2(w.open(path, &error), qPrintable(error));
        sql::Database& db = w.database();
        QCOMPARE(store::schemaVersion(db).version, store::kSchemaVersion);
        sql::Statement n = db.prepare("SELECT count(*), sum(migrations) FROM cluster_sample");
        QVERIFY(n.step());
        QVERIFY(n.int64(0) > 0);
        QCOMPARE(n.int64(1), qint64(migrationsBefore));
        n.reset();
        // It goes on recording into the upgraded file.
        QVERIFY2(w.record(snap(Q_INT64_C(1900000000000), { node(1, true, 10) }), &error), qPrintable(error));
        w.close();
        StoreReader r;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        const QVector<SeriesPoint> after = r.clusterSeries(0, Q_INT64_C(1800000000000), 1);
        QCOMPARE(after.size(), 1);
        QVERIFY(qAbs(after[0].loadAvg - before[0].loadAvg) < 1e-9);
        QCOMPARE(after[0].loadMax, before[0].loadMax);
    }
    void upgradesAVersion2FileAndSaysWhatItCannotKnow()
    {
        // Two hours at 10 s of two nodes; the first hour's raw samples aged out. A version 2 file
        // keeps no per-interval figure of the cluster in its summaries: read as it is, the
        // cluster's extremes over the summarised hour are unknown (not the bucket averages); a
        // writer's upgrade fills the buckets whose intervals are still raw, exactly as a version 3
        // writer would have, and leaves the older ones unknown.
        const QString path = freshPath(), fresh = freshPath();
        QString error;
        const qint64 minute = 60000;
        for (const QString& p : { path, fresh }) {
            StoreWriter w;
            QVERIFY(w.open(p, &error));
            for (qint64 t = 0; t < 120 * minute; t += 10000) {
                const double a = double((t / 10000) % 17) * 9.5, b = t % 70000 == 0 ? 310 : 20;
                QVERIFY(w.record(snap(kT0 + t, { node(1, true, a), node(2, (t / minute) % 13 != 5, b) }), &error));
            }
            Retention keep;
            keep.rawMs = 60 * minute; // the first hour goes
            QVERIFY(w.applyRetention(kT0 + 120 * minute, keep, &error));
        }
        {
            sql::Database d;
            QVERIFY(d.open(path, sql::Database::Mode::ReadWrite));
            for (const char* c : { "live_n", "mean_sum", "mean_min", "mean_max", "live_mem_sum", "live_mem_min",
                     "live_mem_max", "mem_total_sum" })
                QVERIFY2(d.exec(QByteArray("ALTER TABLE cluster_rollup DROP COLUMN ").append(c).constData()),
                    qPrintable(d.lastError()));
            QVERIFY(d.exec("ALTER TABLE rollup DROP COLUMN mem_total"));
            QVERIFY(d.exec("DROP TABLE process_log; DROP TABLE process_sample;"));
            QVERIFY(d.exec("UPDATE meta SET value = '2' WHERE key = 'schema_version'"));
            QVERIFY(d.exec("UPDATE meta SET value = '1' WHERE key = 'schema_major'"));
        }
        StoreReader r;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        RangeStats st = r.statistics(kT0, kT0 + 120 * minute, 75);
        QCOMPARE(st.tier, 60);
        QVERIFY(!st.clusterExtremesKnown);
        QCOMPARE(st.cluster.loadMax, -1.0);
        QVERIFY(st.cluster.loadMean > 0);
        QCOMPARE(st.nodes[1].loadMax, 310.0); // the nodes' summaries keep their extremes
        r.close();
        {
            StoreWriter w;
            QVERIFY2(w.open(path, &error), qPrintable(error));
            QCOMPARE(store::schemaVersion(w.database()).version, store::kSchemaVersion);
        }
        // Buckets whose intervals are all still raw: as a version 3 writer wrote them.
        auto rows = [](const QString& file, bool filled) {
            sql::Database d;
            d.open(file, sql::Database::Mode::ReadOnly);
            sql::Statement q = d.prepare(filled
                    ? "SELECT tier, ts, live_n, mean_sum, mean_min, mean_max, live_mem_sum, live_mem_min, "
                      "live_mem_max FROM cluster_rollup WHERE live_n IS NOT NULL ORDER BY tier, ts"
                    : "SELECT tier, ts FROM cluster_rollup WHERE live_n IS NULL ORDER BY tier, ts");
            QStringList out;
            while (q.step()) {
                QStringList row;
                for (int c = 0; c < (filled ? 9 : 2); ++c)
                    row << QString::number(q.real(c), 'g', 17);
                out << row.join(QLatin1Char(' '));
            }
            return out;
        };
        const QStringList upgraded = rows(path, true), written = rows(fresh, true);
        QVERIFY(!upgraded.isEmpty());
        for (const QString& row : upgraded)
            QVERIFY2(written.contains(row), qPrintable(row));
        // The first hour's minutes (their intervals gone) stay unknown, and so do the hour and the
        // ten minutes that began before the raw samples did.
        const QStringList unknown = rows(path, false);
        QVERIFY(unknown.size() >= 60);
        QVERIFY(rows(fresh, false).isEmpty());
        QVERIFY2(r.open(path, &error), qPrintable(error));
        st = r.statistics(kT0, kT0 + 120 * minute, 75);
        QVERIFY(!st.clusterExtremesKnown);
        // The second hour alone is raw: exact, and known.
        st = r.statistics(kT0 + 61 * minute, kT0 + 120 * minute, 75);
        QCOMPARE(st.tier, 0);
        QVERIFY(st.clusterExtremesKnown);
        QVERIFY(st.cluster.loadMax > 0);
    }
    void bucketedRowsEqualTheSeriesQueries()
    {
        // A day at 60 s of three nodes (node 3 down for 47 minutes): a viewer's own buckets of
        // the rows as stored equal the series query of the same tier, at every tier.
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        const qint64 minute = 60000, day = 24 * 60 * minute;
        for (qint64 t = 0; t < day; t += minute) {
            QVector<NodeSample> nodes;
            for (int i = 1; i <= 3; ++i) {
                const bool up = !(i == 3 && t >= 600 * minute && t < 647 * minute);
                nodes << node(i, up, std::fmod(double(t / minute) * (i + 1) * 7.3, 100.0), qint64(i) << 28);
            }
            QVERIFY2(w.record(snap(kT0 + t, nodes), &error), qPrintable(error));
        }
        w.close();
        StoreReader r;
        QVERIFY(r.open(path, &error));
        struct Case {
            int tier;
            qint64 from, to;
            int points;
        };
        const Case cases[] = { { 0, kT0 + 605 * minute + 7000, kT0 + 630 * minute, 40 },
            { 60, kT0 + 3 * 60 * minute + 1234, kT0 + 9 * 60 * minute, 300 }, { 600, kT0, kT0 + day, 100 },
            { 3600, kT0 + 1000, kT0 + day, 20 } };
        for (const Case& c : cases) {
            QCOMPARE(StoreReader::tierFor(c.to - c.from, c.points), c.tier);
            const auto fromSql = r.allNodeSeries(c.from, c.to, c.points);
            const qint64 width = std::max<qint64>(1000, qint64(c.tier) * 1000);
            const auto rows = r.nodeRows(c.tier, c.from / width * width, c.to);
            QCOMPARE(rows.size(), 3);
            for (NodeId n : { 1, 2, 3 }) {
                const QVector<SeriesPoint> mine = StoreReader::bucket(rows.value(n), c.tier, c.from, c.to, c.points);
                const QVector<SeriesPoint> theirs = fromSql.value(n);
                QCOMPARE(mine.size(), theirs.size());
                QVERIFY(!mine.isEmpty());
                for (int i = 0; i < mine.size(); ++i) {
                    const SeriesPoint &a = mine[i], &b = theirs[i];
                    QCOMPARE(a.ts, b.ts);
                    QCOMPARE(a.samples, b.samples);
                    QVERIFY2(qAbs(a.loadAvg - b.loadAvg) < 1e-9 && qAbs(a.upFraction - b.upFraction) < 1e-12,
                        qPrintable(QStringLiteral("tier %1 node %2 point %3: %4 vs %5")
                                       .arg(c.tier)
                                       .arg(n)
                                       .arg(i)
                                       .arg(a.loadAvg)
                                       .arg(b.loadAvg)));
                    QCOMPARE(a.loadMin, b.loadMin);
                    QCOMPARE(a.loadMax, b.loadMax);
                    QVERIFY(qAbs(a.memAvg - b.memAvg) <= 1e-9 * std::max(1.0, b.memAvg));
                    QCOMPARE(a.memMin, b.memMin);
                    QCOMPARE(a.memMax, b.memMax);
                }
            }
        }
    }
    void anInterruptWhileNoStatementRunsStillHolds()
    {
        // The history reader interrupts whatever runs on its thread; between two statements (a
        // statistics run is several) nothing runs, and an interrupt then must still stop the
        // statements that follow until it is reset (it went unseen: the next step ran whole).
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        for (qint64 t = 0; t < 600000; t += 10000)
            QVERIFY(w.record(snap(kT0 + t, { node(1, true, 50) }), &error));
        w.close();
        StoreReader r;
        QVERIFY(r.open(path, &error));
        QCOMPARE(r.nodeSeries(1, kT0, kT0 + 600000, 10).size(), 10);
        r.interrupt();
        QVERIFY(r.nodeSeries(1, kT0, kT0 + 600000, 10).isEmpty());
        r.resetInterrupt();
        QCOMPARE(r.nodeSeries(1, kT0, kT0 + 600000, 10).size(), 10);
    }
    void momentAtEqualsTheTruth()
    {
        // 20 minutes at 10 s of three nodes (node 3 down from sample 40 to 59); ten processes
        // that start, move (by the balancer, and one by an admin) and end at known samples. At
        // any moment the cluster is the last sample at or before it: the truth to compare with.
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        const int samples = 120;
        auto truth = [](int i) {
            QVector<NodeSample> nodes;
            for (int n = 1; n <= 3; ++n)
                nodes << node(
                    n, !(n == 3 && i >= 40 && i < 60), double((i * 7 + n * 11) % 100), qint64(100 + i + n) << 20);
            QVector<ProcessInfo> procs;
            for (int k = 0; k < 10; ++k) {
                const int born = k * 7, dies = 60 + k * 6; // alive in [born, dies)
                if (i < born || i >= dies)
                    continue;
                const NodeId home = NodeId(1 + k % 3);
                // Away from home for a stretch of ten samples, then back.
                const bool away = i >= born + 5 && i < born + 15;
                NodeId where = away ? NodeId(1 + (k + 1) % 3) : home;
                if (where == 3 && i >= 40 && i < 60)
                    where = home; // nothing runs on the node that is down
                procs << proc(home, 100 + k, where, k % 2 ? QStringLiteral("bob") : QStringLiteral("alice"),
                    QStringLiteral("job%1 --step").arg(k));
            }
            std::sort(procs.begin(), procs.end(), [](const ProcessInfo& a, const ProcessInfo& b) {
                return std::make_pair(a.homeNode, a.pid) < std::make_pair(b.homeNode, b.pid);
            });
            return snap(kT0 + qint64(i) * 10000, nodes, procs);
        };
        for (int i = 0; i < samples; ++i) {
            if (i == 36) // an admin sends process 103 home just before the sample that shows it there
                QVERIFY(w.recordCommand(kT0 + 355000, Command::migrateHome(1, 103), QStringLiteral("migrate 103 home"),
                    QString(), true, QStringLiteral("root"), QString(), &error));
            QVERIFY2(w.record(truth(i), &error), qPrintable(error));
        }
        w.close();
        StoreReader r;
        QVERIFY(r.open(path, &error));
        QCOMPARE(r.momentAt(kT0 - 1).sampleTs, qint64(-1)); // before anything was recorded
        // Every instant of change (the samples themselves), a moment after each, and random ones.
        QVector<qint64> moments;
        for (int i = 0; i < samples; ++i)
            moments << kT0 + qint64(i) * 10000 << kT0 + qint64(i) * 10000 + 9999;
        QRandomGenerator rng(5);
        for (int k = 0; k < 50; ++k)
            moments << kT0 + qint64(rng.bounded(samples * 10000 + 30000));
        for (qint64 t : std::as_const(moments)) {
            const int i = std::min(samples - 1, int((t - kT0) / 10000));
            const ClusterSnapshot expected = truth(i);
            const StoreReader::Moment m = r.momentAt(t);
            QCOMPARE(m.sampleTs, expected.timeMs);
            QVERIFY(!m.fromRollup);
            QCOMPARE(m.previousSample, i > 0 ? expected.timeMs - 10000 : qint64(-1));
            QCOMPARE(m.nextSample, i + 1 < samples ? expected.timeMs + 10000 : qint64(-1));
            QCOMPARE(m.snapshot.nodes.size(), 3);
            for (int n = 0; n < 3; ++n) {
                QCOMPARE(m.snapshot.nodes[n].up, expected.nodes[n].up);
                if (expected.nodes[n].up) {
                    QCOMPARE(m.snapshot.nodes[n].loadPercent, expected.nodes[n].loadPercent);
                    QCOMPARE(m.snapshot.nodes[n].memUsed(), expected.nodes[n].memUsed());
                }
            }
            // The last sample's processes stay "alive" until the next would have shown them.
            if (i == samples - 1 && t >= expected.timeMs + 10000)
                continue;
            QCOMPARE(m.snapshot.processes.size(), expected.processes.size());
            for (int k = 0; k < expected.processes.size(); ++k) {
                const ProcessInfo& got = m.snapshot.processes[k];
                const ProcessInfo& want = expected.processes[k];
                QCOMPARE(got.homeNode, want.homeNode);
                QCOMPARE(got.pid, want.pid);
                QVERIFY2(got.node == want.node,
                    qPrintable(QStringLiteral("t=%1 pid %2 on %3, truth %4")
                                   .arg(t - kT0)
                                   .arg(got.pid)
                                   .arg(got.node)
                                   .arg(want.node)));
                QCOMPARE(got.user, want.user);
                QCOMPARE(got.commandLine(), want.commandLine());
                QCOMPARE(got.name, want.name);
                // Moves so far: away (1) and back (2), as far as the process has come by then.
                auto nodeAt = [&](int j) {
                    for (const ProcessInfo& a : truth(j).processes)
                        if (a.pid == want.pid)
                            return a.node;
                    return NodeId(0);
                };
                int expectedMoves = 0;
                for (int j = 1; j <= i; ++j)
                    expectedMoves += nodeAt(j - 1) != 0 && nodeAt(j) != 0 && nodeAt(j - 1) != nodeAt(j);
                QCOMPARE(got.migrations, expectedMoves);
            }
        }
        // Between two moments: what started, ended and moved, against the truth sample by sample.
        for (const auto& [a, b] : { std::pair<int, int> { 0, 120 }, { 30, 47 }, { 36, 37 }, { 59, 61 } }) {
            QVector<std::tuple<qint64, int, int>> want; // (ts, pid, kind)
            for (int i = a; i < b; ++i) {
                const ClusterSnapshot now = truth(i);
                const ClusterSnapshot before = i > 0 ? truth(i - 1) : ClusterSnapshot();
                auto find = [](const ClusterSnapshot& s, int pid) -> const ProcessInfo* {
                    for (const ProcessInfo& p : s.processes)
                        if (p.pid == pid)
                            return &p;
                    return nullptr;
                };
                for (const ProcessInfo& p : now.processes) {
                    const ProcessInfo* was = find(before, p.pid);
                    if (!was)
                        want << std::make_tuple(now.timeMs, p.pid, int(StoreReader::Change::Started));
                    else if (was->node != p.node)
                        want << std::make_tuple(now.timeMs, p.pid, int(StoreReader::Change::Moved));
                }
                for (const ProcessInfo& p : before.processes)
                    if (!find(now, p.pid))
                        want << std::make_tuple(now.timeMs, p.pid, int(StoreReader::Change::Ended));
            }
            std::sort(want.begin(), want.end());
            QVector<std::tuple<qint64, int, int>> got;
            for (const StoreReader::Change& c : r.changesBetween(kT0 + qint64(a) * 10000, kT0 + qint64(b) * 10000)) {
                got << std::make_tuple(c.ts, c.pid, int(c.kind));
                QVERIFY(!c.user.isEmpty() && c.command.startsWith(QLatin1String("job")));
                if (c.kind == StoreReader::Change::Moved && c.pid == 103 && c.ts == kT0 + 360000)
                    QCOMPARE(c.cause, QStringLiteral("admin"));
            }
            std::sort(got.begin(), got.end());
            QVERIFY2(got == want,
                qPrintable(
                    QStringLiteral("[%1, %2): %3 changes, truth %4").arg(a).arg(b).arg(got.size()).arg(want.size())));
            // A limit cuts the list at a time: whole before it, nothing from it on.
            for (int limit : { 1, 3, 7 }) {
                qint64 cut = 0;
                const QVector<StoreReader::Change> part
                    = r.changesBetween(kT0 + qint64(a) * 10000, kT0 + qint64(b) * 10000, {}, limit, &cut);
                const int stays = r.spansBetween(kT0 + qint64(a) * 10000, kT0 + qint64(b) * 10000).size();
                if (stays <= limit) {
                    QCOMPARE(cut, qint64(-1));
                    QCOMPARE(part.size(), want.size());
                    continue;
                }
                QVERIFY(cut > kT0 + qint64(a) * 10000 - 1 && cut < kT0 + qint64(b) * 10000);
                QVector<std::tuple<qint64, int, int>> before;
                for (const auto& w : std::as_const(want))
                    if (std::get<0>(w) < cut)
                        before << w;
                QVector<std::tuple<qint64, int, int>> gotPart;
                for (const StoreReader::Change& c : part)
                    gotPart << std::make_tuple(c.ts, c.pid, int(c.kind));
                std::sort(gotPart.begin(), gotPart.end());
                QCOMPARE(gotPart, before);
                QVERIFY(
                    std::any_of(want.cbegin(), want.cend(), [cut](const auto& w) { return std::get<0>(w) == cut; }));
            }
        }
        // Filtered: only what touched node 2.
        for (const StoreReader::Change& c : r.changesBetween(kT0, kT0 + 1200000, [] {
                 ProcessFilter f;
                 f.node = 2;
                 return f;
             }()))
            QVERIFY(c.node == 2 || c.from == 2);
        // A filter: bob's processes on node 2.
        ProcessFilter bobOn2;
        bobOn2.user = QStringLiteral("bob");
        bobOn2.node = 2;
        const StoreReader::Moment f = r.momentAt(kT0 + 300000, bobOn2);
        QVERIFY(r.migrationsOf(1, 103).size() == 2 && r.migrationsOf(1, 103)[1].cause == QLatin1String("admin"));
        for (const ProcessInfo& p : f.snapshot.processes)
            QVERIFY(p.user == QLatin1String("bob") && p.node == 2);
        QVERIFY(!f.snapshot.processes.isEmpty());
    }
    void aReusedPidIsAnotherProcess()
    {
        // Review: pid 100 of node 1 runs, moves to node 2 and back, and ends; a minute later the
        // kernel gives pid 100 to a new process. The new one has no migrations so far and its
        // own life; the first one's life (asked at a moment it ran) is its own stays only.
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        const QVector<NodeSample> nodes { node(1, true, 10), node(2, true, 20) };
        auto at = [](int i) { return kT0 + qint64(i) * 5000; };
        for (int i = 0; i < 40; ++i) {
            QVector<ProcessInfo> procs;
            if (i < 12) // the first: on 1, on 2 from 4, back on 1 from 8, ended at 12
                procs << proc(1, 100, i >= 4 && i < 8 ? 2 : 1, QStringLiteral("alice"), QStringLiteral("first"));
            if (i >= 24) // the second, from 24 on, never moved
                procs << proc(1, 100, 1, QStringLiteral("bob"), QStringLiteral("second"));
            QVERIFY2(w.record(snap(at(i), nodes, procs), &error), qPrintable(error));
        }
        w.close();
        StoreReader r;
        QVERIFY(r.open(path, &error));
        const StoreReader::Moment first = r.momentAt(at(10));
        QCOMPARE(first.snapshot.processes.size(), 1);
        QCOMPARE(first.snapshot.processes[0].migrations, 2);
        const StoreReader::Moment second = r.momentAt(at(30));
        QCOMPARE(second.snapshot.processes.size(), 1);
        QCOMPARE(second.snapshot.processes[0].user, QStringLiteral("bob"));
        QCOMPARE(second.snapshot.processes[0].migrations, 0);
        QCOMPARE(second.snapshot.processes[0].sinceMs, at(24));
        // Lives: the process that ran at the moment asked, not every process that had the pid.
        const StoreReader::Life one = r.lifeAt(1, 100, at(6));
        QCOMPARE(one.stays.size(), 3);
        QCOMPARE(one.stays.first().startTs, at(0));
        QCOMPARE(one.stays.last().endTs, at(12));
        QCOMPARE(one.moves.size(), 2);
        const StoreReader::Life two = r.lifeAt(1, 100, at(30));
        QCOMPARE(two.stays.size(), 1);
        QCOMPARE(two.stays.first().startTs, at(24));
        QVERIFY(two.moves.isEmpty());
        // Between the two (no process had the pid): the one that ended last before that moment.
        const StoreReader::Life gap = r.lifeAt(1, 100, at(18));
        QCOMPARE(gap.stays.size(), 3);
        QCOMPARE(gap.stays.last().endTs, at(12));
        // Before any: the first that started after it. A pid never seen: nothing.
        const StoreReader::Life before = r.lifeAt(1, 100, kT0 - 1000);
        QCOMPARE(before.stays.size(), 3);
        QCOMPARE(before.stays.first().startTs, at(0));
        QVERIFY(r.lifeAt(1, 999, at(6)).stays.isEmpty());
    }
    void theLivesAtAMomentAreEachProcesssOwn()
    {
        // A recording made up as it goes, whose every process's stays and moves the test keeps
        // itself: pids of a small range, so that the kernel gives many of them out again after a
        // gap; moves between three nodes; two processes marked for logging. At every sample,
        // livesAt gives exactly the processes that ran then, each with the stays and moves the
        // test recorded for it — and what lifeAt gives for it, field by field.
        struct Truth {
            NodeId home = 0;
            int pid = 0;
            QVector<std::tuple<NodeId, int, int>> stays; // node, first sample, first sample not there (-1: still)
        };
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        const QVector<NodeSample> nodes { node(1, true, 10), node(2, true, 20), node(3, true, 30) };
        auto at = [](int i) { return kT0 + qint64(i) * 5000; };
        std::mt19937 rng(20261207);
        auto chance = [&rng](int percent) { return int(rng() % 100) < percent; };
        QVector<Truth> all;
        QHash<qint64, int> running; // key(home, pid) → index in `all`
        QHash<qint64, int> freeSince; // key → the first sample it was free
        constexpr int kSamples = 60;
        for (int i = 0; i < kSamples; ++i) {
            for (auto it = running.begin(); it != running.end();) {
                Truth& t = all[it.value()];
                auto& last = t.stays.last();
                if (chance(8)) { // ends
                    std::get<2>(last) = i;
                    freeSince[it.key()] = i;
                    it = running.erase(it);
                    continue;
                }
                if (chance(12)) { // moves
                    const NodeId to = NodeId(1 + (std::get<0>(last) + int(rng() % 2)) % 3);
                    std::get<2>(last) = i;
                    t.stays.append({ to, i, -1 });
                }
                ++it;
            }
            for (NodeId home = 1; home <= 3; ++home)
                for (int pid = 100; pid < 110; ++pid) {
                    const qint64 k = (qint64(home) << 32) | pid;
                    // A pid given out again only after a sample without it: otherwise the history
                    // could not tell the two processes apart either.
                    if (running.contains(k) || freeSince.value(k, -5) >= i || !chance(15))
                        continue;
                    all.append(Truth { home, pid, { { home, i, -1 } } });
                    running.insert(k, all.size() - 1);
                }
            QVector<ProcessInfo> procs;
            for (auto it = running.cbegin(); it != running.cend(); ++it) {
                const Truth& t = all[it.value()];
                procs << proc(t.home, t.pid, std::get<0>(t.stays.last()));
            }
            if (i == 10 || i == 30) // "log process" on the first that runs then
                QVERIFY(w.markLogged(
                    at(i) - 1, procs.first().homeNode, procs.first().pid, true, QStringLiteral("alice"), &error));
            QVERIFY2(w.record(snap(at(i), nodes, procs), &error), qPrintable(error));
        }
        w.close();
        StoreReader r;
        QVERIFY(r.open(path, &error));
        int lives = 0, moves = 0, logged = 0;
        for (int i = 0; i < kSamples; ++i) {
            const qint64 t = at(i) + 1000;
            QVector<const Truth*> expected;
            for (const Truth& p : all)
                if (std::get<1>(p.stays.first()) <= i
                    && (std::get<2>(p.stays.last()) < 0 || std::get<2>(p.stays.last()) > i))
                    expected << &p;
            std::sort(expected.begin(), expected.end(),
                [](const Truth* a, const Truth* b) { return qMakePair(a->home, a->pid) < qMakePair(b->home, b->pid); });
            const QVector<StoreReader::Life> got = r.livesAt(t);
            QCOMPARE(got.size(), expected.size());
            for (int k = 0; k < got.size(); ++k) {
                const Truth& want = *expected[k];
                const StoreReader::Life& life = got[k];
                QCOMPARE(life.stays.size(), want.stays.size());
                for (int s = 0; s < life.stays.size(); ++s) {
                    const auto [where, from, to] = want.stays[s];
                    QCOMPARE(life.stays[s].home, want.home);
                    QCOMPARE(life.stays[s].pid, want.pid);
                    QCOMPARE(life.stays[s].node, where);
                    QCOMPARE(life.stays[s].startTs, at(from));
                    if (to >= 0)
                        QCOMPARE(life.stays[s].endTs, at(to));
                    else
                        QVERIFY(life.stays[s].endTs < 0 || life.stays[s].endTs >= at(kSamples - 1));
                }
                QCOMPARE(life.moves.size(), want.stays.size() - 1);
                for (int m = 0; m < life.moves.size(); ++m) {
                    QCOMPARE(life.moves[m].ts, at(std::get<1>(want.stays[m + 1])));
                    QCOMPARE(life.moves[m].from, std::get<0>(want.stays[m]));
                    QCOMPARE(life.moves[m].to, std::get<0>(want.stays[m + 1]));
                }
                const StoreReader::Life one = r.lifeAt(want.home, want.pid, t);
                QCOMPARE(one.stays.size(), life.stays.size());
                for (int s = 0; s < life.stays.size(); ++s)
                    QVERIFY(one.stays[s].startTs == life.stays[s].startTs && one.stays[s].endTs == life.stays[s].endTs
                        && one.stays[s].node == life.stays[s].node && one.stays[s].user == life.stays[s].user
                        && one.stays[s].command == life.stays[s].command && one.stays[s].uid == life.stays[s].uid);
                QCOMPARE(one.moves.size(), life.moves.size());
                for (int m = 0; m < life.moves.size(); ++m)
                    QVERIFY(one.moves[m].ts == life.moves[m].ts && one.moves[m].cause == life.moves[m].cause);
                QCOMPARE(one.samples.size(), life.samples.size());
                for (int m = 0; m < life.samples.size(); ++m)
                    QVERIFY(one.samples[m].ts == life.samples[m].ts && one.samples[m].node == life.samples[m].node);
                ++lives;
                moves += life.moves.size();
                logged += life.samples.isEmpty() ? 0 : 1;
            }
        }
        // The recording has what the test means to look at.
        QVERIFY2(lives > 500 && moves > 100 && logged > 10,
            qPrintable(QStringLiteral("%1 lives, %2 moves, %3 logged").arg(lives).arg(moves).arg(logged)));
        int reused = 0;
        QSet<qint64> seen;
        for (const Truth& p : all)
            reused
                += seen.contains((qint64(p.home) << 32) | p.pid) ? 1 : (seen.insert((qint64(p.home) << 32) | p.pid), 0);
        QVERIFY2(reused > 10, qPrintable(QString::number(reused)));
        r.interrupt();
        QVERIFY(r.livesAt(at(30)).isEmpty()); // an interrupted question gives nothing, not a part
    }
    void aRotateSplitsTheHistoryAtOneMoment()
    {
        // A minute at 5 s, rotated, another minute: each file answers for its own minute — the
        // nodes, the processes, the cluster's rows — and neither for the other's.
        const QString path = freshPath();
        const QString old = path + QStringLiteral(".old");
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        auto at = [](int i) {
            return snap(kT0 + qint64(i) * 5000, { node(1, true, 10 + i), node(2, true, 50) },
                { proc(1, 100, i % 4 < 2 ? 1 : 2), proc(2, 200, 2) });
        };
        for (int i = 0; i < 12; ++i)
            QVERIFY(w.record(at(i), &error));
        QVERIFY2(w.rotate(old, &error), qPrintable(error));
        for (int i = 12; i < 24; ++i)
            QVERIFY(w.record(at(i), &error));
        w.close();
        StoreReader before, after;
        QVERIFY(before.open(old, &error));
        QVERIFY(after.open(path, &error));
        for (int i = 0; i < 24; ++i) {
            const qint64 t = kT0 + qint64(i) * 5000 + 2500;
            StoreReader& mine = i < 12 ? before : after;
            const StoreReader::Moment m = mine.momentAt(t);
            QCOMPARE(m.sampleTs, kT0 + qint64(i) * 5000);
            QCOMPARE(m.snapshot.nodes.size(), 2);
            QCOMPARE(m.snapshot.nodes[0].loadPercent, 10.0 + i);
            QCOMPARE(m.snapshot.processes.size(), 2);
            QCOMPARE(m.snapshot.processes[0].node, NodeId(i % 4 < 2 ? 1 : 2));
            QCOMPARE(m.snapshot.backend, QStringLiteral("openmosix")); // both files say who recorded them
        }
        // The new file knows nothing before the rotate: not its samples, not the cluster's rows.
        QCOMPARE(after.momentAt(kT0 + 30000).sampleTs, qint64(-1));
        QVERIFY(after.clusterSeries(kT0, kT0 + 60000, 12).isEmpty());
        QCOMPARE(before.clusterSeries(kT0, kT0 + 60000, 12).size(), 12);
        QCOMPARE(after.clusterSeries(kT0 + 60000, kT0 + 120000, 12).size(), 12);
    }
    void theExtentStartsAtTheFirstSample()
    {
        // A file begun at 00:25 starts at 00:25, not at the hour its first hourly rollup is
        // filed under (the programs' "all" and the history's strip began up to 59 minutes early,
        // empty); once the raw samples have aged out, the oldest rollup is what is left.
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        const qint64 begin = kT0 + 25 * 60000 + 1234;
        for (int i = 0; i < 120; ++i)
            QVERIFY(w.record(snap(begin + qint64(i) * 30000, { node(1, true, 20) }), &error));
        StoreReader r;
        QVERIFY(r.open(path, &error));
        QCOMPARE(r.extent().first, begin);
        Retention keep;
        keep.rawMs = 1;
        QVERIFY(w.applyRetention(begin + 4 * 3600000, keep, &error));
        QVERIFY(r.open(path, &error));
        QVERIFY2(
            r.extent().first <= begin && r.extent().first >= kT0, qPrintable(QString::number(r.extent().first - kT0)));
    }
    void statisticsOfKnownValues()
    {
        // An hour at 10 s: node 1 at 80 % for exactly 10 minutes (20:00-30:00), 10 % otherwise;
        // node 2 at 40 %, down in its kernel's table for 90 s (30:00-31:30); a process of node 1
        // moved by the balancer to 2 at 5:00 and back by an admin at 6:00; a process born on
        // node 2 at 20:00; two checkpoints.
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        const qint64 minute = 60000;
        for (qint64 t = 0; t < 60 * minute; t += 10000) {
            const double load1 = t >= 20 * minute && t < 30 * minute ? 80 : 10;
            const bool up2 = !(t >= 30 * minute && t < 30 * minute + 90000);
            QVector<ProcessInfo> procs { proc(1, 100, t >= 5 * minute && t < 6 * minute ? 2 : 1) };
            if (t >= 20 * minute)
                procs << proc(2, 200, 2);
            if (t == 6 * minute - 10000)
                QVERIFY(w.recordCommand(kT0 + t + 5000, Command::migrateHome(1, 100),
                    QStringLiteral("migrate 100 home"), QString(), true, QStringLiteral("admin"), QString(), &error));
            QVERIFY(w.record(
                snap(kT0 + t, { node(1, true, load1, qint64(1) << 30), node(2, up2, 40, qint64(2) << 30) }, procs),
                &error));
            if (t == 10 * minute || t == 40 * minute)
                QVERIFY(w.recordEvent(
                    kT0 + t, 0, QStringLiteral("checkpoint"), QStringLiteral("mark"), QStringLiteral("admin"), &error));
        }
        w.close();
        StoreReader r;
        QVERIFY(r.open(path, &error));
        const RangeStats st = r.statistics(kT0, kT0 + 60 * minute, 75);
        QCOMPARE(st.tier, 0);
        QCOMPARE(st.nodes.size(), 2);
        const NodeStats& n1 = st.nodes[0];
        const NodeStats& n2 = st.nodes[1];
        QCOMPARE(n1.samples, qint64(360));
        QVERIFY(qAbs(n1.loadMean - (10.0 * 80 + 50.0 * 10) / 60) < 1e-9);
        QCOMPARE(n1.loadMin, 10.0);
        QCOMPARE(n1.loadMax, 80.0);
        QCOMPARE(n1.loadP95, 80.0); // 60 of 360 samples at 80: the top 5 % are all 80
        QCOMPARE(n1.aboveMs, 10 * minute);
        QCOMPARE(n1.memMean, double(qint64(1) << 30));
        QCOMPARE(n1.downMs, qint64(0));
        QCOMPARE(n2.downMs, qint64(90000));
        QCOMPARE(n2.outages, 1);
        QCOMPARE(n2.samples, qint64(360 - 9));
        QCOMPARE(n2.aboveMs, qint64(0));
        QCOMPARE(n1.migrationsOut, 1);
        QCOMPARE(n1.migrationsIn, 1);
        QCOMPARE(n1.adminIn, 1);
        QCOMPARE(n1.adminOut, 0);
        QCOMPARE(n2.migrationsIn, 1);
        QCOMPARE(n2.adminOut, 1);
        QCOMPARE(n1.processesStarted, 1);
        QCOMPARE(n2.processesStarted, 1);
        QCOMPARE(st.cluster.processesStarted, 2);
        QCOMPARE(st.cluster.migrationsIn, 2);
        QCOMPARE(st.cluster.downMs, qint64(90000));
        // The cluster: mean load of the up nodes, interval by interval.
        QVERIFY(st.cluster.loadMax > 59 && st.cluster.loadMax <= 80); // (80 + 40) / 2, or 80 alone
        // A sub-range: only node 1's hot ten minutes.
        const RangeStats hot = r.statistics(kT0 + 20 * minute, kT0 + 30 * minute, 75);
        QCOMPARE(hot.nodes[0].aboveMs, 10 * minute);
        QCOMPARE(hot.nodes[0].loadMean, 80.0);
        // Past the raw retention the 1-minute tier answers, with the same means.
        {
            StoreWriter again;
            QVERIFY(again.open(path, &error));
            Retention keep;
            keep.rawMs = 1; // every raw sample is older than that
            QVERIFY(again.applyRetention(kT0 + 120 * minute, keep, &error));
        }
        QVERIFY(r.open(path, &error));
        const RangeStats tiered = r.statistics(kT0, kT0 + 60 * minute, 75);
        QCOMPARE(tiered.tier, 60);
        QVERIFY(qAbs(tiered.nodes[0].loadMean - n1.loadMean) < 1e-9);
        QCOMPARE(tiered.nodes[0].aboveMs, 10 * minute);
        QCOMPARE(tiered.nodes[0].loadMax, 80.0);
        QCOMPARE(tiered.nodes[1].downMs, qint64(90000));
    }
    void statisticsOfAShortRecordingFromAnyRange()
    {
        // The recording a user checked by hand: 45 samples at 1 s of three nodes — node 1 at
        // 200 % from its fourth sample on, node 3 idle, node 2 at 10 % and down for 15 s. A range
        // that starts an hour before the file, and a short one inside it, both read the raw
        // samples: max 200 %, not an average of a minute.
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        QVERIFY(w.setSampleInterval(1000, &error));
        const qint64 t0 = kT0 + 4000; // 11:41:04-like: not on a minute
        for (int i = 0; i < 45; ++i) {
            const bool up2 = i < 15 || i >= 30;
            QVERIFY(w.record(
                snap(t0 + i * 1000, { node(1, true, i < 3 ? 30 : 200), node(2, up2, 10), node(3, true, 0) }), &error));
        }
        w.close();
        StoreReader r;
        QVERIFY(r.open(path, &error));
        const double mean1 = (3 * 30.0 + 42 * 200.0) / 45;
        for (const auto& [from, to] : { std::pair<qint64, qint64> { t0 - 3600000, t0 + 600000 }, { t0, t0 + 45000 } }) {
            const RangeStats st = r.statistics(from, to, 75);
            QCOMPARE(st.tier, 0);
            QCOMPARE(st.intervalMs, qint64(1000));
            QCOMPARE(st.firstSample, t0);
            QCOMPARE(st.lastSample, t0 + 44000);
            const NodeStats& n1 = st.nodes[0];
            QCOMPARE(n1.samples, qint64(45));
            QCOMPARE(n1.loadMax, 200.0);
            QCOMPARE(n1.loadMin, 30.0);
            QCOMPARE(n1.loadP95, 200.0);
            QVERIFY(qAbs(n1.loadMean - mean1) < 1e-9);
            QCOMPARE(n1.aboveMs, qint64(42000)); // 42 samples of 1 s, not a minute
            QCOMPARE(st.nodes[1].samples, qint64(30));
            QCOMPARE(st.nodes[1].downMs, qint64(15000));
            QCOMPARE(st.nodes[2].loadMax, 0.0);
            // The cluster: (200 + 0) / 2 = 100 % while node 2 was down, 70 % or less otherwise.
            QCOMPARE(st.cluster.loadMax, 100.0);
            QCOMPARE(st.cluster.aboveMs, qint64(15000));
            QCOMPARE(st.cluster.samples, qint64(45));
        }
        // A short range inside the recording: its 26 samples, not nothing.
        const RangeStats part = r.statistics(t0, t0 + 26000, 75);
        QCOMPARE(part.nodes[0].samples, qint64(26));
        QCOMPARE(part.nodes[0].loadMax, 200.0);
        QCOMPARE(part.nodes[0].aboveMs, qint64(23000));
        QCOMPARE(part.nodes[1].samples, qint64(15));
        QCOMPARE(part.cluster.aboveMs, qint64(11000)); // samples 15..25
        QVERIFY(part.nodes[2].memMean > 0);
    }
    void longSummarisedRangesReadCoarserBuckets()
    {
        // Four days at 5 minutes whose raw samples aged out after the first three and a half:
        // 5,040 minutes to summarise is over 5,000, so the ten-minute summaries answer — with the
        // same extremes, and the raw samples of the last half day after them.
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        const qint64 minute = 60000, day = 1440 * minute;
        for (qint64 t = 0; t < 4 * day; t += 5 * minute)
            QVERIFY(w.record(
                snap(kT0 + t, { node(1, true, t == 2 * day + 35 * minute ? 611.5 : double(t % 97)) }), &error));
        Retention keep;
        keep.rawMs = day / 2;
        QVERIFY(w.applyRetention(kT0 + 4 * day, keep, &error));
        w.close();
        StoreReader r;
        QVERIFY(r.open(path, &error));
        const RangeStats st = r.statistics(kT0, kT0 + 4 * day, 75);
        QCOMPARE(st.tier, 600);
        QCOMPARE(st.nodes[0].loadMax, 611.5);
        QCOMPARE(st.nodes[0].samples, qint64(4 * 288));
        QCOMPARE(st.rawFrom, kT0 + 3 * day + day / 2);
        // A shorter range of the same summarised days: minutes.
        QCOMPARE(r.statistics(kT0 + day, kT0 + 4 * day, 75).tier, 60);
    }
    void logsAMarkedProcessAtFullDetail()
    {
        // Process 100 of node 1, sample by sample at 5 s: running, stopped at samples 4-5, moved
        // to node 2 at sample 6, 50 % of a CPU (250 ticks per 5 s), 10 MiB + 1 MiB a sample; 200
        // beside it is never marked. Marked just before sample 2, unmarked just before 8, marked
        // again before 9 (and the writer restarted), it ends at sample 11; at 13 the kernel gives
        // pid 100 to another process, which is not logged.
        const QString path = freshPath();
        QString error;
        auto sample = [](int i) {
            ProcessInfo p = proc(1, 100, i >= 6 ? 2 : 1, QStringLiteral("alice"), QStringLiteral("render --frame 7"));
            p.state = i == 4 || i == 5 ? QLatin1Char('T') : QLatin1Char('R');
            p.cpuTicks = 1000 + 250 * i;
            p.rssBytes = qint64(10 + i) << 20;
            p.vsizeBytes = qint64(100) << 20;
            p.nice = i >= 7 ? 5 : 0;
            p.migrations = i >= 6 ? 1 : 0;
            return p;
        };
        auto at = [](int i) { return kT0 + qint64(i) * 5000; };
        auto record = [&](StoreWriter& w, int i) {
            QVector<ProcessInfo> procs;
            if (i <= 10 || i >= 13)
                procs << sample(i);
            procs << proc(1, 200, 1);
            std::sort(
                procs.begin(), procs.end(), [](const ProcessInfo& a, const ProcessInfo& b) { return a.pid < b.pid; });
            return w.record(snap(at(i), { node(1, true, 50), node(2, true, 10) }, procs), &error);
        };
        {
            StoreWriter w;
            QVERIFY(w.open(path, &error));
            QVERIFY(!w.markLogged(at(0) - 1, 1, 100, true, QStringLiteral("alice"), &error)); // nothing recorded yet
            QVERIFY2(error.contains(QLatin1String("not running")), qPrintable(error));
            for (int i = 0; i < 9; ++i) {
                if (i == 2)
                    QVERIFY2(w.markLogged(at(i) - 1, 1, 100, true, QStringLiteral("alice"), &error), qPrintable(error));
                if (i == 8)
                    QVERIFY2(w.markLogged(at(i) - 1, 1, 100, false, QStringLiteral("bob"), &error), qPrintable(error));
                QVERIFY2(record(w, i), qPrintable(error));
            }
            QVERIFY(!w.markLogged(at(8) + 1, 1, 100, false, QStringLiteral("bob"), &error)); // not marked now
            QVERIFY(w.markLogged(at(9) - 1, 1, 100, true, QStringLiteral("carol"), &error));
            QVERIFY(!w.markLogged(at(9) - 1, 1, 100, true, QStringLiteral("carol"), &error)); // once is enough
            QCOMPARE(w.loggedProcesses(), (QVector<QPair<NodeId, int>> { { 1, 100 } }));
        }
        {
            StoreWriter w; // a collector started again goes on logging
            QVERIFY(w.open(path, &error));
            QCOMPARE(w.loggedProcesses().size(), 1);
            for (int i = 9; i < 15; ++i)
                QVERIFY2(record(w, i), qPrintable(error));
            QVERIFY(w.loggedProcesses().isEmpty()); // it ended at 11
        }
        StoreReader r;
        QVERIFY(r.open(path, &error));
        const QVector<ProcessSampleRow> rows = r.processSamples(1, 100, 0, std::numeric_limits<qint64>::max());
        QList<int> logged;
        for (const ProcessSampleRow& row : rows)
            logged << int((row.ts - kT0) / 5000);
        QCOMPARE(logged, (QList<int> { 2, 3, 4, 5, 6, 7, 9, 10 }));
        for (const ProcessSampleRow& row : rows) {
            const int i = int((row.ts - kT0) / 5000);
            const ProcessInfo want = sample(i);
            QCOMPARE(row.node, want.node);
            QCOMPARE(row.state, want.state);
            QCOMPARE(row.rssBytes, want.rssBytes);
            QCOMPARE(row.vsizeBytes, want.vsizeBytes);
            QCOMPARE(row.nice, want.nice);
            QCOMPARE(row.migrations, want.migrations);
            // The first sample of a mark has no sample before it to take the CPU share from.
            if (i == 2 || i == 9)
                QCOMPARE(row.cpuPercent, -1.0);
            else
                QCOMPARE(row.cpuPercent, 50.0);
        }
        const QVector<LogMark> marks = r.logMarks(1, 100);
        QCOMPARE(marks.size(), 2);
        QCOMPARE(marks[0].from, at(2) - 1);
        QCOMPARE(marks[0].to, at(8) - 1);
        QCOMPARE(marks[0].actor, QStringLiteral("alice"));
        QCOMPARE(marks[1].from, at(9) - 1);
        QCOMPARE(marks[1].to, at(11)); // ended: its home listed it no more
        QVERIFY(r.processSamples(1, 200, 0, std::numeric_limits<qint64>::max()).isEmpty());
        QCOMPARE(r.logMarks().size(), 2);
        // The life of the process that ran at sample 5 carries its samples; the later pid 100 has none.
        QCOMPARE(r.lifeAt(1, 100, at(5)).samples.size(), 8);
        QVERIFY(r.lifeAt(1, 100, at(14)).samples.isEmpty());
        int logEvents = 0;
        for (const EventRow& e : r.events(0, at(20)))
            logEvents += e.kind == QLatin1String("log") || e.kind == QLatin1String("unlog");
        QCOMPARE(logEvents, 3);
    }
    void marksGoOnInARotatedFile()
    {
        const QString path = freshPath();
        QString error;
        StoreWriter w;
        QVERIFY(w.open(path, &error));
        QVERIFY(w.record(snap(kT0, { node(1, true, 5) }, { proc(1, 7, 1) }), &error));
        QVERIFY(w.markLogged(kT0 + 1, 1, 7, true, QStringLiteral("alice"), &error));
        QVERIFY(w.record(snap(kT0 + 5000, { node(1, true, 5) }, { proc(1, 7, 1) }), &error));
        QVERIFY2(w.rotate(path + QStringLiteral(".old"), &error), qPrintable(error));
        QVERIFY(w.record(snap(kT0 + 10000, { node(1, true, 5) }, { proc(1, 7, 1) }), &error));
        StoreReader before, after;
        QVERIFY(before.open(path + QStringLiteral(".old"), &error) && after.open(path, &error));
        QCOMPARE(before.processSamples(1, 7, 0, kT0 + 20000).size(), 1);
        QCOMPARE(after.processSamples(1, 7, 0, kT0 + 20000).size(), 1);
        QCOMPARE(after.logMarks(1, 7).size(), 1);
        QCOMPARE(after.logMarks(1, 7).first().actor, QStringLiteral("alice"));
    }
    void indexesServeALifeAndAWindow()
    {
        // One process's life and what began or ended between two moments are index lookups,
        // not scans of every span.
        const QString path = freshPath();
        {
            StoreWriter w;
            QString error;
            QVERIFY(w.open(path, &error));
        }
        sql::Database d;
        QVERIFY(d.open(path, sql::Database::Mode::ReadOnly));
        auto plan = [&](const char* query) {
            QStringList steps;
            const QByteArray text = QByteArray("EXPLAIN QUERY PLAN ") + query;
            sql::Statement q = d.prepare(text.constData());
            while (q.step())
                steps << q.text(3);
            return steps.join(QLatin1Char(';'));
        };
        const QString life = plan("SELECT * FROM process_span WHERE home = 1 AND pid = 2 ORDER BY start_ts");
        QVERIFY2(life.contains(QLatin1String("process_span_life")) && !life.contains(QLatin1String("SCAN")),
            qPrintable(life));
        const QString window = plan("SELECT id FROM process_span WHERE start_ts >= 1 AND start_ts < 2 UNION "
                                    "SELECT id FROM process_span WHERE end_ts >= 1 AND end_ts < 2");
        QVERIFY2(
            window.contains(QLatin1String("process_span_start")) && window.contains(QLatin1String("process_span_end")),
            qPrintable(window));
        const QString moves = plan("SELECT * FROM migration WHERE home = 1 AND pid = 2 ORDER BY ts");
        QVERIFY2(moves.contains(QLatin1String("migration_process")), qPrintable(moves));
    }
    void spansAfter2038AreFound()
    {
        // span_index once kept seconds since 1970 in 32 bits: nothing after 2038-01-19 03:14:07
        // could be found. Processes that start before, across and long after that second, each
        // asked for at moments whose answer is known by construction.
        const qint64 wrap = Q_INT64_C(2147483647) * 1000; // 2038-01-19 03:14:07 UTC
        const qint64 starts[] = { wrap - 3600000, wrap - 5000, wrap + 60000, Q_INT64_C(2208988800000) /* 2040 */ };
        const QString path = freshPath();
        QString error;
        {
            StoreWriter w;
            QVERIFY2(w.open(path, &error), qPrintable(error));
            int pid = 100;
            for (const qint64 t0 : starts) {
                // pid runs [t0, t0 + 20 s); pid + 1 only [t0, t0 + 10 s)
                for (qint64 t = t0; t <= t0 + 20000; t += 2000) {
                    QVector<ProcessInfo> ps;
                    if (t < t0 + 20000)
                        ps << proc(1, pid, 1);
                    if (t < t0 + 10000)
                        ps << proc(1, pid + 1, 1);
                    QVERIFY2(w.record(snap(t, { node(1, true, 10) }, ps), &error), qPrintable(error));
                }
                pid += 10;
            }
        }
        StoreReader r;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        int pid = 100;
        for (const qint64 t0 : starts) {
            auto pidsAt = [&](qint64 t) {
                QList<int> pids;
                for (const SpanRow& s : r.processesAt(t))
                    pids << s.pid;
                std::sort(pids.begin(), pids.end());
                return pids;
            };
            QCOMPARE(pidsAt(t0 + 4000), (QList<int> { pid, pid + 1 }));
            QCOMPARE(pidsAt(t0 + 15000), QList<int> { pid });
            QCOMPARE(pidsAt(t0 + 25000), QList<int>());
            QCOMPARE(r.spansBetween(t0, t0 + 30000).size(), 2);
            pid += 10;
        }
    }

    void memoryPercentPerBucketIsExact()
    {
        // A node whose memory changes inside a minute (a DIMM added: 4 GiB, then 8 GiB) beside one
        // of 2 GiB; the memory used varies. The share of memory used per bucket is the memory used
        // over the memory there was, sample by sample — here summed by the test — both from the raw
        // samples and from the summaries once the raw samples are gone.
        const QString path = freshPath();
        QString error;
        struct Sample {
            qint64 t, used1, total1, used2;
        };
        QVector<Sample> samples;
        const qint64 G = qint64(1) << 30;
        for (int i = 0; i < 180; ++i) { // 30 minutes, one sample every 10 s
            const qint64 t = kT0 + qint64(i) * 10000;
            samples.append({ t, (1 + i % 3) * G, (i % 6 < 2 ? 4 : 8) * G, (i % 4) * G / 4 });
        }
        {
            StoreWriter w;
            QVERIFY2(w.open(path, &error), qPrintable(error));
            for (const Sample& x : samples) {
                NodeSample a = node(1, true, 30, x.used1), b = node(2, true, 60, x.used2);
                a.memTotal = x.total1;
                a.memFree = x.total1 - x.used1;
                b.memTotal = 2 * G;
                b.memFree = b.memTotal - x.used2;
                QVERIFY2(w.record(snap(x.t, { a, b }), &error), qPrintable(error));
            }
        }
        // The truth per minute: sums over the samples of that minute.
        auto truth = [&](qint64 from, qint64 to, int which) {
            double used = 0, total = 0;
            for (const Sample& x : samples) {
                if (x.t < from || x.t >= to)
                    continue;
                if (which != 2) {
                    used += double(x.used1);
                    total += double(x.total1);
                }
                if (which != 1) {
                    used += double(x.used2);
                    total += double(2 * G);
                }
            }
            return 100.0 * used / total;
        };
        auto check = [&](const char* when, int points) {
            const qint64 width = 30 * 60000 / points;
            StoreReader r;
            QVERIFY2(r.open(path, &error), qPrintable(error));
            const qint64 from = kT0, to = kT0 + 30 * 60000;
            for (int which : { 1, 2, 0 }) {
                const QVector<SeriesPoint> ps
                    = which ? r.nodeSeries(NodeId(which), from, to, points) : r.clusterSeries(from, to, points);
                QCOMPARE(ps.size(), points);
                for (const SeriesPoint& p : ps) {
                    const double want = truth(p.ts, p.ts + width, which);
                    QVERIFY2(std::abs(p.memPercent() - want) < 1e-9,
                        qPrintable(QStringLiteral("%1, %2 at +%3 s: %4 %, want %5 %")
                                       .arg(QLatin1String(when))
                                       .arg(which ? QStringLiteral("node %1").arg(which) : QStringLiteral("cluster"))
                                       .arg((p.ts - kT0) / 1000)
                                       .arg(p.memPercent(), 0, 'f', 6)
                                       .arg(want, 0, 'f', 6)));
                }
            }
        };
        check("raw", 60); // 30-s points: from the raw samples
        check("minutes", 30); // from the one-minute summaries
        {
            StoreWriter w;
            QVERIFY2(w.open(path, &error), qPrintable(error));
            Retention keep;
            keep.rawMs = 1; // every raw sample goes; the minutes stay
            QVERIFY2(w.applyRetention(kT0 + 31 * 60000, keep, &error), qPrintable(error));
        }
        {
            sql::Database d;
            QVERIFY(d.open(path, sql::Database::Mode::ReadOnly));
            sql::Statement q = d.prepare("SELECT count(*) FROM node_sample");
            QVERIFY(q.step());
            QCOMPARE(q.int64(0), qint64(0));
        }
        check("minutes without raw samples", 30);
    }

    void upgradesAVersion3File()
    {
        // A version 3 file: span_index in seconds from 1970, no memory totals in the summaries,
        // its first hour's raw samples gone to retention. Read as it is, then upgraded by a writer:
        // the same processes at every moment; the memory there was known where the raw samples
        // still were, "not known" where they were not — never today's total.
        const QString path = freshPath();
        QString error;
        const qint64 G = qint64(1) << 30, minute = 60000;
        auto sampleAt = [&](qint64 t) {
            NodeSample a = node(1, true, 20, 2 * G);
            a.memTotal = (t < kT0 + 90 * minute ? 4 : 8) * G;
            a.memFree = a.memTotal - 2 * G;
            QVector<ProcessInfo> ps { proc(1, 7, 1) };
            if ((t - kT0) % (20 * minute) < 10 * minute)
                ps << proc(1, 8, 1);
            return snap(t, { a }, ps);
        };
        {
            StoreWriter w;
            QVERIFY2(w.open(path, &error), qPrintable(error));
            for (qint64 t = kT0; t < kT0 + 120 * minute; t += 10000)
                QVERIFY2(w.record(sampleAt(t), &error), qPrintable(error));
            Retention keep;
            keep.rawMs = 60 * minute;
            QVERIFY(w.applyRetention(kT0 + 120 * minute, keep, &error));
        }
        {
            sql::Database d;
            QVERIFY(d.open(path, sql::Database::Mode::ReadWrite));
            QVERIFY(d.exec("ALTER TABLE rollup DROP COLUMN mem_total; "
                           "ALTER TABLE cluster_rollup DROP COLUMN mem_total_sum; DELETE FROM span_index; "
                           "INSERT INTO span_index(id, start_s, end_s) SELECT id, start_ts / 1000, CASE WHEN end_ts "
                           "IS NULL THEN 2147483647 ELSE max(end_ts, start_ts) / 1000 END FROM process_span; "
                           "UPDATE meta SET value = '3' WHERE key = 'schema_version'; "
                           "UPDATE meta SET value = '1' WHERE key = 'schema_major'"));
        }
        auto pidsAt = [](StoreReader& r, qint64 t) {
            QList<int> pids;
            for (const SpanRow& s : r.processesAt(t))
                pids << s.pid;
            std::sort(pids.begin(), pids.end());
            return pids;
        };
        auto check = [&](bool upgraded) {
            StoreReader r;
            QVERIFY2(r.open(path, &error), qPrintable(error));
            for (qint64 t = kT0 + 5000; t < kT0 + 120 * minute; t += 7 * minute)
                QCOMPARE(
                    pidsAt(r, t), ((t - kT0) % (20 * minute) < 10 * minute ? QList<int> { 7, 8 } : QList<int> { 7 }));
            const QVector<SeriesPoint> hours = r.nodeSeries(1, kT0, kT0 + 120 * minute, 120);
            QCOMPARE(hours.size(), 120);
            for (const SeriesPoint& p : hours) {
                const bool rawThere = p.ts >= kT0 + 60 * minute;
                const double want = !upgraded || !rawThere ? -1.0 : (p.ts < kT0 + 90 * minute ? 50.0 : 25.0);
                QVERIFY2(std::abs(p.memPercent() - want) < 1e-9,
                    qPrintable(QStringLiteral("+%1 min: %2").arg((p.ts - kT0) / minute).arg(p.memPercent())));
            }
        };
        check(false);
        {
            StoreWriter w;
            QVERIFY2(w.open(path, &error), qPrintable(error));
            QCOMPARE(store::schemaVersion(w.database()).version, store::kSchemaVersion);
            QCOMPARE(store::schemaVersion(w.database()).major, store::kSchemaMajor);
        }
        check(true);
    }

    void logsWhatItDoesWhenAsked()
    {
        // QT_LOGGING_RULES turns an area on (omv.store here); quiet otherwise.
        static QStringList heard;
        heard.clear();
        const QtMessageHandler before
            = qInstallMessageHandler([](QtMsgType, const QMessageLogContext& c, const QString& m) {
                  heard << QString::fromLatin1(c.category) + QLatin1Char(' ') + m;
              });
        QString error;
        {
            StoreWriter w;
            QVERIFY2(w.open(freshPath(), &error), qPrintable(error));
        }
        QVERIFY2(heard.isEmpty(), qPrintable(heard.join(QLatin1Char('\n'))));
        QLoggingCategory::setFilterRules(QStringLiteral("omv.store.debug=true"));
        const QString path = freshPath();
        {
            StoreWriter w;
            QVERIFY2(w.open(path, &error), qPrintable(error));
        }
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(before);
        QCOMPARE(heard.size(), 1);
        QVERIFY2(heard[0].startsWith(QLatin1String("omv.store ")) && heard[0].contains(path), qPrintable(heard[0]));
    }

    void readersOfOtherVersions()
    {
        const QString path = freshPath();
        {
            StoreWriter w;
            QString error;
            QVERIFY(w.open(path, &error));
            QVERIFY(w.record(snap(kT0, { node(1, true, 10) }), &error));
        }
        auto setMeta = [&](const char* key, const char* value) {
            sql::Database d;
            QVERIFY(d.open(path, sql::Database::Mode::ReadWrite));
            sql::Statement q = d.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
            QVERIFY(q.bind(1, QString::fromLatin1(key)).bind(2, QString::fromLatin1(value)).exec());
        };
        // A newer collector of the same major (new tables, say): readable, not writable by us.
        setMeta("schema_version", "7");
        StoreReader r;
        QString error;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        QCOMPARE(r.nodeSeries(1, kT0, kT0 + 1000, 1).size(), 1);
        StoreWriter w;
        QVERIFY(!w.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("version 7")), qPrintable(error));
        // A new major: refused with which one it is and which this program reads.
        setMeta("schema_major", "3");
        QVERIFY(!r.open(path, &error));
        QVERIFY2(
            error.contains(QLatin1String("schema 3.x")) && error.contains(QLatin1String("reads schema 1.x to 2.x")),
            qPrintable(error));
        // Not ours at all.
        const QString foreign = freshPath();
        {
            sql::Database d;
            QVERIFY(d.open(foreign, sql::Database::Mode::ReadWrite));
            QVERIFY(d.exec("CREATE TABLE t(x)"));
        }
        QVERIFY(!r.open(foreign, &error));
        QVERIFY2(error.contains(QLatin1String("not an openMosixview history database")), qPrintable(error));
    }
    void anotherProgramsDatabaseIsRefusedUntouched()
    {
        // A browser's places.sqlite given as --db: refused as it is — no tables added, no WAL, its
        // mode kept — and readers say what it is. A file of random bytes likewise; an empty file
        // is ours to make.
        const QString path = freshPath();
        {
            sql::Database d;
            QVERIFY(d.open(path, sql::Database::Mode::ReadWrite));
            QVERIFY(d.exec("CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT); "
                           "CREATE TABLE moz_bookmarks(id INTEGER PRIMARY KEY, fk INTEGER); "
                           "INSERT INTO moz_places(url) VALUES('https://example.org/')"));
        }
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        auto bytes = [](const QString& p) {
            QFile f(p);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(none)");
        };
        const QByteArray before = bytes(path);
        StoreWriter w;
        QString error;
        QVERIFY(!w.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("not an openMosixview history"))
                && error.contains(QLatin1String("moz_bookmarks")) && error.contains(QLatin1String("not touched")),
            qPrintable(error));
        QCOMPARE(bytes(path), before);
        QCOMPARE(QFileInfo(path).permissions() & QFileDevice::ReadOther, QFileDevice::ReadOther); // still 0644
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        StoreReader r;
        QVERIFY(!r.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("another program")) && error.contains(QLatin1String("moz_places")),
            qPrintable(error));
        // Not a database at all.
        const QString junk = freshPath();
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        QVERIFY(!w.open(junk, &error));
        QVERIFY2(error.contains(QLatin1String("not an SQLite database")), qPrintable(error));
        QCOMPARE(bytes(junk), QByteArray(4096, 'x'));
        QVERIFY(!r.open(junk, &error));
        QVERIFY2(error.contains(QLatin1String("not an SQLite database")), qPrintable(error));
        // An empty file: the collector's to make.
        const QString empty = freshPath();
        QFile(empty).open(QIODevice::WriteOnly);
        QVERIFY2(w.open(empty, &error), qPrintable(error));
        w.close();
        QVERIFY2(r.open(empty, &error), qPrintable(error));
    }
    void filesOthersCanReadAreMadePrivate()
    {
        const QString path = freshPath();
        {
            StoreWriter w;
            QString error;
            QVERIFY(w.open(path, &error));
            QVERIFY(w.notice().isEmpty());
        }
        QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        StoreWriter w;
        QString error;
        QVERIFY2(w.open(path, &error), qPrintable(error));
        QVERIFY2(w.notice().contains(QLatin1String("made 0600")), qPrintable(w.notice()));
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
    }
    void retentionOverAMonth()
    {
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        const qint64 day = qint64(24) * 3600 * 1000;
        // One sample every 2 minutes for 30 days; a process that lasts all month, and one a day for
        // half a day that moves to node 2 half way (a migration), with a checkpoint a day.
        for (qint64 t = 0; t < 30 * day; t += 120000) {
            QVector<ProcessInfo> procs { proc(1, 1, 1) };
            const qint64 inDay = t % day;
            if (inDay < day / 2)
                procs << proc(1, int(1000 + t / day), inDay < day / 4 ? 1 : 2);
            QVERIFY(w.record(snap(kT0 + t, { node(1, true, double(t % 1000) / 10), node(2, true, 5) }, procs), &error));
            if (inDay == 0)
                QVERIFY(w.recordEvent(
                    kT0 + t, 0, QStringLiteral("checkpoint"), QStringLiteral("day"), QStringLiteral("admin"), &error));
        }
        const qint64 now = kT0 + 30 * day;
        Retention r;
        r.tier60Ms = 20 * day; // shorter than the month, to see it act
        r.processMs = 10 * day;
        QVERIFY2(w.applyRetention(now, r, &error), qPrintable(error));
        sql::Database& db = w.database();
        auto scalar = [&](const char* sqlText) {
            sql::Statement q = db.prepare(sqlText);
            return q.step() ? q.int64(0) : -1;
        };
        QVERIFY(scalar("SELECT min(ts) FROM node_sample") >= now - 7 * day);
        QVERIFY(scalar("SELECT max(ts) FROM node_sample") >= now - 3 * 60000);
        QVERIFY(scalar("SELECT min(ts) FROM rollup WHERE tier = 60") >= now - 20 * day);
        QCOMPARE(scalar("SELECT min(ts) FROM rollup WHERE tier = 600"), kT0); // kept
        QCOMPARE(scalar("SELECT min(ts) FROM rollup WHERE tier = 3600"), kT0);
        // The cluster's own rows age as the nodes' do.
        QVERIFY(scalar("SELECT min(ts) FROM cluster_sample") >= now - 7 * day);
        QVERIFY(scalar("SELECT min(ts) FROM cluster_rollup WHERE tier = 60") >= now - 20 * day);
        QCOMPARE(scalar("SELECT min(ts) FROM cluster_rollup WHERE tier = 3600"), kT0);
        // Ended processes, migrations and events older than 10 days are gone; the process that
        // still runs is kept however old, and the index holds exactly the spans left.
        QVERIFY(scalar("SELECT min(end_ts) FROM process_span") >= now - 10 * day);
        QCOMPARE(scalar("SELECT count(*) FROM process_span WHERE end_ts IS NULL AND pid = 1"), 1);
        QCOMPARE(scalar("SELECT min(start_ts) FROM process_span WHERE pid = 1"), kT0);
        QCOMPARE(scalar("SELECT count(*) FROM span_index"), scalar("SELECT count(*) FROM process_span"));
        QCOMPARE(scalar("SELECT count(*) FROM span_index WHERE id NOT IN (SELECT id FROM process_span)"), 0);
        QVERIFY(scalar("SELECT min(ts) FROM migration") >= now - 10 * day);
        QVERIFY(scalar("SELECT count(*) FROM migration") >= 9);
        QVERIFY(scalar("SELECT min(ts) FROM event") >= now - 10 * day);
        QVERIFY(scalar("SELECT count(*) FROM event WHERE kind = 'checkpoint'") >= 9);
        // A window that raw no longer covers still draws, from the rollups.
        StoreReader reader;
        QVERIFY(reader.open(path, &error));
        const QVector<SeriesPoint> month = reader.nodeSeries(1, kT0, now, 1000);
        QVERIFY(month.size() > 500 && month.size() <= 1000);
        QVERIFY(month.first().ts < kT0 + day);
        // All nodes at once give each node's own series, from the rollups and from raw samples.
        for (const qint64 from : { kT0, now - 20 * 60000 }) {
            const QHash<NodeId, QVector<SeriesPoint>> all = reader.allNodeSeries(from, now, 200);
            for (NodeId n : { 1, 2 }) {
                const QVector<SeriesPoint> one = reader.nodeSeries(n, from, now, 200);
                QCOMPARE(all.value(n).size(), one.size());
                for (int i = 0; i < one.size(); ++i) {
                    QCOMPARE(all.value(n)[i].ts, one[i].ts);
                    QCOMPARE(all.value(n)[i].loadAvg, one[i].loadAvg);
                    QCOMPARE(all.value(n)[i].samples, one[i].samples);
                }
            }
        }
    }
    void readerSeriesKnownAnswers()
    {
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        // First hour: node 1 at 20 %, node 2 at 60 %; second hour: 40 % and 80 %.
        for (qint64 t = 0; t < 2 * 3600 * 1000; t += 10000) {
            const bool second = t >= 3600 * 1000;
            QVERIFY(w.record(
                snap(kT0 + t, { node(1, true, second ? 40 : 20, 1 << 30), node(2, true, second ? 80 : 60, 1 << 30) }),
                &error));
        }
        w.close();
        StoreReader r;
        QVERIFY(r.open(path, &error));
        const QVector<SeriesPoint> two = r.nodeSeries(1, kT0, kT0 + 2 * 3600 * 1000, 2);
        QCOMPARE(two.size(), 2);
        QCOMPARE(two[0].loadAvg, 20.0);
        QCOMPARE(two[1].loadAvg, 40.0);
        QCOMPARE(two[1].ts, kT0 + 3600 * 1000);
        const QVector<SeriesPoint> raw = r.nodeSeries(2, kT0, kT0 + 60000, 100); // finer than the rollups: raw
        QCOMPARE(raw.size(), 6);
        QCOMPARE(raw[0].loadAvg, 60.0);
        const QVector<SeriesPoint> cluster = r.clusterSeries(kT0, kT0 + 2 * 3600 * 1000, 2);
        QCOMPARE(cluster.size(), 2);
        QCOMPARE(cluster[0].loadAvg, 40.0);
        QCOMPARE(cluster[1].loadAvg, 60.0);
        QCOMPARE(cluster[0].memAvg, double(qint64(2) << 30)); // both nodes' memory together
        QCOMPARE(r.nodes(), QList<NodeId>({ 1, 2 }));
        QVERIFY(r.nodeSeries(1, kT0, kT0, 10).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
