#include "linuxbackend.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <numeric>

namespace omv
{

static QString tr(const char* s)
{
    return QCoreApplication::translate("omv::LinuxBackend", s);
}

LinuxBackend::LinuxBackend(QString gateway, std::shared_ptr<TransportPool> pool, int commandTimeoutMs, NodeMap nodes)
    : ClusterBackend(BackendKind::Linux, std::move(gateway), std::move(pool), commandTimeoutMs, std::move(nodes))
{
}

QString LinuxBackend::nodeReportCommand()
{
    static const QString command = [] {
        // /proc/stat whole is long (the interrupt counters): only its cpu lines.
        return ClusterBackend::nodeReportCommand({ QStringLiteral("loadavg") },
            { QStringLiteral("stat"), QStringLiteral("cmdline") },
            QStringLiteral("grep -aH '^cpu' stat 2>/dev/null; "
                           "grep -aH -E '^(MemTotal|MemFree|MemAvailable):' meminfo 2>/dev/null"));
    }(); // the same for every node and sample: built once
    return command;
}

QString LinuxBackend::nodeLightCommand()
{
    return QStringLiteral("cd \"${OMV_PROC:-/proc}\" || exit 3; grep -aH '' loadavg 2>/dev/null; "
                          "grep -aH '^cpu' stat 2>/dev/null; "
                          "grep -aH -E '^(MemTotal|MemFree|MemAvailable):' meminfo 2>/dev/null; "
                          "printf 'pids:%s\\n' [0-9]*; exit 0");
}

QString LinuxBackend::nodeDetailsCommand(const QVector<int>& pids)
{
    return processDetailsCommand(pids, { QStringLiteral("stat"), QStringLiteral("cmdline") });
}

bool LinuxBackend::readNodeLight(NodeSample& s, NodeRead& out, CpuTimes* cpu, bool full)
{
    const std::shared_ptr<Transport> t = m_pool->get(s.primaryAddress());
    const CommandResult light = t->run(nodeLightCommand(), m_timeoutMs);
    if (!light.ok()) {
        out.error = light.exitStatus == 3 ? tr("cannot read the proc tree on the node") : light.failureText();
        return false;
    }
    // The pid lines come last and are most of the answer: compared as bytes with the last ones,
    // read only when they differ; the figures before them go through the ordinary report.
    const int at = light.out.startsWith("pids:") ? 0 : light.out.indexOf("\npids:") + 1;
    const QByteArray pidLines = at > 0 || light.out.startsWith("pids:") ? light.out.mid(at) : QByteArray();
    GrepReport report = parseGrepReport(pidLines.isEmpty() ? light.out : light.out.left(at));
    s.problems << report.problems;
    Known known;
    {
        std::lock_guard<std::mutex> lock(m_cpuMutex);
        known = m_known.value(s.id); // implicitly shared: no deep copy
    }
    QVector<ProcessInfo> none;
    assembleNodeReport(report, s.id, &s, &none, &s.problems, cpu); // the node's figures
    if (known.readIn > 0 && pidLines == known.pids) {
        // The same processes as when it was last read: as they were (no process moves on a stock
        // kernel). Left out when that was the snapshot just before; a node missed in between may
        // have had them ended by the recorder.
        out.unchanged = !full && known.readIn == m_sequence - 1;
        if (!out.unchanged)
            out.processes = known.processes;
        std::lock_guard<std::mutex> lock(m_cpuMutex);
        m_known[s.id].readIn = m_sequence;
        return true;
    }
    QVector<int> pids;
    for (const QByteArray& line : pidLines.split('\n')) {
        bool ok = false;
        const int pid = line.mid(5).toInt(&ok); // pids:123
        if (ok && pid > 0)
            pids << pid;
    }
    std::sort(pids.begin(), pids.end());
    const QVector<ProcessInfo>& last = known.processes;
    QVector<int> fresh;
    for (int k = 0, i = 0; k < pids.size(); ++k) {
        while (i < last.size() && last[i].pid < pids[k])
            ++i;
        if (i == last.size() || last[i].pid != pids[k])
            fresh << pids[k];
    }
    QVector<ProcessInfo> found; // the fresh ones
    for (int i = 0; i < fresh.size(); i += kDetailsBatch) {
        const CommandResult details = t->run(nodeDetailsCommand(fresh.mid(i, kDetailsBatch)), m_timeoutMs);
        if (!details.ok()) {
            out.error = details.failureText();
            return false;
        }
        const GrepReport d = parseGrepReport(details.out);
        for (auto it = d.pids.cbegin(); it != d.pids.cend(); ++it)
            if (std::optional<ProcessInfo> p = processFromReport(it.key(), it.value(), d.users, s.id, &s.problems))
                found << *p; // d.pids is a QMap: in pid order
    }
    // Every pid listed now, from what was known or just read (one that ended between the two
    // commands is left out).
    QVector<ProcessInfo> next;
    next.reserve(pids.size());
    for (int k = 0, i = 0, f = 0; k < pids.size(); ++k) {
        while (i < last.size() && last[i].pid < pids[k])
            ++i;
        while (f < found.size() && found[f].pid < pids[k])
            ++f;
        if (i < last.size() && last[i].pid == pids[k])
            next << last[i];
        else if (f < found.size() && found[f].pid == pids[k])
            next << found[f];
    }
    out.processes = next;
    std::lock_guard<std::mutex> lock(m_cpuMutex);
    m_known.insert(s.id, Known { pidLines, std::move(next), m_sequence });
    return true;
}

void LinuxBackend::assembleNodeReport(const GrepReport& report, NodeId node, NodeSample* sample,
    QVector<ProcessInfo>* processes, QStringList* problems, CpuTimes* cpu)
{
    if (report.has("stat")) {
        const Result<CpuTimes> now = parseCpuTimes(report.file("stat"), QStringLiteral("stat"));
        if (now.ok()) {
            sample->cpus = now->cpus > 0 ? now->cpus : 1;
            const qint64 total = now->total - cpu->total, idle = now->idle - cpu->idle;
            if (cpu->total >= 0 && total > 0 && idle >= 0 && idle <= total) // a sample before, time since
                sample->util = int(100 * (total - idle) / total);
            *cpu = now.value();
        } else {
            *problems << now.errorString();
        }
    } else {
        *problems << tr("stat: no cpu lines");
    }
    if (sample->cpus > 0)
        sample->speed = sample->cpus * kSpeedPerCpu;
    if (report.has("loadavg")) {
        const Result<LoadAvg> la = parseLoadAvg(report.file("loadavg"), QStringLiteral("loadavg"));
        if (la.ok()) {
            sample->loadRaw = qRound64(la->one * 100);
            if (sample->cpus > 0)
                sample->loadPercent = la->one * 100.0 / sample->cpus;
        } else {
            *problems << la.errorString();
        }
    }
    if (report.has("meminfo")) {
        const Result<MemInfo> mem = parseMemInfo(report.file("meminfo"), QStringLiteral("meminfo"));
        if (mem.ok()) {
            sample->memTotal = mem->totalBytes;
            // What a new program can have: MemAvailable (kernels since 3.14), else MemFree.
            sample->memFree = mem->availableBytes >= 0 ? mem->availableBytes : mem->freeBytes;
        } else {
            *problems << mem.errorString();
        }
    }
    for (auto it = report.pids.cbegin(); it != report.pids.cend(); ++it) {
        std::optional<ProcessInfo> p = processFromReport(it.key(), it.value(), report.users, node, problems);
        if (p)
            processes->append(*p); // home = node: nothing migrates on a stock kernel
    }
}

ClusterSnapshot LinuxBackend::snapshot()
{
    ClusterSnapshot snap;
    snap.timeMs = QDateTime::currentMSecsSinceEpoch();
    snap.backend = backendName(m_kind);
    snap.gateway = m_gateway;
    snap.sequence = ++m_sequence;
    const bool full = m_fullNext.exchange(false);
    // Every node the profile lists keeps its row; one that does not answer is down.
    for (auto it = m_staticMap.cbegin(); it != m_staticMap.cend(); ++it) {
        NodeSample s;
        s.id = it.key();
        s.addresses = it.value();
        s.up = true;
        snap.nodes << s;
    }
    QVector<int> all(snap.nodes.size());
    std::iota(all.begin(), all.end(), 0);
    readNodes(snap, all, [&](NodeSample& s, NodeRead& out) {
        CpuTimes cpu;
        {
            std::lock_guard<std::mutex> lock(m_cpuMutex);
            cpu = m_cpu.value(s.id);
        }
        GrepReport report;
        if (m_collectorMode) {
            if (!readNodeLight(s, out, &cpu, full)) {
                s.up = false;
                return;
            }
        } else {
            if (!runReport(s, nodeReportCommand(), &report, out)) {
                s.up = false;
                return;
            }
            assembleNodeReport(report, s.id, &s, &out.processes, &s.problems, &cpu);
        }
        std::lock_guard<std::mutex> lock(m_cpuMutex);
        m_cpu.insert(s.id, cpu);
    });
    if (!snap.unchangedHomes.isEmpty())
        snap.unchangedSince = m_sequence - 1;
    rememberSnapshot(snap);
    return snap;
}

std::optional<NodeFlags> LinuxBackend::nodeFlags(NodeId, QString* error)
{
    *error = tr("a plain Linux kernel has no migration switches");
    return std::nullopt;
}

} // namespace omv
