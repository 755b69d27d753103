#pragma once

#include "nodesample.h"
#include "processinfo.h"

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace omv
{

/// Everything one sample of the cluster saw. Immutable once built; shared between threads by value.
struct ClusterSnapshot {
    qint64 timeMs = 0; ///< UTC milliseconds when sampling started
    QString backend; ///< "openmosix", "mattx"
    QString gateway;
    QString gatewayError; ///< set when the node table could not be read at all
    /// The raw text behind a gatewayError that was put into words (the shell's or the parser's).
    QString gatewayErrorDetail;
    QVector<NodeSample> nodes; ///< sorted by id
    QVector<ProcessInfo> processes; ///< sorted by (homeNode, pid)
    QVector<GuestProcess> guests;
    QMap<NodeId, QString> nodeErrors; ///< nodes that did not answer, and why

    /// Only from a backend in collector mode (ClusterBackend::setCollectorMode), for a recorder
    /// that keeps what it was told: the homes whose processes are exactly as in this backend's
    /// snapshot number `unchangedSince` (the one before), left out of `processes`. A full
    /// snapshot has none. The collector of a 1,000-node cluster thus handles the few nodes where
    /// something happened instead of 50,000 processes every second.
    quint64 sequence = 0; ///< counts the backend's snapshots
    quint64 unchangedSince = 0;
    QVector<NodeId> unchangedHomes; ///< sorted

    const NodeSample* node(NodeId id) const;
    /// True when nothing at all answered: no node table and no node.
    bool nothingAnswered() const;
};

} // namespace omv

Q_DECLARE_METATYPE(omv::ClusterSnapshot)
