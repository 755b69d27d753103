#pragma once

#include "core/backend/clusterbackend.h"
#include "core/control/controlserver.h"
#include "core/control/feed.h"
#include "core/control/historyserver.h"
#include "core/store/store.h"
#include "core/util/logthrottle.h"
#include "metrics.h"

#include <QObject>
#include <deque>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

namespace omv
{

struct CollectorOptions {
    QString dbPath;
    int intervalMs = 5000;
    Retention retention;
    int maxPending = 720; ///< snapshots kept in memory while the database cannot be written
    QString metrics; ///< "127.0.0.1:9464": serve /metrics there; empty: not
    QString clusterName; ///< the metrics' cluster label
    QString viewers; ///< a group whose members may follow the feed and ask for status; empty: none
    /// The arguments that name the cluster and what is kept (`--profile FILE`, `--keep-…`), said
    /// in the file: what a desk's Start runs again (control/collectorstart.h). Empty: not said.
    QStringList startArgs;
    /// No sampling thread: snapshots are handed in with take() (benchmarks that replay a cluster).
    bool manual = false;
};

/// The recording daemon: a sampler thread takes a snapshot every interval (a node that hangs
/// costs the others nothing: every command's limit is below the interval) and hands it to this
/// object's thread, which writes it. While the database cannot be written (disk full, read-only)
/// snapshots wait in memory, up to maxPending, and are written in order when it can again.
class CollectorService : public QObject
{
    Q_OBJECT
public:
    CollectorService(std::unique_ptr<ClusterBackend> backend, CollectorOptions options);
    ~CollectorService() override;

    /// Opens the database (refusing when another collector writes to it), listens for control
    /// requests, starts sampling. False with `error` set when it cannot start.
    bool start(QString* error);
    void stop();

    bool checkpoint(const QString& text, const QString& actor, QString* error);
    /// Starts a new database file; the old one is kept, readable, as `<db>.<UTC time>`. On
    /// failure recording goes on in the same file, and `status` reports the failure.
    bool rotate(QString* rotatedTo, QString* error);
    /// Records and shares a snapshot as if the sampler had taken it (options.manual).
    void take(const ClusterSnapshot& snapshot) { onSnapshot(snapshot, true); }
    /// A viewer's budget of audit records and log marks (issue 26: one wrote 40 MB/s): so many
    /// a minute, so many bytes a minute, refilled continuously; the owner and root have none.
    static constexpr double kViewerRecordsPerMinute = 60;
    static constexpr double kViewerBytesPerMinute = 1 << 20;
    /// Windows subscribed to the snapshot feed now.
    int feedSubscribers() const { return m_feed ? m_feed->subscribers() : 0; }
    /// The port /metrics is served on (0: none).
    quint16 metricsPort() const { return m_metrics ? m_metrics->port() : 0; }
    /// Samples with `backend` from the next round on (a profile read again on SIGHUP: nodes
    /// added or removed). The database, its open spans and the control socket stay.
    void replaceBackend(std::unique_ptr<ClusterBackend> backend);
    /// Lets members of `group` view (empty: nobody else); false with `error` when there is no such
    /// group, and the rule stays as it was.
    bool setViewers(const QString& group, QString* error);

signals:
    void fatal(const QString& message);
    /// A control request asked the collector to stop (the GUI's "stop collector").
    void stopRequested();

private:
    void sampleLoop();
    /// Takes one snapshot (the sampler thread): recorded, or only shared (a window that just
    /// subscribed gets the cluster at once without an extra row in the file).
    void sampleOnce(bool record);
    /// `record`: written to the database (samples on the interval's grid); otherwise only shared.
    void onSnapshot(const ClusterSnapshot& snapshot, bool record);

    /// A control request from a verified peer (the protocol is in core/control/).
    control::Message onControl(const control::Message& request, const control::Peer& peer);
    bool flushPending();
    void log(const QString& line) const;
    /// Closes both sockets and removes their folder.
    void closeSockets();

    std::shared_ptr<ClusterBackend> backend() const;

    mutable std::mutex m_backendMutex;
    std::shared_ptr<ClusterBackend> m_backend; // replaced on reload; a round in hand keeps its own
    CollectorOptions m_opt;
    StoreWriter m_writer;
    std::deque<ClusterSnapshot> m_pending;
    QString m_lastWriteError;
    std::thread m_sampler;
    std::atomic<bool> m_stop { false };
    std::shared_ptr<control::Access> m_access = std::make_shared<control::Access>(); // both sockets
    std::optional<control::SocketPaths> m_sockets; // while listening
    control::ControlServer m_control;
    QString m_rotateError; ///< why the last rotate failed; empty after one that worked
    /// The systemd unit that runs this collector ("openmosixcollector.service"; the packaged unit
    /// says so in OMV_SYSTEMD_UNIT), empty when none does: stop and start are systemd's then.
    QString m_unit;
    qint64 m_lastRetentionMs = 0;
    std::unique_ptr<MetricsServer> m_metrics;
    // What the collector shares — the windows' feed and the metrics — is the complete snapshot
    // (collector mode's unchanged homes filled in from the one before); the sampler's mode
    // follows whether windows subscribe.
    void share(const ClusterSnapshot& snapshot);
    std::unique_ptr<control::FeedServer> m_feed;
    std::unique_ptr<control::HistoryServer> m_history;
    ClusterSnapshot m_complete;
    bool m_completeValid = false; ///< m_complete follows the samples (someone was shared with)
    quint64 m_feedSequence = 0;
    const ClusterBackend* m_modeOf = nullptr; // sampler thread only
    bool m_fullMode = false; // sampler thread only
    std::atomic<bool> m_logging { false }; // a process is logged: every sample whole
    CollectorFigures m_figures;
    std::shared_ptr<LogThrottle> m_refusals = std::make_shared<LogThrottle>([this](const QString& line) { log(line); });

    std::atomic<qint64> m_missed { 0 };
    std::atomic<qint64> m_lastSampleUs { 0 };
};

} // namespace omv
