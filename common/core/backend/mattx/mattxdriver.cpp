#include "mattxdriver.h"

#include "../../profile/clusterprofile.h"
#include "../kerneldetect.h"
#include "mattxbackend.h"

namespace omv
{

namespace
{

class MattXDriver final : public KernelDriver
{
public:
    BackendKind kind() const override { return BackendKind::MattX; }
    QString title() const override { return QCoreApplication::translate("omv::ClustersDialog", "MattX"); }

    Capabilities capabilities() const override
    {
        using K = Command::Kind;
        Capabilities caps;
        const QString noSwitch
            = CommandBuilder::tr("MattX has no such switch: its admin file takes only balancer, affinity, "
                                 "exclude, include, debug and migrate");
        for (K k : { K::Quiet, K::LocalStay, K::Block, K::Expel, K::Bring })
            caps.setUnavailable(k, noSwitch);
        const QString noStart
            = CommandBuilder::tr("MattX nodes are started and stopped by loading and unloading the kernel module "
                                 "on the node; the admin file cannot do it");
        caps.setUnavailable(K::StartNode, noStart);
        caps.setUnavailable(K::StopNode, noStart);
        caps.setUnavailable(K::Lock,
            CommandBuilder::tr("MattX cannot lock a single process; add its command name to the exclude "
                               "list instead"));
        caps.setNote(K::MigrateBest,
            CommandBuilder::tr("MattX has no 'best node' request: the suite picks the node with the lowest "
                               "load per capacity"));
        caps.setOnlyNormalRuns(
            CommandBuilder::tr("MattX has no mosrun: a program starts on the node you pick and its balancer "
                               "moves it; keep it home with the exclude list"));
        return caps;
    }

    BuiltCommand commandLine(const Command& c) const override
    {
        using K = Command::Kind;
        auto admin
            = [](const QString& text) { return BuiltCommand::of(writeProcFile(QStringLiteral("mattx/admin"), text)); };
        const QString pid = QString::number(c.pid);
        switch (c.kind) {
        case K::SetSpeed:
            return admin(QStringLiteral("affinity ") + QString::number(c.value));
        case K::AutoMigration:
            return admin(QStringLiteral("balancer ") + (c.on ? QLatin1Char('1') : QLatin1Char('0')));
        case K::MigrateToNode:
            return admin(QStringLiteral("migrate ") + pid + QLatin1Char(' ') + QString::number(c.value));
        case K::MigrateHome:
            return admin(QStringLiteral("migrate ") + pid + QStringLiteral(" home"));
        case K::MigrateBest: // MattXBackend::resolve has made it a MigrateToNode before it gets here
            return BuiltCommand::fail(CommandBuilder::tr("MattX has no 'best node' request: choose the node first"));
        default:
            return BuiltCommand::fail(CommandBuilder::tr("not offered by MattX"));
        }
    }

    QString markerFolder() const override { return QStringLiteral("mattx"); }
    QString describe(const QString& release) const override
    {
        return KernelFound::tr("MattX (/proc/mattx)%1").arg(KernelFound::onRelease(release));
    }
    QString explainMissing(const QString& address, const QString& raw) const override
    {
        return KernelFound::filesMissing(raw) && raw.contains(QLatin1String("mattx"))
            ? KernelFound::tr("%1 runs no MattX kernel (/proc/mattx is missing)").arg(address)
            : QString();
    }

    std::unique_ptr<ClusterBackend> create(
        const ClusterProfile& profile, std::shared_ptr<TransportPool> pool, NodeMap map, QString*) const override
    {
        return std::make_unique<MattXBackend>(profile.gateway, std::move(pool), profile.commandTimeoutMs, map);
    }
};

} // namespace

const KernelDriver& mattXDriver()
{
    static const MattXDriver driver;
    return driver;
}

} // namespace omv
