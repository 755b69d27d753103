#include "linuxbackend.h"

#include <QCoreApplication>
#include <QDateTime>

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
        GrepReport report;
        if (!runReport(s, nodeReportCommand(), &report, out)) {
            s.up = false;
            return;
        }
        CpuTimes cpu;
        {
            std::lock_guard<std::mutex> lock(m_cpuMutex);
            cpu = m_cpu.value(s.id);
        }
        assembleNodeReport(report, s.id, &s, &out.processes, &s.problems, &cpu);
        std::lock_guard<std::mutex> lock(m_cpuMutex);
        m_cpu.insert(s.id, cpu);
    });
    rememberSnapshot(snap);
    return snap;
}

std::optional<NodeFlags> LinuxBackend::nodeFlags(NodeId, QString* error)
{
    *error = tr("a plain Linux kernel has no migration switches");
    return std::nullopt;
}

} // namespace omv
