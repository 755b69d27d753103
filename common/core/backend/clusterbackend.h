#pragma once

#include <QCoreApplication>

#include "../model/backendkind.h"
#include "../model/capabilities.h"
#include "../model/clustersnapshot.h"
#include "../model/command.h"
#include "../model/commandoutcome.h"
#include "../model/nodemap.h"
#include "../transport/transport.h"
#include "../transport/transportpool.h"
#include "procparsers.h"

#include <QMap>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace omv
{

/// A cluster running one kernel, sampled and steered: the part of a kernel's driver
/// (kerneldriver.h) that has state — which files to read, how to parse what comes back, how a
/// command is carried out. A backend never opens sockets; it hands command lines to the
/// transports of its pool. snapshot() runs on one sampling thread; apply() on command threads,
/// which read only what the last snapshot left (lastSnapshot), never sample themselves.
class ClusterBackend
{
    Q_DECLARE_TR_FUNCTIONS(omv::ClusterBackend)

public:
    ClusterBackend(BackendKind kind, QString gateway, std::shared_ptr<TransportPool> pool, int commandTimeoutMs,
        NodeMap staticMap);
    virtual ~ClusterBackend();

    BackendKind kind() const { return m_kind; }
    QString gateway() const { return m_gateway; }
    /// What its kernel's driver offers (kerneldriver.h).
    Capabilities capabilities() const;
    TransportPool& transports() const { return *m_pool; }
    /// The limit for each command on a node (the collector keeps it below its interval).
    void setCommandTimeout(int ms) { m_timeoutMs = ms; }

    /// Samples every node and process. Per-node failures land in nodeErrors; it never throws.
    virtual ClusterSnapshot snapshot() = 0;
    /// Reads one node's switches now.
    virtual std::optional<NodeFlags> nodeFlags(NodeId node, QString* error) = 0;
    /// The next snapshot lists every process, even where nothing changed (see
    /// ClusterSnapshot::unchangedHomes): for a recorder that lost track. Any thread.
    virtual void requestFullSnapshot() { }
    /// Collector mode (where the backend has one): each process's details read once, homes whose
    /// processes did not change left out. Off: every snapshot lists everything, fresh. Called
    /// between snapshots, on the sampling thread.
    virtual void setCollectorMode(bool on) { Q_UNUSED(on); }

    /// How processes move to and from `node`, in a sentence for the node dialog; empty when the
    /// kernel moves them itself. May ask the node (plain Linux: its CRIU, once). Any thread.
    virtual QString migrationSupport(NodeId node)
    {
        Q_UNUSED(node);
        return QString();
    }

    /// Validates, builds and runs one command on the node it concerns. Windows (and tests) send
    /// through CommandDispatcher, which adds the audit trail.
    CommandOutcome apply(const Command& command);
    /// What apply() would do, nothing run: the outcome's address and command line (lines, one
    /// per step, for a command carried out in steps), or the error it would be refused with.
    /// For `--dry-run`.
    CommandOutcome plan(const Command& command);
    /// Runs several commands in parallel (at most the pool's width at once); outcomes in order.
    QVector<CommandOutcome> applyAll(const QVector<Command>& commands);

    /// The address commands for `node` go to; empty when unknown.
    QString addressOf(NodeId node);
    /// The map file the static map came from: read again for a node the kernel lists but the
    /// map does not name — a node added while the suite runs.
    void setMapFile(const QString& path);
    /// The last snapshot taken (empty before the first).
    ClusterSnapshot lastSnapshot() const;
    /// Where a command carried out in steps says how far it got ("pre-dump 2: …"), from the
    /// command's thread; empty: nowhere. Cleared before its receiver goes.
    using ProgressSink = std::function<void(const Command& command, const QString& text)>;
    void setProgressSink(ProgressSink sink);

    /// The shell command that reads a node's report: every file in `files` and `pidFiles` (below
    /// each /proc/<pid>) in one grep, `extra` commands, then uids and user names.
    static QString nodeReportCommand(
        const QStringList& files, const QStringList& pidFiles, const QString& extra = QString());
    /// The same files of these processes only (collector modes: a process's details once, when
    /// it appears), with their status lines and the node's users.
    static QString processDetailsCommand(const QVector<int>& pids, const QStringList& pidFiles);
    /// The generic part of a process from its report files (stat, cmdline, status).
    static std::optional<ProcessInfo> processFromReport(int pid, const QHash<QByteArray, QByteArray>& files,
        const QHash<int, QString>& users, NodeId node, QStringList* problems);

    /// Fills in the home pid of guests the nodes did not name, where the home's list makes it
    /// certain (one guest and one process for that home and node).
    static void matchGuestsToHomes(ClusterSnapshot& snap);

protected:
    /// Turns a request into the one that is sent (MattX: "best" becomes a chosen node).
    virtual bool resolve(Command& command, QString* note, QString* error);
    /// The node a command's line runs on: the node it names (a process by its home, where the
    /// openMosix deputy or MattX home answers for it). Plain Linux: where the process runs now.
    virtual NodeId runsOn(const Command& command) { return command.node; }
    /// Carries out a command that is more than one command line (a checkpoint/restart
    /// migration); false when the command is an ordinary one.
    virtual bool carryOut(CommandOutcome& outcome)
    {
        Q_UNUSED(outcome);
        return false;
    }
    /// plan()'s side of carryOut(): fills in the steps' lines without running anything; false
    /// when the command is an ordinary one.
    virtual bool planCarryOut(CommandOutcome& outcome)
    {
        Q_UNUSED(outcome);
        return false;
    }
    /// Learns addresses from the kernel when none are known (openMosix: showmap on the gateway).
    virtual void refreshAddresses() { }
    void rememberSnapshot(const ClusterSnapshot& snapshot);
    /// Tells the progress sink, if any.
    void progress(const Command& command, const QString& text);
    /// apply()'s first steps: offered by the kernel, then resolved; false with the error set.
    bool prepare(CommandOutcome& outcome);
    /// The command's one line and the address it runs at; false with the error set.
    bool buildLine(CommandOutcome& outcome);

    /// What reading one node gave.
    struct NodeRead {
        bool unchanged = false; ///< its processes are as in the snapshot before: not listed
        QVector<ProcessInfo> processes;
        QVector<GuestProcess> guests;
        QString error; ///< set when the node did not answer
    };
    /// Reads the nodes at `indexes` of snap.nodes in parallel (the pool's width at most), then
    /// merges what they gave into `snap` — errors, processes by (home, pid), guests by (node, pid).
    void readNodes(ClusterSnapshot& snap, const QVector<int>& indexes,
        const std::function<void(NodeSample& node, NodeRead& out)>& read);
    /// Runs a node's report command; false with out.error set when the node did not answer.
    bool runReport(NodeSample& node, const QString& commandLine, GrepReport* report, NodeRead& out);
    void learnAddresses(const NodeMap& map);
    NodeMap knownAddresses() const;
    /// Reads the map file again and learns its nodes.
    void rereadMapFile();
    /// A new snapshot's heading: the time sampling starts, the backend, the gateway, its number.
    ClusterSnapshot beginSnapshot();
    /// Runs the node-table command on the gateway, or on another known node when it fails.
    CommandResult runOnGateway(const QString& commandLine, QString* usedAddress);
    /// Sets snap.gatewayError for a node table that could not be read: one sentence naming the
    /// gateway, the file and the likely cause when the failure is a kernel-side one (the gateway
    /// asked once, per distinct failure, what kernel it does run), the raw text in the detail.
    void setGatewayError(ClusterSnapshot& snap, const QString& raw);

    const BackendKind m_kind;
    const QString m_gateway;
    std::shared_ptr<TransportPool> m_pool;
    std::atomic<int> m_timeoutMs;
    const NodeMap m_staticMap;
    quint64 m_sequence = 0; // counts snapshots (sampler thread)

private:
    mutable std::mutex m_mutex;
    std::mutex m_progressMutex;
    ProgressSink m_progress;
    NodeMap m_learned;
    QString m_mapFile;
    ClusterSnapshot m_last;
    QString m_explainedRaw, m_explained; // the last failure put into words (sampler thread)
};

} // namespace omv
