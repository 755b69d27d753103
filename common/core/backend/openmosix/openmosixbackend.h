#pragma once

#include "../clusterbackend.h"

namespace omv
{

/// openMosix / LinuxPMI: the node table from the gateway in one command, then one command per up
/// node for its switches, processes and guests; commands through mosctl, migrate, kill, renice.
class OpenMosixBackend : public ClusterBackend
{
public:
    OpenMosixBackend(QString gateway, std::shared_ptr<TransportPool> pool, int commandTimeoutMs, NodeMap staticMap);

    ClusterSnapshot snapshot() override;
    std::optional<NodeFlags> nodeFlags(NodeId node, QString* error) override;

    static QString nodeTableCommand();
    static QString nodeReportCommand();
    /// Collector mode: every sample reads only where each process is (and the node's switches and
    /// guests); name, user and command line are read once per process, when it first appears,
    /// and kept. What a recorder needs, at a fraction of the cost on the nodes and here. CPU time,
    /// state, nice and memory of processes are then those of their first sighting.
    void setCollectorMode(bool on) { m_collectorMode = on; }
    static QString nodeWhereCommand();
    /// The details of these processes (at most kDetailsBatch of them: the command must stay
    /// below the kernel's 128 KiB limit for one argument).
    static QString nodeDetailsCommand(const QVector<int>& pids);
    static constexpr int kDetailsBatch = 1000;

    /// Builds one node's flags, processes and guests from its report. `addressToNode` resolves
    /// LinuxPMI's om/where addresses.
    static void assembleNodeReport(const GrepReport& report, NodeId node, const QHash<QString, NodeId>& addressToNode,
        NodeSample* sample, QVector<ProcessInfo>* processes, QVector<GuestProcess>* guests, QStringList* problems);

protected:
    void refreshAddresses() override;

private:
    /// Collector mode's read of one node; false with `error` set when it did not answer.
    bool readNodeLight(NodeSample& s, const QHash<QString, NodeId>& addressToNode, QVector<ProcessInfo>* processes,
        QVector<GuestProcess>* guests, QString* error);

    bool m_collectorMode = false;
    std::mutex m_cacheMutex;
    QHash<NodeId, QHash<int, ProcessInfo>> m_cache; // collector mode: processes as first seen
};

} // namespace omv
