#include "openmosixdriver.h"

#include "../../profile/clusterprofile.h"
#include "../kerneldetect.h"
#include "openmosixbackend.h"

namespace omv
{

namespace
{

class OpenMosixDriver final : public KernelDriver
{
public:
    BackendKind kind() const override { return BackendKind::OpenMosix; }
    QString title() const override
    {
        return QCoreApplication::translate("omv::ClustersDialog", "openMosix / LinuxPMI");
    }
    Capabilities capabilities() const override { return Capabilities(); } // everything

    BuiltCommand commandLine(const Command& c) const override
    {
        using K = Command::Kind;
        const QString pid = QString::number(c.pid);
        auto line = [](const QString& l) { return BuiltCommand::of(l); };
        auto mosctl = [](const char* sub) { return BuiltCommand::of(QStringLiteral("mosctl ") + QLatin1String(sub)); };
        // The init script's folder is a variable for the same reason the proc root is: an
        // emulated node names its own (assumption: /etc/init.d/openmosix on a real node).
        auto initd = [](const char* verb) {
            return BuiltCommand::of(QStringLiteral("\"${OMV_INITD:-/etc/init.d}\"/openmosix ") + QLatin1String(verb));
        };
        switch (c.kind) {
        case K::SetSpeed:
            if (c.value < 1) // a speed of 0 is MattX's; openMosix's slowest is 1
                return BuiltCommand::fail(
                    CommandBuilder::tr("speed %1 is out of range %2..%3").arg(c.value).arg(1).arg(limits::kMaxSpeed));
            return line(QStringLiteral("mosctl setspeed ") + QString::number(c.value));
        case K::AutoMigration:
            return mosctl(c.on ? "nostay" : "stay");
        case K::Quiet:
            return mosctl(c.on ? "quiet" : "noquiet");
        case K::LocalStay:
            return mosctl(c.on ? "lstay" : "nolstay");
        case K::Block:
            return mosctl(c.on ? "block" : "noblock");
        case K::Expel:
            return mosctl("expel");
        case K::Bring:
            return mosctl("bring");
        case K::StartNode:
            return initd("start");
        case K::StopNode:
            return initd("stop");
        case K::MigrateToNode:
            return line(QStringLiteral("migrate ") + pid + QLatin1Char(' ') + QString::number(c.value));
        case K::MigrateHome:
            return line(QStringLiteral("migrate ") + pid + QStringLiteral(" home"));
        case K::MigrateBest:
            return line(QStringLiteral("migrate ") + pid + QStringLiteral(" balance"));
        case K::Lock:
            return line(writeProcFile(pid + QStringLiteral("/lock"), c.on ? QStringLiteral("1") : QStringLiteral("0")));
        case K::RunProgram:
            return runProgram(c);
        case K::Signal:
        case K::Renice:
            break; // commonCommandLine's
        }
        return BuiltCommand::fail(CommandBuilder::tr("not offered by this backend"));
    }

    QString markerFolder() const override { return QStringLiteral("hpc"); }
    QString describe(const QString& release) const override
    {
        return KernelFound::tr("openMosix / LinuxPMI (/proc/hpc)%1").arg(KernelFound::onRelease(release));
    }
    QString explainMissing(const QString& address, const QString& raw) const override
    {
        return KernelFound::filesMissing(raw) && raw.contains(QLatin1String("hpc"))
            ? KernelFound::tr("%1 runs no openMosix kernel (/proc/hpc is missing)").arg(address)
            : QString();
    }

    std::unique_ptr<ClusterBackend> create(
        const ClusterProfile& profile, std::shared_ptr<TransportPool> pool, NodeMap map, QString*) const override
    {
        auto backend
            = std::make_unique<OpenMosixBackend>(profile.gateway, std::move(pool), profile.commandTimeoutMs, map);
        if (!profile.mapFile.isEmpty())
            backend->setMapFile(profile.mapFile);
        return backend;
    }

private:
    // mosrun's options (reference/openmosix.md); the decay policies by their wrappers.
    static BuiltCommand runProgram(const Command& c)
    {
        switch (c.runMode) {
        case RunMode::NoMigration:
            return runInBackground(QStringLiteral("nomig"), c.argv);
        case RunMode::RunHome:
            return runInBackground(QStringLiteral("mosrun -h"), c.argv);
        case RunMode::RunOnNode:
            return runInBackground(QStringLiteral("mosrun -") + QString::number(c.value), c.argv);
        case RunMode::CpuJob:
            return runInBackground(QStringLiteral("mosrun -c"), c.argv);
        case RunMode::IoJob:
            return runInBackground(QStringLiteral("mosrun -i"), c.argv);
        case RunMode::NoDecay:
            return runInBackground(QStringLiteral("nodecay"), c.argv);
        case RunMode::SlowDecay:
            return runInBackground(QStringLiteral("slowdecay"), c.argv);
        case RunMode::FastDecay:
            return runInBackground(QStringLiteral("fastdecay"), c.argv);
        case RunMode::Normal:
            break; // commonCommandLine's
        }
        return BuiltCommand::fail(CommandBuilder::tr("not offered by this backend"));
    }
};

} // namespace

const KernelDriver& openMosixDriver()
{
    static const OpenMosixDriver driver;
    return driver;
}

} // namespace omv
