#pragma once

// The store's own: shared by its files (schema, writer, rollups, upkeep, reader), never
// included from outside core/store.

#include "processlog.h"
#include "sqlite.h"
#include "store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <climits>
#include <vector>

namespace omv
{

// The context translators find the store's messages under.
struct Store {
    Q_DECLARE_TR_FUNCTIONS(omv::Store)
};

namespace store
{
/// span_index's end while the span lasts.
constexpr qint64 kOpenEnd = INT_MAX;
/// How long before the report of a migrate command a move seen by a sample still counts as the
/// command's (the report follows the command; the collector samples every 1-60 s).
constexpr qint64 kAdminLateMs = 65000;
/// span_index's zero: 2020-01-01 00:00:00 UTC. Its numbers are 32 bits (rtree_i32): seconds from
/// here reach 1952 to 2088, where seconds from 1970 stopped at 2038-01-19.
constexpr qint64 kSpanEpochS = Q_INT64_C(1577836800);
/// A time as span_index keeps it: whole seconds from kSpanEpochS (rounded down), or from 1970 in
/// a file of `schemaVersion` < 4 (a reader does not upgrade what it reads); kept inside 32 bits.
qint64 spanSeconds(qint64 ms, int schemaVersion = kSchemaVersion);
/// Removes a database file with its journal, WAL and shared-memory files.
void removeDatabaseFiles(const QString& path);
} // namespace store

struct StoreWriter::Impl {
    sql::Database db;
    int lockFd = -1;
    QString path;
    QVector<MigrationRow> lastMoves; // what the last record() wrote to `migration`

    sql::Statement insSample, insNode, upsertRollup, insSpan, insSpanIndex, closeSpan, closeSpanIndex, insMigration,
        insEvent, insCluster, upsertClusterRollup;
    ProcessLogWriter log; // "log process": marks and their samples
    QString notice;

    struct OpenSpan {
        quint64 key = 0; ///< processKey(home, pid)
        qint64 id = 0;
        NodeId node = 0;
        qint64 start = 0;
    };
    // The spans that last, sorted by key: the order snapshots list processes in, so that a
    // snapshot is matched against them in one sequential walk.
    std::vector<OpenSpan> open;
    quint64 lastSequence = 0; // of the last recorded snapshot, for the ones that build on it
    bool wantsFull = false;
    QString backend; // the cluster's backend as the file's meta holds it (readers print it)
    QHash<NodeId, bool> reachable; // last known state, for up/down events
    // A node that did not answer in time is in doubt, not down: a busy node or a slow first ssh
    // handshake misses one interval now and then. It is recorded down (as of its first miss)
    // when it misses kMissesBeforeDown in a row; one its kernel lists as down is down at once.
    static constexpr int kMissesBeforeDown = 2;
    struct Miss {
        qint64 since = 0;
        int count = 0;
        QString why;
    };
    QHash<NodeId, Miss> missing;
    QHash<NodeId, qint64> nodeTouched; // last time node.last_seen was written
    QHash<quint64, qint64> adminMigrate; // (home, pid) -> when the suite asked to move it

    struct Bucket {
        qint64 start = -1;
        int n = 0, upN = 0;
        double loadSum = 0, loadMin = 0, loadMax = 0;
        double memSum = 0, memMin = 0, memMax = 0;
        double memTotalSum = 0; // the memory there was, over the same samples as memSum
    };
    QHash<NodeId, std::array<Bucket, store::kTiers.size()>> buckets;

    // The whole cluster in one interval, and its buckets per tier.
    struct ClusterPoint {
        qint64 ts = 0;
        int nodes = 0, up = 0;
        double loadSum = 0, loadMin = 0, loadMax = 0;
        qint64 memUsed = 0, memTotal = 0;
        qint64 processes = -1; // unknown
        qint64 migrations = 0;
    };
    struct ClusterBucket {
        qint64 start = -1;
        qint64 n = 0, nodesSum = 0, upSum = 0, procN = 0, migrations = 0;
        double loadSum = 0, loadMin = 0, loadMax = 0, memSum = 0, memMin = 0, memMax = 0, procSum = 0;
        double memTotalSum = 0; // the memory there was, over the same intervals as memSum
        bool loadSeen = false;
        // The intervals with a node up: the up nodes' mean load, and the memory used in all.
        qint64 liveN = 0;
        double meanSum = 0, meanMin = 0, meanMax = 0, liveMemSum = 0, liveMemMin = 0, liveMemMax = 0;
    };
    std::array<ClusterBucket, store::kTiers.size()> clusterBuckets;

    bool prepareAll();

    // What the writer keeps in memory about the file; for a file that starts afresh.
    void resetState();

    bool writeOpenBuckets();

    void loadState();

    // Adds a sample to its bucket of tier t; writes the bucket that it closes.
    void accumulate(
        size_t t, NodeId node, qint64 ts, bool up, double load, qint64 memUsed, qint64 memTotal, bool writeClosed);

    void accumulateInto(Bucket& b, size_t t, NodeId node, qint64 ts, bool up, double load, qint64 memUsed,
        qint64 memTotal, bool writeClosed);

    bool writeBucket(size_t t, NodeId node, const Bucket& b);

    void accumulateCluster(ClusterBucket& b, size_t t, const ClusterPoint& c, bool writeClosed);

    bool writeClusterBucket(size_t t, const ClusterBucket& b);

    bool writeClusterPoint(const ClusterPoint& c);

    /// The parts of StoreWriter::record, in its transaction.
    bool recordNodes(const ClusterSnapshot& snap, ClusterPoint* cluster);
    bool recordSpans(
        const ClusterSnapshot& snap, const QSet<NodeId>& vouched, std::vector<OpenSpan>* next, bool* sorted);
    bool recordMove(qint64 ts, const ProcessInfo& p, const OpenSpan& old);

    bool event(qint64 ts, NodeId node, const QString& kind, const QString& detail, const QString& actor);

    bool openSpan(const ProcessInfo& p, qint64 ts, std::vector<OpenSpan>* into);

    bool endSpan(const OpenSpan& s, qint64 ts);
};

} // namespace omv
