// The drivers against omsim through real sshd: they see the cluster omsim holds, and every
// command changes omsim's model as shared/reference says. omsim runs with --manual, so nothing
// moves unless a test steps time.
#include "core/backend/backendfactory.h"
#include "core/backend/linux/linuxbackend.h"
#include "core/profile/clusterprofile.h"
#include "support/testcluster.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace omv;
using omv::test::TestCluster;

static QString writeScenario(const QTemporaryDir& dir, const char* name, const QByteArray& text)
{
    const QString path = dir.path() + QLatin1Char('/') + QLatin1String(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(text);
    return path;
}

static const ProcessInfo* find(const ClusterSnapshot& s, const QString& name, NodeId home)
{
    for (const ProcessInfo& p : s.processes) {
        if (p.name == name && p.homeNode == home)
            return &p;
    }
    return nullptr;
}

class TestOmsimSsh : public QObject
{
    Q_OBJECT
    QTemporaryDir m_files;
    TestCluster m_om { omv::test::testPort(22310), writeScenario(m_files, "om.scenario", R"(kernel openmosix
node 1 speed=10000 cpus=1 mem=4096
node 2 speed=10000 cpus=2 mem=4096
node 3 speed=20000 cpus=2 mem=8192
spawn 1 1 cmd="lame --preset extreme track.wav" user=alice cpu=1 mem=40
spawn 1 1 cmd="sh -c $(reboot);<b>x</b>" user=carol cpu=0.2 mem=10
spawn 2 1 cmd="make -j4" user=bob cpu=1 mem=100
spawn 2 1 cmd="-bash" user=bob cpu=0.01 mem=4 lock
)"),
        { QStringLiteral("--manual") } };
    TestCluster m_mx { omv::test::testPort(22310) + 100, writeScenario(m_files, "mx.scenario", R"(kernel mattx
node 709 speed=10000 cpus=4 mem=4096
node 814 speed=10000 cpus=4 mem=4096
spawn 709 1 cmd="pvmchess-client --depth 9" user=alice cpu=1 mem=50
spawn 709 1 cmd="top" user=root cpu=0.01 mem=4
)"),
        { QStringLiteral("--manual") } };
    // A stock kernel: no hpc, no mattx; nothing migrates.
    TestCluster m_lx { omv::test::testPort(22310) + 200, writeScenario(m_files, "lx.scenario", R"(kernel linux
node 1 speed=10000 cpus=4 mem=4096
node 2 speed=10000 cpus=2 mem=2048
spawn 1 1 cmd="render --frame 1" user=alice cpu=1 mem=50
spawn 1 1 cmd="render --frame 2" user=alice cpu=1 mem=50
spawn 1 1 cmd="render --frame 3" user=alice cpu=1 mem=50
spawn 2 1 cmd="sshd: bob" user=bob cpu=0.01 mem=4
)"),
        { QStringLiteral("--manual") } };
    std::unique_ptr<ClusterBackend> m_backend;
    std::unique_ptr<ClusterBackend> m_mattx;
    std::unique_ptr<ClusterBackend> m_linux;

    QByteArray admin(int node, const char* file) const
    {
        return m_om.readRoot(QStringLiteral("%1/hpc/admin/%2").arg(node).arg(QLatin1String(file))).trimmed();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_om.start(&error), qPrintable(error));
        QVERIFY2(m_mx.start(&error), qPrintable(error));
        QVERIFY2(m_lx.start(&error), qPrintable(error));
        QCOMPARE(m_om.ids(), QList<int>({ 1, 2, 3 }));
        QCOMPARE(m_mx.ids(), QList<int>({ 709, 814 }));
        m_backend = omv::test::backendFor(m_om.writeProfile(QStringLiteral("openmosix")));
        m_mattx = omv::test::backendFor(m_mx.writeProfile(QStringLiteral("mattx"), 709, false));
        m_linux = omv::test::backendFor(m_lx.writeProfile(QStringLiteral("linux")));
    }
    void cleanupTestCase()
    {
        m_backend.reset();
        m_mattx.reset();
        m_linux.reset();
        m_om.stop();
        m_mx.stop();
        m_lx.stop();
    }

    void openMosixSeesWhatOmsimHolds()
    {
        const ClusterSnapshot s = m_backend->snapshot();
        QVERIFY2(s.nodeErrors.isEmpty() && s.gatewayError.isEmpty(), qPrintable(s.gatewayError));
        QCOMPARE(s.nodes.size(), 3);
        QCOMPARE(s.node(3)->speed, 20000);
        QCOMPARE(s.node(3)->cpus, 2);
        QCOMPARE(s.node(3)->memTotal, Q_INT64_C(8192) << 20);
        QCOMPARE(s.node(1)->loadRaw, 300); // 1.2 busy CPUs x 250
        QCOMPARE(s.node(1)->loadPercent, 120.0);
        QCOMPARE(s.processes.size(), 4);
        QVERIFY(m_om.readRoot(QStringLiteral("status")).contains("processes 4"));
        const ProcessInfo* lame = find(s, QStringLiteral("lame"), 1);
        QVERIFY(lame);
        QCOMPARE(lame->user, QStringLiteral("alice"));
        QCOMPARE(lame->argv,
            QStringList({ QStringLiteral("lame"), QStringLiteral("--preset"), QStringLiteral("extreme"),
                QStringLiteral("track.wav") }));
        QCOMPARE(lame->state, QLatin1Char('R'));
        const ProcessInfo* hostile = find(s, QStringLiteral("sh"), 1);
        QVERIFY(hostile);
        QCOMPARE(hostile->argv.last(), QStringLiteral("$(reboot);<b>x</b>"));
        QCOMPARE(hostile->user, QStringLiteral("carol"));
        const ProcessInfo* bash = find(s, QStringLiteral("-bash"), 2);
        QVERIFY(bash && bash->locked);
        QCOMPARE(s.node(2)->flags.block, std::optional<bool>(false));
    }
    void nodeSwitchesChangeOmsim()
    {
        QVERIFY(m_backend->apply(Command::setSpeed(2, 7000)).ok());
        QCOMPARE(admin(2, "speed"), QByteArray("7000"));
        QVERIFY(m_backend->apply(Command::block(3, true)).ok());
        QCOMPARE(admin(3, "block"), QByteArray("1"));
        QVERIFY(m_backend->apply(Command::quiet(2, true)).ok());
        QCOMPARE(admin(2, "quiet"), QByteArray("1"));
        QVERIFY(m_backend->apply(Command::localStay(1, true)).ok());
        QCOMPARE(admin(1, "lstay"), QByteArray("1"));
        QVERIFY(m_backend->apply(Command::autoMigration(1, false)).ok());
        QCOMPARE(admin(1, "stay"), QByteArray("1"));
        const ClusterSnapshot s = m_backend->snapshot();
        QCOMPARE(s.node(2)->speed, 7000);
        QCOMPARE(s.node(3)->flags.block, std::optional<bool>(true));
        QCOMPARE(s.node(2)->flags.quiet, std::optional<bool>(true));
        QCOMPARE(s.node(1)->flags.lstay, std::optional<bool>(true));
        QCOMPARE(s.node(1)->flags.stay, std::optional<bool>(true));
        QString error;
        QCOMPARE(m_backend->nodeFlags(3, &error)->block, std::optional<bool>(true));
        for (const Command& c : { Command::block(3, false), Command::quiet(2, false), Command::localStay(1, false),
                 Command::autoMigration(1, true) })
            QVERIFY(m_backend->apply(c).ok());
        QCOMPARE(admin(3, "block") + admin(2, "quiet") + admin(1, "lstay") + admin(1, "stay"), QByteArray("0000"));
    }
    void migrateHomeBestAndGuests()
    {
        const ProcessInfo lame = *find(m_backend->snapshot(), QStringLiteral("lame"), 1);
        QVERIFY(test::send(*m_backend, Command::migrate(1, lame.pid, 3)).ok());
        ClusterSnapshot s = m_backend->snapshot();
        QCOMPARE(find(s, QStringLiteral("lame"), 1)->node, 3);
        QCOMPARE(find(s, QStringLiteral("lame"), 1)->migrations, 1);
        QCOMPARE(s.guests.size(), 1);
        QCOMPARE(s.guests[0].node, 3);
        QCOMPARE(s.guests[0].homeNode, 1);
        QCOMPARE(s.guests[0].homePid, lame.pid); // the identity file names it
        QVERIFY(test::send(*m_backend, Command::migrateHome(1, lame.pid)).ok());
        s = m_backend->snapshot();
        QCOMPARE(find(s, QStringLiteral("lame"), 1)->node, 1);
        QVERIFY(s.guests.isEmpty());
        const CommandOutcome best = test::send(*m_backend, Command::migrateBest(1, lame.pid));
        QVERIFY2(best.ok(), qPrintable(best.error));
        QCOMPARE(find(m_backend->snapshot(), QStringLiteral("lame"), 1)->node, 3); // the fast idle node
        QVERIFY(test::send(*m_backend, Command::migrateHome(1, lame.pid)).ok());
        const CommandOutcome gone = test::send(*m_backend, Command::migrate(1, 99999, 2));
        QVERIFY(!gone.ok());
        QVERIFY2(gone.error.contains(QLatin1String("No such process")), qPrintable(gone.error));
    }
    void expelAndBring()
    {
        const int make = find(m_backend->snapshot(), QStringLiteral("make"), 2)->pid;
        const int lame = find(m_backend->snapshot(), QStringLiteral("lame"), 1)->pid;
        QVERIFY(test::send(*m_backend, Command::migrate(2, make, 3)).ok());
        QVERIFY(test::send(*m_backend, Command::migrate(1, lame, 3)).ok());
        QCOMPARE(m_backend->snapshot().guests.size(), 2);
        QVERIFY(m_backend->apply(Command::expel(3)).ok());
        ClusterSnapshot s = m_backend->snapshot();
        QVERIFY(s.guests.isEmpty());
        QCOMPARE(s.node(3)->flags.expel, std::optional<bool>(true));
        QCOMPARE(s.node(3)->flags.block, std::optional<bool>(true));
        QVERIFY(m_backend->apply(Command::block(3, false)).ok());
        QVERIFY(test::send(*m_backend, Command::migrate(1, lame, 2)).ok());
        QVERIFY(m_backend->apply(Command::bring(1)).ok());
        s = m_backend->snapshot();
        QCOMPARE(find(s, QStringLiteral("lame"), 1)->node, 1);
        QCOMPARE(s.node(1)->flags.lstay, std::optional<bool>(true));
        QVERIFY(m_backend->apply(Command::localStay(1, false)).ok());
    }
    void signalsReniceLock()
    {
        const int sh = find(m_backend->snapshot(), QStringLiteral("sh"), 1)->pid;
        QVERIFY(test::send(*m_backend, Command::sendSignal(1, sh, ProcessSignal::Stop)).ok());
        QCOMPARE(find(m_backend->snapshot(), QStringLiteral("sh"), 1)->state, QLatin1Char('T'));
        QVERIFY(test::send(*m_backend, Command::sendSignal(1, sh, ProcessSignal::Cont)).ok());
        QCOMPARE(find(m_backend->snapshot(), QStringLiteral("sh"), 1)->state, QLatin1Char('S'));
        QVERIFY(test::send(*m_backend, Command::renice(1, sh, 5)).ok());
        QCOMPARE(find(m_backend->snapshot(), QStringLiteral("sh"), 1)->nice, 5);
        QVERIFY(test::send(*m_backend, Command::lock(1, sh, true)).ok());
        QVERIFY(find(m_backend->snapshot(), QStringLiteral("sh"), 1)->locked);
        const CommandOutcome refused = test::send(*m_backend, Command::migrate(1, sh, 2));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QLatin1String("locked")), qPrintable(refused.error));
        QVERIFY(test::send(*m_backend, Command::lock(1, sh, false)).ok());
        QVERIFY(!find(m_backend->snapshot(), QStringLiteral("sh"), 1)->locked);
        QVERIFY(test::send(*m_backend, Command::sendSignal(1, sh, ProcessSignal::Kill)).ok());
        QVERIFY(!find(m_backend->snapshot(), QStringLiteral("sh"), 1));
        const CommandOutcome again = test::send(*m_backend, Command::sendSignal(1, sh, ProcessSignal::Kill));
        QVERIFY(!again.ok());
        QVERIFY2(again.error.contains(QLatin1String("No such process")), qPrintable(again.error));
    }
    void lockedNeverMovedByBalancer()
    {
        const int make = find(m_backend->snapshot(), QStringLiteral("make"), 2)->pid;
        QVERIFY(test::send(*m_backend, Command::lock(2, make, true)).ok());
        QVERIFY(m_om.ctl(QStringLiteral("spawn 2 1001 1000 10 0 0 extra")));
        QVERIFY(m_om.ctl(QStringLiteral("spawn 2 1001 1000 10 0 0 extra")));
        QVERIFY(m_om.ctl(QStringLiteral("step 30")));
        ClusterSnapshot s = m_backend->snapshot();
        QCOMPARE(find(s, QStringLiteral("make"), 2)->node, 2);
        QVERIFY(test::send(*m_backend, Command::lock(2, make, false)).ok());
        QVERIFY(m_om.ctl(QStringLiteral("spawn 2 1001 1000 10 0 0 extra")));
        QVERIFY(m_om.ctl(QStringLiteral("step 30")));
        int away = 0;
        for (const ProcessInfo& p : m_backend->snapshot().processes)
            away += p.homeNode == 2 && p.node != 2 ? 1 : 0;
        QVERIFY(away > 0);
    }
    void nodeStopAndStart()
    {
        QVERIFY(m_backend->apply(Command::stopNode(3)).ok());
        ClusterSnapshot s = m_backend->snapshot();
        QVERIFY(!s.node(3)->up);
        QCOMPARE(admin(3, "mospe"), QByteArray("0"));
        QVERIFY(m_backend->apply(Command::startNode(3)).ok());
        s = m_backend->snapshot();
        QVERIFY(s.node(3)->up);
        QVERIFY(s.nodeErrors.isEmpty());
    }
    void linuxSeesWhatOmsimHolds()
    {
        // The plain Linux backend through sshd on omsim's stock-kernel nodes: every node from the
        // profile's map, CPUs from stat's cpu lines, memory, processes where they were born.
        QVERIFY(m_lx.readRoot(QStringLiteral("1/hpc")).isEmpty() && m_lx.readRoot(QStringLiteral("1/mattx")).isEmpty());
        ClusterSnapshot s = m_linux->snapshot();
        QVERIFY2(s.nodeErrors.isEmpty(), qPrintable(s.nodeErrors.value(1) + s.nodeErrors.value(2)));
        QCOMPARE(s.backend, QStringLiteral("linux"));
        QCOMPARE(s.nodes.size(), 2);
        QCOMPARE(s.node(1)->cpus, 4);
        QCOMPARE(s.node(2)->cpus, 2);
        QCOMPARE(s.node(1)->speed, 4 * LinuxBackend::kSpeedPerCpu);
        QCOMPARE(s.node(2)->memTotal, Q_INT64_C(2048) << 20);
        QVERIFY2(s.node(1)->problems.isEmpty(), qPrintable(s.node(1)->problems.join(QLatin1Char('\n'))));
        QCOMPARE(s.processes.size(), 4);
        for (const ProcessInfo& p : s.processes)
            QCOMPARE(p.node, p.homeNode);
        // Three busy jobs on four CPUs: the load average per CPU (omsim's load average follows
        // demand over time; a minute of it is stepped here).
        QVERIFY(m_lx.ctl(QStringLiteral("step 60")));
        s = m_linux->snapshot();
        QVERIFY2(s.node(1)->loadPercent > 10 && s.node(1)->loadPercent <= 100,
            qPrintable(QString::number(s.node(1)->loadPercent)));
        QVERIFY(s.node(1)->util >= 0);
        // Nothing moved in that minute, though node 1 is busier: no balancer on a stock kernel.
        QCOMPARE(find(s, QStringLiteral("render"), 1)->node, NodeId(1));
        QVERIFY(m_lx.readRoot(QStringLiteral("status")).contains("migrations 0"));
        // Signals and renice reach omsim; a migration to a node without CRIU is refused before
        // anything is stopped (migration itself: tst_criu_ssh).
        const int sshd = find(s, QStringLiteral("sshd:"), 2)->pid;
        QVERIFY(test::send(*m_linux, Command::sendSignal(2, sshd, ProcessSignal::Stop)).ok());
        QCOMPARE(find(m_linux->snapshot(), QStringLiteral("sshd:"), 2)->state, QLatin1Char('T'));
        QVERIFY(test::send(*m_linux, Command::sendSignal(2, sshd, ProcessSignal::Cont)).ok());
        QVERIFY(test::send(*m_linux, Command::renice(2, sshd, 3)).ok());
        QCOMPARE(find(m_linux->snapshot(), QStringLiteral("sshd:"), 2)->nice, 3);
        QDir().mkpath(m_lx.dir() + QStringLiteral("/home_1/.local/state"));
        QFile absent(m_lx.dir() + QStringLiteral("/home_1/.local/state/omsim-criu"));
        QVERIFY(absent.open(QIODevice::WriteOnly) && absent.write("absent\n") > 0);
        absent.close();
        const CommandOutcome move = test::send(*m_linux, Command::migrate(2, sshd, 1));
        QVERIFY(!move.ok());
        QVERIFY2(move.error.contains(QLatin1String("node 1")) && move.error.contains(QLatin1String("not installed")),
            qPrintable(move.error));
        QCOMPARE(find(m_linux->snapshot(), QStringLiteral("sshd:"), 2)->state, QLatin1Char('S'));
        QVERIFY(test::send(*m_linux, Command::sendSignal(2, sshd, ProcessSignal::Kill)).ok());
        QVERIFY(!find(m_linux->snapshot(), QStringLiteral("sshd:"), 2));
    }
    void mattxSeesWhatOmsimHolds()
    {
        const ClusterSnapshot s = m_mattx->snapshot();
        QVERIFY2(s.nodeErrors.isEmpty() && s.gatewayError.isEmpty(), qPrintable(s.gatewayError));
        QCOMPARE(s.nodes.size(), 2);
        QCOMPARE(s.node(709)->addresses.first(), m_mx.address(709));
        QCOMPARE(s.node(709)->loadRaw, 1010);
        QCOMPARE(s.node(709)->speed, 4000); // auto affinity: 4 cores
        QCOMPARE(s.node(709)->cpus, 4);
        QCOMPARE(s.node(709)->flags.stay, std::optional<bool>(false));
        QCOMPARE(s.processes.size(), 2);
        QVERIFY(find(s, QStringLiteral("pvmchess-client"), 709));
    }
    void mattxCommandsChangeOmsim()
    {
        const int chess = find(m_mattx->snapshot(), QStringLiteral("pvmchess-client"), 709)->pid;
        QVERIFY(m_mattx->apply(Command::setSpeed(814, 8000)).ok());
        QVERIFY(m_mx.readRoot(QStringLiteral("814/mattx/nodes")).contains("Node Affinity: 8000"));
        QVERIFY(m_mattx->apply(Command::autoMigration(709, false)).ok());
        QVERIFY(m_mx.readRoot(QStringLiteral("709/mattx/nodes")).contains("Balancer Enabled: NO"));
        QCOMPARE(m_mattx->snapshot().node(709)->flags.stay, std::optional<bool>(true));
        QVERIFY(test::send(*m_mattx, Command::migrate(709, chess, 814)).ok());
        ClusterSnapshot s = m_mattx->snapshot();
        QCOMPARE(find(s, QStringLiteral("pvmchess-client"), 709)->node, 814);
        QCOMPARE(find(s, QStringLiteral("pvmchess-client"), 709)->state, QLatin1Char('T')); // the home copy waits
        QCOMPARE(s.guests.size(), 1);
        QCOMPARE(s.guests[0].node, 814);
        QCOMPARE(s.guests[0].homeNode, 709);
        QCOMPARE(s.guests[0].homePid, chess); // the one process of 709 that runs on 814
        QVERIFY(test::send(*m_mattx, Command::migrateHome(709, chess)).ok());
        QCOMPARE(find(m_mattx->snapshot(), QStringLiteral("pvmchess-client"), 709)->node, 709);
        const CommandOutcome best = test::send(*m_mattx, Command::migrateBest(709, chess));
        QVERIFY2(best.ok(), qPrintable(best.error));
        QCOMPARE(best.command.value, 814);
        QVERIFY(test::send(*m_mattx, Command::sendSignal(709, chess, ProcessSignal::Term)).ok());
        QVERIFY(!find(m_mattx->snapshot(), QStringLiteral("pvmchess-client"), 709));
        QVERIFY(!m_mattx->apply(Command::block(709, true)).ok()); // not a MattX switch
    }
};

QTEST_GUILESS_MAIN(TestOmsimSsh)
#include "tst_omsim_ssh.moc"
