// The backends on the fixture trees through LocalTransport: each "node" is this machine with
// OMV_PROC pointing at that node's tree, as an emulated node's sshd would set it; and the
// plain Linux backend on this machine's real /proc, checked against ps, free and getconf.
#include "core/backend/backendfactory.h"
#include "core/backend/commandbuilder.h"
#include "core/backend/commanddispatcher.h"
#include "core/backend/kerneldetect.h"
#include "core/backend/linux/linuxbackend.h"
#include "core/backend/mattx/mattxbackend.h"
#include "core/backend/openmosix/openmosixbackend.h"
#include "core/transport/localtransport.h"
#include "core/util/shellquote.h"
#include "support/fixturechecks.h"
#include "support/processtree.h"
#include "support/testcluster.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <QtTest>

#include <atomic>
#include <csignal>
#include <map>

using namespace omv;

// Counts the commands that pass through, to see retries.
class CountingTransport : public Transport
{
public:
    explicit CountingTransport(std::shared_ptr<Transport> inner)
        : m_inner(std::move(inner))
    {
    }
    CommandResult run(const QString& commandLine, int timeoutMs) override
    {
        ++runs;
        return m_inner->run(commandLine, timeoutMs);
    }
    QString describe() const override { return m_inner->describe(); }
    std::atomic<int> runs { 0 };

private:
    std::shared_ptr<Transport> m_inner;
};

// Answers at once and counts the times its connection was cut.
class AbortCountingTransport : public Transport
{
public:
    explicit AbortCountingTransport(std::shared_ptr<std::atomic<int>> aborts)
        : m_aborts(std::move(aborts))
    {
    }
    CommandResult run(const QString&, int) override { return CommandResult(); }
    QString describe() const override { return QStringLiteral("counting"); }
    void abort() override { ++*m_aborts; }

private:
    std::shared_ptr<std::atomic<int>> m_aborts;
};

// A `criu` of the test's own first on PATH (and TMPDIR) for a local transport: the dump step
// runs on this machine's real /proc without checkpointing anything.
static QProcessEnvironment fakeCriu(const QTemporaryDir& bin, const QByteArray& script)
{
    QFile f(bin.filePath(QStringLiteral("criu")));
    if (!f.open(QIODevice::WriteOnly) || f.write(script) != script.size())
        qFatal("cannot write %s", qPrintable(f.fileName()));
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), bin.path() + QLatin1Char(':') + qEnvironmentVariable("PATH"));
    env.insert(QStringLiteral("TMPDIR"), bin.path());
    return env;
}

class TestBackendsLocal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_logs;

    using Wrap = std::function<std::shared_ptr<Transport>(const QString& address, std::shared_ptr<Transport>)>;

    // Node i of the test cluster is this machine with OMV_PROC = <prefix>i. `prefix` is below
    // tests/data/ unless it is an absolute path (a copy that commands may write to).
    std::shared_ptr<TransportPool> pool(const QString& prefix, Wrap wrap = nullptr)
    {
        const QString logs = m_logs.path();
        const QString base
            = prefix.startsWith(QLatin1Char('/')) ? prefix : QStringLiteral(OMV_SOURCE_DIR "/tests/data/") + prefix;
        return std::make_shared<TransportPool>([base, logs, wrap](const QString& address) {
            const QString node = address.section(QLatin1Char('.'), 3, 3);
            QProcessEnvironment env;
            env.insert(QStringLiteral("OMV_PROC"), base + node);
            env.insert(QStringLiteral("OMV_LOG"), logs + QStringLiteral("/node_") + node + QStringLiteral(".log"));
            env.insert(QStringLiteral("OMV_NODE"), node);
            env.insert(QStringLiteral("PATH"), QStringLiteral(OMV_SOURCE_DIR "/tests/cluster/bin:/usr/bin:/bin"));
            std::shared_ptr<Transport> t = std::make_shared<LocalTransport>(env);
            return wrap ? wrap(address, t) : t;
        });
    }
    static bool copyTree(const QString& name, const QTemporaryDir& into)
    {
        return QProcess::execute(QStringLiteral("cp"),
                   { QStringLiteral("-r"), QStringLiteral(OMV_SOURCE_DIR "/tests/data/") + name, into.path() })
            == 0;
    }
    QStringList log(int node)
    {
        QFile f(m_logs.path() + QStringLiteral("/node_%1.log").arg(node));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    static NodeMap map3(NodeId a, NodeId b, NodeId c)
    {
        return NodeMap { { a, { QStringLiteral("127.0.1.1") } }, { b, { QStringLiteral("127.0.1.2") } },
            { c, { QStringLiteral("127.0.1.3") } } };
    }

    // What `program args` prints, trimmed.
    static QByteArray output(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(10000);
        return p.readAllStandardOutput().trimmed();
    }
    static QSet<int> psPids()
    {
        QSet<int> out;
        for (const QByteArray& l :
            output(QStringLiteral("ps"), { QStringLiteral("-e"), QStringLiteral("-o"), QStringLiteral("pid=") })
                .split('\n'))
            out.insert(l.trimmed().toInt());
        return out;
    }

private slots:
    void aPoolEndingRightAfterItsWorkCutsNothing()
    {
        // forEach returns when every task has run; the pool's threads go idle a moment later. A
        // pool destroyed in that moment took itself for busy and cut every connection — and a
        // libssh session freed after its socket was cut under it ended openmosixctl once with
        // "double free or corruption". Destroyed right after its work, a pool cuts nothing.
        auto aborts = std::make_shared<std::atomic<int>>(0);
        for (int round = 0; round < 200; ++round) {
            auto pool = std::make_shared<TransportPool>(
                [aborts](const QString&) { return std::make_shared<AbortCountingTransport>(aborts); }, 4);
            pool->forEach(4, [&](int i) { pool->get(QString::number(i))->run(QStringLiteral("true"), 1000); });
            pool.reset();
        }
        QCOMPARE(aborts->load(), 0);
    }
    void linuxOnTheRealProc()
    {
        // This machine as a one-node plain Linux cluster, read through its real /proc.
        LinuxBackend b(QStringLiteral("localhost"),
            std::make_shared<TransportPool>([](const QString&) { return std::make_shared<LocalTransport>(); }), 10000,
            NodeMap { { 1, { QStringLiteral("localhost") } } });
        const QSet<int> before = psPids();
        const ClusterSnapshot s = b.snapshot();
        const QSet<int> after = psPids();
        QVERIFY2(s.nodeErrors.isEmpty(), qPrintable(s.nodeErrors.value(1)));
        QCOMPARE(s.nodes.size(), 1);
        const NodeSample& n = s.nodes.first();
        QVERIFY(n.up);
        QVERIFY2(n.problems.isEmpty(), qPrintable(n.problems.join(QLatin1Char('\n'))));
        // The processes are ps's, but for those that started or ended between the two.
        QSet<int> listed;
        for (const ProcessInfo& p : s.processes) {
            listed.insert(p.pid);
            QCOMPARE(p.homeNode, NodeId(1));
            QCOMPARE(p.node, NodeId(1));
        }
        const QSet<int> both = before & after;
        QVERIFY2((both - listed).isEmpty(),
            qPrintable(QStringLiteral("%1 processes ps saw twice are missing").arg((both - listed).size())));
        QVERIFY2((listed - (before | after)).size() <= 2, "processes nobody else saw"); // ps and getent themselves
        QVERIFY(listed.contains(int(QCoreApplication::applicationPid())));
        // Each one's owner and name as ps says (stat's comm is cut at 15 characters; ps shows a
        // kernel thread's whole name).
        QHash<int, QPair<int, QString>> owners;
        for (const QByteArray& l : output(QStringLiteral("ps"),
                 { QStringLiteral("-e"), QStringLiteral("-o"), QStringLiteral("pid=,uid=,comm=") })
                                       .split('\n')) {
            const QList<QByteArray> f = l.simplified().split(' ');
            if (f.size() >= 3)
                owners.insert(f[0].toInt(), qMakePair(f[1].toInt(), QString::fromUtf8(f.mid(2).join(' '))));
        }
        int compared = 0;
        for (const ProcessInfo& p : s.processes) {
            if (!owners.contains(p.pid) || !both.contains(p.pid))
                continue;
            QCOMPARE(p.uid, owners[p.pid].first);
            // A kernel worker renames itself after the work queue it serves at the moment
            // (kworker/0:2-events, then kworker/0:2-mm_percpu_wq): compared up to the queue.
            const QString name
                = p.name.startsWith(QLatin1String("kworker/")) ? p.name.section(QLatin1Char('-'), 0, 0) : p.name;
            QVERIFY2(owners[p.pid].second.startsWith(name),
                qPrintable(QStringLiteral("%1: %2, ps %3").arg(p.pid).arg(p.name, owners[p.pid].second)));
            ++compared;
        }
        QVERIFY(compared >= both.size() - 2);
        // CPUs as getconf counts the online ones; memory as free says (total exactly).
        QCOMPARE(n.cpus, output(QStringLiteral("getconf"), { QStringLiteral("_NPROCESSORS_ONLN") }).toInt());
        QCOMPARE(n.speed, n.cpus * LinuxBackend::kSpeedPerCpu);
        const QList<QByteArray> mem
            = output(QStringLiteral("free"), { QStringLiteral("-b") }).split('\n').value(1).simplified().split(' ');
        QCOMPARE(n.memTotal, mem.value(1).toLongLong());
        QVERIFY(n.memFree > 0 && n.memFree <= n.memTotal);
        QVERIFY(n.loadPercent >= 0 && n.loadRaw >= 0);
        QCOMPARE(n.util, -1); // CPU use needs a sample before
        QThread::msleep(300);
        const ClusterSnapshot s2 = b.snapshot();
        QVERIFY(s2.nodes.first().util >= 0 && s2.nodes.first().util <= 100);
        QCOMPARE(s.backend, QStringLiteral("linux"));
        // No switches, with the reason.
        QString why;
        QVERIFY(!b.nodeFlags(1, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!b.capabilities().offers(Command::Kind::AutoMigration));
        QVERIFY(b.capabilities().reason(Command::Kind::AutoMigration).contains(QLatin1String("plain Linux")));
        // Migration is offered as checkpoint/restart, where CRIU works: this machine's CRIU (or
        // its absence) and kernel, as the probe finds them.
        QVERIFY(b.capabilities().offers(Command::Kind::MigrateToNode));
        QVERIFY(b.capabilities().note(Command::Kind::MigrateToNode).contains(QLatin1String("CRIU")));
        const CriuSupport criu = b.criuSupport(1);
        QVERIFY(criu.probed);
        QFile release(QStringLiteral("/proc/sys/kernel/osrelease"));
        QVERIFY(release.open(QIODevice::ReadOnly));
        QCOMPARE(criu.kernel, QString::fromUtf8(release.readAll()).trimmed());
        if (QStandardPaths::findExecutable(QStringLiteral("criu")).isEmpty()) {
            QVERIFY(!criu.usable);
            QVERIFY2(criu.text.contains(QLatin1String("not installed")), qPrintable(criu.text));
        } else {
            QString why;
            QVERIFY2(criu.usable || !criu.text.isEmpty(), qPrintable(criu.text));
            if (!LinuxBackend::criuWorksOn(criu.version, criu.kernel, &why))
                QCOMPARE(criu.text, why);
        }

        // A process started here: stopped, continued, reniced and killed through the backend,
        // each confirmed by ps.
        QProcess sleeper;
        sleeper.start(QStringLiteral("sleep"), { QStringLiteral("300") });
        QVERIFY(sleeper.waitForStarted());
        const int pid = int(sleeper.processId());
        auto ps = [pid](const char* field) {
            return output(QStringLiteral("ps"),
                { QStringLiteral("-o"), QLatin1String(field) + QLatin1Char('='), QStringLiteral("-p"),
                    QString::number(pid) });
        };
        CommandOutcome o = b.apply(Command::sendSignal(1, pid, ProcessSignal::Stop));
        QVERIFY2(o.ok(), qPrintable(o.error));
        QTRY_VERIFY(ps("stat").startsWith('T'));
        o = b.apply(Command::sendSignal(1, pid, ProcessSignal::Cont));
        QVERIFY2(o.ok(), qPrintable(o.error));
        QTRY_VERIFY(!ps("stat").startsWith('T'));
        o = b.apply(Command::renice(1, pid, 7));
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(ps("ni"), QByteArray("7"));
        bool seen = false;
        for (const ProcessInfo& p : b.snapshot().processes)
            if (p.pid == pid) {
                seen = true;
                QCOMPARE(p.nice, 7);
                QVERIFY(p.argv.value(0).endsWith(QLatin1String("sleep"))); // QProcess runs /usr/bin/sleep
                QCOMPARE(p.argv.value(1), QStringLiteral("300"));
            }
        QVERIFY(seen);
        o = b.apply(Command::sendSignal(1, pid, ProcessSignal::Kill));
        QVERIFY2(o.ok(), qPrintable(o.error));
        QVERIFY(sleeper.waitForFinished(5000));
        QVERIFY(ps("pid").isEmpty());
        // A migration to a node the cluster does not have is refused before anything is stopped.
        o = b.apply(Command::migrate(1, int(QCoreApplication::applicationPid()), 2));
        QVERIFY(!o.ok());
        QVERIFY2(o.error.contains(QLatin1String("node 2")), qPrintable(o.error));
    }
    void linuxCollectorModeReadsDetailsOnce()
    {
        // A stock kernel's tree (tests/data/linux1) copied so that processes can come and go.
        QTemporaryDir tree;
        QVERIFY(copyTree(QStringLiteral("linux1"), tree));
        std::shared_ptr<CountingTransport> counter;
        LinuxBackend b(QStringLiteral("127.0.1.1"),
            pool(tree.path() + QStringLiteral("/linux"),
                [&counter](const QString&, std::shared_ptr<Transport> t) {
                    counter = std::make_shared<CountingTransport>(t);
                    return counter;
                }),
            5000, NodeMap { { 1, { QStringLiteral("127.0.1.1") } } });
        b.setCollectorMode(true);
        ClusterSnapshot s = b.snapshot();
        QVERIFY(counter);
        QCOMPARE(counter->runs.load(), 2); // figures and pids, then the two processes' details
        QVERIFY2(s.nodeErrors.isEmpty(), qPrintable(s.nodeErrors.value(1)));
        const NodeSample& n = s.nodes.first();
        QVERIFY2(n.problems.isEmpty(), qPrintable(n.problems.join(QLatin1Char('\n'))));
        QCOMPARE(n.cpus, 2);
        QCOMPARE(n.speed, 2 * LinuxBackend::kSpeedPerCpu);
        QCOMPARE(n.loadPercent, 25.0); // 0.50 on two CPUs
        QCOMPARE(n.memTotal, Q_INT64_C(4096000) * 1024);
        QCOMPARE(n.memFree, Q_INT64_C(2048000) * 1024); // MemAvailable
        QCOMPARE(s.processes.size(), 2);
        QCOMPARE(s.processes[0].argv,
            (QStringList { QStringLiteral("render"), QStringLiteral("--frame"), QStringLiteral("1") }));
        QCOMPARE(s.processes[1].argv, QStringList { QStringLiteral("sshd: bob") });
        // The same as a full read of every process.
        LinuxBackend full(QStringLiteral("127.0.1.1"), pool(tree.path() + QStringLiteral("/linux")), 5000,
            NodeMap { { 1, { QStringLiteral("127.0.1.1") } } });
        const ClusterSnapshot f = full.snapshot();
        QCOMPARE(f.processes.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(f.processes[i].pid, s.processes[i].pid);
            QCOMPARE(f.processes[i].argv, s.processes[i].argv);
            QCOMPARE(f.processes[i].uid, s.processes[i].uid);
            QCOMPARE(f.processes[i].cpuTicks, s.processes[i].cpuTicks);
        }
        // Nothing new: one command, and the node named unchanged instead of its processes
        // repeated; asked for a full snapshot, they are listed again (still one command).
        s = b.snapshot();
        QCOMPARE(counter->runs.load(), 3);
        QVERIFY(s.processes.isEmpty());
        QCOMPARE(s.unchangedHomes, QVector<NodeId> { 1 });
        QCOMPARE(s.unchangedSince, s.sequence - 1);
        QCOMPARE(s.nodes.first().cpus, 2); // the node's own figures are read every time
        b.requestFullSnapshot();
        s = b.snapshot();
        QCOMPARE(counter->runs.load(), 4);
        QCOMPARE(s.processes.size(), 2);
        QVERIFY(s.unchangedHomes.isEmpty());
        // One starts, one ends: the details of the new one only.
        QVERIFY(QProcess::execute(QStringLiteral("cp"),
                    { QStringLiteral("-r"), tree.path() + QStringLiteral("/linux1/100"),
                        tree.path() + QStringLiteral("/linux1/310") })
            == 0);
        QVERIFY(QProcess::execute(
                    QStringLiteral("rm"), { QStringLiteral("-r"), tree.path() + QStringLiteral("/linux1/205") })
            == 0);
        s = b.snapshot();
        QCOMPARE(counter->runs.load(), 6);
        QCOMPARE(s.processes.size(), 2);
        QVERIFY(s.unchangedHomes.isEmpty());
        QCOMPARE(s.processes[0].pid, 100);
        QCOMPARE(s.processes[1].pid, 310);
        QCOMPARE(s.processes[1].argv.value(0), QStringLiteral("render"));
    }
    void linuxNodesThatCannotBeReadAreDown()
    {
        // Their "proc" is missing: each node keeps its row, down, with the reason.
        LinuxBackend b(QStringLiteral("127.0.1.1"), pool(QStringLiteral("nothing-here/node")), 5000,
            NodeMap { { 1, { QStringLiteral("127.0.1.1") } }, { 2, { QStringLiteral("127.0.1.2") } } });
        const ClusterSnapshot s = b.snapshot();
        QCOMPARE(s.nodes.size(), 2);
        QVERIFY(!s.nodes[0].up && !s.nodes[1].up);
        QVERIFY2(s.nodeErrors.value(2).contains(QLatin1String("proc")), qPrintable(s.nodeErrors.value(2)));
        QCOMPARE(s.nodes[1].addresses, QStringList { QStringLiteral("127.0.1.2") });
    }
    void openMosixSnapshot()
    {
        OpenMosixBackend backend(QStringLiteral("127.0.1.1"), pool(QStringLiteral("om3/node")), 10000, map3(1, 2, 3));
        const ClusterSnapshot s = backend.snapshot();
        test::checkOpenMosixFixtureSnapshot(s);
    }
    void openMosixAddressesFromShowmap()
    {
        // No map in the profile: addresses come from `showmap` on the gateway.
        OpenMosixBackend backend(QStringLiteral("127.0.1.1"), pool(QStringLiteral("om3/node")), 10000, NodeMap());
        const ClusterSnapshot s = backend.snapshot();
        test::checkOpenMosixFixtureSnapshot(s);
        QVERIFY(log(1).contains(QStringLiteral("showmap")));
    }
    void openMosixGatewayDownFallsBack()
    {
        // Gateway 127.0.1.9 has no proc tree at all: the table is read from another known node.
        OpenMosixBackend backend(QStringLiteral("127.0.1.9"), pool(QStringLiteral("om3/node")), 10000, map3(1, 2, 3));
        const ClusterSnapshot s = backend.snapshot();
        test::checkOpenMosixFixtureSnapshot(s);
    }
    void backendAutoFindsTheKernel()
    {
        // backend=auto asks the gateway (issue 18): /proc/hpc → openMosix, /proc/mattx → MattX,
        // else plain Linux — on the fixture trees and on this machine's own kernel.
        QString error;
        for (const auto& [prefix, kind] : { std::pair { QStringLiteral("om3/node"), BackendKind::OpenMosix },
                 std::pair { QStringLiteral("mx3/node"), BackendKind::MattX } }) {
            const std::optional<KernelFound> k
                = KernelFound::probe(*pool(prefix)->get(QStringLiteral("127.0.1.1")), 10000, &error);
            QVERIFY2(k, qPrintable(error));
            QCOMPARE(int(k->kind), int(kind));
        }
        const QString release = QString::fromUtf8(output(QStringLiteral("uname"), { QStringLiteral("-r") })).trimmed();
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("here.ini"));
        auto write = [&](const char* backend) {
            QFile f(profile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[cluster]\ntransport=local\n");
            if (backend)
                f.write(QByteArray("backend=") + backend + '\n');
        };
        write(nullptr); // no backend named: auto
        Result<ClusterProfile> p = ClusterProfile::load(profile);
        QVERIFY2(p.ok(), qPrintable(p.errorString()));
        QVERIFY(p->autoBackend);
        QString detected;
        std::unique_ptr<ClusterBackend> b = createBackend(p.value(), SshPrompts(), &error, &detected);
        QVERIFY2(b, qPrintable(error));
        QCOMPARE(int(b->kind()), int(BackendKind::Linux));
        QCOMPARE(detected,
            QStringLiteral("localhost runs a plain Linux kernel %1 (no /proc/hpc, no /proc/mattx)").arg(release));
        const ClusterSnapshot s = b->snapshot();
        QCOMPARE(s.nodes.size(), 1); // the gateway named alone is the cluster
        QVERIFY(s.nodes.first().up);

        // The openMosix backend pointed at this stock kernel: one sentence that says so and what
        // the node has instead, the shell's words in the detail.
        write("openmosix");
        p = ClusterProfile::load(profile);
        QVERIFY(p.ok() && !p->autoBackend);
        b = createBackend(p.value(), SshPrompts(), &error);
        QVERIFY2(b, qPrintable(error));
        const ClusterSnapshot bad = b->snapshot();
        QCOMPARE(bad.gatewayError,
            QStringLiteral("localhost runs no openMosix kernel (/proc/hpc is missing); it has a plain Linux kernel %1 "
                           "(no /proc/hpc, no /proc/mattx): choose backend=linux (or auto) in the profile")
                .arg(release));
        QVERIFY2(bad.gatewayErrorDetail.contains(QLatin1String("/proc/hpc/nodes")), qPrintable(bad.gatewayErrorDetail));
        write("mattx");
        b = createBackend(ClusterProfile::load(profile).value(), SshPrompts(), &error);
        QVERIFY2(b->snapshot().gatewayError.startsWith(
                     QLatin1String("localhost runs no MattX kernel (/proc/mattx is missing)")),
            qPrintable(b->snapshot().gatewayError));

        // Answers that are not the probe's: refused, and nothing odd shown.
        QVERIFY(!KernelFound::parse("no such thing\n"));
        QVERIFY(!KernelFound::parse(""));
        const std::optional<KernelFound> odd = KernelFound::parse("linux\n6.1\x1b[31m red\n");
        QVERIFY(odd);
        QVERIFY(odd->release.isEmpty());
        // Failures it does not recognise stay as they were (empty: the raw text is shown).
        QVERIFY(explainKernelError(BackendKind::OpenMosix, QStringLiteral("n1"), QStringLiteral("connection refused"))
                    .isEmpty());
    }
    void openMosixNodeFlags()
    {
        OpenMosixBackend backend(QStringLiteral("127.0.1.1"), pool(QStringLiteral("om3/node")), 10000, map3(1, 2, 3));
        QString error;
        const std::optional<NodeFlags> f = backend.nodeFlags(2, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->block, std::optional<bool>(true));
        QCOMPARE(f->quiet, std::optional<bool>(true));
        QCOMPARE(f->stay, std::optional<bool>(false));
        QVERIFY(!backend.nodeFlags(42, &error));
        QVERIFY(error.contains(QLatin1String("42")));
    }
    void openMosixCommandsReachTheirNode()
    {
        OpenMosixBackend backend(QStringLiteral("127.0.1.1"), pool(QStringLiteral("om3/node")), 10000, map3(1, 2, 3));
        const CommandOutcome o = backend.apply(Command::setSpeed(2, 7000));
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(log(2).last(), QStringLiteral("mosctl setspeed 7000"));
        QVERIFY2(test::send(backend, Command::migrate(1, 104, 2)).ok(), "migrate the hostile-named process");
        QCOMPARE(log(1).last(), QStringLiteral("migrate 104 2"));
        const CommandOutcome gone = test::send(backend, Command::migrate(1, 99999, 2));
        QVERIFY(!gone.ok());
        QVERIFY2(gone.error.contains(QLatin1String("No such process")), qPrintable(gone.error));
    }
    void dispatcherSendsOverTheCommandLaneAndSaysWhatTheTrailMissed()
    {
        std::map<QString, int> made; // transports made per address: sampling and commands apart
        auto shared = std::make_shared<OpenMosixBackend>(QStringLiteral("127.0.1.1"),
            pool(QStringLiteral("om3/node"),
                [&](const QString& address, std::shared_ptr<Transport> t) {
                    ++made[address];
                    return t;
                }),
            10000, map3(1, 2, 3));
        QVERIFY(!shared->snapshot().nothingAnswered());
        CommandDispatcher dispatcher(shared);
        // History is kept in a file nobody records into now: each outcome says so.
        const QString db = m_logs.path() + QStringLiteral("/history.db");
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        dispatcher.setAuditDatabase(db);
        const QVector<CommandOutcome> out
            = dispatcher.dispatch({ Command::setSpeed(2, 7000), Command::migrate(1, 99999, 3) });
        QCOMPARE(out.size(), 2);
        QVERIFY(out[0].ok());
        QVERIFY(!out[1].ok());
        QVERIFY2(out[0].note.contains(QLatin1String("not in the audit trail: no collector is recording")),
            qPrintable(out[0].note));
        QCOMPARE(CommandDispatcher::outcomeLine(out[0]),
            Command::setSpeed(2, 7000).describe() + QStringLiteral(" — done (") + out[0].note + QLatin1Char(')'));
        QVERIFY(CommandDispatcher::outcomeLine(out[1]).contains(QStringLiteral(" — FAILED: ")));
        QCOMPARE(made[QStringLiteral("127.0.1.2")], 2); // its own session for commands
    }
    void transientEmptyValueIsReadAgainOnce()
    {
        QTemporaryDir tree;
        QVERIFY(copyTree(QStringLiteral("om3"), tree));
        QFile load(tree.path() + QStringLiteral("/om3/node1/hpc/nodes/2/load"));
        QVERIFY(load.open(QIODevice::WriteOnly | QIODevice::Truncate));
        load.write("\n"); // the kernel was updating it
        load.close();
        std::shared_ptr<CountingTransport> gateway;
        auto p = pool(tree.path() + QStringLiteral("/om3/node"),
            [&gateway](const QString& address, std::shared_ptr<Transport> t) {
                auto counting = std::make_shared<CountingTransport>(t);
                if (address.endsWith(QLatin1String(".1")))
                    gateway = counting;
                return std::shared_ptr<Transport>(counting);
            });
        OpenMosixBackend backend(QStringLiteral("127.0.1.1"), p, 10000, map3(1, 2, 3));
        const ClusterSnapshot s = backend.snapshot();
        QVERIFY(gateway);
        QCOMPARE(gateway->runs.load(), 3); // table, table again, node 1's report
        const NodeSample* n2 = s.node(2);
        QVERIFY(n2 && n2->up);
        QCOMPARE(n2->loadRaw, -1); // still empty: unknown, never a crash or a zero
        QCOMPARE(n2->loadPercent, -1.0);
        QCOMPARE(n2->cpus, 4);
        QVERIFY(s.nodeErrors.isEmpty());
    }
    void localTransportStreams()
    {
        // As SshTransport does: stdin fed in chunks, stdout handed over as it comes.
        LocalTransport t;
        const qint64 total = 8 << 20;
        qint64 fed = 0;
        StreamIo in;
        in.input = [&](char* buf, qint64 max) -> qint64 {
            const qint64 n = qMin(max, total - fed);
            memset(buf, 'a', size_t(n));
            fed += n;
            return n;
        };
        CommandResult r = t.runStreamed(QStringLiteral("wc -c"), 20000, in);
        QVERIFY2(r.ok(), qPrintable(r.failureText()));
        QCOMPARE(r.out.trimmed().toLongLong(), total);
        qint64 got = 0;
        StreamIo out;
        out.output = [&](const char*, qint64 size) {
            got += size;
            return true;
        };
        r = t.runStreamed(QStringLiteral("head -c %1 /dev/zero").arg(total), 20000, out);
        QVERIFY2(r.ok(), qPrintable(r.failureText()));
        QCOMPARE(got, total);
        QVERIFY(r.out.isEmpty());
        StreamIo stop;
        stop.output = [](const char*, qint64) { return false; };
        QElapsedTimer timer;
        timer.start();
        r = t.runStreamed(QStringLiteral("yes"), 20000, stop);
        QCOMPARE(r.status, CommandResult::Status::Failed);
        QVERIFY(timer.elapsed() < 5000);
    }
    void criuProbeAndVersionRule()
    {
        // What the probe prints, as LinuxBackend reads it.
        CriuSupport s = LinuxBackend::parseCriuProbe(
            "kernel:6.1.0-28-amd64\nversion:Version: 3.17.1\ncheck:0\ncheckout:Looks good.\n");
        QVERIFY2(s.usable, qPrintable(s.text));
        QCOMPARE(s.version, QStringLiteral("3.17.1"));
        QCOMPARE(s.kernel, QStringLiteral("6.1.0-28-amd64"));
        // Debian 12's CRIU on a kernel of 6.16 or later: refused, with the reason and the cure.
        s = LinuxBackend::parseCriuProbe("kernel:6.18.44-fc\nversion:Version: 3.17.1\ncheck:0\n");
        QVERIFY(!s.usable);
        QVERIFY2(s.text.contains(QLatin1String("vDSO")) && s.text.contains(QLatin1String("4.1 or newer")),
            qPrintable(s.text));
        s = LinuxBackend::parseCriuProbe("kernel:6.18.44-fc\nversion:Version: 4.1.1\nversion:GitID: v4.1.1\ncheck:0\n");
        QVERIFY2(s.usable, qPrintable(s.text));
        s = LinuxBackend::parseCriuProbe("kernel:7.0.1\nversion:Version: 4.0\ncheck:0\n");
        QVERIFY(!s.usable);
        s = LinuxBackend::parseCriuProbe("kernel:5.10.0\ncriu:absent\n");
        QVERIFY(!s.usable);
        QVERIFY(s.text.contains(QLatin1String("not installed")));
        s = LinuxBackend::parseCriuProbe("kernel:5.10.0\nversion:Version: 3.10\ncheck:0\n");
        QVERIFY(!s.usable);
        QVERIFY(s.text.contains(QLatin1String("too old")));
        s = LinuxBackend::parseCriuProbe("kernel:6.1.0\nversion:Version: 3.17.1\ncheck:1\n"
                                         "checkout:Error (criu/util.c:1): CRIU needs to have the CAP_SYS_ADMIN\n");
        QVERIFY(!s.usable);
        QVERIFY2(s.text.contains(QLatin1String("criu check")) && s.text.contains(QLatin1String("CAP_SYS_ADMIN")),
            qPrintable(s.text));
        s = LinuxBackend::parseCriuProbe("kernel:6.1.0\n");
        QVERIFY(!s.usable);
        QVERIFY(!s.text.isEmpty());
    }
    void migratedLinesNameGuestsOnlyWhileTheyHoldThePid()
    {
        QVector<ProcessInfo> ps(4);
        for (int i = 0; i < ps.size(); ++i) {
            ps[i].pid = 100 + i;
            ps[i].homeNode = ps[i].node = 2;
            ps[i].startTicks = 5000 + i;
        }
        QVector<GuestProcess> guests;
        LinuxBackend::applyMigrated("100 1 3 5000\n" // a guest from node 1, moved three times
                                    "101 1 1 999\n" // another start time: pid 101 was taken again
                                    "102 3 1 -\n" // its restore under way: already a guest
                                    "103 2 1 5003\n" // home is this node: its own
                                    "104 1 1 5004\n" // not running here: nothing
                                    "garbage line\n105 x 1 2\n",
            2, &ps, &guests);
        QCOMPARE(ps[0].homeNode, NodeId(1));
        QCOMPARE(ps[0].migrations, 3);
        QVERIFY(ps[0].isMigrated());
        QCOMPARE(ps[1].homeNode, NodeId(2));
        QCOMPARE(ps[2].homeNode, NodeId(3));
        QCOMPARE(ps[3].homeNode, NodeId(2));
        QCOMPARE(guests.size(), 2);
        QCOMPARE(guests[0].homePid, 100);
        QCOMPARE(guests[0].homeNode, NodeId(1));
        QCOMPARE(guests[0].node, NodeId(2));
    }
    void migrationCommandLinesCarryNothingFromANode()
    {
        // Numbers only, and the profile's folder quoted: a folder named to break out of quotes
        // stays one word.
        const QString folder = QStringLiteral("/shared/it's $(reboot)");
        const QString dump = LinuxBackend::dumpCommand(1234, folder);
        QVERIFY(dump.contains(QStringLiteral("p=1234;")));
        QVERIFY(dump.contains(shellQuote(folder) + QStringLiteral("/openmosixview-criu.XXXXXX")));
        QVERIFY(dump.contains(QLatin1String("--leave-stopped")));
        const QString restore = LinuxBackend::restoreCommand({ 1234 }, 3, 2, true, folder + QStringLiteral("/x.1"));
        QVERIFY(restore.contains(QStringLiteral("d=") + shellQuote(folder + QStringLiteral("/x.1"))));
        QVERIFY(restore.contains(QLatin1String("--shell-job")));
        QVERIFY(restore.contains(QLatin1String("tr='1234';")));
        QVERIFY(restore.contains(QLatin1String("echo \"$x 3 2 -\"")));
        QVERIFY(!LinuxBackend::restoreCommand({ 1 }, 3, 1, false, QString()).contains(QLatin1String("--shell-job")));
        // Run for real, the dump of a pid that does not exist says so and touches nothing.
        LocalTransport t;
        const CommandResult r = t.run(LinuxBackend::dumpCommand(limits::kMaxPid, QString()), 5000);
        QCOMPARE(r.exitStatus, 3);
        QVERIFY(r.err.contains("no process"));
    }
    void dumpNamesTheWholeTree()
    {
        // On this machine's real /proc, with a criu that does nothing: a shell with two children
        // (and a grandchild) is named with all of them, the shell first — the tree CRIU dumps,
        // which the source ends (or continues) as a whole. The children as the test's own
        // reading of /proc finds them.
        QTemporaryDir bin;
        LocalTransport t(fakeCriu(bin, "#!/bin/sh\nexit 0\n"));
        QProcess tree;
        tree.start(QStringLiteral("sh"),
            { QStringLiteral("-c"), QStringLiteral("sleep 300 & sh -c 'sleep 301 & wait' & wait") });
        QVERIFY(tree.waitForStarted());
        QList<qint64> all;
        QTRY_VERIFY([&] {
            all = { tree.processId() };
            for (int i = 0; i < all.size(); ++i)
                all += omv::test::childrenOf(all[i]);
            return all.size() == 4;
        }());
        const CommandResult r = t.run(LinuxBackend::dumpCommand(int(tree.processId()), QString()), 5000);
        QVERIFY2(r.ok(), qPrintable(r.failureText()));
        QByteArray line;
        for (const QByteArray& l : r.out.split('\n'))
            if (l.startsWith("tree:"))
                line = l.mid(5);
        const QVector<int> named = LinuxBackend::dumpedTree(line, int(tree.processId()));
        QCOMPARE(named.first(), int(tree.processId()));
        QCOMPARE(QSet<int>(named.cbegin(), named.cend()).size(), 4);
        for (qint64 pid : all)
            QVERIFY2(named.contains(int(pid)), line.constData());
        // Whatever else a node answers gives the process alone.
        for (const QByteArray& bad : { QByteArray("5 6 x"), QByteArray("6 5"), QByteArray("5 5"),
                 QByteArray("5 99999999"), QByteArray("5 -1"), QByteArray() })
            QCOMPARE(LinuxBackend::dumpedTree(bad, 5), QVector<int> { 5 });
        QCOMPARE(LinuxBackend::dumpedTree(" 5  6 7 ", 5), (QVector<int> { 5, 6, 7 }));
        // The source's last step names every one of them, and nothing a node wrote.
        const QString finish = LinuxBackend::finishSourceCommand({ 5, 6, 7 }, true, false, QString());
        QVERIFY(finish.startsWith(QLatin1String("env kill -s KILL 5 6 7;")));
        QVERIFY(LinuxBackend::finishSourceCommand({ 5, 6 }, false, false, QString())
            == QLatin1String("env kill -s CONT 5 6"));
        ::kill(pid_t(tree.processId()), SIGKILL);
        for (qint64 pid : all)
            ::kill(pid_t(pid), SIGKILL);
        tree.waitForFinished();
    }
    void dumpAsksForShellJobWhereTheRealKernelNeedsIt()
    {
        // The dump step on this machine's real /proc, with a criu on PATH that only notes its
        // arguments (and stops nothing): a process in our session needs --shell-job, one that
        // leads its own session without a terminal does not; a dump that fails leaves the
        // process running and its folder gone.
        QTemporaryDir bin;
        const QString log = bin.filePath(QStringLiteral("args"));
        LocalTransport t(fakeCriu(bin,
            QStringLiteral("#!/bin/sh\necho \"$@\" >> '%1'\n[ -e '%1.fail' ] && exit 1\nexit 0\n").arg(log).toUtf8()));
        QProcess ours, leader;
        ours.start(QStringLiteral("sleep"), { QStringLiteral("300") });
        leader.start(
            QStringLiteral("setsid"), { QStringLiteral("-w"), QStringLiteral("sleep"), QStringLiteral("300") });
        QVERIFY(ours.waitForStarted() && leader.waitForStarted());
        // setsid runs sleep in its own place (QProcess's child leads no group), or forks when it
        // does: the sleep is then its child.
        int leaderPid = 0;
        const auto comm = [](qint64 pid) {
            QFile f(QStringLiteral("/proc/%1/comm").arg(pid));
            return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
        };
        QTRY_VERIFY([&] {
            leaderPid = comm(leader.processId()) == "sleep" ? int(leader.processId())
                                                            : int(omv::test::childrenOf(leader.processId()).value(0));
            return leaderPid > 0;
        }());
        CommandResult r = t.run(LinuxBackend::dumpCommand(int(ours.processId()), QString()), 5000);
        QVERIFY2(r.ok(), qPrintable(r.failureText()));
        QVERIFY2(r.out.contains("shell:--shell-job"), r.out.constData());
        QVERIFY(r.out.contains("state:S"));
        r = t.run(LinuxBackend::dumpCommand(leaderPid, QString()), 5000);
        QVERIFY2(r.ok(), qPrintable(r.failureText()));
        QVERIFY2(r.out.contains("shell:\n"), r.out.constData());
        QFile args(log);
        QVERIFY(args.open(QIODevice::ReadOnly));
        const QList<QByteArray> calls = args.readAll().split('\n');
        QVERIFY(calls[0].startsWith(
            "dump -t " + QByteArray::number(ours.processId()) + " -D " + QFile::encodeName(bin.path())));
        QVERIFY(calls[0].contains(" --shell-job --leave-stopped -o dump.log -v2"));
        QVERIFY(!calls[1].contains("--shell-job"));
        // Failing: the process goes on (our fake stopped nothing; the step continues it anyway).
        QFile(log + QStringLiteral(".fail")).open(QIODevice::WriteOnly);
        ::kill(pid_t(ours.processId()), SIGSTOP);
        QTRY_VERIFY(output(QStringLiteral("ps"),
            { QStringLiteral("-o"), QStringLiteral("stat="), QStringLiteral("-p"), QString::number(ours.processId()) })
                        .startsWith('T'));
        const auto folders
            = [&] { return QDir(bin.path()).entryList({ QStringLiteral("openmosixview-criu.*") }, QDir::Dirs).size(); };
        QCOMPARE(folders(), 2); // the two that worked wait for their transfer
        r = t.run(LinuxBackend::dumpCommand(int(ours.processId()), QString()), 5000);
        QCOMPARE(r.exitStatus, 4);
        QCOMPARE(folders(), 2); // the failed one's is gone
        // It was stopped before the dump: it stays stopped (the admin stopped it, not the suite).
        QVERIFY(output(QStringLiteral("ps"),
            { QStringLiteral("-o"), QStringLiteral("stat="), QStringLiteral("-p"), QString::number(ours.processId()) })
                    .startsWith('T'));
        ::kill(pid_t(ours.processId()), SIGCONT);
        ours.kill();
        ::kill(pid_t(leaderPid), SIGKILL);
        ours.waitForFinished();
        leader.waitForFinished();
    }
    void localTransportTimeoutEndsCommand()
    {
        LocalTransport t;
        QElapsedTimer timer;
        timer.start();
        // The shell and its sleep say their pids (into a file of this test's): what to look for.
        QTemporaryDir dir;
        const QString pids = dir.path() + QStringLiteral("/pids");
        const CommandResult r
            = t.run(QStringLiteral("echo $$ > '%1'; sleep 62 & echo $! >> '%1'; wait; echo never").arg(pids), 500);
        QCOMPARE(int(r.status), int(CommandResult::Status::Timeout));
        QVERIFY(timer.elapsed() < 3000);
        QFile f(pids);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> started = f.readAll().trimmed().split('\n');
        QCOMPARE(started.size(), 2);
        for (const QByteArray& pid : started)
            QTRY_VERIFY_WITH_TIMEOUT(!omv::test::running(pid.toLongLong()), 3000);
        QVERIFY(!r.out.contains("never"));
        const CommandResult ok = t.run(QStringLiteral("echo hi; exit 5"), 5000);
        QCOMPARE(int(ok.status), int(CommandResult::Status::Ok));
        QCOMPARE(ok.exitStatus, 5);
        QCOMPARE(ok.out, QByteArray("hi\n"));
    }
    void collectorModeReadsDetailsOnce()
    {
        QTemporaryDir tree;
        QVERIFY(copyTree(QStringLiteral("om3"), tree));
        std::shared_ptr<CountingTransport> node2;
        auto p = pool(
            tree.path() + QStringLiteral("/om3/node"), [&node2](const QString& address, std::shared_ptr<Transport> t) {
                auto c = std::make_shared<CountingTransport>(t);
                if (address.endsWith(QLatin1String(".2")))
                    node2 = c;
                return std::shared_ptr<Transport>(c);
            });
        OpenMosixBackend full(
            QStringLiteral("127.0.1.1"), pool(tree.path() + QStringLiteral("/om3/node")), 10000, map3(1, 2, 3));
        OpenMosixBackend light(QStringLiteral("127.0.1.1"), p, 10000, map3(1, 2, 3));
        light.setCollectorMode(true);
        const ClusterSnapshot a = full.snapshot();
        const ClusterSnapshot b = light.snapshot();
        QCOMPARE(b.processes.size(), a.processes.size());
        for (int i = 0; i < a.processes.size(); ++i) {
            QCOMPARE(b.processes[i].pid, a.processes[i].pid);
            QCOMPARE(b.processes[i].homeNode, a.processes[i].homeNode);
            QCOMPARE(b.processes[i].node, a.processes[i].node);
            QCOMPARE(b.processes[i].user, a.processes[i].user);
            QCOMPARE(b.processes[i].argv, a.processes[i].argv);
            QCOMPARE(b.processes[i].locked, a.processes[i].locked);
        }
        QCOMPARE(b.guests, a.guests);
        QCOMPARE(b.nodes, a.nodes);
        QVERIFY(node2);
        const int node2After1 = node2->runs.load(); // where + details
        QCOMPARE(node2After1, 2);
        // Second sample: only where, and a move is seen.
        QFile where(tree.path() + QStringLiteral("/om3/node2/201/where"));
        QVERIFY(where.open(QIODevice::WriteOnly | QIODevice::Truncate));
        where.write("3\n");
        where.close();
        const ClusterSnapshot c = light.snapshot();
        QCOMPARE(node2->runs.load(), node2After1 + 1);
        const ProcessInfo* make = nullptr;
        for (const ProcessInfo& pi : c.processes) {
            if (pi.homeNode == 2 && pi.pid == 201)
                make = &pi;
        }
        QVERIFY(make);
        QCOMPARE(make->node, 3);
        QCOMPARE(make->argv.first(), QStringLiteral("make"));
        // A process that appears is read in full; one that went is gone.
        QVERIFY(QProcess::execute(QStringLiteral("cp"),
                    { QStringLiteral("-r"), tree.path() + QStringLiteral("/om3/node2/201"),
                        tree.path() + QStringLiteral("/om3/node2/209") })
            == 0);
        QVERIFY(QProcess::execute(
                    QStringLiteral("rm"), { QStringLiteral("-r"), tree.path() + QStringLiteral("/om3/node1/103") })
            == 0);
        light.requestFullSnapshot(); // every process listed, not only the changed nodes'
        const ClusterSnapshot d = light.snapshot();
        QCOMPARE(d.processes.size(), a.processes.size());
        QCOMPARE(node2->runs.load(), node2After1 + 3); // where + details of 209
    }
    void collectorModeLeavesOutUnchangedNodes()
    {
        QTemporaryDir tree;
        QVERIFY(copyTree(QStringLiteral("om3"), tree));
        OpenMosixBackend light(
            QStringLiteral("127.0.1.1"), pool(tree.path() + QStringLiteral("/om3/node")), 10000, map3(1, 2, 3));
        light.setCollectorMode(true);
        const ClusterSnapshot a = light.snapshot();
        QVERIFY(a.unchangedHomes.isEmpty());
        QVERIFY(!a.processes.isEmpty());
        auto homesOf = [](const ClusterSnapshot& s) {
            QVector<NodeId> homes;
            for (const ProcessInfo& p : s.processes) {
                if (!homes.contains(p.homeNode))
                    homes << p.homeNode;
            }
            return homes;
        };
        auto countHome = [](const ClusterSnapshot& s, NodeId home) {
            return int(std::count_if(
                s.processes.cbegin(), s.processes.cend(), [home](const ProcessInfo& p) { return p.homeNode == home; }));
        };
        // Nothing changed: every node that was asked (node 3 is down) named unchanged, no process
        // repeated, the rest as before.
        const ClusterSnapshot b = light.snapshot();
        QCOMPARE(b.sequence, a.sequence + 1);
        QCOMPARE(b.unchangedSince, a.sequence);
        QCOMPARE(b.unchangedHomes, (QVector<NodeId> { 1, 2 }));
        QVERIFY(b.processes.isEmpty());
        QCOMPARE(b.guests, a.guests);
        QCOMPARE(b.nodes, a.nodes);
        // One node changes: its processes, all of them, and only its.
        QFile where(tree.path() + QStringLiteral("/om3/node2/201/where"));
        QVERIFY(where.open(QIODevice::WriteOnly | QIODevice::Truncate));
        where.write("3\n");
        where.close();
        const ClusterSnapshot c = light.snapshot();
        QCOMPARE(c.unchangedHomes, (QVector<NodeId> { 1 }));
        QCOMPARE(homesOf(c), (QVector<NodeId> { 2 }));
        QCOMPARE(countHome(c, 2), countHome(a, 2));
        QVERIFY(std::is_sorted(c.processes.cbegin(), c.processes.cend(),
            [](const ProcessInfo& x, const ProcessInfo& y) { return x.pid < y.pid; }));
        // Asked for: everything again.
        light.requestFullSnapshot();
        const ClusterSnapshot d = light.snapshot();
        QVERIFY(d.unchangedHomes.isEmpty());
        QCOMPARE(d.processes.size(), a.processes.size());
        // A node that did not answer once is listed in full when it is back, even unchanged: a
        // recorder may have done something with its processes meanwhile.
        const QString node2 = tree.path() + QStringLiteral("/om3/node2");
        QVERIFY(QDir().rename(node2, node2 + QStringLiteral(".away")));
        const ClusterSnapshot e = light.snapshot();
        QVERIFY(e.nodeErrors.contains(2));
        QCOMPARE(e.unchangedHomes, (QVector<NodeId> { 1 }));
        QVERIFY(QDir().rename(node2 + QStringLiteral(".away"), node2));
        const ClusterSnapshot f = light.snapshot();
        QCOMPARE(f.unchangedHomes, (QVector<NodeId> { 1 }));
        QCOMPARE(countHome(f, 2), countHome(a, 2));
        QVERIFY(countHome(f, 2) > 0);
    }
    void poolIsBounded()
    {
        TransportPool pool([](const QString&) { return nullptr; }, 3);
        std::atomic<int> running { 0 };
        std::atomic<int> most { 0 };
        pool.forEach(20, [&](int) {
            const int now = ++running;
            int seen = most.load();
            while (now > seen && !most.compare_exchange_weak(seen, now)) { }
            QThread::msleep(20);
            --running;
        });
        QCOMPARE(running.load(), 0);
        QVERIFY(most.load() >= 2); // really parallel
        QVERIFY(most.load() <= 3); // and never wider than the pool
    }
    void guestsAreMatchedToTheirHomeOnlyWhenCertain()
    {
        // MattX lists a guest's stub pid and home node only: its home pid is the one process of
        // that home running on that node, when there is exactly one of each.
        const auto proc = [](NodeId home, int pid, NodeId node) {
            ProcessInfo p;
            p.homeNode = home;
            p.pid = pid;
            p.node = node;
            return p;
        };
        const auto guest = [](NodeId node, int pid, NodeId home, int homePid = 0) {
            GuestProcess g;
            g.node = node;
            g.pid = pid;
            g.homeNode = home;
            g.homePid = homePid;
            return g;
        };
        ClusterSnapshot s;
        s.processes = { proc(1, 10, 2), proc(1, 11, 3), proc(1, 12, 3), proc(1, 13, 1), proc(4, 40, 5) };
        s.guests = {
            guest(2, 900, 1), // one guest, one process of 1 on 2: pid 10
            guest(3, 901, 1), guest(3, 902, 1), // two and two on 3: which is which is not known
            guest(5, 903, 4, 44), // named by its node: kept as named
            guest(6, 904, 1), // nothing of 1 runs on 6 (a snapshot between moves): unknown
        };
        ClusterBackend::matchGuestsToHomes(s);
        QCOMPARE(s.guests[0].homePid, 10);
        QCOMPARE(s.guests[1].homePid, 0);
        QCOMPARE(s.guests[2].homePid, 0);
        QCOMPARE(s.guests[3].homePid, 44);
        QCOMPARE(s.guests[4].homePid, 0);
        // One guest but two processes (one guest not listed yet): not certain either.
        s.guests = { guest(3, 901, 1) };
        ClusterBackend::matchGuestsToHomes(s);
        QCOMPARE(s.guests[0].homePid, 0);
    }
    void mattxSnapshot()
    {
        MattXBackend backend(QStringLiteral("127.0.1.1"), pool(QStringLiteral("mx3/node")), 10000, map3(709, 814, 901));
        const ClusterSnapshot s = backend.snapshot();
        test::checkMattxFixtureSnapshot(s);
    }
    void mattxBestNodeIsChosenBySuite()
    {
        // The admin file of the fixture is a plain file: the write lands there. Use a copy.
        QTemporaryDir tree;
        QVERIFY(copyTree(QStringLiteral("mx3"), tree));
        const QString root = tree.path();
        auto p = pool(root + QStringLiteral("/mx3/node"));
        MattXBackend copy(QStringLiteral("127.0.1.1"), p, 10000, map3(709, 814, 901));
        copy.snapshot();
        const CommandOutcome o = test::send(copy, Command::migrateBest(709, 302));
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o.command.kind, Command::Kind::MigrateToNode);
        QCOMPARE(o.command.value, 814); // 814 carries 0 of 4000, 709 is where it is
        QVERIFY(o.note.contains(QLatin1String("814")));
        QFile admin(root + QStringLiteral("/mx3/node1/mattx/admin"));
        QVERIFY(admin.open(QIODevice::ReadOnly));
        QCOMPARE(admin.readAll(), QByteArray("migrate 302 814\n"));
        // Not offered: refused with the reason, nothing written.
        const CommandOutcome q = copy.apply(Command::quiet(709, true));
        QVERIFY(!q.ok());
        QVERIFY(q.commandLine.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackendsLocal)
#include "tst_backends_local.moc"
