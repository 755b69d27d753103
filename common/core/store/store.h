#pragma once

#include "../model/clustersnapshot.h"
#include "../model/command.h"
#include "sqlite.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <atomic>
#include <functional>
#include <memory>

namespace omv
{

/// The history database (SQLite, WAL; one writer = the collector). Schema, versioned in `meta`:
///
///   node(id, address, first_seen, last_seen)
///   node_sample(node_id, ts, up, load_raw, load, speed, cpus, mem_used, mem_total, util) — raw
///   rollup(tier, node_id, ts, n, up_n, load_avg, load_min, load_max, mem_avg, mem_min, mem_max,
///       mem_total) — tier 60, 600, 3600 seconds; ts = bucket start; written as the collector
///       goes; mem_total the mean memory there was (version 4; NULL: not known)
///   process_span(id, home, pid, node, uid, user, command, start_ts, end_ts) — one row per stay
///       of a process on a node; end_ts NULL while it lasts; span_index (R*Tree of 32-bit
///       seconds from 2020-01-01 — from 1970 before version 4 — for "processes at T")
///   migration(ts, home, pid, from_node, to_node, cause)   cause: balancer | admin
///   event(ts, node_id, kind, detail, actor)   kind: up, down, checkpoint, command
///   cluster_sample(ts, nodes, nodes_up, load_sum, load_min, load_max, mem_used, mem_total,
///       processes, migrations) — one row per interval over all nodes (load over up nodes)
///   cluster_rollup(tier, ts, n, nodes_sum, up_sum, load_sum, load_min, load_max, mem_sum,
///       mem_min, mem_max, proc_sum, proc_n, migrations, live_n, mean_sum, mean_min, mean_max,
///       live_mem_sum, live_mem_min, live_mem_max, mem_total_sum) — the same per tier bucket; the live_ and mean_
///       columns summarise the cluster's figure per interval (the up nodes' mean load, the memory
///       used in all) over the live_n intervals with a node up (version 3; NULL in buckets
///       upgraded after their raw rows were gone)
///   (version 2; a version 1 file gets them filled from its node tables when a writer opens it)
///   meta: schema_version, schema_major, backend, interval_ms (the collector's sampling interval),
///         start_args (how it was started, a JSON array)
///
/// Timestamps are UTC milliseconds.
namespace store
{
/// Every change of the schema raises the version; a change that an older reader cannot read
/// around (a column it reads renamed or dropped) raises the major too. Readers open any file of
/// their major read-only; the writer upgrades older files in place.
constexpr int kSchemaVersion = 4;
constexpr int kSchemaMajor = 2;
struct SchemaVersion {
    int version = 0; ///< 0: no schema (a new or foreign file)
    int major = 0;
};
SchemaVersion schemaVersion(sql::Database& db);
/// What an open file is, before anything of it is used or changed.
struct FileKind {
    enum Kind { Ours, Empty, Foreign, Unreadable } kind = Empty;
    SchemaVersion version;
    QStringList tables; ///< Foreign: some of the other program's tables
    QString error; ///< Unreadable: what SQLite said
};
FileKind identify(sql::Database& db);
/// "an SQLite database of another program (tables moz_places, moz_bookmarks, …)", for refusals.
QString describeForeign(const FileKind& kind);
constexpr std::array<int, 3> kTiers { 60, 600, 3600 }; // seconds
} // namespace store

struct Retention {
    qint64 rawMs = qint64(7) * 24 * 3600 * 1000;
    /// Process spans that ended, migrations and events (0 = keep).
    qint64 processMs = qint64(90) * 24 * 3600 * 1000;
    qint64 tier60Ms = qint64(90) * 24 * 3600 * 1000;
    qint64 tier600Ms = 0; ///< 0 = keep
    qint64 tier3600Ms = 0;
};

/// Creates or upgrades the schema of an open database.
bool migrateSchema(sql::Database& db, QString* error);

struct MigrationRow;

class StoreWriter
{
public:
    StoreWriter();
    ~StoreWriter();
    StoreWriter(const StoreWriter&) = delete;
    StoreWriter& operator=(const StoreWriter&) = delete;

    /// Opens (creating it 0600) and takes the writer lock: a second writer is refused, and so is
    /// a file of another owner. A file others could read is made 0600 (notice() says so); an
    /// older schema is upgraded in place in one transaction.
    bool open(const QString& path, QString* error);
    /// What open() changed that the user should hear about; empty when nothing.
    QString notice() const;
    void close();
    bool isOpen() const;

    /// Records one snapshot in one transaction: samples and rollups, spans that began, moved or
    /// ended, migrations, node up/down events. Nodes that did not answer keep their spans open,
    /// and so do the homes a collector-mode snapshot names unchanged.
    bool record(const ClusterSnapshot& snapshot, QString* error);
    /// True (once) when a recorded snapshot named unchanged homes but did not build on the last
    /// one recorded here (after a rotation, say): the backend should send a full snapshot next.
    bool wantsFullSnapshot();
    /// The migrations the last record() wrote, with their cause (a rolled back one: none).
    QVector<MigrationRow> lastMigrations() const;
    /// "Log process": from `ts` on, every recorded sample of the process (home, pid) is kept at
    /// full detail (process_sample) until `on` is false or the process ends; an event says who
    /// asked. A process that does not run (as last recorded), one marked already, or (off) one
    /// not marked: false with `error`.
    bool markLogged(qint64 ts, NodeId home, int pid, bool on, const QString& actor, QString* error);
    /// The processes marked now, by (home, pid).
    QVector<QPair<NodeId, int>> loggedProcesses() const;
    /// Says in the file how often the recorder samples (meta `interval_ms`): how long one sample
    /// stands for when readers add up time (the time above a threshold).
    bool setSampleInterval(qint64 ms, QString* error);
    /// Says in the file how its recorder was started (meta `start_args`: the collector's
    /// arguments that name the cluster and what it keeps, as a JSON array), so that a desk can
    /// start it again on its machine as it last ran (control/collectorstart.h).
    bool setStartArguments(const QStringList& args, QString* error);
    bool recordEvent(
        qint64 ts, NodeId node, const QString& kind, const QString& detail, const QString& actor, QString* error);
    /// Who sent an audit record: the collector's own user or root (the admin), or a viewer.
    enum class Sender { Admin, Viewer };
    /// An admin command the suite sent: an audit event, and — from the admin only — what makes
    /// the migration it causes count as "admin" rather than "balancer". A viewer's record is kept
    /// as what it says and never changes what the nodes reported (issue 26: forged records
    /// relabelled real migrations). `actor` is who ran it (as the collector verified), `via`
    /// which tool says it did.
    bool recordCommand(qint64 ts, const Command& command, const QString& commandLine, const QString& result, bool ok,
        const QString& actor, const QString& via, QString* error, Sender sender = Sender::Admin);
    /// Keeps everything recorded so far in a new file `target` (one consistent copy, created
    /// 0600) and empties the live file in one transaction, without closing it: readers keep
    /// their connection, and every committed row is in exactly one of the two files (renaming a
    /// live WAL file would lose what its -wal holds). The copy is written as `target.partial`,
    /// fsynced, and renamed only after the live file's emptying committed (with the cut recorded
    /// in it): killed at any step, the next open() finishes or undoes it. On failure nothing
    /// changes, no copy is left, and recording goes on.
    bool rotate(const QString& target, QString* error);
    /// Deletes what is older than the retention allows, a node at a time (short transactions).
    bool applyRetention(qint64 nowMs, const Retention& retention, QString* error);

    sql::Database& database();

private:
    /// Names the copy a rotation made once the live file was emptied (also at open, for one a
    /// crash cut short); the cut is recorded in meta `rotation` until then.
    bool finishRotation(QString* error);
    struct Impl;
    std::unique_ptr<Impl> d;
};

struct SeriesPoint {
    qint64 ts = 0; ///< start of the point's interval
    double loadAvg = 0, loadMin = 0, loadMax = 0; ///< percent of capacity
    double memAvg = 0, memMin = 0, memMax = 0; ///< bytes used
    /// Bytes of memory there was, over the same samples as memAvg; -1 where the summaries do not
    /// say (buckets older than schema 4 whose raw samples were gone when it was upgraded).
    double memTotal = -1;
    double upFraction = 0;
    int samples = 0; ///< node series: samples; cluster series: intervals
    // Cluster series only:
    double nodesUp = 0; ///< average number of nodes up
    double processes = -1; ///< average number of processes; -1 when not recorded (version 1 data)
    qint64 migrations = 0;

    /// The share of memory used over the point's samples, sample by sample (the memory used
    /// summed over the memory there was); -1 when not known.
    double memPercent() const { return memTotal > 0 ? 100.0 * memAvg / memTotal : -1; }
};

struct SpanRow {
    NodeId home = 0;
    int pid = 0;
    NodeId node = 0;
    int uid = -1;
    QString user;
    QString command;
    qint64 startTs = 0;
    qint64 endTs = -1; ///< -1 while it lasts
    int migrations = -1; ///< momentAt: the process's migrations up to then; -1 not asked
};

struct MigrationRow {
    qint64 ts = 0;
    NodeId home = 0;
    int pid = 0;
    NodeId from = 0, to = 0;
    QString cause;
};

/// One sample of a logged process (process_sample).
struct ProcessSampleRow {
    qint64 ts = 0;
    NodeId node = 0; ///< where it ran
    QChar state; ///< R, S, D, T, …; null when the kernel did not say
    double cpuPercent = -1; ///< of one CPU, since the sample before; -1: not known
    qint64 rssBytes = -1, vsizeBytes = -1;
    int nice = 0;
    int migrations = -1; ///< as the kernel counted them
    bool locked = false;
};

/// A "log process" mark: (home, pid) logged from `from` to `to` (-1 while it lasts), by `actor`.
struct LogMark {
    NodeId home = 0;
    int pid = 0;
    qint64 from = 0, to = -1;
    QString actor;
};

struct EventRow {
    qint64 ts = 0;
    NodeId node = 0;
    QString kind, detail, actor;
};

/// What a history file covers.
struct TimeExtent {
    qint64 first = -1, last = -1; ///< -1: nothing recorded
    QList<NodeId> nodes;
    int schemaVersion = 0;
};

struct ProcessFilter {
    QString user; ///< exact; empty = any
    NodeId node = 0; ///< where it ran; 0 = any
    QString command; ///< substring; empty = any
};

/// What one node (or, with node 0, the whole cluster) did over a range.
///
/// The figures are of the samples recorded in the range, each counted once (the recorder samples
/// at a fixed interval, so a sample stands for the same time as any other): a node's sample counts
/// when the node was up with a known load; the cluster's figure at a sample is the mean load of
/// the nodes up then and the memory used in all of them, and counts when a node was up. The 95th
/// percentile is the nearest rank: the smallest value that at least 95 % of the samples do not
/// exceed. A sample stands for the time to the node's next sample, at most one sampling interval
/// and not past the range's end: the time above the threshold adds up those of the samples above
/// it. Where only summaries remain (RangeStats::tier), see there.
struct NodeStats {
    NodeId node = 0; ///< 0: the cluster (load over the up nodes, memory used in all)
    qint64 samples = 0; ///< samples the figures come from (a summary counts its samples)
    double loadMean = -1, loadMin = -1, loadMax = -1, loadP95 = -1; ///< percent of capacity; -1: none
    double memMean = -1, memMin = -1, memMax = -1, memP95 = -1; ///< bytes used
    qint64 aboveMs = 0; ///< time with the load above the threshold
    qint64 downMs = 0; ///< time down (the cluster: node-time, summed over nodes)
    int outages = 0; ///< down spells that touch the range
    int migrationsIn = 0, migrationsOut = 0; ///< balancer and admin together
    int adminIn = 0, adminOut = 0; ///< of those, the ones an admin asked for
    int processesStarted = 0; ///< processes born on this node (its home) in the range
};

struct RangeStats {
    qint64 from = 0, to = 0;
    double threshold = 75;
    /// 0 when every figure comes from the raw samples. Else the raw samples of the range's start
    /// are no longer kept and the summaries of this tier (seconds) stand for the part before
    /// `rawFrom`, from `summaryFrom` (the range's start rounded down to the tier's buckets): means
    /// stay exact (each summary weighs by its samples), min and max are the summaries' stored
    /// extremes; the 95th percentile takes a summary's mean for each of its samples, and a summary
    /// counts above the threshold for all its samples when its minimum is above it, for none when
    /// its maximum is not, and by its mean between. The tier is the finest that reaches back to the
    /// range's start (else the one that reaches furthest) with at most 5,000 buckets per node over
    /// the summarised part (the hours, whatever their number, when none has so few).
    int tier = 0;
    qint64 summaryFrom = -1; ///< where the summaries begin; -1: none used
    qint64 rawFrom = -1; ///< where raw samples take over (tier 0: `from`)
    /// How long one sample stands for: the recorder's interval (the file's meta), or the usual
    /// gap between samples in a file that does not say.
    qint64 intervalMs = 0;
    qint64 firstSample = -1, lastSample = -1; ///< the recorded instants in the range; -1: none
    /// The cluster's extremes and percentile over summaries written before version 3 are not
    /// known (-1 then): they would otherwise be of bucket averages.
    bool clusterExtremesKnown = true;
    NodeStats cluster;
    QVector<NodeStats> nodes;
};

/// Read-only access for the viewers; any number of readers alongside the writer.
class StoreReader
{
public:
    bool open(const QString& path, QString* error);
    void close() { m_db.close(); }
    /// One node's load and memory over [from, to) at most `points` points, from the finest data
    /// that keeps the number of rows read bounded.
    QVector<SeriesPoint> nodeSeries(NodeId node, qint64 from, qint64 to, int points);
    /// Every node's series in one query (what a chart of all nodes wants).
    QHash<NodeId, QVector<SeriesPoint>> allNodeSeries(qint64 from, qint64 to, int points);
    /// Every node's rows of one tier (seconds; 0: raw samples) over [from, to) as stored, in time
    /// order, for a viewer that keeps them and buckets them itself (`bucket`): a value that is
    /// NULL in the file (no node up) is NaN here.
    QHash<NodeId, QVector<SeriesPoint>> nodeRows(int tier, qint64 from, qint64 to);
    /// The same rows one at a time as the query steps (node by node, in time order for a tier;
    /// by time for raw samples): what the history channel streams without holding them.
    void nodeRows(int tier, qint64 from, qint64 to, const std::function<void(NodeId, const SeriesPoint&)>& row);
    /// Rows of `nodeRows` (of `tier`) merged into at most `points` buckets over [from, to), with
    /// the same figures a series query of that tier gives.
    static QVector<SeriesPoint> bucket(const QVector<SeriesPoint>& rows, int tier, qint64 from, qint64 to, int points);
    /// The same over all nodes: average load of the up nodes (min and max over nodes), memory
    /// used in all, nodes up, processes and migrations — from the cluster's own rows.
    QVector<SeriesPoint> clusterSeries(qint64 from, qint64 to, int points);
    QVector<SpanRow> processesAt(qint64 t, const ProcessFilter& filter = {});
    /// Spans that began or ended in [from, to) (what happened then), by start time, at most `limit`.
    QVector<SpanRow> spansBetween(qint64 from, qint64 to, const ProcessFilter& filter = {}, int limit = 100000);
    /// Every stay of one process, in order.
    QVector<SpanRow> processLife(NodeId home, int pid);
    QVector<MigrationRow> migrations(qint64 from, qint64 to);
    QVector<MigrationRow> migrationsOf(NodeId home, int pid);
    /// One process's life (historyat.cpp): its stays, each beginning where the last ended (a
    /// move), and its moves. A pid is reused by the kernel, so (home, pid) names several processes
    /// over a long history: this is the one that ran at `at` — or, when none did, the last that
    /// ended before `at`, else the first that started after it.
    struct Life {
        QVector<SpanRow> stays;
        QVector<MigrationRow> moves;
        QVector<ProcessSampleRow> samples; ///< its logged samples ("log process"), in time order
    };
    Life lifeAt(NodeId home, int pid, qint64 at);
    /// lifeAt(home, pid, at) of every process at `at`, in (home, pid) order: what a window keeps
    /// so that a click on any process there shows its life without asking (one question per
    /// moment instead of one per click: 5,700 processes of a 64-node month in some 50 ms).
    QVector<Life> livesAt(qint64 at);
    QVector<EventRow> events(qint64 from, qint64 to);
    /// The logged samples of (home, pid) in [from, to), in time order.
    QVector<ProcessSampleRow> processSamples(NodeId home, int pid, qint64 from, qint64 to);
    /// The "log process" marks of (home, pid) — every process that had the pid — in order; with
    /// home 0, every mark.
    QVector<LogMark> logMarks(NodeId home = 0, int pid = 0);
    QList<NodeId> nodes();
    TimeExtent extent();
    /// The rollup tier (seconds; 0 = raw samples) a series over `span` at `points` points reads.
    static int tierFor(qint64 span, int points);
    /// The cluster as recorded at `t` (historyat.cpp): the nodes of the last sample at or before
    /// `t` — raw, or from the rollups once raw samples have aged out (`moment.fromRollup`: the
    /// minutes, then the ten minutes and hours)
    /// — and the processes alive at `t` with the migrations each had made by then and since when
    /// each was where it was (`filter` as
    /// processesAt). `moment.sampleTs` is -1 when nothing was recorded at or before `t`.
    struct Moment {
        qint64 sampleTs = -1; ///< the recorded instant the nodes are from
        bool fromRollup = false; ///< the nodes are a summary's averages
        int tier = 0; ///< that summary's length in seconds (60 unless the minutes aged out too)
        qint64 previousSample = -1, nextSample = -1; ///< recorded instants before `sampleTs` / after `t`
        ClusterSnapshot snapshot; ///< timeMs = sampleTs; processes: argv the recorded command, sinceMs set
    };
    Moment momentAt(qint64 t, const ProcessFilter& filter = {});
    /// What happened to processes in [from, to) (historyat.cpp): started, ended (a migration ends
    /// a stay but not the process) and moved, in time order; `filter` as processesAt (a move
    /// counts for the node it left or reached).
    struct Change {
        enum Kind { Started, Ended, Moved };
        qint64 ts = 0;
        Kind kind = Started;
        NodeId home = 0;
        int pid = 0;
        QString user, command;
        NodeId node = 0; ///< where it started or ended; for a move, where it went
        NodeId from = 0; ///< a move: where it left
        QString cause; ///< a move: "balancer" or "admin"
    };
    /// When more than `limit` stays began or ended in the range, the list is cut at a time so that
    /// it holds at most `limit` starts and ends of stays (a move ends one and starts one): whole
    /// before that time, empty after; `*cutAt` is that time, or -1 when the list is whole.
    QVector<Change> changesBetween(
        qint64 from, qint64 to, const ProcessFilter& filter = {}, int limit = kChangesLimit, qint64* cutAt = nullptr);
    static constexpr int kChangesLimit = 200000; ///< a few hours of ~7,000 short jobs; ~50 MB
    /// Statistics per node and for the cluster over [from, to) (historystats.cpp).
    RangeStats statistics(qint64 from, qint64 to, double threshold = 75);
    /// Changes whenever another connection (the collector) commits to the file.
    qint64 dataVersion();
    /// Cuts the running query short, and what is left of a query made of several (statistics);
    /// callable from another thread while the reader is open. Holds until resetInterrupt().
    void interrupt();
    void resetInterrupt() { m_interrupted = false; }
    bool interrupted() const { return m_interrupted; }
    QString lastError() const { return m_db.lastError(); }
    /// The first error a query met since the last call (a damaged page, an I/O error), cleared;
    /// empty when everything read was read whole.
    QString takeError() { return m_db.takeError(); }

private:
    QVector<SeriesPoint> series(
        const char* nodeClause, NodeId node, qint64 from, qint64 to, int points, bool sumMemory);
    void loadFigures(RangeStats* r);
    /// The recorder's sampling interval in ms (see RangeStats::intervalMs).
    qint64 sampleInterval();
    void downTimes(RangeStats* r);
    void movesAndStarts(RangeStats* r);
    void seriesRows(const char* nodeClause, NodeId node, qint64 from, qint64 to, int points, bool sumMemory,
        bool byNode, const std::function<void(NodeId, const SeriesPoint&)>& row);
    /// The row's texts through `texts` when given (shared when they repeat).
    static SpanRow spanRow(const sql::Statement& q, sql::TextCache* texts = nullptr);
    static QVector<SpanRow> spans(sql::Statement& q);
    /// processesAt, and with `migrationsSoFar` each process's migrations up to `t` (one seek in
    /// the migration index per process, inside the same statement).
    QVector<SpanRow> processesAt(qint64 t, const ProcessFilter& filter, bool migrationsSoFar);
    static QVector<MigrationRow> migrationRows(sql::Statement& q);
    sql::Database m_db;
    int m_version = 0;
    std::atomic<bool> m_interrupted { false };
};

} // namespace omv
