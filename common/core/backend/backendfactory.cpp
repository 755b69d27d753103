#include "backendfactory.h"

#include "../util/logging.h"

#include "../transport/localtransport.h"
#include "kerneldetect.h"
#include "linux/linuxdriver.h"
#include "mapfile.h"
#include "mattx/mattxdriver.h"
#include "openmosix/openmosixdriver.h"

#include <QFile>
#include <QFileInfo>

#include <mutex>

namespace omv
{

namespace
{

struct Registered {
    std::mutex mutex;
    QVector<std::shared_ptr<const KernelDriver>> drivers;
};

Registered& registered()
{
    static Registered r;
    return r;
}

} // namespace

QVector<const KernelDriver*> kernelDrivers()
{
    // The kernels the suite drives, one line each; the order is the Clusters dialog's.
    QVector<const KernelDriver*> all { &openMosixDriver(), &mattXDriver(), &linuxDriver() };
    Registered& r = registered();
    std::lock_guard<std::mutex> lock(r.mutex);
    for (const auto& d : std::as_const(r.drivers))
        all.append(d.get());
    return all;
}

const KernelDriver* driverFor(BackendKind kind)
{
    for (const KernelDriver* d : kernelDrivers())
        if (d->kind() == kind)
            return d;
    return nullptr;
}

void registerKernelDriver(std::shared_ptr<const KernelDriver> driver, const QString& name, bool listsNodes)
{
    registerBackendKind(driver->kind(), name, listsNodes);
    Registered& r = registered();
    std::lock_guard<std::mutex> lock(r.mutex);
    r.drivers.append(std::move(driver));
}

SshOptions sshOptions(const ClusterProfile& profile, const SshPrompts& prompts, const QString& host)
{
    SshOptions o;
    o.host = host;
    o.port = profile.sshPort;
    o.user = profile.sshUser;
    o.identityFile = profile.sshIdentity;
    o.knownHostsFile = profile.sshKnownHosts;
    o.configFile = profile.sshConfig;
    o.useAgent = profile.sshAgent;
    o.connectTimeoutMs = profile.connectTimeoutMs;
    o.hostKeyCallback = prompts.hostKey;
    o.passphraseCallback = prompts.passphrase;
    return o;
}

TransportPool::Factory transportFactory(const ClusterProfile& profile, const SshPrompts& prompts)
{
    if (profile.transport == ClusterProfile::TransportKind::Local)
        return [](const QString&) { return std::make_shared<LocalTransport>(); };
    return [profile, prompts](const QString& address) {
        return std::make_shared<SshTransport>(sshOptions(profile, prompts, address));
    };
}

control::CollectorHost collectorHost(const ClusterProfile& profile, const SshPrompts& prompts)
{
    control::CollectorHost where;
    where.host = profile.collectorHost;
    if (!profile.collectorProgram.isEmpty())
        where.program = profile.collectorProgram;
    where.ssh = sshOptions(profile, prompts, profile.collectorHost);
    if (!profile.collectorUser.isEmpty())
        where.ssh.user = profile.collectorUser;
    where.keepSessionS = profile.keepSessionS;
    return where;
}

std::unique_ptr<ClusterBackend> createBackend(
    const ClusterProfile& given, const SshPrompts& prompts, QString* error, QString* detected)
{
    ClusterProfile profile = given;
    NodeMap map;
    if (!profile.mapFile.isEmpty()) {
        QFile f(profile.mapFile);
        if (!QFileInfo(profile.mapFile).isFile()) { // a FIFO would hold the reader for ever
            *error = profile.mapFile + QLatin1String(": ") + KernelFound::tr("not a regular file");
            return nullptr;
        }
        if (!f.open(QIODevice::ReadOnly)) {
            *error = profile.mapFile + QLatin1String(": ") + f.errorString();
            return nullptr;
        }
        const Result<NodeMap> parsed = parseMapFile(f.read(16 * 1024 * 1024), profile.mapFile);
        if (!parsed.ok()) {
            *error = parsed.errorString();
            return nullptr;
        }
        map = parsed.value();
    }
    auto pool = std::make_shared<TransportPool>(transportFactory(profile, prompts), profile.parallel);
    if (profile.autoBackend) {
        QString why;
        const std::optional<KernelFound> found
            = KernelFound::probe(*pool->get(profile.gateway), profile.commandTimeoutMs, &why);
        if (!found) {
            *error = KernelFound::tr("cannot tell which kernel %1 runs (backend=auto): %2").arg(profile.gateway, why);
            return nullptr;
        }
        profile.backend = found->kind;
        qCInfo(log::backend).noquote() << "backend=auto:" << profile.gateway << "runs" << found->describe();
        if (detected)
            *detected = KernelFound::tr("%1 runs %2").arg(profile.gateway, found->describe());
        // A gateway of a kernel without a node table, named alone: the one node of its cluster.
        if (!kernelListsNodes(found->kind) && profile.nodes.isEmpty() && map.isEmpty())
            profile.nodes = QStringList { profile.gateway };
    }
    const KernelDriver* driver = driverFor(profile.backend);
    if (driver)
        return driver->create(profile, pool, map, error);
    *error = QStringLiteral("backend not available");
    return nullptr;
}

} // namespace omv
