#pragma once

#include <QCoreApplication>

#include "../clusterbackend.h"

#include <QHash>

#include <atomic>
#include <mutex>

namespace omv
{

/// What a node offers for checkpoint/restart migration: found once per node.
struct CriuSupport {
    bool probed = false; ///< the node answered the probe (else it is asked again next time)
    bool usable = false;
    QString version; ///< "4.1.1"; empty when criu is not installed
    QString kernel; ///< the node's release, "6.18.44-..."
    QString text; ///< for the node dialog: "CRIU 4.1.1 on kernel …: migration available", or why not
    bool tracksMemory = false; ///< `criu check --feature mem_dirty_track`: pre-copy (live) migration
};

/// Plain Linux nodes (no openMosix, no MattX): the profile lists them (nodes= or map=); one
/// command per node and sample reads its load average, CPU times, memory and processes from
/// ${OMV_PROC:-/proc}. A process runs where it was born (home = node). Signals, renice and
/// starting a program work as everywhere; the migration switches are greyed with the reason.
///
/// Migration is checkpoint/restart with CRIU, where both nodes have one that works on their
/// kernel: `criu dump --leave-stopped` on the node it runs on, the image directory relayed
/// through the suite's two ssh sessions (or written to a folder every node mounts, [linux]
/// images=), `criu restore -d` on the target, then the stopped original is ended; on any failure
/// the original is continued and nothing is lost. CRIU restores the pid the process had (and
/// fails where the target has that pid in use), so the suite names it as before — (home, pid) —
/// and the target keeps a line "PID HOME MOVES START" in ~/.local/state/openmosixview/migrated
/// that every sampler reads with the node's report: there the process is a guest from its home,
/// as an openMosix one would be, and the history records a move, not an end and a start.
///
/// Decided, for the columns the other kernels fill: load % is the 1-minute load average per
/// CPU (100 % = every CPU busy); CPU use (util) is the share of CPU time not idle since the
/// sample before; "speed" is 10,000 per CPU — the scale of openMosix's reference CPU, so a
/// column of mixed clusters compares, and a relative capacity, not a clock (it cannot be set).
class LinuxBackend : public ClusterBackend
{
    Q_DECLARE_TR_FUNCTIONS(omv::LinuxBackend)

public:
    LinuxBackend(QString gateway, std::shared_ptr<TransportPool> pool, int commandTimeoutMs, NodeMap nodes);

    ClusterSnapshot snapshot() override;
    std::optional<NodeFlags> nodeFlags(NodeId node, QString* error) override;
    void requestFullSnapshot() override { m_fullNext = true; }

    static constexpr qint64 kSpeedPerCpu = 10000;
    static QString nodeReportCommand();
    /// Collector mode: every sample reads the node's figures and the list of its pids only;
    /// name, user, command line and the rest are read once per process, when it first appears,
    /// and kept (what a recorder needs — processes never move on a stock kernel). CPU time,
    /// state, nice and memory of processes are then those of their first sighting. A node whose
    /// pids are those of the snapshot just before is named in unchangedHomes, its processes not
    /// repeated (as OpenMosixBackend does): a recorder of 1,000 nodes handles the few where
    /// something started or ended.
    void setCollectorMode(bool on) override { m_collectorMode = on; }
    static QString nodeLightCommand();
    /// The details of these processes (at most kDetailsBatch: one argument stays below the
    /// kernel's 128 KiB limit).
    static QString nodeDetailsCommand(const QVector<int>& pids);
    static constexpr int kDetailsBatch = 1000;
    /// What a node's report says; `cpu` holds the node's CPU times from the sample before (in;
    /// total -1 when there was none) and gets this sample's (out), for the CPU use between.
    static void assembleNodeReport(const GrepReport& report, NodeId node, NodeSample* sample,
        QVector<ProcessInfo>* processes, QStringList* problems, CpuTimes* cpu);
    /// Marks the processes the node's `migrated` lines name as guests from their home, with
    /// their count of moves; a line naming this node as home gives a process that came back
    /// its count only (a line counts while its start time is the process's: a reused pid is
    /// the node's own again).
    static void applyMigrated(
        const QByteArray& lines, NodeId node, QVector<ProcessInfo>* processes, QVector<GuestProcess>* guests);

    /// The node's CRIU, probed on first use and kept (a node that did not answer is asked again).
    CriuSupport criuSupport(NodeId node);
    QString migrationSupport(NodeId node) override { return criuSupport(node).text; }
    static QString criuProbeCommand();
    static CriuSupport parseCriuProbe(const QByteArray& output);
    /// Whether CRIU `version` can checkpoint on kernel `release`; `why` says why not.
    static bool criuWorksOn(const QString& version, const QString& release, QString* why);
    /// [linux] images: a folder all nodes mount; checkpoints are written there instead of
    /// being streamed. Empty: streamed.
    void setImageFolder(const QString& folder);
    void setMigrateTimeout(int ms) { m_migrateTimeoutMs = ms; }
    /// Pre-copy where both nodes can (on by default; [linux] live=false turns it off, and the
    /// benchmark compares both).
    void setLiveMigration(bool on) { m_live = on; }
    /// The command lines of a migration's steps (integers and the quoted image folder only).
    static QString dumpCommand(int pid, const QString& imageFolder, const QString& liveDir = QString(), int rounds = 0);
    static QString sendImagesCommand(const QString& dir);
    /// Live migration's steps: a pre-dump round into DIR/ROUND (round 1 makes DIR) while the
    /// process runs; one round's folder sent; received into the target's folder (made by the
    /// first, `dir` empty).
    static QString preDumpCommand(int pid, int round, const QString& dir);
    static QString sendRoundCommand(const QString& dir, const QStringList& rounds);
    static QString receiveRoundCommand(const QString& dir);
    /// Pre-dump rounds at most, before the final dump; fewer when a round wrote little.
    static constexpr int kMaxRounds = 4;
    /// A pre-dump round this small ends the rounds (and a first this small needs no second look).
    static constexpr qint64 kSmallRound = 4 << 20;
    /// `tree`: the process first, then the descendants the dump took with it (each gets a line
    /// in the target's migrated file; the source ends or continues all of them).
    static QString restoreCommand(
        const QVector<int>& tree, NodeId home, int moves, bool shellJob, const QString& sharedDir);
    static QString finishSourceCommand(const QVector<int>& tree, bool migrated, bool wasStopped, const QString& dir);
    /// The dump's "tree:" answer checked: `pid` first, distinct pids in range, at most
    /// kMaxTree; anything else gives `pid` alone.
    static QVector<int> dumpedTree(const QByteArray& words, int pid);
    static constexpr int kMaxTree = 4096;

protected:
    bool resolve(Command& command, QString* note, QString* error) override;
    NodeId runsOn(const Command& command) override;
    bool carryOut(CommandOutcome& outcome) override;
    bool planCarryOut(CommandOutcome& outcome) override;

private:
    /// The process a migration concerns and its target, from the last snapshot; null with the
    /// outcome's error set when there is nothing to move.
    const ProcessInfo* migrationSource(const ClusterSnapshot& snap, CommandOutcome& o, NodeId* target) const;
    void adoptOrphans(ClusterSnapshot& snap);
    /// Where (home, pid) runs now, from the last snapshot; the home when it is not there.
    const ProcessInfo* findProcess(const ClusterSnapshot& snap, NodeId home, int pid) const;
    void migrateByCheckpoint(CommandOutcome& o, const ProcessInfo& p, NodeId target);
    /// What a move of `p` to `target` needs, checked before anything runs (by the move and by
    /// its dry run alike): both nodes' addresses, CRIU usable on both (asked once per node),
    /// the images' folder, and whether it goes live. False with the outcome's error set.
    struct MovePlan {
        QString from, to, folder;
        bool live = false;
    };
    bool planMove(CommandOutcome& o, const ProcessInfo& p, NodeId target, MovePlan* plan);
    /// What the pre-dump rounds of a live migration left: the folders on both nodes and each
    /// round's bytes; `why` when they gave up.
    struct LiveRounds {
        int rounds = 0;
        QString sourceDir, targetDir, why;
        QVector<qint64> roundBytes; ///< per stream sent ("1+2" for the first and its second look)
        QStringList roundNames;
        qint64 written = 0; ///< what the last round's pre-dump wrote
    };
    bool preCopy(
        CommandOutcome& o, const ProcessInfo& p, NodeId target, Transport& src, Transport& dst, LiveRounds* live);
    /// `send`'s output on one node as `receive`'s input on another, through the suite (bounded
    /// buffer); the receiver's result, the sender's failure in it when that came first.
    CommandResult relay(Transport& src, Transport& dst, const QString& send, const QString& receive, int timeoutMs,
        NodeId source, qint64* bytes);
    /// Where (home, pid) runs now, asked of the nodes `snap` lists (but `notOn`), for a process
    /// that moved since the last snapshot; from any thread.
    std::optional<ProcessInfo> locate(const ClusterSnapshot& snap, NodeId home, int pid, NodeId notOn);

    /// Collector mode's read of one node: figures and pids, details of the new ones.
    bool readNodeLight(NodeSample& s, NodeRead& out, CpuTimes* cpu, bool full);

    /// Collector mode's memory of one node.
    struct Known {
        QByteArray pids; ///< the migrated and pid lines of its last answer
        QVector<ProcessInfo> processes; ///< sorted by pid
        QVector<GuestProcess> guests; ///< those of them restored here from elsewhere
        quint64 readIn = 0; ///< the snapshot that last read it
    };
    bool m_collectorMode = false;
    std::atomic<int> m_migrateTimeoutMs { 600000 };
    std::atomic<bool> m_live { true };
    std::mutex m_criuMutex;
    QHash<NodeId, CriuSupport> m_criu;
    QString m_imageFolder;
    std::atomic<bool> m_fullNext { false };
    std::mutex m_cpuMutex;
    QHash<NodeId, CpuTimes> m_cpu; // each node's CPU times at its last sample
    QHash<NodeId, Known> m_known;
};

} // namespace omv
