// The recording daemon against omsim through real sshd: cadence, spans and causes, node down/up,
// and kill -9 at random moments during heavy writing.
#include "core/backend/clusterbackend.h"
#include "core/control/controlserver.h"
#include "core/store/store.h"
#include "support/testcluster.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <unistd.h>

using namespace omv;
using omv::test::TestCluster;

namespace
{

QString scenario(const QTemporaryDir& dir)
{
    const QString path = dir.path() + QStringLiteral("/daemon.scenario");
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    // Plenty of processes, so that every interval writes a good deal.
    f.write("kernel openmosix\nnodes 3 speed=10000 cpus=2 mem=8192\n"
            "spawn all 150 cmd=\"worker{n} --chunk {n}\" user=* cpu=0.01 mem=1\n");
    return path;
}

qint64 scalar(sql::Database& db, const char* text)
{
    sql::Statement q = db.prepare(text);
    return q.step() ? q.int64(0) : -1;
}

} // namespace

class TestCollectorDaemon : public QObject
{
    Q_OBJECT
    QTemporaryDir m_files;
    TestCluster m_cluster { omv::test::testPort(22320), scenario(m_files), { QStringLiteral("--manual") } };
    QString m_profile;

    QProcess* startCollector(const QString& db, int intervalS = 1)
    {
        auto* p = new QProcess(this);
        p->setProcessChannelMode(QProcess::SeparateChannels);
        p->start(TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"),
            { QStringLiteral("--profile"), m_profile, QStringLiteral("--db"), db, QStringLiteral("--interval"),
                QString::number(intervalS) });
        return p;
    }
    static bool stopCollector(QProcess* p)
    {
        ::kill(pid_t(p->processId()), SIGTERM);
        const bool done = p->waitForFinished(15000);
        if (!done || p->exitCode() != 0)
            qWarning("collector: finished %d, exit %d: %s", done, p->exitCode(), p->readAllStandardError().constData());
        return done && p->exitCode() == 0;
    }
    // Waits until the query's number reaches atLeast (a busy machine answers late, not never).
    static bool waitFor(const QString& db, const char* query, qint64 atLeast)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000) {
            sql::Database d;
            if (QFile::exists(db) && d.open(db, sql::Database::Mode::ReadOnly)) {
                sql::Statement q = d.prepare(query);
                if (q.step() && q.int64(0) >= atLeast)
                    return true;
            }
            QThread::msleep(100);
        }
        return false;
    }
    static bool waitForSamples(const QString& db, int atLeast)
    {
        return waitFor(db, "SELECT count(DISTINCT ts) FROM node_sample", atLeast);
    }
    // Every process of the scenario (3 x 150) recorded: all three nodes have answered.
    static bool waitForAllProcesses(const QString& db)
    {
        return waitFor(db, "SELECT count(*) FROM process_span WHERE end_ts IS NULL", 450);
    }
    int newestPid(int node)
    {
        int best = 0;
        for (const QString& e : QDir(m_cluster.root() + QLatin1Char('/') + QString::number(node)).entryList(QDir::Dirs))
            best = qMax(best, e.toInt());
        return best;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        m_profile = m_cluster.writeProfile(QStringLiteral("openmosix"));
    }
    void cleanupTestCase() { m_cluster.stop(); }

    void cadenceSpansAndCauses()
    {
        const QString db = m_files.path() + QStringLiteral("/cadence.db");
        QProcess* c = startCollector(db);
        QVERIFY(waitForSamples(db, 2));
        QVERIFY(m_cluster.ctl(QStringLiteral("spawn 1 1000 1000 10 0 0 spanjob --frames 100")));
        const int pid = newestPid(1);
        QVERIFY(pid > 0);
        QThread::msleep(2500);
        // An admin migration, reported to the collector as the suite's tools do, then made.
        QString answer;
        const Command move = Command::migrate(1, pid, 2);
        QVERIFY2(control::request(db,
                     control::commandRequest(
                         { move, true, QStringLiteral("tester"), QStringLiteral("migrate %1 2").arg(pid), QString() }),
                     &answer),
            qPrintable(answer));
        QVERIFY(omv::test::backendFor(m_profile)->apply(move).ok());
        QThread::msleep(2500);
        // One nobody reported: the balancer's, as far as the collector can tell.
        QFile goTo(m_cluster.root() + QStringLiteral("/1/%1/goto").arg(pid));
        QVERIFY(goTo.open(QIODevice::WriteOnly));
        goTo.write("3\n");
        goTo.close();
        QThread::msleep(2500);
        QVERIFY(m_cluster.ctl(QStringLiteral("kill 1 %1 TERM").arg(pid)));
        QThread::msleep(2000);
        QVERIFY(control::request(db, control::checkpointRequest(QStringLiteral("before stop")), &answer));
        QVERIFY(stopCollector(c));

        sql::Database d;
        QVERIFY(d.open(db, sql::Database::Mode::ReadOnly));
        // N intervals: N samples for every node, about a second apart.
        const qint64 intervals = scalar(d, "SELECT count(DISTINCT ts) FROM node_sample");
        QVERIFY2(intervals >= 10, qPrintable(QString::number(intervals)));
        QCOMPARE(scalar(d, "SELECT count(*) FROM node_sample"), 3 * intervals);
        QVERIFY(
            scalar(d,
                "SELECT max(b.ts - a.ts) FROM (SELECT DISTINCT ts FROM node_sample) a JOIN "
                "(SELECT DISTINCT ts FROM node_sample) b ON b.ts = (SELECT min(ts) FROM node_sample WHERE ts > a.ts)")
            <= 1600);
        // The spans: node 1, then 2, then 3, then ended — nothing else, nothing left open.
        StoreReader r;
        QString error;
        QVERIFY(r.open(db, &error));
        sql::Statement q
            = d.prepare("SELECT node, start_ts, end_ts FROM process_span WHERE home = 1 AND pid = ? ORDER BY start_ts");
        q.bind(1, qint64(pid));
        QList<QList<qint64>> spans;
        while (q.step())
            spans << QList<qint64> { q.int64(0), q.int64(1), q.isNull(2) ? -1 : q.int64(2) };
        QCOMPARE(spans.size(), 3);
        QCOMPARE(spans[0][0], 1);
        QCOMPARE(spans[1][0], 2);
        QCOMPARE(spans[2][0], 3);
        QCOMPARE(spans[0][2], spans[1][1]);
        QCOMPARE(spans[1][2], spans[2][1]);
        QVERIFY(spans[2][2] > spans[2][1]);
        const QVector<MigrationRow> m = r.migrations(0, Q_INT64_C(1) << 62);
        QVector<MigrationRow> mine;
        for (const MigrationRow& row : m) {
            if (row.pid == pid)
                mine << row;
        }
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine[0].cause, QStringLiteral("admin"));
        QCOMPARE(mine[0].to, 2);
        QCOMPARE(mine[1].cause, QStringLiteral("balancer"));
        QCOMPARE(mine[1].to, 3);
        bool command = false, checkpoint = false;
        for (const EventRow& e : r.events(0, Q_INT64_C(1) << 62)) {
            // The actor is who the collector saw on the socket; the tool's own claim is only "via".
            command = command
                || (e.kind == QLatin1String("command") && e.actor == control::userName(::getuid())
                    && e.detail.endsWith(QLatin1String("via tester")));
            checkpoint
                = checkpoint || (e.kind == QLatin1String("checkpoint") && e.detail == QLatin1String("before stop"));
        }
        QVERIFY(command && checkpoint);
        QCOMPARE(scalar(d, "PRAGMA quick_check") == -1, false);
    }
    void nodeDownAndUp()
    {
        const QString db = m_files.path() + QStringLiteral("/downup.db");
        QProcess* c = startCollector(db);
        QVERIFY(waitForSamples(db, 2));
        QVERIFY(m_cluster.stopNode(3)); // its sshd goes away: unreachable
        QThread::msleep(3000);
        QVERIFY(m_cluster.startNode(3));
        QThread::msleep(3000);
        QVERIFY(m_cluster.ctl(QStringLiteral("node 2 stop"))); // down in the kernel's table
        QThread::msleep(2500);
        QVERIFY(m_cluster.ctl(QStringLiteral("node 2 start")));
        QThread::msleep(2500);
        QVERIFY(stopCollector(c));
        StoreReader r;
        QString error;
        QVERIFY(r.open(db, &error));
        QStringList seen;
        for (const EventRow& e : r.events(0, Q_INT64_C(1) << 62)) {
            if (e.kind == QLatin1String("up") || e.kind == QLatin1String("down"))
                seen << QStringLiteral("%1 %2").arg(e.kind).arg(e.node);
        }
        QCOMPARE(seen,
            QStringList({ QStringLiteral("down 3"), QStringLiteral("up 3"), QStringLiteral("down 2"),
                QStringLiteral("up 2") }));
        // Node 1 kept its cadence through both outages.
        sql::Database d;
        QVERIFY(d.open(db, sql::Database::Mode::ReadOnly));
        sql::Statement gaps = d.prepare("SELECT ts FROM node_sample WHERE node_id = 1 ORDER BY ts");
        qint64 last = -1, worst = 0;
        while (gaps.step()) {
            if (last >= 0)
                worst = qMax(worst, gaps.int64(0) - last);
            last = gaps.int64(0);
        }
        QVERIFY2(worst <= 2000, qPrintable(QString::number(worst)));
    }
    void killNineNeverCorrupts()
    {
        const QString db = m_files.path() + QStringLiteral("/crash.db");
        QRandomGenerator rng(20261121);
        for (int round = 0; round < 20; ++round) {
            QProcess* c = startCollector(db);
            QVERIFY(c->waitForStarted());
            QThread::msleep(300 + rng.bounded(2200));
            ::kill(pid_t(c->processId()), SIGKILL);
            QVERIFY(c->waitForFinished(5000));
            sql::Database d;
            QVERIFY(d.open(db, sql::Database::Mode::ReadOnly));
            sql::Statement check = d.prepare("PRAGMA integrity_check");
            QVERIFY(check.step());
            QCOMPARE(check.text(0), QStringLiteral("ok"));
            // Every interval that was written is whole: all three nodes, or none.
            QCOMPARE(
                scalar(d, "SELECT count(*) FROM (SELECT ts FROM node_sample GROUP BY ts HAVING count(*) != 3)"), 0);
        }
        // It still opens for writing and goes on where it was.
        sql::Database before;
        QVERIFY(before.open(db, sql::Database::Mode::ReadOnly));
        const qint64 had = scalar(before, "SELECT count(DISTINCT ts) FROM node_sample");
        before.close();
        QProcess* c = startCollector(db);
        QVERIFY(waitForSamples(db, int(had) + 2));
        QVERIFY(stopCollector(c));
        sql::Database d;
        QVERIFY(d.open(db, sql::Database::Mode::ReadOnly));
        // The kills fell while it wrote (not all before the first interval).
        QVERIFY2(had >= 1, "none of the killed collectors had written an interval");
        QCOMPARE(scalar(d,
                     "SELECT count(*) FROM (SELECT home, pid FROM process_span WHERE end_ts IS NULL GROUP BY home, pid "
                     "HAVING count(*) > 1)"),
            0);
    }
    void diskFullKeepsSamplesAndCatchesUp()
    {
        // A real full disk: a 2 MiB tmpfs of our own (needs root, as CI has).
        QTemporaryDir mnt;
        QVERIFY2(QProcess::execute(QStringLiteral("mount"),
                     { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("size=2m,mode=0700"), QStringLiteral("omv-test-full"), mnt.path() })
                == 0,
            "this test mounts a small tmpfs and needs root");
        const QString db = mnt.path() + QStringLiteral("/full.db");
        QProcess* c = startCollector(db);
        QVERIFY(waitForSamples(db, 1));
        // Fill the rest of the disk.
        QProcess::execute(QStringLiteral("sh"),
            { QStringLiteral("-c"), QStringLiteral("cat /dev/zero > \"$0\"/filler 2>/dev/null; true"), mnt.path() });
        QElapsedTimer t;
        t.start();
        QByteArray err;
        while (t.elapsed() < 20000 && !err.contains("keeping samples in memory")) {
            c->waitForReadyRead(500);
            err += c->readAllStandardError();
        }
        QVERIFY2(err.contains("keeping samples in memory"), err.constData());
        QThread::msleep(3000); // a few intervals that cannot be written
        QCOMPARE(c->state(), QProcess::Running);
        // Room again: remove the filler and grow the disk.
        QFile::remove(mnt.path() + QStringLiteral("/filler"));
        QProcess::execute(
            QStringLiteral("mount"), { QStringLiteral("-o"), QStringLiteral("remount,size=64m"), mnt.path() });
        t.restart();
        while (t.elapsed() < 20000 && !err.contains("nothing was lost")) {
            c->waitForReadyRead(500);
            err += c->readAllStandardError();
        }
        QVERIFY2(err.contains("nothing was lost"), err.constData());
        QVERIFY(stopCollector(c));
        sql::Database d;
        QVERIFY(d.open(db, sql::Database::Mode::ReadOnly));
        sql::Statement gaps = d.prepare("SELECT DISTINCT ts FROM node_sample ORDER BY ts");
        qint64 last = -1, worst = 0;
        int n = 0;
        while (gaps.step()) {
            if (last >= 0)
                worst = qMax(worst, gaps.int64(0) - last);
            last = gaps.int64(0);
            ++n;
        }
        d.close();
        if (QProcess::execute(QStringLiteral("umount"), { mnt.path() }) != 0)
            QProcess::execute(QStringLiteral("umount"), { QStringLiteral("-l"), mnt.path() });
        QVERIFY2(
            worst <= 1600, qPrintable(QStringLiteral("a gap of %1 ms in %2 samples").arg(worst).arg(n))); // none lost
    }
    void secondCollectorCheckpointRotate()
    {
        const QString db = m_files.path() + QStringLiteral("/rotate.db");
        QProcess* c = startCollector(db);
        QVERIFY(waitForAllProcesses(db));
        QProcess* second = startCollector(db);
        QVERIFY(second->waitForFinished(15000));
        QCOMPARE(second->exitCode(), 2);
        QVERIFY(QString::fromUtf8(second->readAllStandardError()).contains(QLatin1String("another collector")));
        QProcess cli;
        cli.start(TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"),
            { QStringLiteral("--db"), db, QStringLiteral("--rotate") });
        QVERIFY(cli.waitForFinished(15000));
        QCOMPARE(cli.exitCode(), 0);
        const QStringList rotated = QDir(m_files.path()).entryList({ QStringLiteral("rotate.db.*") }, QDir::Files);
        QVERIFY2(!rotated.filter(QRegularExpression(QStringLiteral("^rotate\\.db\\.\\d{8}-\\d{6}(-\\d+)?$"))).isEmpty(),
            qPrintable(rotated.join(QLatin1Char(' '))));
        QVERIFY(waitForSamples(db, 3)); // the new file fills
        QVERIFY(waitForAllProcesses(db));
        QVERIFY(stopCollector(c));
        StoreReader old;
        QString error;
        QVERIFY2(old.open(m_files.path() + QLatin1Char('/')
                         + rotated.filter(QRegularExpression(QStringLiteral("\\d$"))).first(),
                     &error),
            qPrintable(error));
        QCOMPARE(old.nodes().size(), 3);
        // The new file starts with every process (the cluster stands still: omsim runs --manual),
        // although the collector's snapshots leave out the nodes where nothing changed.
        auto openSpans = [](const QString& file) {
            QStringList out;
            sql::Database d;
            if (!d.open(file, sql::Database::Mode::ReadOnly))
                return out;
            for (sql::Statement q = d.prepare("SELECT home, pid, node FROM process_span WHERE end_ts IS NULL");
                 q.step();)
                out << QStringLiteral("%1/%2@%3").arg(q.int64(0)).arg(q.int64(1)).arg(q.int64(2));
            out.sort();
            return out;
        };
        const QStringList before = openSpans(
            m_files.path() + QLatin1Char('/') + rotated.filter(QRegularExpression(QStringLiteral("\\d$"))).first());
        QVERIFY(!before.isEmpty());
        QCOMPARE(openSpans(db), before);
        cli.start(TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"),
            { QStringLiteral("--db"), db, QStringLiteral("--checkpoint"), QStringLiteral("nobody listens") });
        QVERIFY(cli.waitForFinished(15000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains(QLatin1String("no collector is recording")));
    }
};

QTEST_GUILESS_MAIN(TestCollectorDaemon)
#include "tst_collector_daemon.moc"
