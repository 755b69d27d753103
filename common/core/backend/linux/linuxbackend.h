#pragma once

#include "../clusterbackend.h"

#include <QHash>

#include <atomic>
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
    void requestFullSnapshot() override { m_fullNext = true; }

    static constexpr qint64 kSpeedPerCpu = 10000;
    static QString nodeReportCommand();
    /// Collector mode: every sample reads the node's figures and the list of its pids only;
    /// name, user, command line and the rest are read once per process, when it first appears,
    /// and kept (what a recorder needs — processes never move on a stock kernel). CPU time,
    /// state, nice and memory of processes are then those of their first sighting. A node whose
    /// pids are those of the snapshot just before is named in unchangedHomes, its processes not
    /// repeated (as OpenMosixBackend does): a recorder of 1,000 nodes handles the few where
    /// something started or ended.
    void setCollectorMode(bool on) { m_collectorMode = on; }
    static QString nodeLightCommand();
    /// The details of these processes (at most kDetailsBatch: one argument stays below the
    /// kernel's 128 KiB limit).
    static QString nodeDetailsCommand(const QVector<int>& pids);
    static constexpr int kDetailsBatch = 1000;
    /// What a node's report says; `cpu` holds the node's CPU times from the sample before (in;
    /// total -1 when there was none) and gets this sample's (out), for the CPU use between.
    static void assembleNodeReport(const GrepReport& report, NodeId node, NodeSample* sample,
        QVector<ProcessInfo>* processes, QStringList* problems, CpuTimes* cpu);

private:
    /// Collector mode's read of one node: figures and pids, details of the new ones.
    bool readNodeLight(NodeSample& s, NodeRead& out, CpuTimes* cpu, bool full);

    /// Collector mode's memory of one node.
    struct Known {
        QByteArray pids; ///< the pid lines of its last answer
        QVector<ProcessInfo> processes; ///< sorted by pid
        quint64 readIn = 0; ///< the snapshot that last read it
    };
    bool m_collectorMode = false;
    std::atomic<bool> m_fullNext { false };
    quint64 m_sequence = 0; // counts snapshots
    std::mutex m_cpuMutex;
    QHash<NodeId, CpuTimes> m_cpu; // each node's CPU times at its last sample
    QHash<NodeId, Known> m_known;
};

} // namespace omv
