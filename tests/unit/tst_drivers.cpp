// A kernel the suite has never heard of, plugged in from here: a driver and a backend of a few
// lines, registered at run time — nothing in common/core is changed for it. What it must then
// get from the suite as the built-in kernels do: profiles that name it, backend=auto finding
// it on a node, its capabilities and refusals, its own command lines and the common ones, run
// by a real transport on a real (fixture) proc tree.
#include "core/backend/backendfactory.h"
#include "core/backend/kerneldetect.h"
#include "core/backend/kerneldriver.h"
#include "core/profile/clusterprofile.h"
#include "core/transport/localtransport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace omv;

namespace
{

constexpr BackendKind kToy = BackendKind(7);

// The toy kernel: one node whose load is the number in <proc>/toy/load; its one switch, the
// speed, is a line written to <proc>/toy/speed.
class ToyBackend : public ClusterBackend
{
public:
    using ClusterBackend::ClusterBackend;
    ClusterSnapshot snapshot() override
    {
        ClusterSnapshot snap = beginSnapshot();
        NodeSample n;
        n.id = 1;
        n.addresses = QStringList { gateway() };
        const CommandResult r = transports().get(gateway())->run(QStringLiteral("cat \"$OMV_PROC/toy/load\""), 5000);
        n.up = r.ok();
        n.loadPercent = r.out.trimmed().toDouble();
        snap.nodes << n;
        rememberSnapshot(snap);
        return snap;
    }
    std::optional<NodeFlags> nodeFlags(NodeId, QString*) override { return NodeFlags(); }
};

class ToyDriver : public KernelDriver
{
public:
    BackendKind kind() const override { return kToy; }
    QString title() const override { return QStringLiteral("Toy kernel"); }
    Capabilities capabilities() const override
    {
        Capabilities caps;
        for (int k = 0; k <= int(Command::kLastKind); ++k)
            if (Command::Kind(k) != Command::Kind::SetSpeed && Command::Kind(k) != Command::Kind::Signal)
                caps.setUnavailable(Command::Kind(k), QStringLiteral("the toy kernel has only a speed"));
        return caps;
    }
    BuiltCommand commandLine(const Command& c) const override
    {
        return BuiltCommand::of(writeProcFile(QStringLiteral("toy/speed"), QString::number(c.value)));
    }
    QString markerFolder() const override { return QStringLiteral("toy"); }
    QString describe(const QString& release) const override { return QStringLiteral("the toy kernel ") + release; }
    std::unique_ptr<ClusterBackend> create(
        const ClusterProfile& p, std::shared_ptr<TransportPool> pool, NodeMap map, QString*) const override
    {
        map.insert(1, { p.gateway }); // one node: the gateway
        return std::make_unique<ToyBackend>(kToy, p.gateway, std::move(pool), p.commandTimeoutMs, map);
    }
};

} // namespace

class TestDrivers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString profile(const QString& backend) const
    {
        const QString path = m_dir.filePath(backend + QStringLiteral(".ini"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(QStringLiteral("[cluster]\nbackend=%1\ntransport=local\ngateway=localhost\n").arg(backend).toUtf8());
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("proc/toy")));
        QFile load(m_dir.filePath(QStringLiteral("proc/toy/load")));
        QVERIFY(load.open(QIODevice::WriteOnly));
        load.write("42\n");
        load.close();
        QFile release(m_dir.filePath(QStringLiteral("proc/sys/kernel/osrelease")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("proc/sys/kernel")));
        QVERIFY(release.open(QIODevice::WriteOnly));
        release.write("0.1-toy\n");
        release.close();
        qputenv("OMV_PROC", m_dir.filePath(QStringLiteral("proc")).toUtf8()); // LocalTransport's shells
        registerKernelDriver(std::make_shared<ToyDriver>(), QStringLiteral("toy"), true);
    }

    void profilesNameIt()
    {
        QVERIFY(backendNames().contains(QStringLiteral("toy")));
        const Result<ClusterProfile> p = ClusterProfile::load(profile(QStringLiteral("toy")));
        QVERIFY2(p.ok(), qPrintable(p.errorString()));
        QCOMPARE(p->backend, kToy);
        const Result<ClusterProfile> bad = ClusterProfile::load(profile(QStringLiteral("toys")));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.errorString().contains(QLatin1String("auto, openmosix, mattx, linux, toy")),
            qPrintable(bad.errorString()));
        QCOMPARE(kernelDrivers().constLast()->title(), QStringLiteral("Toy kernel")); // the Clusters dialog's list
    }

    void autoFindsItOnTheNode()
    {
        const Result<ClusterProfile> p = ClusterProfile::load(profile(QStringLiteral("auto")));
        QVERIFY2(p.ok(), qPrintable(p.errorString()));
        QString error, detected;
        std::unique_ptr<ClusterBackend> b = createBackend(p.value(), SshPrompts(), &error, &detected);
        QVERIFY2(b, qPrintable(error));
        QCOMPARE(b->kind(), kToy);
        QCOMPARE(detected, QStringLiteral("localhost runs the toy kernel 0.1-toy"));
        QCOMPARE(b->snapshot().nodes.value(0).loadPercent, 42.0);
        QCOMPARE(b->snapshot().backend, QStringLiteral("toy"));
    }

    void itsCommandsAndTheCommonOnesRun()
    {
        QString error;
        std::unique_ptr<ClusterBackend> b
            = createBackend(ClusterProfile::load(profile(QStringLiteral("toy"))).value(), SshPrompts(), &error);
        QVERIFY2(b, qPrintable(error));
        // Refused before anything is sent, with the driver's reason.
        const CommandOutcome quiet = b->apply(Command::quiet(1, true));
        QCOMPARE(quiet.error, QStringLiteral("the toy kernel has only a speed"));
        QVERIFY(quiet.commandLine.isEmpty());
        // Its own line, checked as every command is (the node range), then run.
        QVERIFY(!b->apply(Command::setSpeed(70000, 5)).ok());
        const CommandOutcome speed = b->apply(Command::setSpeed(1, 1234));
        QVERIFY2(speed.ok(), qPrintable(speed.error));
        QFile written(m_dir.filePath(QStringLiteral("proc/toy/speed")));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("1234\n"));
        // A signal is every kernel's `env kill`: a real process of ours ends.
        QProcess sleeper;
        sleeper.start(QStringLiteral("sleep"), { QStringLiteral("60") });
        QVERIFY(sleeper.waitForStarted());
        const CommandOutcome term = b->apply(Command::sendSignal(1, int(sleeper.processId()), ProcessSignal::Term));
        QVERIFY2(term.ok(), qPrintable(term.error));
        QVERIFY(sleeper.waitForFinished(5000));
        QCOMPARE(sleeper.exitStatus(), QProcess::CrashExit);
    }
};

QTEST_GUILESS_MAIN(TestDrivers)
#include "tst_drivers.moc"
