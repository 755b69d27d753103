// Every program that starts an emulated cluster (and, for the history programs, a collector that
// records it) ends them on SIGTERM, SIGINT and SIGHUP as it does when it is quit from its menu (the
// collector's own --demo on SIGTERM and SIGINT; its SIGHUP reads the profile again):
// no omsim, no collector and no FUSE mount is left behind (issue 25: `kill -TERM` on
// `openmosixview --demo` left omsim running and its mount in place). Each program runs offscreen
// with --demo; the test finds the children it started by their parent (the program's pid, never
// the machine's process list), waits until the demo cluster is mounted, sends the signal, and
// checks the program's own children and their mount.
#include "support/processtree.h"
#include "support/testcluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace omv::test;

class TestSignals : public QObject
{
    Q_OBJECT

private slots:
    void demoEndsWithTheProgram_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<int>("signalNumber");
        QTest::addColumn<bool>("records"); // a history program: a collector beside omsim
        QTest::addColumn<bool>("daemon"); // the collector: SIGHUP reads its profile again, it does not end
        const struct {
            const char* dir;
            const char* name;
            bool records;
        } programs[] = {
            { "app", "openmosixview", false },
            { "procs", "openmosixprocs", false },
            { "migmon", "openmosixmigmon", false },
            { "analyzer", "openmosixanalyzer", true },
            { "history", "openmosixhistory", true },
        };
        for (const auto& p : programs)
            for (const auto& [name, number] :
                { std::pair<const char*, int> { "TERM", SIGTERM }, { "INT", SIGINT }, { "HUP", SIGHUP } })
                QTest::addRow("%s %s", p.name, name)
                    << QStringLiteral("%1/%2").arg(QLatin1String(p.dir), QLatin1String(p.name)) << number << p.records
                    << false;
        // The collector's own demo (`openmosixcollector --demo`): TERM and INT end it and its omsim;
        // HUP is a daemon's "read the profile again" — it goes on recording, and a TERM after it
        // still cleans up.
        for (const auto& [name, number] :
            { std::pair<const char*, int> { "TERM", SIGTERM }, { "INT", SIGINT }, { "HUP", SIGHUP } })
            QTest::addRow("openmosixcollector %s", name)
                << QStringLiteral("collector/openmosixcollector") << number << false << true;
    }
    void demoEndsWithTheProgram()
    {
        QFETCH(QString, program);
        QFETCH(int, signalNumber);
        QFETCH(bool, records);
        QFETCH(bool, daemon);
        QTemporaryDir dir;
        QStringList args { QStringLiteral("--demo") };
        if (daemon)
            args << QStringLiteral("--db") << dir.path() + QStringLiteral("/demo.db") << QStringLiteral("--interval")
                 << QStringLiteral("1");
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedOutputChannel);
        p.start(omv::test::TestCluster::buildDir() + QLatin1Char('/') + program, args);
        QVERIFY(p.waitForStarted(10000));
        // Its omsim (and collector), and omsim's mount.
        qint64 omsim = -1, collector = -1;
        QString root;
        // Whatever the outcome, nothing of this test stays behind (a failing program would leave
        // its omsim and mount to the next test).
        struct Cleanup {
            QProcess& program;
            qint64& omsim;
            qint64& collector;
            QString& root;
            ~Cleanup()
            {
                if (program.state() != QProcess::NotRunning) {
                    program.kill();
                    program.waitForFinished(5000);
                }
                for (qint64 pid : { collector, omsim })
                    if (pid > 0 && running(pid))
                        ::kill(pid_t(pid), SIGTERM);
                for (int i = 0; i < 50 && omsim > 0 && running(omsim); ++i)
                    QThread::msleep(100);
                if (!root.isEmpty() && mounted(root))
                    QProcess::execute(QStringLiteral("fusermount3"), { QStringLiteral("-uz"), root });
            }
        } cleanup { p, omsim, collector, root };
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (qint64 child : childrenOf(p.processId())) {
                    const QStringList args = commandLineOf(child);
                    if (args.isEmpty())
                        continue;
                    if (args.first().endsWith(QLatin1String("omsim"))) {
                        omsim = child;
                        const int at = args.indexOf(QStringLiteral("--root"));
                        root = at >= 0 ? args.value(at + 1) : QString();
                    } else if (args.first().endsWith(QLatin1String("openmosixcollector"))) {
                        collector = child;
                    }
                }
                return omsim > 0 && !root.isEmpty() && mounted(root) && (!records || collector > 0);
            }(),
            30000);
        // Let the window come up fully (its first snapshot) before the signal.
        QTest::qWait(1500);
        QVERIFY(p.state() == QProcess::Running);
        if (daemon && signalNumber == SIGHUP) {
            QCOMPARE(::kill(pid_t(p.processId()), SIGHUP), 0);
            QVERIFY(!p.waitForFinished(1500)); // still recording
            QVERIFY(running(omsim) && mounted(root));
            signalNumber = SIGTERM;
        }
        QCOMPARE(::kill(pid_t(p.processId()), signalNumber), 0);
        QVERIFY2(p.waitForFinished(15000), "the program did not end on the signal");
        QCOMPARE(p.exitStatus(), QProcess::NormalExit); // it quit, it was not killed by the signal
        QTRY_VERIFY_WITH_TIMEOUT(!running(omsim), 10000);
        if (records)
            QTRY_VERIFY_WITH_TIMEOUT(!running(collector), 10000);
        QVERIFY2(!mounted(root), qPrintable(root + QStringLiteral(" is still mounted")));
        QVERIFY2(!QDir(root).exists(), qPrintable(root + QStringLiteral(" is still there")));
    }
};

QTEST_GUILESS_MAIN(TestSignals)
#include "tst_signals.moc"
