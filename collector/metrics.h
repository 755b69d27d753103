#pragma once

#include <QCoreApplication>

#include "core/control/pollloop.h"
#include "core/model/clustersnapshot.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

namespace omv
{

/// What the collector tells about itself next to the cluster's figures.
struct CollectorFigures {
    double sampleSeconds = 0; ///< how long the last snapshot took
    qint64 missedIntervals = 0; ///< rounds that overran their interval (counter)
    qint64 samples = 0; ///< snapshots recorded (counter)
    qint64 pending = 0; ///< snapshots waiting for the database
    qint64 databaseBytes = 0; ///< the file and its WAL
    double writeSeconds = 0; ///< the last snapshot's transaction
    qint64 auditRefused = 0; ///< viewers' audit records over their budget (counter)
    qint64 refusalsHeld = 0; ///< refusal lines the log summarised instead of writing (counter)
    /// Migrations recorded, by (node, "in"|"out", cause): counters.
    QHash<QString, qint64> moves; ///< key "node\tin\tbalancer"
};

/// The Prometheus text exposition format (version 0.0.4, which OpenMetrics scrapers accept) of a
/// complete snapshot (every process listed) and the collector's figures. Every node has the labels
/// node, address and cluster.
QByteArray metricsText(const ClusterSnapshot& snapshot, const CollectorFigures& figures, const QString& cluster);

/// Serves GET /metrics over HTTP/1.x from the last text it was given — never sampling on request:
/// a thread of its own with poll(). A request must arrive whole within kRequestMs and within
/// 8 KiB, anything else is answered 400, 404 or 405 and closed. One address holds at most
/// kPerAddress connections (more are closed at once); when all kMaxClients are taken the one
/// that has dawdled longest over its request makes room, so that slow clients (a slowloris: 19 of
/// 20 scrapes failed) cannot keep a scraper out. Nothing here can hold up the collector: set()
/// swaps a pointer.
class MetricsServer
{
    Q_DECLARE_TR_FUNCTIONS(omv::MetricsServer)

public:
    static constexpr int kMaxClients = 64;
    static constexpr int kPerAddress = 8;
    static constexpr int kRequestMs = 1000;

    MetricsServer();
    ~MetricsServer();
    MetricsServer(const MetricsServer&) = delete;
    MetricsServer& operator=(const MetricsServer&) = delete;

    /// "127.0.0.1:9464", "[::1]:9464", "0.0.0.0:9464". `warning` is set for an address other
    /// than loopback (the cluster's figures to anyone who can reach it).
    bool listen(const QString& hostPort, QString* error, QString* warning);
    void close();
    quint16 port() const { return m_port; }
    void set(QByteArray text);

private:
    void loop();
    std::shared_ptr<const QByteArray> current() const;

    control::PollLoop m_loop;
    quint16 m_port = 0;
    mutable std::mutex m_mutex;
    std::shared_ptr<const QByteArray> m_text;
};

} // namespace omv
