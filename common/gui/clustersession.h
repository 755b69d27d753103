#pragma once

#include "core/backend/clusterbackend.h"
#include "core/backend/commanddispatcher.h"
#include "core/control/remote.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace omv
{

/// One batch of commands sent through a session: finished() tells how each went (then it goes).
class CommandRun : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
signals:
    void finished(const QVector<omv::CommandOutcome>& outcomes);
};

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
    /// Whether the last snapshot came from the collector's feed, and the status bar's words.
    bool fromCollector() const { return m_fromCollector; }
    QString sourceText() const { return m_source; }
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
    /// Runs the commands through the suite's command dispatcher (in parallel, at most the pool's
    /// width at once, each reported to the audit trail); commandsFinished(tag, ...) tells how
    /// each went.
    void apply(const QVector<Command>& commands, const QString& tag);
    /// The same for one caller (a dialog): the returned run's finished() carries these
    /// commands' outcomes; it deletes itself after.
    CommandRun* send(const QVector<Command>& commands);
    /// Asks on the command thread how processes move to and from `node` (plain Linux: whether
    /// its CRIU works); migrationSupportKnown() answers.
    void askMigrationSupport(NodeId node);
    /// Every command from now on is reported to the collector writing `dbPath` (its audit
    /// trail: who, what, which node and process, the result); empty: none. Snapshots are taken
    /// from that collector's feed while it runs — on `where` through ssh when that is another
    /// machine.
    void setAuditDatabase(const QString& dbPath, const control::CollectorHost& where = {});

signals:
    void snapshotReady(const omv::ClusterSnapshot& snapshot);
    void commandsFinished(const QString& tag, const QVector<omv::CommandOutcome>& outcomes);
    /// The worker started a snapshot (the status bar says "sampling").
    void sampling();
    /// Where snapshots come from now: "live from the collector" or "sampling directly" (why).
    void sourceChanged(bool fromCollector, const QString& text);
    void migrationSupportKnown(int node, const QString& text);
    /// How far a command carried out in steps got (a live migration's rounds), for process
    /// `pid` of node `home`.
    void commandProgress(int home, int pid, const QString& text);

private:
    class Worker;
    class Commander;
    std::shared_ptr<ClusterBackend> m_backend;
    Capabilities m_caps;
    BackendKind m_kind;
    QString m_gateway;
    std::shared_ptr<CommandDispatcher> m_dispatcher;
    bool m_fromCollector = false;
    QString m_source;
    QThread* m_sampleThread;
    QThread* m_commandThread;
    Worker* m_sampler = nullptr;
    Commander* m_commander = nullptr;
    int m_intervalMs = 5000;
    bool m_paused = false;
};

} // namespace omv

Q_DECLARE_METATYPE(omv::CommandOutcome)
Q_DECLARE_METATYPE(QVector<omv::CommandOutcome>)
