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

    /// Builds one node's flags, processes and guests from its report. `addressToNode` resolves
    /// LinuxPMI's om/where addresses.
    static void assembleNodeReport(const GrepReport& report, NodeId node, const QHash<QString, NodeId>& addressToNode,
        NodeSample* sample, QVector<ProcessInfo>* processes, QVector<GuestProcess>* guests, QStringList* problems);

protected:
    void refreshAddresses() override;
};

} // namespace omv
