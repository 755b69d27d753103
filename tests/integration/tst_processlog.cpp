// "Log process" end to end: a real collector records omsim through real sshd nodes; a process is
// marked over the control socket, moved, stopped, and unmarked; its logged samples say what was
// done to it — checked against what the test did and against omsim's own files (where it ran,
// its memory), and its CPU against what it is by construction (alone on a node, one CPU's
// worth of demand: 100 % while it runs, nothing while it is stopped).
#include "core/control/controlserver.h"
#include "core/store/store.h"
#include "support/snapshotwait.h"
#include "support/testcluster.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <limits>
#include <unistd.h>

using namespace omv;
using omv::test::TestCluster;

namespace
{

QString scenario(const QTemporaryDir& dir)
{
    // Node 1 runs the render job alone; nodes 2 and 3 idle but for small jobs.
    return omv::test::writeText(dir.path(), QStringLiteral("log.scenario"),
        "kernel openmosix\nnodes 3 speed=10000 cpus=1 mem=4096\n"
        "spawn 1 1 cmd=\"render --frame 7\" user=alice cpu=1 mem=40\n"
        "spawn 2 1 cmd=\"idle\" user=bob cpu=0.01 mem=1\n");
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

class TestProcessLog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_files;
    // Real time in ticks of 0.1 s: CPU time advances with the clock.
    TestCluster m_cluster { omv::test::testPort(22345), scenario(m_files),
        { QStringLiteral("--tick"), QStringLiteral("0.1") } };

    bool writeRoot(const QString& relative, const QByteArray& text)
    {
        QFile f(m_cluster.root() + QLatin1Char('/') + relative);
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    }
    int pidOf(int node, const QByteArray& command)
    {
        for (const QString& d : QDir(m_cluster.root() + QStringLiteral("/%1").arg(node)).entryList(QDir::Dirs)) {
            bool ok = false;
            const int pid = d.toInt(&ok);
            if (ok && m_cluster.readRoot(QStringLiteral("%1/%2/cmdline").arg(node).arg(pid)).startsWith(command))
                return pid;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        // No automatic migration anywhere: only the test moves the job.
        for (int n : { 1, 2, 3 })
            QVERIFY(writeRoot(QStringLiteral("%1/hpc/admin/stay").arg(n), "1"));
    }
    void cleanupTestCase() { m_cluster.stop(); }

    void aMarkedProcessIsLoggedAtEverySample()
    {
        const int pid = pidOf(1, "render");
        QVERIFY(pid > 0);
        const QString db = m_files.path() + QStringLiteral("/history.db");
        QProcess collector;
        collector.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        collector.start(TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"),
            { QStringLiteral("--profile"), m_cluster.writeProfile(QStringLiteral("openmosix")), QStringLiteral("--db"),
                db, QStringLiteral("--interval"), QStringLiteral("1") });
        QVERIFY(collector.waitForStarted());
        QString answer;
        // Not before its first sample (nothing runs as far as it knows), then yes.
        bool logging = false; // (QTRY_VERIFY would ask once more at its end: "logged already")
        for (QElapsedTimer t; !logging && (!t.isValid() || t.elapsed() < 15000); QTest::qWait(200)) {
            if (!t.isValid())
                t.start();
            logging = control::request(db, control::logRequest(1, pid, true), &answer);
        }
        QVERIFY2(logging, qPrintable(answer));
        const qint64 marked = now();
        QVERIFY2(control::request(db, control::loggedRequest(), &answer), qPrintable(answer));
        QCOMPARE(control::parseLoggedText(answer), (QVector<QPair<NodeId, int>> { { 1, pid } }));
        QVERIFY(!control::request(db, control::logRequest(1, 999999, true), &answer)); // not running
        QVERIFY2(answer.contains(QLatin1String("not running")), qPrintable(answer));
        QTest::qWait(4500);
        // Moved to node 2 by hand.
        const qint64 moved = now();
        QVERIFY(writeRoot(QStringLiteral("1/%1/goto").arg(pid), "2"));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_cluster.readRoot(QStringLiteral("1/%1/where").arg(pid)).trimmed(), QByteArray("2"), 5000);
        QTest::qWait(4500);
        // Stopped.
        const qint64 stopped = now();
        QVERIFY(m_cluster.ctl(QStringLiteral("kill 1 %1 STOP").arg(pid)));
        QTest::qWait(4500);
        const qint64 unmarked = now();
        QVERIFY2(control::request(db, control::logRequest(1, pid, false), &answer), qPrintable(answer));
        QVERIFY(control::parseLoggedText(answer).isEmpty());
        QTest::qWait(2000);
        QVERIFY(m_cluster.ctl(QStringLiteral("kill 1 %1 CONT").arg(pid)));
        ::kill(pid_t(collector.processId()), SIGTERM);
        QVERIFY(collector.waitForFinished(15000));

        StoreReader r;
        QString error;
        QVERIFY2(r.open(db, &error), qPrintable(error));
        const QVector<ProcessSampleRow> rows = r.processSamples(1, pid, 0, std::numeric_limits<qint64>::max());
        QVERIFY2(rows.size() >= 11, qPrintable(QString::number(rows.size())));
        double runningCpu = 0, runningSeconds = 0;
        qint64 previous = -1;
        for (const ProcessSampleRow& s : rows) {
            QVERIFY2(s.ts >= marked - 1500 && s.ts <= unmarked + 1500, qPrintable(QString::number(s.ts - marked)));
            // Where it ran, and its state, as the test made them (a sample may fall on the change).
            const qint64 margin = 1300;
            if (s.ts < moved - margin)
                QCOMPARE(s.node, NodeId(1));
            if (s.ts > moved + margin)
                QCOMPARE(s.node, NodeId(2));
            if (s.ts > stopped + margin)
                QCOMPARE(s.state, QLatin1Char('T'));
            if (s.ts < stopped - margin)
                QVERIFY(s.state != QLatin1Char('T'));
            // omsim's memory of it: 40 MiB resident, 48 MiB virtual.
            QCOMPARE(s.rssBytes, qint64(40) << 20);
            QCOMPARE(s.vsizeBytes, qint64(48) << 20);
            if (s.ts > moved + margin)
                QCOMPARE(s.migrations, 1);
            if (previous >= 0 && s.cpuPercent >= 0) {
                const double seconds = double(s.ts - previous) / 1000;
                if (s.ts < stopped - margin) {
                    runningCpu += s.cpuPercent * seconds;
                    runningSeconds += seconds;
                } else if (previous > stopped + margin) {
                    QCOMPARE(s.cpuPercent, 0.0); // stopped: no CPU at all
                }
            }
            previous = s.ts;
        }
        // One CPU's worth of demand, alone on its node: 100 % while it ran (ticks of 0.1 s).
        QVERIFY(runningSeconds >= 5);
        const double mean = runningCpu / runningSeconds;
        QVERIFY2(mean > 88 && mean < 112, qPrintable(QString::number(mean)));
        // The marks, and who set them (this test's user, as the kernel told the collector).
        const QVector<LogMark> marks = r.logMarks(1, pid);
        QCOMPARE(marks.size(), 1);
        QVERIFY(marks[0].to >= marks[0].from);
        QCOMPARE(marks[0].actor, control::userName(::getuid()));
    }
};

QTEST_GUILESS_MAIN(TestProcessLog)
#include "tst_processlog.moc"
