#include "linuxdriver.h"

#include "../../profile/clusterprofile.h"
#include "../kerneldetect.h"
#include "linuxbackend.h"

namespace omv
{

namespace
{

class LinuxDriver final : public KernelDriver
{
public:
    BackendKind kind() const override { return BackendKind::Linux; }
    QString title() const override
    {
        return QCoreApplication::translate("omv::ClustersDialog", "Plain Linux (migration by CRIU where it works)");
    }

    Capabilities capabilities() const override
    {
        using K = Command::Kind;
        Capabilities caps;
        for (K k : { K::SetSpeed, K::AutoMigration, K::Quiet, K::LocalStay, K::Block, K::Expel, K::Bring, K::StartNode,
                 K::StopNode, K::Lock })
            caps.setUnavailable(k, CommandBuilder::tr("plain Linux kernels have no such switch"));
        caps.setOnlyNormalRuns(CommandBuilder::tr("plain Linux nodes cannot migrate processes"));
        // Moves are checkpoint/restart, where both nodes have a CRIU that works on their kernel
        // (LinuxBackend::criuSupport; the node dialog says which).
        const QString criu = CommandBuilder::tr("by checkpoint/restart (CRIU) where both nodes have a working CRIU");
        caps.setNote(K::MigrateToNode, criu);
        caps.setNote(K::MigrateHome, criu);
        caps.setNote(K::MigrateBest,
            CommandBuilder::tr("the suite picks the node with the lowest load per CPU; moved by "
                               "checkpoint/restart (CRIU)"));
        caps.setMigrationAskedPerNode(true);
        return caps;
    }

    BuiltCommand commandLine(const Command&) const override
    {
        // Signals, renice and plain starts are commonCommandLine's; moves are LinuxBackend's
        // checkpoint/restart steps (carryOut), never one line.
        return BuiltCommand::fail(CommandBuilder::tr("not offered by this backend"));
    }

    QString markerFolder() const override { return QString(); } // what a node with no other kernel's runs
    QString describe(const QString& release) const override
    {
        return release.isEmpty()
            ? KernelFound::tr("a plain Linux kernel (no /proc/hpc, no /proc/mattx)")
            : KernelFound::tr("a plain Linux kernel %1 (no /proc/hpc, no /proc/mattx)").arg(release);
    }

    std::unique_ptr<ClusterBackend> create(
        const ClusterProfile& profile, std::shared_ptr<TransportPool> pool, NodeMap map, QString* error) const override
    {
        // The nodes are the profile's list (ids in its order) or its map: no kernel table to ask.
        for (int i = 0; i < profile.nodes.size(); ++i)
            map.insert(NodeId(i + 1), { profile.nodes[i] });
        if (map.isEmpty()) {
            *error = QStringLiteral("a linux cluster lists its nodes: [cluster] nodes= or map=");
            return nullptr;
        }
        auto linux = std::make_unique<LinuxBackend>(profile.gateway, std::move(pool), profile.commandTimeoutMs, map);
        linux->setImageFolder(profile.criuImages);
        linux->setMigrateTimeout(profile.migrateTimeoutMs);
        linux->setLiveMigration(profile.liveMigration);
        return linux;
    }
};

} // namespace

const KernelDriver& linuxDriver()
{
    static const LinuxDriver driver;
    return driver;
}

} // namespace omv
