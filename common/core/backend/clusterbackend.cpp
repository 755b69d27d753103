#include "clusterbackend.h"

#include "../util/logging.h"

#include "commandbuilder.h"
#include "kerneldetect.h"
#include "kerneldriver.h"
#include "mapfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace omv
{

ClusterBackend::ClusterBackend(
    BackendKind kind, QString gateway, std::shared_ptr<TransportPool> pool, int commandTimeoutMs, NodeMap staticMap)
    : m_kind(kind)
    , m_gateway(std::move(gateway))
    , m_pool(std::move(pool))
    , m_timeoutMs(commandTimeoutMs)
    , m_staticMap(std::move(staticMap))
{
}

ClusterBackend::~ClusterBackend() = default;

QString ClusterBackend::addressOf(NodeId node)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            const QStringList fixed = m_staticMap.value(node);
            if (!fixed.isEmpty())
                return fixed.constFirst();
            const QStringList learned = m_learned.value(node);
            if (!learned.isEmpty())
                return learned.constFirst();
        }
        if (attempt == 0)
            refreshAddresses();
    }
    return QString();
}

NodeMap ClusterBackend::knownAddresses() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    NodeMap all = m_learned;
    for (auto it = m_staticMap.cbegin(); it != m_staticMap.cend(); ++it)
        all.insert(it.key(), it.value());
    return all;
}

void ClusterBackend::learnAddresses(const NodeMap& map)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!it.value().isEmpty())
            m_learned.insert(it.key(), it.value());
    }
}

void ClusterBackend::setMapFile(const QString& path)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_mapFile = path;
}

void ClusterBackend::rereadMapFile()
{
    // Asked only while the kernel lists a node the addresses do not name: read each time (a
    // small file; an emulated node's map has no modification time worth trusting).
    QString path;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        path = m_mapFile;
    }
    QFile f(path);
    if (path.isEmpty() || !QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
        return;
    const Result<NodeMap> map = parseMapFile(f.read(16 * 1024 * 1024), path);
    if (map.ok())
        learnAddresses(map.value());
}

void ClusterBackend::setProgressSink(ProgressSink sink)
{
    std::lock_guard<std::mutex> lock(m_progressMutex);
    m_progress = std::move(sink);
}

void ClusterBackend::progress(const Command& command, const QString& text)
{
    std::lock_guard<std::mutex> lock(m_progressMutex); // held while told: never told after cleared
    if (m_progress)
        m_progress(command, text);
}

ClusterSnapshot ClusterBackend::lastSnapshot() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_last;
}

void ClusterBackend::rememberSnapshot(const ClusterSnapshot& snapshot)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_last = snapshot;
}

CommandResult ClusterBackend::runOnGateway(const QString& commandLine, QString* usedAddress)
{
    // Every node's kernel lists the whole cluster, so when the gateway does not answer, up to two
    // other known nodes are asked instead.
    QStringList candidates { m_gateway };
    const NodeMap known = knownAddresses();
    for (auto it = known.cbegin(); it != known.cend() && candidates.size() < 3; ++it) {
        if (!candidates.contains(it.value().constFirst()))
            candidates << it.value().constFirst();
    }
    CommandResult first;
    for (int i = 0; i < candidates.size(); ++i) {
        CommandResult r = m_pool->get(candidates.at(i))->run(commandLine, m_timeoutMs);
        if (r.ok()) {
            *usedAddress = candidates.at(i);
            return r;
        }
        if (i == 0)
            first = r;
    }
    *usedAddress = m_gateway;
    return first;
}

ClusterSnapshot ClusterBackend::beginSnapshot()
{
    ClusterSnapshot snap;
    snap.timeMs = QDateTime::currentMSecsSinceEpoch();
    snap.backend = backendName(m_kind);
    snap.gateway = m_gateway;
    snap.sequence = ++m_sequence;
    return snap;
}

void ClusterBackend::setGatewayError(ClusterSnapshot& snap, const QString& raw)
{
    const QString full = tr("node table from %1: %2").arg(m_gateway, raw);
    if (raw != m_explainedRaw) {
        m_explainedRaw = raw;
        m_explained = explainKernelError(m_kind, m_gateway, raw);
        if (!m_explained.isEmpty()) {
            // A kernel that is not the expected one: say what the gateway does run (once).
            QString ignored;
            m_explained = explainKernelError(
                m_kind, m_gateway, raw, KernelFound::probe(*m_pool->get(m_gateway), m_timeoutMs, &ignored));
        }
    }
    snap.gatewayError = m_explained.isEmpty() ? full : m_explained;
    snap.gatewayErrorDetail = m_explained.isEmpty() ? QString() : full;
}

void ClusterBackend::readNodes(ClusterSnapshot& snap, const QVector<int>& indexes,
    const std::function<void(NodeSample& node, NodeRead& out)>& read)
{
    QVector<NodeRead> results(indexes.size());
    m_pool->forEach(indexes.size(), [&](int k) { read(snap.nodes[indexes[k]], results[k]); });
    int processes = snap.processes.size(), guests = snap.guests.size();
    for (const NodeRead& r : results) {
        processes += r.processes.size();
        guests += r.guests.size();
    }
    snap.processes.reserve(processes);
    snap.guests.reserve(guests);
    for (int k = 0; k < indexes.size(); ++k) {
        if (!results[k].error.isEmpty())
            snap.nodeErrors.insert(snap.nodes[indexes[k]].id, results[k].error);
        if (results[k].unchanged)
            snap.unchangedHomes << snap.nodes[indexes[k]].id;
        snap.processes << results[k].processes;
        snap.guests << results[k].guests;
    }
    std::sort(snap.unchangedHomes.begin(), snap.unchangedHomes.end());
    // Nodes are read in id order and usually list their own processes sorted by pid, so the
    // merge is mostly in order already: checked in one pass before paying for a sort.
    const auto byHomePid = [](const ProcessInfo& a, const ProcessInfo& b) {
        return a.homeNode != b.homeNode ? a.homeNode < b.homeNode : a.pid < b.pid;
    };
    if (!std::is_sorted(snap.processes.cbegin(), snap.processes.cend(), byHomePid))
        std::sort(snap.processes.begin(), snap.processes.end(), byHomePid);
    const auto byNodePid = [](const GuestProcess& a, const GuestProcess& b) {
        return a.node != b.node ? a.node < b.node : a.pid < b.pid;
    };
    if (!std::is_sorted(snap.guests.cbegin(), snap.guests.cend(), byNodePid))
        std::sort(snap.guests.begin(), snap.guests.end(), byNodePid);
    matchGuestsToHomes(snap);
}

void ClusterBackend::matchGuestsToHomes(ClusterSnapshot& snap)
{
    // A guest the node did not name (MattX lists a stub pid and the home node only) is the home's
    // process that runs on the guest's node — when that pairing is one to one.
    struct Pairing {
        int guests = 0, processes = 0, pid = 0;
    };
    const auto pairKey = [](NodeId home, NodeId node) { return (quint64(home) << 32) | quint32(node); };
    QHash<quint64, Pairing> wanted;
    for (const GuestProcess& g : qAsConst(snap.guests)) {
        if (g.homePid == 0)
            ++wanted[pairKey(g.homeNode, g.node)].guests;
    }
    if (wanted.isEmpty())
        return;
    for (const ProcessInfo& p : qAsConst(snap.processes)) {
        if (!p.isMigrated())
            continue;
        const auto it = wanted.find(pairKey(p.homeNode, p.node));
        if (it != wanted.end()) {
            ++it->processes;
            it->pid = p.pid;
        }
    }
    for (GuestProcess& g : snap.guests) {
        const Pairing one = g.homePid == 0 ? wanted.value(pairKey(g.homeNode, g.node)) : Pairing();
        if (one.guests == 1 && one.processes == 1)
            g.homePid = one.pid;
    }
}

bool ClusterBackend::runReport(NodeSample& node, const QString& commandLine, GrepReport* report, NodeRead& out)
{
    const CommandResult r = m_pool->get(node.primaryAddress())->run(commandLine, m_timeoutMs);
    if (!r.ok()) {
        out.error = r.exitStatus == 3 ? tr("cannot read the proc tree on the node") : r.failureText();
        return false;
    }
    *report = parseGrepReport(r.out);
    node.problems << report->problems;
    return true;
}

Capabilities ClusterBackend::capabilities() const
{
    const KernelDriver* driver = driverFor(m_kind);
    return driver ? driver->capabilities() : Capabilities();
}

bool ClusterBackend::resolve(Command&, QString*, QString*)
{
    return true;
}

bool ClusterBackend::prepare(CommandOutcome& o)
{
    const Capabilities caps = capabilities();
    if (!caps.offers(o.command.kind)) {
        o.error = caps.reason(o.command.kind);
        return false;
    }
    return resolve(o.command, &o.note, &o.error);
}

bool ClusterBackend::buildLine(CommandOutcome& o)
{
    const BuiltCommand built = buildCommandLine(m_kind, o.command);
    if (!built.ok()) {
        o.error = built.error;
        return false;
    }
    o.commandLine = built.line;
    o.ranOn = runsOn(o.command);
    o.address = addressOf(o.ranOn);
    if (o.address.isEmpty()) {
        o.error = tr("no address is known for node %1").arg(o.ranOn);
        return false;
    }
    return true;
}

CommandOutcome ClusterBackend::apply(const Command& command)
{
    CommandOutcome o;
    o.command = command;
    o.ranOn = command.node;
    if (!prepare(o) || carryOut(o) || !buildLine(o))
        return o;
    o.result = m_pool->get(o.address, TransportPool::Lane::Commands)->run(o.commandLine, m_timeoutMs);
    if (!o.result.ok())
        o.error = tr("node %1: %2").arg(o.ranOn).arg(o.result.failureText());
    qCDebug(log::backend).noquote() << "node" << o.ranOn << o.commandLine.left(120) << "—"
                                    << (o.ok() ? QStringLiteral("done") : o.error);
    return o;
}

CommandOutcome ClusterBackend::plan(const Command& command)
{
    CommandOutcome o;
    o.command = command;
    o.ranOn = command.node;
    if (prepare(o) && !planCarryOut(o))
        buildLine(o);
    return o;
}

QVector<CommandOutcome> ClusterBackend::applyAll(const QVector<Command>& commands)
{
    QVector<CommandOutcome> out(commands.size());
    m_pool->forEach(commands.size(), [&](int i) { out[i] = apply(commands.at(i)); });
    return out;
}

QString ClusterBackend::nodeReportCommand(const QStringList& files, const QStringList& pidFiles, const QString& extra)
{
    QString cmd = QStringLiteral("cd \"${OMV_PROC:-/proc}\" || exit 3; grep -aH '' ");
    cmd += files.join(QLatin1Char(' '));
    for (const QString& f : pidFiles)
        cmd += QStringLiteral(" [0-9]*/") + f;
    cmd += QStringLiteral(" 2>/dev/null; ");
    if (!extra.isEmpty())
        cmd += extra + QStringLiteral("; ");
    cmd += QStringLiteral("grep -aH -E '^(Uid|VmRSS):' [0-9]*/status 2>/dev/null; "
                          "getent passwd 2>/dev/null | sed 's/^/passwd:/'; exit 0");
    return cmd;
}

QString ClusterBackend::processDetailsCommand(const QVector<int>& pids, const QStringList& pidFiles)
{
    QString files, status;
    for (int pid : pids) { // integers only: nothing from a node reaches this line
        const QString p = QString::number(pid) + QLatin1Char('/');
        for (const QString& f : pidFiles)
            files += QLatin1Char(' ') + p + f;
        status += QLatin1Char(' ') + p + QStringLiteral("status");
    }
    return QStringLiteral("cd \"${OMV_PROC:-/proc}\" || exit 3; grep -aH ''") + files
        + QStringLiteral(" 2>/dev/null; grep -aH -E '^(Uid|VmRSS):'") + status
        + QStringLiteral(" 2>/dev/null; getent passwd 2>/dev/null | sed 's/^/passwd:/'; exit 0");
}

std::optional<ProcessInfo> ClusterBackend::processFromReport(int pid, const QHash<QByteArray, QByteArray>& files,
    const QHash<int, QString>& users, NodeId node, QStringList* problems)
{
    auto statIt = files.constFind(QByteArrayLiteral("stat"));
    if (statIt == files.cend())
        return std::nullopt; // ended while the node was read
    const QString prefix = QString::number(pid) + QLatin1Char('/');
    const Result<ProcStat> st = parseProcStat(statIt.value(), prefix + QLatin1String("stat"));
    if (!st.ok()) {
        problems->append(st.errorString());
        return std::nullopt;
    }
    ProcessInfo p;
    p.pid = pid;
    p.homeNode = node;
    p.node = node;
    p.name = st->comm;
    p.state = st->state;
    p.cpuTicks = st->utime + st->stime;
    p.startTicks = st->startTime;
    p.vsizeBytes = st->vsize;
    p.nice = st->nice;
    p.argv = parseCmdline(files.value(QByteArrayLiteral("cmdline")));
    const Result<ProcStatus> status
        = parseProcStatus(files.value(QByteArrayLiteral("status")), prefix + QLatin1String("status"));
    if (status.ok()) {
        p.uid = status->uid;
        p.rssBytes = status->rssBytes;
    } else {
        problems->append(status.errorString());
    }
    if (p.uid >= 0)
        p.user = users.value(p.uid, QString::number(p.uid));
    return p;
}

} // namespace omv
