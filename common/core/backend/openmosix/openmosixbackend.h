#pragma once

#include <QCoreApplication>

#include "../clusterbackend.h"
#include "openmosixparsers.h"

#include <atomic>

namespace omv
{

/// openMosix / LinuxPMI: the node table from the gateway in one command, then one command per up
/// node for its switches, processes and guests; commands through mosctl, migrate, kill, renice.
class OpenMosixBackend : public ClusterBackend
{
    Q_DECLARE_TR_FUNCTIONS(omv::OpenMosixBackend)

public:
    OpenMosixBackend(QString gateway, std::shared_ptr<TransportPool> pool, int commandTimeoutMs, NodeMap staticMap);

    ClusterSnapshot snapshot() override;
    std::optional<NodeFlags> nodeFlags(NodeId node, QString* error) override;
    void requestFullSnapshot() override { m_fullNext = true; }

    static QString nodeTableCommand();
    static QString nodeReportCommand();
    /// Collector mode: every sample reads only where each process is (and the node's switches and
    /// guests); name, user and command line are read once per process, when it first appears,
    /// and kept. What a recorder needs, at a fraction of the cost on the nodes and here. CPU time,
    /// state, nice and memory of processes are then those of their first sighting. A node whose
    /// processes are as in the snapshot before is named in unchangedHomes, its processes not
    /// repeated.
    void setCollectorMode(bool on) override { m_collectorMode = on; }
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
    bool readNodeLight(NodeSample& s, const QHash<QString, NodeId>& addressToNode, NodeRead& out, bool full);

    /// Collector mode's memory of one node: its last answer and what was made of it. A node whose
    /// answer is byte for byte the last one has not changed (no process came, went or moved; no
    /// switch or guest changed): what was made of it is handed out again without parsing.
    struct LightNode {
        QByteArray answer;
        quint64 addressGeneration = 0; ///< the address map the answer was read with
        QVector<ProcessInfo> processes; ///< sorted by pid
        QVector<GuestProcess> guests;
        NodeFlags flags;
        qint64 adminSpeed = -1;
        QStringList problems;
        quint64 readIn = 0; ///< the snapshot that last read it
    };

    bool m_collectorMode = false;
    QHash<QString, NodeId> m_addressToNode; // as of the last snapshot
    quint64 m_addressGeneration = 0; // counts its changes
    std::atomic<bool> m_fullNext { false };
    std::mutex m_cacheMutex;
    QHash<NodeId, LightNode> m_cache;
};

} // namespace omv
