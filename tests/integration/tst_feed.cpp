// The collector's snapshot feed (issue 17), through sshd on omsim: a window's subscriber gets the
// whole cluster at once, then every change as deltas — the same cluster a direct sample sees; a
// command's effect (a process stopped) shows in the next feed snapshot, because the collector
// samples every detail while windows listen; a subscriber that never reads does not hold up the
// collector's cadence; a subscriber that comes back starts again from a whole snapshot.
#include "core/backend/clusterbackend.h"
#include "core/control/feed.h"
#include "core/demo/democluster.h"
#include "core/model/snapshotfeed.h"
#include "core/store/sqlite.h"
#include "gui/clustersession.h"
#include "support/snapshotcompare.h"
#include "support/testcluster.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
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

    QTemporaryDir m_config; // the windows' settings
    QList<QProcess*> m_windows;

    void startCollector()
    {
        m_collector.start(TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"),
            { QStringLiteral("--profile"), m_profile, QStringLiteral("--db"), m_db, QStringLiteral("--interval"),
                QStringLiteral("1") });
    }
    // The ssh connections (by client port) that ran commands on each node during the next `ms`,
    // from the nodes' sshd logs (LogLevel VERBOSE says "Starting session: command for … port P").
    QList<QSet<QString>> samplersDuring(int ms)
    {
        QList<qint64> from;
        for (int n = 1; n <= m_cluster.nodes(); ++n)
            from << QFileInfo(sshdLog(n)).size();
        QThread::msleep(ulong(ms));
        static const QRegularExpression session(
            QStringLiteral("Starting session: command for \\S+ from \\S+ port (\\d+)"));
        QList<QSet<QString>> out;
        for (int n = 1; n <= m_cluster.nodes(); ++n) {
            QFile f(sshdLog(n));
            f.open(QIODevice::ReadOnly);
            f.seek(from[n - 1]);
            QSet<QString> ports;
            for (auto it = session.globalMatch(QString::fromUtf8(f.readAll())); it.hasNext();)
                ports << it.next().captured(1);
            out << ports;
        }
        return out;
    }
    QString sshdLog(int node) const { return m_cluster.dir() + QStringLiteral("/sshd_%1.log").arg(node); }
    static QString counts(const QList<QSet<QString>>& perNode)
    {
        QStringList out;
        for (const QSet<QString>& s : perNode)
            out << QString::number(s.size());
        return out.join(QLatin1Char(' '));
    }
    static bool each(const QList<QSet<QString>>& perNode, const std::function<bool(int)>& ok)
    {
        return std::all_of(perNode.cbegin(), perNode.cend(), [&](const QSet<QString>& s) { return ok(s.size()); });
    }

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
        qputenv("SSHD_LOGLEVEL", "VERBOSE"); // a line for every command a node runs
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        m_db = m_files.path() + QStringLiteral("/feed.db");
        // The windows find the collector through the profile's database.
        m_profile = m_cluster.writeProfile(
            QStringLiteral("openmosix"), 1, true, QStringLiteral("[collector]\ndatabase=%1\n").arg(m_db));
        startCollector();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_db) && QFile::exists(omv::test::feedSocketOf(m_db)), 15000);
    }
    void cleanupTestCase()
    {
        for (QProcess* w : qAsConst(m_windows)) {
            w->kill();
            w->waitForFinished(5000);
        }
        ::kill(pid_t(m_collector.processId()), SIGTERM);
        QVERIFY(m_collector.waitForFinished(15000));
        QCOMPARE(m_collector.exitCode(), 0);
        m_cluster.stop();
    }

    void threeWindowsAndTheCollectorAreOneSampler()
    {
        // The main window, the process manager and the migration monitor, each its own program on
        // this profile, every one wanting a snapshot a second as the collector takes them: the
        // nodes run one sampler's commands, not four. The collector stopped, every window samples
        // directly; back, the nodes see one sampler again.
        const QProcessEnvironment env = omv::test::windowEnvironment(m_config.path(), 1);
        for (const QString& program : { QStringLiteral("app/openmosixview"), QStringLiteral("procs/openmosixprocs"),
                 QStringLiteral("migmon/openmosixmigmon") }) {
            auto* w = new QProcess(this);
            w->setProcessEnvironment(env);
            w->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            w->start(TestCluster::buildDir() + QLatin1Char('/') + program, { QStringLiteral("--profile"), m_profile });
            QVERIFY2(w->waitForStarted(), qPrintable(program));
            m_windows << w;
        }
        QThread::sleep(4); // up, subscribed
        QList<QSet<QString>> seen = samplersDuring(4000);
        QVERIFY2(each(seen, [](int n) { return n == 1; }), qPrintable(counts(seen)));
        for (QProcess* w : qAsConst(m_windows))
            QCOMPARE(w->state(), QProcess::Running);
        // No collector: every window samples for itself.
        ::kill(pid_t(m_collector.processId()), SIGTERM);
        QVERIFY(m_collector.waitForFinished(15000));
        QThread::sleep(3); // two windows' intervals to notice
        seen = samplersDuring(3000);
        QVERIFY2(each(seen, [](int n) { return n == 3; }), qPrintable(counts(seen)));
        // Back: one again.
        startCollector();
        QElapsedTimer t;
        t.start();
        do
            seen = samplersDuring(2500);
        while (!each(seen, [](int n) { return n == 1; }) && t.elapsed() < 20000);
        QVERIFY2(each(seen, [](int n) { return n == 1; }), qPrintable(counts(seen)));
        for (QProcess* w : qAsConst(m_windows))
            QCOMPARE(w->state(), QProcess::Running);
        for (QProcess* w : qAsConst(m_windows)) { // closed: the next tests meet a collector nobody follows
            w->kill();
            w->waitForFinished(5000);
        }
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
        // At once: nobody followed the collector (it kept no complete snapshot), so it samples now.
        QVERIFY2(t.elapsed() < 900, qPrintable(QString::number(t.elapsed())));
        // The same cluster a sample of its own sees (omsim stands still).
        const std::unique_ptr<ClusterBackend> b = omv::test::backendFor(m_profile);
        const ClusterSnapshot direct = b->snapshot();
        QCOMPARE(s.nodes.size(), direct.nodes.size());
        QCOMPARE(keys(s), keys(direct));
        QCOMPARE(s.processes.size(), 60);
        // A command's effect shows in the next snapshots: stopped, then a process started.
        const ProcessInfo victim = s.processes.first();
        QVERIFY(test::send(*b, Command::sendSignal(victim.homeNode, victim.pid, ProcessSignal::Stop)).ok());
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
        QVERIFY(test::send(*b, Command::sendSignal(victim.homeNode, victim.pid, ProcessSignal::Cont)).ok());
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
        startCollector();
        QTRY_VERIFY_WITH_TIMEOUT(session.fromCollector(), 10000);
        // A window that wants snapshots more often than the collector takes them samples itself.
        session.setIntervalMs(200);
        QTRY_VERIFY_WITH_TIMEOUT(!session.fromCollector(), 8000);
        QVERIFY2(session.sourceText().startsWith(QLatin1String("sampling directly: the collector samples less often")),
            qPrintable(session.sourceText()));
    }

    void deltasOverOmsimStepsGiveTheWholeSnapshot()
    {
        // 500 random steps of the running omsim cluster — time passing (CPU time, the balancer's
        // migrations), processes started (some sent to the best node), stopped, continued,
        // reniced, killed, a node stopped and started — each sampled as a window does, then sent
        // through the wire as a delta from the one before: what a subscriber builds from the
        // deltas is, every time, the whole snapshot.
        const std::unique_ptr<ClusterBackend> b = DemoCluster::backendFor(m_cluster.root(), 10000);
        QRandomGenerator rng(500);
        ClusterSnapshot before = b->snapshot();
        QString error;
        std::optional<FeedMessage> first = decodeFeed(encodeFeed(feedFull(before, 1)), &error);
        QVERIFY2(first, qPrintable(error));
        ClusterSnapshot mirror = first->full;
        quint64 seq = 1;
        int stoppedNode = 0, moves = 0;
        QSet<QString> did;
        for (quint64 k = 2; k <= 501; ++k) {
            const quint32 r = rng.bounded(100);
            const QVector<ProcessInfo>& ps = before.processes;
            const ProcessInfo* some = ps.isEmpty() ? nullptr : &ps[int(rng.bounded(quint32(ps.size())))];
            bool done = false;
            if (r < 40) {
                done = m_cluster.ctl(QStringLiteral("step %1").arg(1 + rng.bounded(3)));
                did << QStringLiteral("step");
            } else if (r < 55) {
                const int node = 1 + int(rng.bounded(3));
                done = m_cluster.ctl(QStringLiteral("spawn %1 %2 %3 %4 0 %5 job%6 --part %6")
                                         .arg(node)
                                         .arg(1000 + rng.bounded(3))
                                         .arg(100 + rng.bounded(900))
                                         .arg(1 + rng.bounded(64))
                                         .arg(rng.bounded(2) ? -1 : 0)
                                         .arg(k))
                    || node == stoppedNode;
                did << QStringLiteral("spawn");
            } else if (r < 70 && some) {
                static const char* const sigs[] = { "STOP", "CONT", "TERM" };
                done = m_cluster.ctl(QStringLiteral("kill %1 %2 %3")
                                         .arg(some->homeNode)
                                         .arg(some->pid)
                                         .arg(QLatin1String(sigs[rng.bounded(3)])))
                    || true; // refused (its node stopped): nothing changes, still a step
                did << QStringLiteral("signal");
            } else if (r < 80 && some) {
                done = m_cluster.ctl(
                           QStringLiteral("renice %1 %2 %3").arg(some->homeNode).arg(some->pid).arg(rng.bounded(20)))
                    || true;
                did << QStringLiteral("renice");
            } else if (r < 84) {
                if (stoppedNode) {
                    done = m_cluster.ctl(QStringLiteral("node %1 start").arg(stoppedNode));
                    stoppedNode = 0;
                } else {
                    stoppedNode = 2 + int(rng.bounded(2)); // the gateway stays
                    done = m_cluster.ctl(QStringLiteral("node %1 stop").arg(stoppedNode));
                }
                did << QStringLiteral("node");
            } else {
                done = m_cluster.ctl(QStringLiteral("step 1"));
            }
            QVERIFY2(done, qPrintable(QStringLiteral("step %1 (%2)").arg(k).arg(r)));
            const ClusterSnapshot after = b->snapshot();
            for (const ProcessInfo& p : after.processes)
                moves += p.isMigrated() ? 1 : 0;
            const QByteArray wire = encodeFeed(feedDelta(before, after, k - 1, k));
            const std::optional<FeedMessage> d = decodeFeed(wire, &error);
            QVERIFY2(d, qPrintable(error));
            QVERIFY2(applyFeedDelta(&mirror, &seq, *d, &error), qPrintable(error));
            omv::test::compareSnapshots(mirror, after);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("after step %1 (%2)").arg(k).arg(r)));
            before = after;
        }
        if (stoppedNode)
            QVERIFY(m_cluster.ctl(QStringLiteral("node %1 start").arg(stoppedNode)));
        QCOMPARE(did.size(), 5); // every kind of step was taken
        QVERIFY2(moves > 0, "no process ever ran away from home");
    }

    void aSubscriberThatNeverReadsHoldsNothingUp()
    {
        // A subscriber that connects and is then stopped (SIGSTOP: a suspended window): the
        // collector keeps its cadence and its memory (its queue for it is capped; see
        // tst_snapshotfeed for the cap itself).
        const QString name = omv::test::feedSocketOf(m_db);
        QProcess holder;
        holder.start(TestCluster::buildDir() + QStringLiteral("/tests/omv_controlprobe"),
            { QStringLiteral("hold"), name, QStringLiteral("1"), QStringLiteral("30") });
        QVERIFY(holder.waitForReadyRead(10000)); // "holding 1": connected
        ::kill(pid_t(holder.processId()), SIGSTOP);
        auto rssKb = [this] {
            QFile f(QStringLiteral("/proc/%1/status").arg(m_collector.processId()));
            f.open(QIODevice::ReadOnly);
            const QRegularExpressionMatch m
                = QRegularExpression(QStringLiteral("VmRSS:\\s+(\\d+)")).match(QString::fromLatin1(f.readAll()));
            return m.captured(1).toLongLong();
        };
        QThread::sleep(1);
        const qint64 rssBefore = rssKb();
        qint64 before = 0;
        {
            sql::Database d;
            QVERIFY(d.open(m_db, sql::Database::Mode::ReadOnly));
            sql::Statement q = d.prepare("SELECT max(ts) FROM node_sample");
            QVERIFY(q.step());
            before = q.int64(0);
        }
        QThread::sleep(5);
        const qint64 rssAfter = rssKb();
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
        ::kill(pid_t(holder.processId()), SIGKILL);
        holder.waitForFinished(5000);
        QVERIFY2(rssBefore > 0 && rssAfter - rssBefore < 4096,
            qPrintable(QStringLiteral("collector RSS %1 → %2 kB").arg(rssBefore).arg(rssAfter)));
        QVERIFY2(samples >= 4 && worst <= 2000,
            qPrintable(QStringLiteral("%1 samples, worst gap %2 ms").arg(samples).arg(worst)));
    }
};

QTEST_GUILESS_MAIN(TestFeed)
#include "tst_feed.moc"
