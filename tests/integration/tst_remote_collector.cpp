// The collector from another machine (issue 30), through real sshd: node 1's sshd stands for the
// controller — a profile with [collector] host= reaches it with the nodes' key, and there
// `openmosixcollector --serve feed` follows the collector that records the cluster. Checked
// against the collector's own feed read here directly: every snapshot that came over ssh is one
// the local subscriber also got, equal field for field; node 1's sshd log counts the serve's
// session; refusals are one sentence each (no such database there, no collector program, a serve
// of another protocol, a collector that stopped); a window's session follows from the desk, says
// so, falls back to sampling directly with the reason, and returns.
#include "core/backend/backendfactory.h"
#include "core/backend/clusterbackend.h"
#include "core/control/controlserver.h"
#include "core/control/feed.h"
#include "core/control/remote.h"
#include "core/store/historywire.h"
#include "core/store/sqlite.h"
#include "core/store/store.h"
#include "core/transport/sshmux.h"
#include "gui/clustersession.h"
#include "gui/collectorcontrol.h"
#include "mainwindow.h"
#include "support/snapshotcompare.h"
#include "support/testcluster.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QMessageBox>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <csignal>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace omv;
using omv::test::TestCluster;

namespace
{

QString scenario(const QTemporaryDir& dir)
{
    const QString path = dir.path() + QStringLiteral("/remote.scenario");
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("kernel openmosix\nnodes 3 speed=10000 cpus=2 mem=4096\n"
            "spawn all 12 cmd=\"job{n}\" user=* cpu=0.3 mem=8\n");
    return path;
}

} // namespace

class TestRemoteCollector : public QObject
{
    Q_OBJECT
    QTemporaryDir m_files;
    TestCluster m_cluster { omv::test::testPort(23150), scenario(m_files), { QStringLiteral("--manual") } };
    QString m_profile, m_remoteProfile, m_db;
    QProcess m_collector;

    void startCollector()
    {
        m_collector.start(TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"),
            { QStringLiteral("--profile"), m_profile, QStringLiteral("--db"), m_db, QStringLiteral("--interval"),
                QStringLiteral("1") });
    }
    void stopCollector()
    {
        ::kill(pid_t(m_collector.processId()), SIGTERM);
        QVERIFY(m_collector.waitForFinished(15000));
    }
    // The controller as the profile names it: node 1's sshd, the program of this build.
    control::CollectorHost controller(const QString& program = QString()) const
    {
        control::CollectorHost where;
        where.host = m_cluster.address(1);
        where.ssh = m_cluster.sshOptions(1);
        where.program
            = program.isEmpty() ? TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector") : program;
        return where;
    }

    // `openmosixcollector --serve MODE` on node 1 through OpenSSH's client, as a desk would run it.
    void startServe(QProcess& serve, const QString& mode) const
    {
        serve.start(QStringLiteral("ssh"),
            { QStringLiteral("-i"), m_cluster.identity(), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + m_cluster.knownHosts(),
                QStringLiteral("-p"), QString::number(m_cluster.port()), m_cluster.address(1),
                TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector --serve ") + mode
                    + QStringLiteral(" --db ") + m_db });
    }
    // Lines of node 1's sshd log (LogLevel VERBOSE) that contain `what`.
    int countOnNode1(const char* what) const
    {
        QFile f(m_cluster.dir() + QStringLiteral("/sshd_1.log"));
        return f.open(QIODevice::ReadOnly) ? int(f.readAll().count(what)) : -1;
    }
    // How many commands a node's sshd started for each client port (connection).
    QMap<QString, int> sessionsOnNode1() const { return sessionsOn(1); }
    QMap<QString, int> sessionsOn(int node) const
    {
        QFile f(m_cluster.dir() + QStringLiteral("/sshd_%1.log").arg(node));
        QMap<QString, int> ports;
        if (!f.open(QIODevice::ReadOnly))
            return ports;
        static const QRegularExpression session(
            QStringLiteral("Starting session: command for \\S+ from \\S+ port (\\d+)"));
        for (auto it = session.globalMatch(QString::fromUtf8(f.readAll())); it.hasNext();)
            ports[it.next().captured(1)] += 1;
        return ports;
    }

    // The samples the file gets over the next `seconds` (-1: it cannot be read).
    qint64 samplesOver(int seconds) const
    {
        const qint64 from = QDateTime::currentMSecsSinceEpoch();
        QThread::sleep(seconds);
        sql::Database d;
        if (!d.open(m_db, sql::Database::Mode::ReadOnly))
            return -1;
        sql::Statement q = d.prepare("SELECT count(DISTINCT ts) FROM node_sample WHERE ts > ?");
        q.bind(1, from);
        return q.step() ? q.int64(0) : -1;
    }
    // Over the next 8 s the collector records every second (at least 6 samples) and answers.
    void checkCadenceFor8s() const
    {
        const qint64 samples = samplesOver(8);
        QVERIFY2(samples >= 6, qPrintable(QString::number(samples)));
        QString answer;
        QVERIFY2(control::request(m_db, control::statusRequest(), &answer), qPrintable(answer));
    }

private slots:
    void initTestCase()
    {
        QString error;
        qputenv("SSHD_LOGLEVEL", "VERBOSE"); // node 1's log names the commands it ran
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        m_db = m_files.path() + QStringLiteral("/remote.db");
        // The local profile a file of its own: writeProfile() writes both to openmosix.ini.
        m_profile = m_files.path() + QStringLiteral("/local.ini");
        QVERIFY(QFile::copy(m_cluster.writeProfile(QStringLiteral("openmosix"), 1, true,
                                QStringLiteral("[collector]\ndatabase=%1\n").arg(m_db)),
            m_profile));
        m_remoteProfile = m_cluster.writeProfile(QStringLiteral("openmosix"), 1, true,
            QStringLiteral("[collector]\nhost=%1\nprogram=%2\ndatabase=%3\n")
                .arg(m_cluster.address(1), TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"),
                    m_db));
        // "Local against remote" compares two ways only when the local profile stays local.
        QVERIFY(ClusterProfile::load(m_profile)->collectorHost.isEmpty());
        QCOMPARE(ClusterProfile::load(m_remoteProfile)->collectorHost, m_cluster.address(1));
        startCollector();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_db) && QFile::exists(omv::test::feedSocketOf(m_db)), 15000);
    }
    void cleanupTestCase()
    {
        if (m_collector.state() != QProcess::NotRunning)
            stopCollector();
        m_cluster.stop();
    }

    // The profile's [collector] host= and program= reach the windows as a CollectorHost with the
    // nodes' ssh settings.
    void theProfileNamesTheController()
    {
        const Result<ClusterProfile> p = ClusterProfile::load(m_remoteProfile);
        QVERIFY2(p.ok(), qPrintable(p.errorString()));
        const control::CollectorHost where = collectorHost(p.value(), {});
        QCOMPARE(where.host, m_cluster.address(1));
        QCOMPARE(where.ssh.host, m_cluster.address(1));
        QCOMPARE(where.ssh.identityFile, m_cluster.identity());
        QCOMPARE(where.program, TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"));
        QCOMPARE(p->databasePath(), m_db);
        // A database path that only this machine could resolve is refused.
        QFile f(m_files.path() + QStringLiteral("/relative.ini"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[cluster]\nbackend=openmosix\ngateway=127.0.1.1\n[collector]\nhost=ctl\ndatabase=lab.db\n");
        f.close();
        const Result<ClusterProfile> bad = ClusterProfile::load(f.fileName());
        QVERIFY(!bad.ok());
        QVERIFY2(bad.errorString().contains(QLatin1String("with host=, the database's path on that machine")),
            qPrintable(bad.errorString()));
    }

    // Every snapshot that came through ssh is one the collector's own feed gave here, equal in
    // every field; node 1's sshd ran the serve.
    void theFeedComesThroughSsh()
    {
        control::FeedSubscriber remote, local;
        QString error;
        QVERIFY2(local.connect(m_db, &error), qPrintable(error));
        const QMap<QString, int> before = sessionsOnNode1();
        QVERIFY2(remote.connect(controller(), m_db, &error), qPrintable(error));

        QList<ClusterSnapshot> fromRemote, fromLocal;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 6000) {
            ClusterSnapshot s;
            if (remote.next(&s, 50, &error))
                fromRemote << s;
            QVERIFY2(error.isEmpty(), qPrintable(error));
            if (local.next(&s, 50, &error))
                fromLocal << s;
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QVERIFY2(fromRemote.size() >= 3, qPrintable(QString::number(fromRemote.size())));
        QCOMPARE(remote.intervalMs(), 1000);
        int matched = 0;
        for (const ClusterSnapshot& r : std::as_const(fromRemote)) {
            const auto same = std::find_if(
                fromLocal.cbegin(), fromLocal.cend(), [&](const ClusterSnapshot& l) { return l.timeMs == r.timeMs; });
            if (same == fromLocal.cend())
                continue; // before the local one joined
            omv::test::compareSnapshots(r, *same);
            if (QTest::currentTestFailed())
                return;
            ++matched;
        }
        QVERIFY2(matched >= 2, qPrintable(QString::number(matched)));
        QVERIFY(!fromRemote.last().processes.isEmpty());
        // Through node 1's sshd: a connection that ran one command all along (the collector's
        // connections run one every second; LogLevel VERBOSE logs each with its client's port).
        const QMap<QString, int> after = sessionsOnNode1();
        int single = 0;
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            single += !before.contains(it.key()) && it.value() == 1;
        QCOMPARE(single, 1);
    }

    // Each way it can go wrong is one sentence, and the subscriber stays usable.
    void refusalsAreSentences()
    {
        control::FeedSubscriber sub;
        QString error;
        // No such database there.
        QVERIFY(!sub.connect(controller(), m_files.path() + QStringLiteral("/none.db"), &error));
        QVERIFY2(error.contains(QLatin1String("none.db")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
        QVERIFY(!sub.isConnected());
        // No collector program there.
        QVERIFY(!sub.connect(controller(QStringLiteral("/nonexistent/openmosixcollector")), m_db, &error));
        QVERIFY2(error.startsWith(QStringLiteral("no /nonexistent/openmosixcollector on %1").arg(m_cluster.address(1))),
            qPrintable(error));
        // A serve of another protocol (a collector of another version).
        const QString other = m_files.path() + QStringLiteral("/other-collector");
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho 'omv-serve 99 9.9.9 feed'\nsleep 5\n");
        f.close();
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        QVERIFY(!sub.connect(controller(other), m_db, &error));
        QVERIFY2(error.contains(QLatin1String("version 9.9.9, which speaks protocol 99")), qPrintable(error));
        // Something else that talks.
        f.open(QIODevice::WriteOnly);
        f.write("#!/bin/sh\necho 'Welcome to ctl!'\nsleep 5\n");
        f.close();
        QVERIFY(!sub.connect(controller(other), m_db, &error));
        QVERIFY2(error.contains(QLatin1String("did not answer as openmosixcollector --serve does")), qPrintable(error));
        // And then the real one.
        QVERIFY2(sub.connect(controller(), m_db, &error), qPrintable(error));
        ClusterSnapshot s;
        QVERIFY(sub.next(&s, 5000, &error));
    }

    // A control request through `--serve control`: the collector's own answer, as asked here
    // directly; a command's audit record sent from the desk names the ssh user, as the
    // collector's connection saw it; garbage on the channel is one sentence and no more.
    void controlRequestsAndTheAuditGoThrough()
    {
        QString here, there;
        QVERIFY2(control::request(m_db, control::statusRequest(), &here), qPrintable(here));
        QVERIFY2(control::requestOn(controller(), m_db, control::statusRequest(), &there), qPrintable(there));
        // "pid N, …": the same collector.
        QCOMPARE(there.section(QLatin1Char(','), 0, 0), here.section(QLatin1Char(','), 0, 0));
        QVERIFY(there.startsWith(QStringLiteral("pid %1").arg(m_collector.processId())));
        // Requests share one ssh session: twenty more, no new login on node 1. (Each channel
        // ends as soon as its answer is out — often before the desk looked: an answer that came
        // is an answer, however soon its channel closed.)
        const int logins = countOnNode1("Accepted publickey");
        for (int i = 0; i < 20; ++i)
            QVERIFY2(control::requestOn(controller(), m_db, control::statusRequest(), &there), qPrintable(there));
        QCOMPARE(countOnNode1("Accepted publickey"), logins);
        // No such database there: the collector's (or its absence's) sentence.
        QVERIFY(!control::requestOn(
            controller(), m_files.path() + QStringLiteral("/none.db"), control::statusRequest(), &there));
        QVERIFY2(there.contains(QLatin1String("none.db")), qPrintable(there));

        // The audit: a dispatcher whose collector is "on another machine".
        const QString marker = QStringLiteral("remote-audit-%1").arg(QCoreApplication::applicationPid());
        QString answer;
        QVERIFY2(control::requestOn(controller(), m_db,
                     control::commandRequest({ Command::sendSignal(1, 4242, ProcessSignal::Cont), true,
                         QStringLiteral("tst_remote_collector"), marker, QString() }),
                     &answer),
            qPrintable(answer));
        sql::Database d;
        QVERIFY(d.open(m_db, sql::Database::Mode::ReadOnly));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                sql::Statement q = d.prepare("SELECT actor FROM event WHERE kind = 'command' AND detail LIKE ?");
                q.bind(1, QStringLiteral("%") + marker + QStringLiteral("%"));
                return q.step() && q.text(0) == control::userName(::getuid());
            }(),
            5000);

        // Garbage instead of a request: the serve says so and ends; the collector goes on.
        QProcess serve;
        startServe(serve, QStringLiteral("control"));
        QVERIFY(serve.waitForStarted());
        serve.write(QByteArray("\xff\xff\xff\xff garbage", 16));
        QVERIFY(serve.waitForFinished(20000));
        QCOMPARE(serve.exitCode(), 2);
        QVERIFY2(serve.readAllStandardError().contains("a bad request"), "");
        QVERIFY(
            serve.readAllStandardOutput().startsWith("omv-serve " + QByteArray::number(control::kServeProtocol) + ' '));
        QVERIFY2(control::request(m_db, control::statusRequest(), &here), qPrintable(here));
    }

    // A desk that stops reading (its ssh client stopped: a suspended laptop) holds up its own
    // channel only: the collector records every second all the same, and answers.
    void aStalledDeskLeavesTheCadenceAlone()
    {
        QProcess serve;
        startServe(serve, QStringLiteral("feed"));
        QVERIFY(serve.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(serve.bytesAvailable() > 0, 10000); // its header: following
        QVERIFY(::kill(pid_t(serve.processId()), SIGSTOP) == 0);
        auto resume = qScopeGuard([&] {
            ::kill(pid_t(serve.processId()), SIGCONT);
            serve.kill();
            serve.waitForFinished(5000);
        });
        checkCadenceFor8s();
    }

    // History clients that misbehave cost the collector only their own reader: one sends a
    // frame longer than any (its channel ends within seconds, the collector logs it), another
    // asks for a long answer three times and then stops reading (its ssh client SIGSTOPped for
    // 8 s) — meanwhile the collector records every second and answers its control socket.
    void badHistoryClientsLeaveTheCadenceAlone()
    {
        QProcess garbage;
        startServe(garbage, QStringLiteral("history"));
        QVERIFY(garbage.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(garbage.bytesAvailable() > 0, 10000);
        QVERIFY(garbage.readLine().startsWith("omv-serve " + QByteArray::number(control::kServeProtocol) + ' '));
        garbage.write(QByteArray("\xff\xff\xff\xf0Qjunk", 9));
        QVERIFY(garbage.waitForFinished(10000));

        QProcess stalled;
        startServe(stalled, QStringLiteral("history"));
        QVERIFY(stalled.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(stalled.bytesAvailable() > 0, 10000);
        history::SpansBetween all;
        all.from = 0;
        all.to = std::numeric_limits<qint64>::max();
        for (quint64 id = 1; id <= 3; ++id)
            stalled.write(history::wire::encodeFrame(history::wire::Kind::Ask, id, history::encodeRequest(all)));
        QVERIFY(stalled.waitForBytesWritten(5000));
        QVERIFY(::kill(pid_t(stalled.processId()), SIGSTOP) == 0);
        auto resume = qScopeGuard([&] {
            ::kill(pid_t(stalled.processId()), SIGCONT);
            stalled.kill();
            stalled.waitForFinished(5000);
        });
        checkCadenceFor8s();
    }

    // The collector stops: the feed ends with the serve's sentence; it starts again: followed again.
    void theCollectorStopsAndComesBack()
    {
        control::FeedSubscriber sub;
        QString error;
        QVERIFY2(sub.connect(controller(), m_db, &error), qPrintable(error));
        ClusterSnapshot s;
        QVERIFY(sub.next(&s, 5000, &error));
        stopCollector();
        QElapsedTimer t;
        t.start();
        while (sub.next(&s, 200, &error) || (error.isEmpty() && t.elapsed() < 10000)) { }
        QVERIFY2(error.contains(QLatin1String("stopped")) && error.contains(m_db), qPrintable(error));
        QVERIFY(!sub.isConnected());
        startCollector();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(omv::test::feedSocketOf(m_db)), 15000);
        QVERIFY2(sub.connect(controller(), m_db, &error), qPrintable(error));
        QVERIFY(sub.next(&s, 5000, &error));
    }

    // History from the desk: with the remote profile the windowless answers are the local ones
    // byte for byte — openmosixhistory --at T --json, --between T1 T2 --json, --log of a process
    // never logged (the same refusal), openmosixanalyzer --stats and --report r.csv over a fixed
    // range — and they came through node 1's sshd (a session each).
    void historyFromTheDeskIsTheSameByteForByte()
    {
        StoreReader direct;
        QString error;
        QVERIFY2(direct.open(m_db, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(direct.extent().last - direct.extent().first >= 6000, 20000);
        const TimeExtent e = direct.extent();
        const auto iso = [](qint64 t) { return QDateTime::fromMSecsSinceEpoch(t).toString(Qt::ISODateWithMs); };
        const QString from = iso(e.first + 1000), at = iso(e.first + 3500), to = iso(e.last - 500);
        const QString csv = m_files.path() + QStringLiteral("/stats-%1.csv");
        struct Run {
            QString program;
            QStringList args;
            int status;
        };
        const QList<Run> runs {
            { QStringLiteral("history/openmosixhistory"), { QStringLiteral("--at"), at, QStringLiteral("--json") }, 0 },
            { QStringLiteral("history/openmosixhistory"),
                { QStringLiteral("--between"), from, to, QStringLiteral("--json") }, 0 },
            { QStringLiteral("history/openmosixhistory"), { QStringLiteral("--log"), QStringLiteral("4242@1") }, 1 },
            { QStringLiteral("analyzer/openmosixanalyzer"),
                { QStringLiteral("--stats"), QStringLiteral("--from"), from, QStringLiteral("--to"), to }, 0 },
            { QStringLiteral("analyzer/openmosixanalyzer"),
                { QStringLiteral("--report"), csv, QStringLiteral("--from"), from, QStringLiteral("--to"), to }, 0 },
        };
        for (const Run& run : runs) {
            QByteArray out[2], err[2], file[2];
            for (int remote = 0; remote < 2; ++remote) {
                const int sessions = countOnNode1("Starting session");
                QStringList args = run.args;
                args.replaceInStrings(
                    QStringLiteral("%1"), remote ? QStringLiteral("remote") : QStringLiteral("local"));
                QProcess p;
                p.start(TestCluster::buildDir() + QLatin1Char('/') + run.program,
                    QStringList { QStringLiteral("--profile"), remote ? m_remoteProfile : m_profile } + args);
                QVERIFY(p.waitForFinished(60000));
                out[remote] = p.readAllStandardOutput();
                err[remote] = p.readAllStandardError();
                QVERIFY2(p.exitCode() == run.status,
                    qPrintable(
                        run.args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(err[remote])));
                if (remote)
                    QVERIFY2(countOnNode1("Starting session") > sessions, qPrintable(run.args.join(QLatin1Char(' '))));
                const int c = args.indexOf(QStringLiteral("--report"));
                if (c >= 0) {
                    QFile f(args.at(c + 1));
                    QVERIFY(f.open(QIODevice::ReadOnly));
                    file[remote] = f.readAll();
                    QVERIFY(file[remote].count('\n') >= 4); // the cluster and three nodes
                }
            }
            QCOMPARE(out[1], out[0]);
            QCOMPARE(err[1], err[0]);
            QCOMPARE(file[1], file[0]);
            if (run.status == 0 && run.args.contains(QStringLiteral("--json")))
                QVERIFY(out[0].contains("\"nodes\"") || out[0].contains("\"changes\""));
        }
    }

    // With no collector running there, the serve answers from the file itself (the ssh user
    // may read it): the same bytes again; and the serve's own session ends with the desk's.
    void historyFromTheFileWhenNoCollectorRuns()
    {
        StoreReader direct;
        QString error;
        QVERIFY2(direct.open(m_db, &error), qPrintable(error));
        const QString at = QDateTime::fromMSecsSinceEpoch(direct.extent().first + 2500).toString(Qt::ISODateWithMs);
        stopCollector();
        const auto cleanup = qScopeGuard([this] { startCollector(); });
        QByteArray out[2];
        for (int remote = 0; remote < 2; ++remote) {
            QProcess p;
            p.start(TestCluster::buildDir() + QStringLiteral("/history/openmosixhistory"),
                { QStringLiteral("--profile"), remote ? m_remoteProfile : m_profile, QStringLiteral("--at"), at,
                    QStringLiteral("--json") });
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            out[remote] = p.readAllStandardOutput();
        }
        QVERIFY(out[0].contains("\"nodes\""));
        QCOMPARE(out[1], out[0]);
    }

    // The history windows from the desk: openmosixanalyzer draws its report (the PDF is the
    // window drawn, every chart and the statistics asked over the channel) and openmosixhistory
    // shows a moment — both with the remote profile, both through node 1's sshd.
    void theHistoryWindowsOpenFromTheDesk()
    {
        const QString pdf = m_files.path() + QStringLiteral("/remote.pdf");
        const QString shot = m_files.path() + QStringLiteral("/history.png");
        const int sessions = countOnNode1("Starting session");
        QProcess analyzer;
        analyzer.start(TestCluster::buildDir() + QStringLiteral("/analyzer/openmosixanalyzer"),
            { QStringLiteral("--profile"), m_remoteProfile, QStringLiteral("--report"), pdf });
        QVERIFY(analyzer.waitForFinished(60000));
        QVERIFY2(analyzer.exitCode() == 0, analyzer.readAllStandardError().constData());
        QVERIFY(QFileInfo(pdf).size() > 10000);
        QProcess history;
        history.setProcessEnvironment(omv::test::windowEnvironment(m_files.path(), 1));
        history.start(TestCluster::buildDir() + QStringLiteral("/history/openmosixhistory"),
            { QStringLiteral("--profile"), m_remoteProfile, QStringLiteral("--screenshot"), shot });
        QVERIFY(history.waitForFinished(60000));
        QVERIFY2(history.exitCode() == 0, history.readAllStandardError().constData());
        QVERIFY(QFileInfo(shot).size() > 5000);
        const QString analyzerShot = m_files.path() + QStringLiteral("/analyzer.png");
        analyzer.setProcessEnvironment(omv::test::windowEnvironment(m_files.path(), 1));
        analyzer.start(TestCluster::buildDir() + QStringLiteral("/analyzer/openmosixanalyzer"),
            { QStringLiteral("--profile"), m_remoteProfile, QStringLiteral("--screenshot"), analyzerShot });
        QVERIFY(analyzer.waitForFinished(60000));
        QVERIFY2(analyzer.exitCode() == 0, analyzer.readAllStandardError().constData());
        QVERIFY(countOnNode1("Starting session") >= sessions + 3);
        // For a look (docs/): OMV_KEEP_SCREENSHOTS=DIR keeps them.
        if (const QString keep = qEnvironmentVariable("OMV_KEEP_SCREENSHOTS"); !keep.isEmpty())
            for (const QString& f : { shot, analyzerShot, pdf })
                QFile::copy(f, keep + QLatin1Char('/') + QFileInfo(f).fileName());
    }

    // The three programs that sample, each opened with the remote profile: the nodes run the
    // collector's commands only (one connection running commands per node, as the nodes'
    // sshd logs show), while every window shows the cluster live from the collector on node 1.
    void threeWindowsFollowFromTheDesk()
    {
        QTemporaryDir config;
        const QProcessEnvironment env = omv::test::windowEnvironment(config.path(), 1);
        std::vector<std::unique_ptr<QProcess>> windows;
        for (const QString& program : { QStringLiteral("app/openmosixview"), QStringLiteral("procs/openmosixprocs"),
                 QStringLiteral("migmon/openmosixmigmon") }) {
            auto w = std::make_unique<QProcess>();
            w->setProcessEnvironment(env);
            w->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            w->start(
                TestCluster::buildDir() + QLatin1Char('/') + program, { QStringLiteral("--profile"), m_remoteProfile });
            QVERIFY2(w->waitForStarted(), qPrintable(program));
            windows.push_back(std::move(w));
        }
        auto closeAll = qScopeGuard([&] {
            for (auto& w : windows) {
                w->kill();
                w->waitForFinished(5000);
            }
        });
        QThread::sleep(5); // up, following
        // Nodes 2 and 3 ran commands for one connection each in 4 s: the collector's sampler.
        // (Node 1 also runs the windows' serves and their status requests.)
        QList<QMap<QString, int>> before;
        for (int n = 2; n <= 3; ++n)
            before << sessionsOn(n);
        QThread::sleep(4);
        for (int n = 2; n <= 3; ++n) {
            const QMap<QString, int> after = sessionsOn(n);
            int connections = 0;
            for (auto it = after.cbegin(); it != after.cend(); ++it)
                connections += it.value() > before[n - 2].value(it.key());
            QCOMPARE(connections, 1);
        }
        for (auto& w : windows)
            QCOMPARE(w->state(), QProcess::Running);
        // The main window as the desk sees it (kept in docs/ when OMV_SCREENSHOT_DIR is set).
        const QString png = qEnvironmentVariableIsSet("OMV_SCREENSHOT_DIR")
            ? qEnvironmentVariable("OMV_SCREENSHOT_DIR") + QStringLiteral("/openmosixview-remote-collector.png")
            : m_files.path() + QStringLiteral("/remote.png");
        QProcess shot;
        shot.setProcessEnvironment(env);
        shot.start(TestCluster::buildDir() + QStringLiteral("/app/openmosixview"),
            { QStringLiteral("--profile"), m_remoteProfile, QStringLiteral("--screenshot"), png });
        QVERIFY(shot.waitForFinished(30000));
        QVERIFY(QFileInfo(png).size() > 0);
    }

    // A window's session opened with the remote profile: live from the collector on the
    // controller, never sampling the nodes itself; the collector gone, it samples directly and
    // says why; back, it follows again.
    void aWindowFollowsFromTheDesk()
    {
        const Result<ClusterProfile> p = ClusterProfile::load(m_remoteProfile);
        QVERIFY(p.ok());
        std::unique_ptr<ClusterBackend> backend = omv::test::backendFor(m_remoteProfile);
        ClusterBackend* own = backend.get();
        ClusterSession session(std::move(backend));
        QSignalSpy snapshots(&session, &ClusterSession::snapshotReady);
        session.setIntervalMs(1000);
        session.setAuditDatabase(p->databasePath(), collectorHost(p.value(), {}));
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(session.fromCollector(), 15000);
        QCOMPARE(session.sourceText(), QStringLiteral("live from the collector on %1").arg(m_cluster.address(1)));
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 3, 8000);
        QVERIFY(own->lastSnapshot().nodes.isEmpty()); // it never sampled the nodes itself
        stopCollector();
        QTRY_VERIFY_WITH_TIMEOUT(!session.fromCollector(), 8000);
        QVERIFY2(
            session.sourceText().startsWith(QLatin1String("sampling directly: ")), qPrintable(session.sourceText()));
        QVERIFY2(session.sourceText().contains(QLatin1String("stopped")), qPrintable(session.sourceText()));
        const int before = snapshots.size();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= before + 2, 8000);
        QVERIFY(!own->lastSnapshot().nodes.isEmpty());
        startCollector();
        QTRY_VERIFY_WITH_TIMEOUT(session.fromCollector(), 30000);
        QCOMPARE(session.sourceText(), QStringLiteral("live from the collector on %1").arg(m_cluster.address(1)));
    }

    // Tried again while a window samples directly, the remote feed's connect runs on a thread of
    // its own: a collector host that takes connections and never answers (no ssh greeting, a
    // connect timeout each try) does not hold up the window's samples. (It did: each retry held
    // the sampler for the connect timeout.)
    void aHostThatHangsDoesNotHoldUpTheSamples()
    {
        // A listener nobody serves: the kernel completes each connection, nothing speaks.
        const int hole = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in sa {};
        sa.sin_family = AF_INET;
        QVERIFY(::inet_pton(AF_INET, "127.0.1.77", &sa.sin_addr) == 1);
        socklen_t len = sizeof sa;
        QVERIFY(::bind(hole, reinterpret_cast<sockaddr*>(&sa), sizeof sa) == 0 && ::listen(hole, 64) == 0
            && ::getsockname(hole, reinterpret_cast<sockaddr*>(&sa), &len) == 0);
        const auto closeHole = qScopeGuard([hole] { ::close(hole); });
        control::CollectorHost where = controller();
        where.host = QStringLiteral("127.0.1.77");
        where.ssh.host = where.host;
        where.ssh.port = ntohs(sa.sin_port);
        where.ssh.connectTimeoutMs = 3000;
        where.keepSessionS = 0;
        ClusterSession session(omv::test::backendFor(m_profile)); // samples the test nodes itself
        QSignalSpy snapshots(&session, &ClusterSession::snapshotReady);
        session.setIntervalMs(1000);
        session.setAuditDatabase(m_db, where);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 2, 20000); // after the first try's timeout
        QElapsedTimer t;
        t.start();
        qint64 last = 0, worst = 0;
        while (t.elapsed() < 10000) {
            snapshots.wait(4000);
            worst = std::max(worst, t.elapsed() - last);
            last = t.elapsed();
        }
        QVERIFY2(worst < 2500, qPrintable(QStringLiteral("a gap of %1 ms between samples").arg(worst)));
        QVERIFY(!session.fromCollector());
        QVERIFY2(
            session.sourceText().startsWith(QLatin1String("sampling directly: ")), qPrintable(session.sourceText()));
    }

    // The short requests of a program share one session per collector host — but only between
    // the same trust: a profile whose known_hosts does not know the host is refused, even after
    // another profile's session to it was made (it rode on that session before).
    void eachTrustHasItsOwnSession()
    {
        control::CollectorHost trusted = controller();
        trusted.keepSessionS = 0; // the libssh session of the program, not a kept one
        QString answer;
        QVERIFY2(control::requestOn(trusted, m_db, control::statusRequest(), &answer), qPrintable(answer));
        control::CollectorHost stranger = trusted;
        stranger.ssh.knownHostsFile = m_files.path() + QStringLiteral("/empty_known_hosts");
        QFile empty(stranger.ssh.knownHostsFile);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QVERIFY(!control::requestOn(stranger, m_db, control::statusRequest(), &answer));
        QVERIFY2(answer.contains(QLatin1String("host key"), Qt::CaseInsensitive), qPrintable(answer));
        QVERIFY2(control::requestOn(trusted, m_db, control::statusRequest(), &answer), qPrintable(answer));
    }

    // A collector that systemd runs (the packaged unit names itself in OMV_SYSTEMD_UNIT) says so
    // in its status; a stop over its socket is refused with the systemctl line instead (stopped
    // behind systemd's back it would look like a service that ended by itself); the desk's
    // CollectorControl offers neither Start nor Stop and says why. It goes on recording.
    void aCollectorUnderSystemdIsSystemds()
    {
        stopCollector();
        const auto restore = qScopeGuard([this] {
            stopCollector();
            m_collector.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
            startCollector();
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(omv::test::feedSocketOf(m_db)), 15000);
        });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INVOCATION_ID"), QStringLiteral("0123456789abcdef"));
        env.insert(QStringLiteral("OMV_SYSTEMD_UNIT"), QStringLiteral("openmosixcollector.service"));
        m_collector.setProcessEnvironment(env);
        startCollector();
        const control::CollectorHost where = controller();
        QString answer;
        QTRY_VERIFY_WITH_TIMEOUT(control::requestOn(where, m_db, control::statusRequest(), &answer), 15000);
        QVERIFY2(answer.contains(QLatin1String("managed by openmosixcollector.service")), qPrintable(answer));
        QVERIFY(!control::requestOn(where, m_db, { QByteArrayLiteral("stop") }, &answer));
        QCOMPARE(
            answer, QStringLiteral("managed by openmosixcollector.service: systemctl stop openmosixcollector.service"));
        QVERIFY2(control::requestOn(where, m_db, control::statusRequest(), &answer), qPrintable(answer));

        CollectorControl desk(m_db, {}, nullptr, where);
        QSignalSpy state(&desk, &CollectorControl::stateChanged);
        desk.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(desk.isRunning(), 15000);
        QCOMPARE(desk.managedBy(), QStringLiteral("openmosixcollector.service"));
        QCOMPARE(desk.whyNoStop(),
            QStringLiteral(
                "managed by openmosixcollector.service on %1: systemctl stop openmosixcollector.service there")
                .arg(m_cluster.address(1)));
        QString error;
        QVERIFY(!desk.start(5, &error));
        QCOMPARE(error,
            QStringLiteral(
                "managed by openmosixcollector.service on %1: systemctl start openmosixcollector.service there")
                .arg(m_cluster.address(1)));
        // Without systemd's INVOCATION_ID the name alone is not believed.
        stopCollector();
        env.remove(QStringLiteral("INVOCATION_ID"));
        m_collector.setProcessEnvironment(env);
        startCollector();
        QTRY_VERIFY_WITH_TIMEOUT(control::requestOn(where, m_db, control::statusRequest(), &answer), 15000);
        QVERIFY2(!answer.contains(QLatin1String("managed by")), qPrintable(answer));
    }

    // Start from the desk: the collector's machine starts it as it last ran (the profile it
    // said in the file) at the desk's interval, detached from the ssh session that asked; it
    // records, a second Start finds it running, the desk stops it. Checked against the kernel:
    // the process the status names runs this build's collector with that profile and interval.
    void theDeskStartsTheCollectorThere()
    {
        stopCollector();
        const auto restore = qScopeGuard([this] {
            startCollector();
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(omv::test::feedSocketOf(m_db)), 15000);
        });
        CollectorControl desk(m_db, {}, nullptr, controller());
        QVERIFY(desk.whyNoStart().isEmpty());
        QSignalSpy answered(&desk, &CollectorControl::startAnswered);
        QString error;
        QVERIFY2(desk.start(2, &error), qPrintable(error));
        QVERIFY(answered.wait(20000));
        const QString text = answered.first().at(1).toString();
        QVERIFY2(answered.first().at(0).toBool(), qPrintable(text));
        QVERIFY2(text.startsWith(QStringLiteral("started on %1 as %2: pid ")
                                     .arg(QHostInfo::localHostName(), control::userName(::geteuid()))),
            qPrintable(text));
        const omv::test::StartedCollector started = omv::test::StartedCollector::fromStatus(text);
        const auto end = qScopeGuard([&] { started.end(); });
        QCOMPARE(started.commandLine(),
            QStringList({ TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"),
                QStringLiteral("--profile"), m_profile, QStringLiteral("--db"), m_db, QStringLiteral("--interval"),
                QStringLiteral("2") }));
        QTRY_VERIFY_WITH_TIMEOUT(desk.isRunning(), 15000);
        QVERIFY(desk.startedHere());
        // It records, every 2 s.
        const qint64 samples = samplesOver(5);
        QVERIFY2(samples >= 2 && samples <= 4, qPrintable(QString::number(samples)));
        answered.clear();
        QVERIFY(desk.start(2, &error));
        QVERIFY(answered.wait(20000));
        QVERIFY(answered.first().at(0).toBool());
        QVERIFY2(answered.first().at(1).toString().startsWith(QStringLiteral("already recording on ")),
            qPrintable(answered.first().at(1).toString()));
        desk.stop();
        QTRY_VERIFY_WITH_TIMEOUT(started.ended(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!desk.isRunning(), 15000);
    }

    // What a Start there refuses, in one sentence each, starting nothing: a database a systemd
    // unit records (the unit found as systemd finds it, here through SYSTEMD_UNIT_PATH), one that
    // nothing has recorded into (no profile is known), a bad interval.
    void aStartThereSaysWhyNot()
    {
        stopCollector();
        const auto restore = qScopeGuard([this] {
            startCollector();
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(omv::test::feedSocketOf(m_db)), 15000);
        });
        const QString units = m_files.path() + QStringLiteral("/units");
        QVERIFY(QDir().mkpath(units));
        {
            QFile unit(units + QStringLiteral("/omvtest.service"));
            QVERIFY(unit.open(QIODevice::WriteOnly));
            unit.write(QStringLiteral("[Service]\nUser=nobody\nExecStart=-/usr/bin/openmosixcollector --profile "
                                      "/etc/openmosixview/cluster.ini --db %1 --interval 5\n")
                           .arg(m_db)
                           .toUtf8());
        }
        const QString wrapper = units + QStringLiteral("/collector.sh");
        {
            QFile w(wrapper);
            QVERIFY(w.open(QIODevice::WriteOnly));
            w.write(QStringLiteral("#!/bin/sh\nSYSTEMD_UNIT_PATH=%1 exec %2 \"$@\"\n")
                        .arg(units, TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"))
                        .toUtf8());
            w.setPermissions(w.permissions() | QFileDevice::ExeOwner);
        }
        const QString host = QHostInfo::localHostName();
        const auto refused = [&](const QString& db, const control::CollectorHost& where, int interval) {
            CollectorControl desk(db, {}, nullptr, where);
            QSignalSpy answered(&desk, &CollectorControl::startAnswered);
            QString error;
            if (!desk.start(interval, &error) || !answered.wait(20000) || answered.first().at(0).toBool())
                return QString(QStringLiteral("not refused: ") + error + answered.value(0).value(1).toString());
            return answered.first().at(1).toString();
        };
        QCOMPARE(refused(m_db, controller(wrapper), 2),
            QStringLiteral("managed by omvtest.service on %1: systemctl start omvtest.service there").arg(host));
        const QString none = m_files.path() + QStringLiteral("/none.db");
        QCOMPARE(refused(none, controller(), 2),
            QStringLiteral("nothing has recorded into %1 on %2 yet, so no profile is known to start its collector "
                           "with: start the first one there (openmosixcollector --profile FILE --db %1)")
                .arg(none, host));
        QCOMPARE(refused(m_db, controller(), 0), QStringLiteral("an interval of 0 s: it must be 1..3600"));
        // The profile it last ran with is gone: it ends at once, and its own last words say why.
        const QString away = m_profile + QStringLiteral(".away");
        QVERIFY(QFile::rename(m_profile, away));
        const QString ended = refused(m_db, controller(), 2);
        QVERIFY(QFile::rename(away, m_profile));
        QVERIFY2(ended.startsWith(QStringLiteral("the collector on %1 ended at once: ").arg(host))
                && ended.contains(m_profile),
            qPrintable(ended));
        QString answer;
        QVERIFY(!control::request(m_db, control::statusRequest(), &answer)); // nothing started
    }

    // The main window's Start on a desk whose collector runs on another machine: what the
    // machine there answered, in the status bar; its refusal, in a message box (both kept in
    // docs/ when OMV_SCREENSHOT_DIR is set).
    void theMainWindowStartsItThere()
    {
        stopCollector();
        const auto restore = qScopeGuard([this] {
            startCollector();
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(omv::test::feedSocketOf(m_db)), 15000);
        });
        const auto shot = [&](QWidget* w, const QString& name) {
            const QString png = qEnvironmentVariableIsSet("OMV_SCREENSHOT_DIR")
                ? qEnvironmentVariable("OMV_SCREENSHOT_DIR") + QLatin1Char('/') + name
                : m_files.path() + QLatin1Char('/') + name;
            QVERIFY(w->grab().save(png));
        };
        MainWindow w(
            std::make_unique<ClusterSession>(omv::test::backendFor(m_remoteProfile)), QStringLiteral("remote"));
        w.setOrigin({ m_remoteProfile, QString(), m_db, controller() });
        w.resize(1000, 560);
        w.show();
        auto* action = w.findChild<QAction*>(QStringLiteral("collectorAction"));
        QVERIFY(action);
        QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled() && action->text() == QLatin1String("Start &collector"), 15000);
        action->trigger();
        const QString prefix = QStringLiteral("Collector: started on %1 as %2: pid ")
                                   .arg(QHostInfo::localHostName(), control::userName(::geteuid()));
        QTRY_VERIFY_WITH_TIMEOUT(w.statusBar()->currentMessage().startsWith(prefix), 20000);
        const QString status = w.statusBar()->currentMessage();
        const omv::test::StartedCollector started
            = omv::test::StartedCollector::fromStatus(status.mid(QStringLiteral("Collector: ").size()));
        const auto end = qScopeGuard([&] { started.end(); });
        QVERIFY(!started.ended());
        QTRY_VERIFY_WITH_TIMEOUT(action->text() == QLatin1String("Stop &collector"), 15000);
        // The nodes as the collector just started there sees them (a row each, and the cluster's).
        auto* table = w.findChild<QAbstractItemView*>(QStringLiteral("nodeTable"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 4, 20000);
        w.statusBar()->showMessage(status); // the answer again, for the picture (it shows for 10 s)
        shot(&w, QStringLiteral("openmosixview-remote-start.png"));
        action->trigger(); // Stop, on the machine there
        QTRY_VERIFY_WITH_TIMEOUT(started.ended(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(action->text() == QLatin1String("Start &collector"), 15000);

        // A database nothing has recorded into: the machine there says why, in a box.
        const QString none = m_files.path() + QStringLiteral("/none.db");
        w.setOrigin({ m_remoteProfile, QString(), none, controller() });
        QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), 15000);
        QString said;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || !said.isEmpty())
                return;
            said = box->text();
            shot(box, QStringLiteral("openmosixview-remote-start-refused.png"));
            box->accept();
        });
        answer.start(50);
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), 20000);
        answer.stop();
        QVERIFY2(said.startsWith(
                     QStringLiteral("nothing has recorded into %1 on %2 yet").arg(none, QHostInfo::localHostName())),
            qPrintable(said));
    }

    // The program after the first rides on the ssh session the first one left (sshmux.h): no
    // key exchange of its own (node 1's sshd authenticates no one new), the same answers; with
    // that session gone, a program connects for itself and leaves a new one; keep_session=0
    // leaves none.
    void theNextProgramRidesOnTheKeptSession()
    {
        const Result<ClusterProfile> p = ClusterProfile::load(m_remoteProfile);
        QVERIFY(p.ok());
        SshOptions o = collectorHost(p.value(), {}).ssh;
        QCOMPARE(collectorHost(p.value(), {}).keepSessionS, 300); // the default
        const QString path = sshmux::controlPath(o);
        QVERIFY(!path.isEmpty());
        sshmux::stopMaster(o, path); // what the tests before left
        QTRY_VERIFY(!sshmux::alive(path));
        // Only this user may reach the folder of kept sessions.
        QCOMPARE(QFileInfo(QFileInfo(path).path()).permissions() & 0x0077, QFileDevice::Permissions());
        StoreReader direct;
        QString error;
        QVERIFY2(direct.open(m_db, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(direct.extent().last - direct.extent().first >= 3000, 20000);
        const QString at = QDateTime::fromMSecsSinceEpoch(direct.extent().first + 2500).toString(Qt::ISODateWithMs);
        const auto json = [&](const QString& profile) {
            QProcess run;
            run.start(TestCluster::buildDir() + QStringLiteral("/history/openmosixhistory"),
                { QStringLiteral("--profile"), profile, QStringLiteral("--at"), at, QStringLiteral("--json") });
            run.waitForFinished(60000);
            const QByteArray err = run.readAllStandardError();
            return run.exitCode() == 0 ? run.readAllStandardOutput() : QByteArray("failed: " + err);
        };
        QProcess local;
        local.start(TestCluster::buildDir() + QStringLiteral("/history/openmosixhistory"),
            { QStringLiteral("--db"), m_db, QStringLiteral("--at"), at, QStringLiteral("--json") });
        QVERIFY(local.waitForFinished(60000));
        const QByteArray truth = local.readAllStandardOutput();
        QVERIFY(truth.contains("\"nodes\""));

        const int accepted = countOnNode1("Accepted publickey");
        QCOMPARE(json(m_remoteProfile), truth);
        QTRY_VERIFY_WITH_TIMEOUT(sshmux::alive(path), 10000); // the session it left
        QTRY_COMPARE_WITH_TIMEOUT(countOnNode1("Accepted publickey"), accepted + 2, 5000); // its own, the kept one
        QFile log(m_cluster.dir() + QStringLiteral("/sshd_1.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QRegularExpressionMatch last;
        for (auto it = QRegularExpression(QStringLiteral("Accepted publickey for \\S+ from \\S+ port (\\d+)"))
                           .globalMatch(QString::fromUtf8(log.readAll()));
             it.hasNext();)
            last = it.next();
        const QString keptPort = last.captured(1); // the kept session's connection
        const int sessions = sessionsOnNode1().value(keptPort);
        QCOMPARE(json(m_remoteProfile), truth);
        QCOMPARE(json(m_remoteProfile), truth);
        QCOMPARE(countOnNode1("Accepted publickey"), accepted + 2); // no one new authenticated
        QCOMPARE(sessionsOnNode1().value(keptPort), sessions + 2); // two channels on the kept session

        // Gone (ended, or its connection cut): the next program connects for itself.
        QVERIFY(sshmux::stopMaster(o, path));
        QTRY_VERIFY(!sshmux::alive(path));
        QCOMPARE(json(m_remoteProfile), truth);
        QTRY_VERIFY_WITH_TIMEOUT(sshmux::alive(path), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(countOnNode1("Accepted publickey"), accepted + 4, 5000);

        // A socket no master answers on (one killed; after a restart ~/.cache still has it) is
        // replaced by the next program's master instead of keeping every later one from being
        // kept ("already exists, disabling multiplexing").
        QVERIFY(sshmux::stopMaster(o, path));
        QTRY_VERIFY(!QFile::exists(path));
        {
            const int stale = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
            sockaddr_un sa {};
            sa.sun_family = AF_UNIX;
            const QByteArray p = QFile::encodeName(path);
            std::memcpy(sa.sun_path, p.constData(), size_t(p.size()));
            QVERIFY(::bind(stale, reinterpret_cast<sockaddr*>(&sa), sizeof sa) == 0);
            ::close(stale); // the file stays, nobody listens
        }
        QVERIFY(QFile::exists(path) && !sshmux::alive(path));
        QCOMPARE(json(m_remoteProfile), truth);
        QTRY_VERIFY_WITH_TIMEOUT(sshmux::alive(path), 10000);
        const int acceptedNow = countOnNode1("Accepted publickey");
        QCOMPARE(json(m_remoteProfile), truth);
        QCOMPARE(countOnNode1("Accepted publickey"), acceptedNow); // on the new kept session

        // keep_session=0: every program on its own, nothing left behind.
        QVERIFY(sshmux::stopMaster(o, path));
        QTRY_VERIFY(!sshmux::alive(path));
        const QString noKeep = m_files.path() + QStringLiteral("/nokeep.ini");
        QVERIFY(QFile::copy(m_remoteProfile, noKeep));
        QFile f(noKeep);
        QVERIFY(f.open(QIODevice::Append));
        f.write("keep_session=0\n"); // the profile's last section is [collector]
        f.close();
        QCOMPARE(json(noKeep), truth);
        QCOMPARE(json(noKeep), truth);
        QTest::qWait(1500);
        QVERIFY(!sshmux::alive(path));
        QCOMPARE(countOnNode1("Accepted publickey"), acceptedNow + 2);
    }
};

QTEST_MAIN(TestRemoteCollector)
#include "tst_remote_collector.moc"
