#include "mattxbackend.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <limits>

namespace omv
{

MattXBackend::MattXBackend(
    QString gateway, std::shared_ptr<TransportPool> pool, int commandTimeoutMs, NodeMap staticMap)
    : ClusterBackend(BackendKind::MattX, std::move(gateway), std::move(pool), commandTimeoutMs, std::move(staticMap))
{
}

QString MattXBackend::nodeTableCommand()
{
    return QStringLiteral("cat \"${OMV_PROC:-/proc}\"/mattx/nodes");
}

QString MattXBackend::nodeReportCommand()
{
    static const QString command = [] {
        return ClusterBackend::nodeReportCommand({ QStringLiteral("mattx/nodes"), QStringLiteral("mattx/guests"),
                                                     QStringLiteral("mattx/remote"), QStringLiteral("loadavg") },
            { QStringLiteral("stat"), QStringLiteral("cmdline") },
            QStringLiteral("grep -aH -E '^(MemTotal|MemFree|MemAvailable):' meminfo 2>/dev/null; "
                           "grep -cH '^processor' cpuinfo 2>/dev/null"));
    }(); // the same for every node and sample: built once
    return command;
}

void MattXBackend::refreshAddresses()
{
    const CommandResult r = m_pool->get(m_gateway)->run(nodeTableCommand(), m_timeoutMs);
    if (!r.ok())
        return;
    const Result<MattxNodeTable> table = parseMattxNodes(r.out, QStringLiteral("mattx/nodes"));
    if (!table.ok())
        return;
    NodeMap map;
    for (const MattxNode& n : table->nodes)
        map.insert(n.id, { n.address });
    learnAddresses(map);
}

void MattXBackend::assembleNodeReport(const GrepReport& report, NodeId node, NodeSample* sample,
    QVector<ProcessInfo>* processes, QVector<GuestProcess>* guests, QStringList* problems)
{
    if (report.has("mattx/nodes")) {
        const Result<MattxNodeTable> own = parseMattxNodes(report.file("mattx/nodes"), QStringLiteral("mattx/nodes"));
        if (own.ok()) {
            if (own->balancer)
                sample->flags.stay = !*own->balancer;
        } else {
            *problems << own.errorString();
        }
    }
    if (report.has("meminfo")) {
        const Result<MemInfo> mem = parseMemInfo(report.file("meminfo"), QStringLiteral("meminfo"));
        if (mem.ok())
            sample->memTotal = mem->totalBytes;
        else
            *problems << mem.errorString();
    }
    if (report.has("cpuinfo")) {
        const Result<qint64> cpus = parseIntFile(report.file("cpuinfo"), QStringLiteral("cpuinfo"));
        if (cpus.ok() && cpus.value() > 0)
            sample->cpus = int(cpus.value());
    }
    if (sample->cpus <= 0 && sample->speed > 0)
        sample->cpus = int(qMax<qint64>(1, sample->speed / mattx::kLoadPerCore));
    const qint64 capacity
        = sample->speed > 0 ? sample->speed : (sample->cpus > 0 ? sample->cpus * mattx::kLoadPerCore : 0);
    if (sample->loadRaw >= 0 && capacity > 0)
        sample->loadPercent = double(sample->loadRaw) * 100.0 / double(capacity);

    QHash<int, NodeId> stubs; // guest stub pid -> home node
    QHash<int, NodeId> exported; // own pid -> node it runs on
    if (report.has("mattx/guests")) {
        const Result<QHash<int, NodeId>> g
            = parseMattxPidNodeList(report.file("mattx/guests"), QStringLiteral("mattx/guests"));
        if (g.ok())
            stubs = g.value();
        else
            *problems << g.errorString();
    }
    if (report.has("mattx/remote")) {
        const Result<QHash<int, NodeId>> rm
            = parseMattxPidNodeList(report.file("mattx/remote"), QStringLiteral("mattx/remote"));
        if (rm.ok())
            exported = rm.value();
        else
            *problems << rm.errorString();
    }
    for (auto it = stubs.cbegin(); it != stubs.cend(); ++it)
        guests->append(GuestProcess { node, it.key(), it.value(), QString() });

    for (auto it = report.pids.cbegin(); it != report.pids.cend(); ++it) {
        if (stubs.contains(it.key()))
            continue; // a guest's stub: the process is listed by its home node
        std::optional<ProcessInfo> p = processFromReport(it.key(), it.value(), report.users, node, problems);
        if (!p)
            continue;
        p->node = exported.value(p->pid, node);
        processes->append(*p);
    }
}

ClusterSnapshot MattXBackend::snapshot()
{
    ClusterSnapshot snap = beginSnapshot();

    QString used;
    const CommandResult r = runOnGateway(nodeTableCommand(), &used);
    Result<MattxNodeTable> table = ParseError { QStringLiteral("mattx/nodes"), 0, r.failureText() };
    if (r.ok())
        table = parseMattxNodes(r.out, QStringLiteral("mattx/nodes"));

    QMap<NodeId, NodeSample> byId;
    if (table.ok()) {
        NodeMap learned;
        for (const MattxNode& n : table->nodes) {
            NodeSample s;
            s.id = n.id;
            s.up = true;
            s.loadRaw = n.load;
            s.speed = n.affinity;
            s.memFree = n.memFreeMB * mattx::kMemFreeUnitBytes;
            s.addresses = m_staticMap.value(n.id, { n.address });
            byId.insert(n.id, s);
            learned.insert(n.id, { n.address });
        }
        learnAddresses(learned);
    } else {
        setGatewayError(snap, table.errorString());
    }
    {
        std::lock_guard<std::mutex> lock(m_knownMutex);
        for (auto it = byId.cbegin(); it != byId.cend(); ++it)
            m_known.insert(it.key(), it->addresses);
        for (auto it = m_staticMap.cbegin(); it != m_staticMap.cend(); ++it) {
            if (!m_known.contains(it.key()))
                m_known.insert(it.key(), it.value());
        }
        for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
            if (byId.contains(it.key()))
                continue;
            NodeSample s;
            s.id = it.key();
            s.addresses = it.value();
            byId.insert(s.id, s);
            if (!table.ok())
                snap.nodeErrors.insert(s.id, snap.gatewayError);
        }
    }
    snap.nodes = byId.values().toVector();

    QVector<int> toAsk;
    for (int i = 0; i < snap.nodes.size(); ++i) {
        if (snap.nodes[i].up)
            toAsk << i;
    }
    readNodes(snap, toAsk, [&](NodeSample& s, NodeRead& out) {
        GrepReport report;
        if (runReport(s, nodeReportCommand(), &report, out))
            assembleNodeReport(report, s.id, &s, &out.processes, &out.guests, &s.problems);
    });
    rememberSnapshot(snap);
    return snap;
}

std::optional<NodeFlags> MattXBackend::nodeFlags(NodeId node, QString* error)
{
    const QString address = addressOf(node);
    if (address.isEmpty()) {
        *error = tr("no address known for node %1").arg(node);
        return std::nullopt;
    }
    const CommandResult r = m_pool->get(address, TransportPool::Lane::Commands)->run(nodeTableCommand(), m_timeoutMs);
    if (!r.ok()) {
        *error = r.failureText();
        return std::nullopt;
    }
    const Result<MattxNodeTable> t = parseMattxNodes(r.out, QStringLiteral("mattx/nodes"));
    if (!t.ok()) {
        *error = t.errorString();
        return std::nullopt;
    }
    NodeFlags flags;
    if (t->balancer)
        flags.stay = !*t->balancer;
    return flags;
}

bool MattXBackend::resolve(Command& command, QString* note, QString* error)
{
    if (command.kind != Command::Kind::MigrateBest)
        return true;
    // The sampler's last snapshot: a command thread never samples (it would race the sampler).
    const ClusterSnapshot snap = lastSnapshot();
    if (snap.nodes.isEmpty()) {
        *error = tr("no sample of the cluster yet: the best node is not known");
        return false;
    }
    NodeId current = command.node;
    for (const ProcessInfo& p : snap.processes) {
        if (p.homeNode == command.node && p.pid == command.pid)
            current = p.node;
    }
    NodeId best = 0;
    double bestLoad = std::numeric_limits<double>::max();
    for (const NodeSample& n : snap.nodes) {
        if (!n.up || n.id == current || n.loadRaw < 0 || n.speed <= 0)
            continue;
        const double normalised = double(n.loadRaw) * 1000.0 / double(n.speed); // as MattX's balancer compares
        if (normalised < bestLoad) {
            bestLoad = normalised;
            best = n.id;
        }
    }
    if (best == 0) {
        *error = tr("no other node is up to take process %1").arg(command.pid);
        return false;
    }
    command = Command::migrate(command.node, command.pid, best);
    *note = tr("MattX has no 'best node' request: the suite chose node %1, the one with the lowest load per "
               "capacity (%2)")
                .arg(best)
                .arg(bestLoad, 0, 'f', 0);
    return true;
}

} // namespace omv
