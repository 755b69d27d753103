#pragma once

#include "core/backend/clusterbackend.h"
#include "core/store/store.h"

#include <QObject>
#include <QSocketNotifier>
#include <deque>

#include <atomic>
#include <memory>
#include <thread>

namespace omv
{

struct CollectorOptions {
    QString dbPath;
    int intervalMs = 5000;
    Retention retention;
    int maxPending = 720; ///< snapshots kept in memory while the database cannot be written
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

    bool checkpoint(const QString& text, QString* error);
    /// An admin command a tool of the suite sent (the audit trail); a migration it asked for is
    /// recorded with cause "admin".
    bool recordCommandLine(const Command& c, bool ok, const QString& actor, const QString& commandLine,
        const QString& result, QString* error);
    /// The control line that reports a command (for sendControl).
    static QByteArray commandRecord(
        const Command& c, bool ok, const QString& actor, const QString& commandLine, const QString& result);
    /// Starts a new database file; the old one is kept, readable, as `<db>.<UTC time>`.
    bool rotate(QString* rotatedTo, QString* error);

    /// The abstract socket name of the collector writing to `dbPath` (no file anywhere).
    static QByteArray controlName(const QString& dbPath);
    /// Sends one control line to a running collector; its answer or an error. Lines: `status`
    /// (answer `pid P interval S pending N`), `stop`, `rotate`, `checkpoint TEXT`, a commandRecord().
    static bool sendControl(const QString& dbPath, const QByteArray& line, QString* answer);

signals:
    void fatal(const QString& message);
    /// A control request asked the collector to stop (the GUI's "stop collector").
    void stopRequested();

private:
    void sampleLoop();
    void onSnapshot(const ClusterSnapshot& snapshot);
    void onControl();
    /// Listens for control requests under the current database file's name.
    bool listenControl(QString* error);
    bool flushPending();
    void log(const QString& line) const;

    std::unique_ptr<ClusterBackend> m_backend;
    CollectorOptions m_opt;
    StoreWriter m_writer;
    std::deque<ClusterSnapshot> m_pending;
    QString m_lastWriteError;
    std::thread m_sampler;
    std::atomic<bool> m_stop { false };
    int m_controlFd = -1;
    QSocketNotifier* m_controlNotifier = nullptr;
    qint64 m_lastRetentionMs = 0;
};

} // namespace omv
