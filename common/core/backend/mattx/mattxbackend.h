#pragma once

#include <QCoreApplication>

#include "../clusterbackend.h"
#include "mattxparsers.h"

#include <QSet>

namespace omv
{

/// MattX: /proc/mattx/nodes on the gateway lists every node; one command per node reads its
/// settings, guests, exported processes, memory and processes; commands are lines written to
/// /proc/mattx/admin. A node that leaves the table keeps its place, marked down.
class MattXBackend : public ClusterBackend
{
    Q_DECLARE_TR_FUNCTIONS(omv::MattXBackend)

public:
    MattXBackend(QString gateway, std::shared_ptr<TransportPool> pool, int commandTimeoutMs, NodeMap staticMap);

    ClusterSnapshot snapshot() override;
    std::optional<NodeFlags> nodeFlags(NodeId node, QString* error) override;

    static QString nodeTableCommand();
    static QString nodeReportCommand();
    static void assembleNodeReport(const GrepReport& report, NodeId node, NodeSample* sample,
        QVector<ProcessInfo>* processes, QVector<GuestProcess>* guests, QStringList* problems);

protected:
    bool resolve(Command& command, QString* note, QString* error) override;
    void refreshAddresses() override;

private:
    std::mutex m_knownMutex;
    QMap<NodeId, QStringList> m_known; // every node ever seen, for rows that stay when a node leaves
};

} // namespace omv
