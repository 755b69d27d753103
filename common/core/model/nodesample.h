#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace omv
{

/// Limits every number in a command is checked against before it reaches a command line; a
/// node ID anywhere (map files, kernel tables, options) is checked against kMinNode..kMaxNode.
namespace limits
{
constexpr int kMinNode = 1;
constexpr int kMaxNode = 65535;
constexpr int kMaxPid = 4194304; // PID_MAX_LIMIT on 64-bit Linux
constexpr qint64 kMaxSpeed = 1000000000;
constexpr int kMinNice = -20;
constexpr int kMaxNice = 19;
} // namespace limits

/// A node's ID as its kernel numbers it (openMosix 1..65535, MattX any positive integer).
using NodeId = int;

/// This node's switches. Each is unset when the backend cannot read it.
struct NodeFlags {
    std::optional<bool> stay; ///< automatic migration away from this node is off
    std::optional<bool> lstay; ///< local processes stay
    std::optional<bool> block; ///< guests refused
    std::optional<bool> quiet; ///< load no longer told to other nodes
    std::optional<bool> expel; ///< guests sent away
    std::optional<bool> bring; ///< own processes brought home
    std::optional<bool> nomfs;

    bool operator==(const NodeFlags& o) const
    {
        return stay == o.stay && lstay == o.lstay && block == o.block && quiet == o.quiet && expel == o.expel
            && bring == o.bring && nomfs == o.nomfs;
    }
    bool operator!=(const NodeFlags& o) const { return !(*this == o); }
};

/// One sample of one node. Numeric fields are -1 when unknown (node down, value unreadable).
struct NodeSample {
    NodeId id = 0;
    QStringList addresses; ///< primary address first, then aliases
    bool up = false;
    qint64 loadRaw = -1; ///< the kernel's own load figure
    double loadPercent = -1; ///< load as percent of the node's capacity (100 = all CPUs busy)
    qint64 speed = -1; ///< openMosix speed, MattX affinity
    int cpus = -1;
    qint64 memTotal = -1; ///< bytes
    qint64 memFree = -1; ///< bytes
    int util = -1; ///< percent
    NodeFlags flags;
    QStringList problems; ///< values that could not be read, each naming file and line

    QString primaryAddress() const { return addresses.isEmpty() ? QString() : addresses.constFirst(); }
    qint64 memUsed() const { return memTotal >= 0 && memFree >= 0 ? memTotal - memFree : -1; }

    bool operator==(const NodeSample& o) const
    {
        return id == o.id && addresses == o.addresses && up == o.up && loadRaw == o.loadRaw
            && loadPercent == o.loadPercent && speed == o.speed && cpus == o.cpus && memTotal == o.memTotal
            && memFree == o.memFree && util == o.util && flags == o.flags;
    }
};

} // namespace omv

Q_DECLARE_METATYPE(omv::NodeFlags)
Q_DECLARE_METATYPE(omv::NodeSample)
