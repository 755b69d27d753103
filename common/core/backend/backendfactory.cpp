#include "backendfactory.h"

#include "../transport/localtransport.h"
#include "kerneldetect.h"
#include "linux/linuxbackend.h"
#include "mattx/mattxbackend.h"
#include "openmosix/openmosixbackend.h"

#include <QFile>
#include <QFileInfo>

namespace omv
{

TransportPool::Factory transportFactory(const ClusterProfile& profile, const SshPrompts& prompts)
{
    if (profile.transport == ClusterProfile::TransportKind::Local)
        return [](const QString&) { return std::make_shared<LocalTransport>(); };
    return [profile, prompts](const QString& address) {
        SshOptions o;
        o.host = address;
        o.port = profile.sshPort;
        o.user = profile.sshUser;
        o.identityFile = profile.sshIdentity;
        o.knownHostsFile = profile.sshKnownHosts;
        o.configFile = profile.sshConfig;
        o.useAgent = profile.sshAgent;
        o.connectTimeoutMs = profile.connectTimeoutMs;
        o.hostKeyCallback = prompts.hostKey;
        o.passphraseCallback = prompts.passphrase;
        return std::make_shared<SshTransport>(o);
    };
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
        if (detected)
            *detected = KernelFound::tr("%1 runs %2").arg(profile.gateway, found->describe());
        // A plain Linux gateway named alone: the one node of its cluster.
        if (found->kind == BackendKind::Linux && profile.nodes.isEmpty() && map.isEmpty())
            profile.nodes = QStringList { profile.gateway };
    }
    switch (profile.backend) {
    case BackendKind::OpenMosix: {
        auto backend = std::make_unique<OpenMosixBackend>(profile.gateway, pool, profile.commandTimeoutMs, map);
        if (!profile.mapFile.isEmpty())
            backend->setMapFile(profile.mapFile);
        return backend;
    }
    case BackendKind::MattX:
        return std::make_unique<MattXBackend>(profile.gateway, pool, profile.commandTimeoutMs, map);
    case BackendKind::Linux: {
        // The nodes are the profile's list (ids in its order) or its map: no kernel table to ask.
        for (int i = 0; i < profile.nodes.size(); ++i)
            map.insert(NodeId(i + 1), { profile.nodes[i] });
        if (map.isEmpty()) {
            *error = QStringLiteral("a linux cluster lists its nodes: [cluster] nodes= or map=");
            return nullptr;
        }
        auto linux = std::make_unique<LinuxBackend>(profile.gateway, pool, profile.commandTimeoutMs, map);
        linux->setImageFolder(profile.criuImages);
        linux->setMigrateTimeout(profile.migrateTimeoutMs);
        return linux;
    }
    }
    *error = QStringLiteral("backend not available");
    return nullptr;
}

} // namespace omv
