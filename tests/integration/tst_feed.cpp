// The collector's snapshot feed (issue 17), through sshd on omsim: a window's subscriber gets the
// whole cluster at once, then every change as deltas — the same cluster a direct sample sees; a
// command's effect (a process stopped) shows in the next feed snapshot, because the collector
// samples every detail while windows listen; a subscriber that never reads does not hold up the
// collector's cadence; a subscriber that comes back starts again from a whole snapshot.
#include "core/backend/clusterbackend.h"
#include "core/control/feed.h"
#include "core/store/sqlite.h"
#include "gui/clustersession.h"
#include "support/testcluster.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace omv;
using omv::test::TestCluster;

namespace
{

QString scenario(const QTemporaryDir& dir)
{
    const QString path = dir.path() + QStringLiteral("/feed.scenario");
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("kernel openmosix\nnodes 3 speed=10000 cpus=2 mem=4096\n"
            "spawn all 20 cmd=\"worker{n} --chunk {n}\" user=* cpu=0.2 mem=8\n");
    return path;
}

QList<quint64> keys(const ClusterSnapshot& s)
{
    QList<quint64> out;
    for (const ProcessInfo& p : s.processes)
        out << (quint64(p.homeNode) << 32 | quint32(p.pid));
    return out;
}

} // namespace

class TestFeed : public QObject
{
    Q_OBJECT
    QTemporaryDir m_files;
    TestCluster m_cluster { omv::test::testPort(22950), scenario(m_files), { QStringLiteral("--manual") } };
    QString m_profile, m_db;
    QProcess m_collector;

    bool nextWithin(control::FeedSubscriber& sub, ClusterSnapshot* out, int ms)
    {
        QString error;
        const bool got = sub.next(out, ms, &error);
        if (!got && !error.isEmpty())
            qWarning("feed: %s", qPrintable(error));
        return got;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        m_profile = m_cluster.writeProfile(QStringLiteral("openmosix"));
        m_db = m_files.path() + QStringLiteral("/feed.db");
        m_collector.start(TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"),
            { QStringLiteral("--profile"), m_profile, QStringLiteral("--db"), m_db, QStringLiteral("--interval"),
                QStringLiteral("1") });
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_db) && !control::feedSocketName(m_db).isEmpty(), 15000);
    }
    void cleanupTestCase()
    {
        ::kill(pid_t(m_collector.processId()), SIGTERM);
        QVERIFY(m_collector.waitForFinished(15000));
        QCOMPARE(m_collector.exitCode(), 0);
        m_cluster.stop();
    }

    void aSubscriberGetsTheWholeClusterThenChanges()
    {
        control::FeedSubscriber sub;
        QString error;
        QTRY_VERIFY_WITH_TIMEOUT(sub.connect(m_db, &error), 10000);
        ClusterSnapshot s;
        QElapsedTimer t;
        t.start();
        QVERIFY(nextWithin(sub, &s, 5000));
        QVERIFY2(t.elapsed() < 2500, qPrintable(QString::number(t.elapsed()))); // at once: the next sample
        // The same cluster a sample of its own sees (omsim stands still).
        const std::unique_ptr<ClusterBackend> b = omv::test::backendFor(m_profile);
        const ClusterSnapshot direct = b->snapshot();
        QCOMPARE(s.nodes.size(), direct.nodes.size());
        QCOMPARE(keys(s), keys(direct));
        QCOMPARE(s.processes.size(), 60);
        // A command's effect shows in the next snapshots: stopped, then a process started.
        const ProcessInfo victim = s.processes.first();
        QVERIFY(b->sendSignal(victim.homeNode, victim.pid, ProcessSignal::Stop).ok());
        QVERIFY(m_cluster.ctl(QStringLiteral("spawn 2 1000 500 8 0 0 newcomer --feed")));
        bool stopped = false, born = false;
        t.restart();
        while (!(stopped && born) && t.elapsed() < 10000) {
            if (!nextWithin(sub, &s, 3000))
                continue;
            for (const ProcessInfo& p : s.processes) {
                stopped
                    = stopped || (p.homeNode == victim.homeNode && p.pid == victim.pid && p.state == QLatin1Char('T'));
                born = born || p.argv.value(0) == QLatin1String("newcomer");
            }
        }
        QVERIFY(stopped);
        QVERIFY(born);
        QVERIFY(b->sendSignal(victim.homeNode, victim.pid, ProcessSignal::Cont).ok());
        // Gone and back: a whole snapshot again, equal to what the stream had built.
        const ClusterSnapshot built = s;
        sub.disconnect();
        QVERIFY(sub.connect(m_db, &error));
        QVERIFY(nextWithin(sub, &s, 5000));
        QCOMPARE(keys(s), keys(built));
    }

    void aWindowTakesTheFeedFallsBackAndReturns()
    {
        // A window's session: while the collector runs it samples nothing itself; the collector
        // stopped, it samples directly within two intervals; the collector back, the feed again.
        std::unique_ptr<ClusterBackend> backend = omv::test::backendFor(m_profile);
        ClusterBackend* own = backend.get(); // the session owns it; looked at, not used
        ClusterSession session(std::move(backend));
        QSignalSpy snapshots(&session, &ClusterSession::snapshotReady);
        session.setIntervalMs(1000);
        session.setAuditDatabase(m_db);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(session.fromCollector(), 5000);
        QCOMPARE(session.sourceText(), QStringLiteral("live from the collector"));
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 3, 8000);
        QVERIFY(own->lastSnapshot().nodes.isEmpty()); // it never sampled the nodes itself
        // The collector goes: direct sampling within two intervals, snapshots go on.
        ::kill(pid_t(m_collector.processId()), SIGTERM);
        QVERIFY(m_collector.waitForFinished(15000));
        QElapsedTimer t;
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(!session.fromCollector(), 5000);
        QVERIFY2(t.elapsed() < 2500, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(session.sourceText(), QStringLiteral("sampling directly"));
        const int before = snapshots.size();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= before + 2, 5000);
        QVERIFY(!own->lastSnapshot().nodes.isEmpty());
        // It comes back: so does the feed.
        m_collector.start(TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"),
            { QStringLiteral("--profile"), m_profile, QStringLiteral("--db"), m_db, QStringLiteral("--interval"),
                QStringLiteral("1") });
        QTRY_VERIFY_WITH_TIMEOUT(session.fromCollector(), 10000);
        // A window that wants snapshots more often than the collector takes them samples itself.
        session.setIntervalMs(200);
        QTRY_VERIFY_WITH_TIMEOUT(!session.fromCollector(), 8000);
        QVERIFY2(session.sourceText().startsWith(QLatin1String("sampling directly: the collector samples less often")),
            qPrintable(session.sourceText()));
    }

    void aSubscriberThatNeverReadsHoldsNothingUp()
    {
        // Connected and stopped (a suspended window): the collector keeps its cadence.
        const QByteArray name = control::feedSocketName(m_db);
        const int fd = control::connectTo(name);
        QVERIFY(fd >= 0);
        qint64 before = 0;
        {
            sql::Database d;
            QVERIFY(d.open(m_db, sql::Database::Mode::ReadOnly));
            sql::Statement q = d.prepare("SELECT max(ts) FROM node_sample");
            QVERIFY(q.step());
            before = q.int64(0);
        }
        QThread::sleep(5);
        sql::Database d;
        QVERIFY(d.open(m_db, sql::Database::Mode::ReadOnly));
        sql::Statement gaps = d.prepare("SELECT ts FROM node_sample WHERE node_id = 1 AND ts > ? ORDER BY ts");
        gaps.bind(1, before);
        qint64 last = before, worst = 0;
        int samples = 0;
        while (gaps.step()) {
            worst = qMax(worst, gaps.int64(0) - last);
            last = gaps.int64(0);
            ++samples;
        }
        ::close(fd);
        QVERIFY2(samples >= 4 && worst <= 2000,
            qPrintable(QStringLiteral("%1 samples, worst gap %2 ms").arg(samples).arg(worst)));
    }
};

QTEST_GUILESS_MAIN(TestFeed)
#include "tst_feed.moc"
