#pragma once

#include "nodesample.h"

#include <QChar>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace omv
{

/// A process's identity across snapshots: (home node, pid at home), in the order snapshots list
/// processes (home first). The one definition: tables, the store and the feed all key by it
/// (a window's models keep it as a qint64, where -1 means "none"; a node ID fits in 16 bits).
inline quint64 processKey(NodeId home, int pid)
{
    return (quint64(quint32(home)) << 32) | quint32(pid);
}
inline NodeId homeOfKey(quint64 key)
{
    return NodeId(key >> 32);
}
inline int pidOfKey(quint64 key)
{
    return int(key & 0xffffffffu);
}

/// One process of the cluster, identified by (homeNode, pid): the pid is the one on its home node.
struct ProcessInfo {
    int pid = 0;
    NodeId homeNode = 0;
    NodeId node = 0; ///< where it is computed now; equals homeNode when at home
    bool migrating = false; ///< the kernel reports it between nodes
    int uid = -1;
    QString user; ///< user name, or the uid as text when the node does not know it
    QString name; ///< kernel command name (comm)
    QStringList argv; ///< command line; empty for kernel threads
    QChar state; ///< R, S, D, T, Z, ...
    qint64 cpuTicks = -1; ///< utime + stime in clock ticks
    qint64 startTicks = -1; ///< start time after boot in clock ticks
    double cpuPercent = -1; ///< filled in by whoever holds two samples
    qint64 rssBytes = -1;
    qint64 vsizeBytes = -1;
    int nice = 0;
    bool locked = false;
    int migrations = 0;
    QString cantMove; ///< reason it cannot migrate; empty when it can
    qint64 sinceMs = -1; ///< from a history: when it came to the node it runs on; -1 live

    bool isMigrated() const { return node != homeNode; }
    /// The command line as one line for display; kernel threads as [name], like ps.
    QString commandLine() const;
    /// Percent of one CPU it used since `before` (the same process `seconds` earlier): its
    /// cpuPercent when the backend gave one, else from the clock ticks (100 Hz: ticks per
    /// second are percent); -1 when unknown.
    double cpuPercentSince(const ProcessInfo& before, double seconds) const
    {
        if (cpuPercent >= 0)
            return cpuPercent;
        if (seconds <= 0 || cpuTicks < 0 || before.cpuTicks < 0 || cpuTicks < before.cpuTicks)
            return -1;
        return double(cpuTicks - before.cpuTicks) / seconds;
    }

    bool operator==(const ProcessInfo& o) const
    {
        return pid == o.pid && homeNode == o.homeNode && node == o.node && migrating == o.migrating && uid == o.uid
            && user == o.user && name == o.name && argv == o.argv && state == o.state && cpuTicks == o.cpuTicks
            && startTicks == o.startTicks && rssBytes == o.rssBytes && vsizeBytes == o.vsizeBytes && nice == o.nice
            && locked == o.locked && migrations == o.migrations && cantMove == o.cantMove && sinceMs == o.sinceMs;
    }
};

/// A process running on a node that was born on another node.
struct GuestProcess {
    NodeId node = 0; ///< where it runs (the node that reports it)
    int pid = 0; ///< its pid on `node` (openMosix remote pid, MattX stub pid)
    NodeId homeNode = 0;
    QString homeAddress; ///< openMosix reports it; empty otherwise
    /// Its pid on the home node, which is how the suite names (and commands) a process; 0 when
    /// neither the node (openMosix `identity`) nor the home's own list says which one it is.
    int homePid = 0;

    bool operator==(const GuestProcess& o) const
    {
        return node == o.node && pid == o.pid && homeNode == o.homeNode && homeAddress == o.homeAddress
            && homePid == o.homePid;
    }
};

} // namespace omv

Q_DECLARE_METATYPE(omv::ProcessInfo)
Q_DECLARE_METATYPE(omv::GuestProcess)
