#pragma once

#include "core/backend/clusterbackend.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace omv
{

/// A cluster as the GUIs see it: a backend sampled on a worker thread at an interval, and commands
/// run on a second worker thread (a slow snapshot never holds up a click, and the other way
/// round). Results reach the GUI thread as queued signals; nothing here blocks the caller.
class ClusterSession : public QObject
{
    Q_OBJECT
public:
    explicit ClusterSession(std::unique_ptr<ClusterBackend> backend, QObject* parent = nullptr);
    /// Returns at once, also with a node that hangs or a question open: the connections are
    /// cut, and threads still finishing end on their own (threads::waitAll at program end).
    ~ClusterSession() override;

    Capabilities capabilities() const { return m_caps; }
    BackendKind kind() const { return m_kind; }
    QString gateway() const { return m_gateway; }

    /// Starts sampling: one snapshot at once, then one per interval.
    void start();
    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /// One snapshot now (also while paused).
    void refreshNow();
    /// Runs the commands (in parallel, at most the pool's width at once); commandsFinished(tag, ...)
    /// tells how each went.
    void apply(const QVector<Command>& commands, const QString& tag);
    /// Every command from now on is reported to the collector writing `dbPath` (its audit
    /// trail: who, what, which node and process, the result); empty: none.
    void setAuditDatabase(const QString& dbPath);

signals:
    void snapshotReady(const omv::ClusterSnapshot& snapshot);
    void commandsFinished(const QString& tag, const QVector<omv::CommandOutcome>& outcomes);
    /// The worker started a snapshot (the status bar says "sampling").
    void sampling();

private:
    class Worker;
    class Commander;
    static void audit(const QString& db, QVector<CommandOutcome>* outcomes);
    std::shared_ptr<ClusterBackend> m_backend;
    Capabilities m_caps;
    BackendKind m_kind;
    QString m_gateway;
    QThread* m_sampleThread;
    QThread* m_commandThread;
    Worker* m_sampler = nullptr;
    Commander* m_commander = nullptr;
    int m_intervalMs = 5000;
    bool m_paused = false;
    QString m_auditDb;
};

} // namespace omv

Q_DECLARE_METATYPE(omv::CommandOutcome)
Q_DECLARE_METATYPE(QVector<omv::CommandOutcome>)
