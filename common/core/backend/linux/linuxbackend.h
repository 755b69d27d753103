#pragma once

#include "../clusterbackend.h"

#include <QHash>

#include <mutex>

namespace omv
{

/// Plain Linux nodes (no openMosix, no MattX): the profile lists them (nodes= or map=); one
/// command per node and sample reads its load average, CPU times, memory and processes from
/// ${OMV_PROC:-/proc}. A process runs where it was born (home = node). Signals, renice and
/// starting a program work as everywhere; the migration switches are greyed with the reason.
///
/// Decided, for the columns the other kernels fill: load % is the 1-minute load average per
/// CPU (100 % = every CPU busy); CPU use (util) is the share of CPU time not idle since the
/// sample before; "speed" is 10,000 per CPU — the scale of openMosix's reference CPU, so a
/// column of mixed clusters compares, and a relative capacity, not a clock (it cannot be set).
class LinuxBackend : public ClusterBackend
{
public:
    LinuxBackend(QString gateway, std::shared_ptr<TransportPool> pool, int commandTimeoutMs, NodeMap nodes);

    ClusterSnapshot snapshot() override;
    std::optional<NodeFlags> nodeFlags(NodeId node, QString* error) override;

    static constexpr qint64 kSpeedPerCpu = 10000;
    static QString nodeReportCommand();
    /// What a node's report says; `cpu` holds the node's CPU times from the sample before (in;
    /// total -1 when there was none) and gets this sample's (out), for the CPU use between.
    static void assembleNodeReport(const GrepReport& report, NodeId node, NodeSample* sample,
        QVector<ProcessInfo>* processes, QStringList* problems, CpuTimes* cpu);

private:
    std::mutex m_cpuMutex;
    QHash<NodeId, CpuTimes> m_cpu; // each node's CPU times at its last sample
};

} // namespace omv
