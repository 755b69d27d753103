#pragma once

#include "core/backend/clusterbackend.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace omv::control
{
class FeedServer;
}

namespace omv::bench
{

/// omsim running a scenario (stress-1000 unless told) on a private root, read through
/// LocalTransport: node N is the address "nN" with OMV_PROC at ROOT/N. Stopped when destroyed.
class StressCluster
{
public:
    /// `omsimArgs` go to omsim as well (`--kernel linux`).
    explicit StressCluster(
        const QString& scenario = QStringLiteral("stress-1000"), int nodes = 1000, const QStringList& omsimArgs = {});
    ~StressCluster();

    /// False when omsim did not come up within 30 s.
    bool ready() const { return m_ready; }
    QString root() const { return m_root.path(); }
    NodeMap map() const { return m_map; }
    /// 16 LocalTransports at a time, one per node address.
    std::shared_ptr<TransportPool> pool() const { return m_pool; }
    void stop();

private:
    QTemporaryDir m_root;
    QProcess m_omsim;
    NodeMap m_map;
    std::shared_ptr<TransportPool> m_pool;
    bool m_ready = false;
};

/// Hands out snapshots taken beforehand, so that a window's own work is what is measured.
class CannedBackend : public ClusterBackend
{
public:
    explicit CannedBackend(QVector<ClusterSnapshot> snaps);
    ClusterSnapshot snapshot() override { return m_snaps[m_next++ % m_snaps.size()]; }
    std::optional<NodeFlags> nodeFlags(NodeId, QString*) override { return std::nullopt; }

private:
    QVector<ClusterSnapshot> m_snaps;
    int m_next = 0;
};

/// Two snapshots of stress-1000 a few seconds apart (processes started, ended and moved
/// between), read as the collector reads (every process listed in both); the second stamped
/// `seconds` after the first. Empty, with a message on stderr naming `who`, when omsim did not
/// start.
QVector<ClusterSnapshot> twoStressSnapshots(const char* who, int seconds = 3);

/// Resident memory of this process.
double rssMiB();

/// `perf record --control=fifo:F -D -1` with OMV_PERF_CTL=F profiles only what lies between
/// enable() and disable().
class PerfControl
{
public:
    PerfControl();
    /// False when OMV_PERF_CTL names a file that cannot be opened.
    bool ok() const { return m_ok; }
    void enable() { write("enable\n"); }
    void disable() { write("disable\n"); }

private:
    void write(const char* what);
    QFile m_fifo;
    bool m_ok = true;
};

/// `server` listening as a collector's feed, named after an empty database file made in `dir`
/// (its path in `*db`): the sockets under `dir` with `privateSockets`, else where the suite looks
/// by default (so that a serve sshd runs as this user finds them). False, said on stderr by `who`.
bool listenFeed(
    control::FeedServer& server, const QTemporaryDir& dir, bool privateSockets, QString* db, const char* who);

} // namespace omv::bench
