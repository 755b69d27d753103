#include "store.h"

#include "processlog.h"

#include "../model/snapshotdiff.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cmath>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <limits>
#include <numeric>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace omv
{

// The context translators find these messages under.
struct Store {
    Q_DECLARE_TR_FUNCTIONS(omv::Store)
};

namespace
{

const char* const kSchemaV1 = R"(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE node(id INTEGER PRIMARY KEY, address TEXT, first_seen INTEGER, last_seen INTEGER);
-- Keyed by time first: a sample of every node is appended at one end of the tree (a commit of
-- 1,000 nodes touches a handful of pages, not 1,000); per-node reads of long windows use rollup.
CREATE TABLE node_sample(node_id INTEGER NOT NULL, ts INTEGER NOT NULL, up INTEGER NOT NULL, load_raw INTEGER,
    load REAL, speed INTEGER, cpus INTEGER, mem_used INTEGER, mem_total INTEGER, util INTEGER,
    PRIMARY KEY(ts, node_id)) WITHOUT ROWID;
CREATE TABLE rollup(tier INTEGER NOT NULL, node_id INTEGER NOT NULL, ts INTEGER NOT NULL, n INTEGER, up_n INTEGER,
    load_avg REAL, load_min REAL, load_max REAL, mem_avg REAL, mem_min REAL, mem_max REAL,
    PRIMARY KEY(tier, node_id, ts)) WITHOUT ROWID;
CREATE TABLE process_span(id INTEGER PRIMARY KEY, home INTEGER NOT NULL, pid INTEGER NOT NULL, node INTEGER NOT NULL,
    uid INTEGER, user TEXT, command TEXT, start_ts INTEGER NOT NULL, end_ts INTEGER);
CREATE INDEX process_span_open ON process_span(end_ts) WHERE end_ts IS NULL;
CREATE VIRTUAL TABLE span_index USING rtree_i32(id, start_s, end_s);
CREATE TABLE migration(ts INTEGER NOT NULL, home INTEGER, pid INTEGER, from_node INTEGER, to_node INTEGER, cause TEXT);
CREATE INDEX migration_ts ON migration(ts);
CREATE TABLE event(ts INTEGER NOT NULL, node_id INTEGER, kind TEXT, detail TEXT, actor TEXT);
CREATE INDEX event_ts ON event(ts);
)";

// Version 2: cluster-wide aggregates kept at write time (a month of the cluster reads as fast as
// a node), indexes for one process's life and for what happened between two moments. The
// upgrade fills the cluster tables from what a version 1 file holds.
const char* const kSchemaV2 = R"(
CREATE TABLE cluster_sample(ts INTEGER PRIMARY KEY, nodes INTEGER, nodes_up INTEGER, load_sum REAL, load_min REAL,
    load_max REAL, mem_used INTEGER, mem_total INTEGER, processes INTEGER, migrations INTEGER);
CREATE TABLE cluster_rollup(tier INTEGER NOT NULL, ts INTEGER NOT NULL, n INTEGER, nodes_sum INTEGER, up_sum INTEGER,
    load_sum REAL, load_min REAL, load_max REAL, mem_sum REAL, mem_min REAL, mem_max REAL, proc_sum REAL, proc_n INTEGER,
    migrations INTEGER, PRIMARY KEY(tier, ts)) WITHOUT ROWID;
CREATE INDEX process_span_life ON process_span(home, pid, start_ts);
CREATE INDEX process_span_start ON process_span(start_ts, home); -- home: processes started per node from the index alone
CREATE INDEX process_span_end ON process_span(end_ts);
CREATE INDEX migration_process ON migration(home, pid, ts);
INSERT INTO cluster_sample(ts, nodes, nodes_up, load_sum, load_min, load_max, mem_used, mem_total, processes, migrations)
    SELECT ts, count(*), sum(up), sum(CASE WHEN up THEN load END), min(CASE WHEN up THEN load END),
        max(CASE WHEN up THEN load END), sum(mem_used), sum(mem_total), NULL,
        (SELECT count(*) FROM migration m WHERE m.ts = s.ts)
    FROM node_sample s GROUP BY ts;
INSERT INTO cluster_rollup(tier, ts, n, nodes_sum, up_sum, load_sum, load_min, load_max, mem_sum, mem_min, mem_max,
        proc_sum, proc_n, migrations)
    SELECT tier, ts, max(n), max(n) * count(*), sum(up_n), sum(load_avg * up_n), min(load_min), max(load_max),
        sum(mem_avg) * max(n), sum(mem_min), sum(mem_max), 0, 0,
        (SELECT count(*) FROM migration m WHERE m.ts >= r.ts AND m.ts < r.ts + r.tier * 1000)
    FROM rollup r GROUP BY tier, ts;
)";

// Version 3: the cluster's own figure per interval — the mean load of the nodes up then, and the
// memory used in all — summarised per bucket over the intervals with a node up (its mean, min and
// max), so that statistics read from the summaries give the extremes the intervals had, never an
// average. Buckets whose intervals are still all in cluster_sample are filled from them; older
// ones stay NULL ("not known") and readers say so rather than guess.
const char* const kSchemaV3 = R"(
ALTER TABLE cluster_rollup ADD COLUMN live_n INTEGER;
ALTER TABLE cluster_rollup ADD COLUMN mean_sum REAL;
ALTER TABLE cluster_rollup ADD COLUMN mean_min REAL;
ALTER TABLE cluster_rollup ADD COLUMN mean_max REAL;
ALTER TABLE cluster_rollup ADD COLUMN live_mem_sum REAL;
ALTER TABLE cluster_rollup ADD COLUMN live_mem_min REAL;
ALTER TABLE cluster_rollup ADD COLUMN live_mem_max REAL;
UPDATE cluster_rollup SET (live_n, mean_sum, mean_min, mean_max, live_mem_sum, live_mem_min, live_mem_max) = (
    SELECT count(*), sum(s.load_sum / s.nodes_up), min(s.load_sum / s.nodes_up), max(s.load_sum / s.nodes_up),
        sum(s.mem_used), min(s.mem_used), max(s.mem_used)
    FROM cluster_sample s WHERE s.ts >= cluster_rollup.ts AND s.ts < cluster_rollup.ts + cluster_rollup.tier * 1000
        AND s.nodes_up > 0)
WHERE (SELECT count(*) FROM cluster_sample s
       WHERE s.ts >= cluster_rollup.ts AND s.ts < cluster_rollup.ts + cluster_rollup.tier * 1000) = cluster_rollup.n;
-- "Log process": the processes an admin marked (from_ts .. to_ts, NULL while it lasts) and a row
-- of each for every recorded sample while marked.
CREATE TABLE process_log(home INTEGER NOT NULL, pid INTEGER NOT NULL, from_ts INTEGER NOT NULL, to_ts INTEGER,
    actor TEXT, PRIMARY KEY(home, pid, from_ts)) WITHOUT ROWID;
CREATE TABLE process_sample(home INTEGER NOT NULL, pid INTEGER NOT NULL, ts INTEGER NOT NULL, node INTEGER, state TEXT,
    cpu_percent REAL, rss INTEGER, vsize INTEGER, nice INTEGER, migrations INTEGER, locked INTEGER,
    PRIMARY KEY(home, pid, ts)) WITHOUT ROWID;
)";

constexpr qint64 kOpenEnd = INT_MAX;

// Fault injection for the rotation's crash tests: OMV_CRASH_DURING_ROTATE=copied|committed makes
// the process die (SIGKILL, as kill -9) at that step. Unset in any real use.
void crashPoint(const char* step)
{
    if (qgetenv("OMV_CRASH_DURING_ROTATE") == step)
        ::raise(SIGKILL);
}

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : { "", "-journal", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
}

// A rename is durable once its folder is on disk.
void syncDirectory(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
// Files up to this size (with their WAL) are checked whole when a reader opens them: quick_check
// reads every page (15.5 s for the 2.3 GB month of 64 nodes here, so about 0.4 s for 64 MiB).
constexpr qint64 kQuickCheckBytes = qint64(64) << 20;

// A series row's load and memory figures: columns first .. first + 5 are the mean, min and max
// of the load, then of the memory used.
void readFigures(const sql::Statement& q, int first, SeriesPoint* p)
{
    p->loadAvg = q.real(first);
    p->loadMin = q.real(first + 1);
    p->loadMax = q.real(first + 2);
    p->memAvg = q.real(first + 3);
    p->memMin = q.real(first + 4);
    p->memMax = q.real(first + 5);
} // span_index end while the span lasts (seconds)

qint64 toSeconds(qint64 ms)
{
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

} // namespace

namespace store
{
SchemaVersion schemaVersion(sql::Database& db)
{
    SchemaVersion v;
    sql::Statement q = db.prepare("SELECT key, value FROM meta WHERE key IN ('schema_version', 'schema_major')");
    while (q.step()) {
        if (q.text(0) == QLatin1String("schema_version"))
            v.version = q.text(1).toInt();
        else
            v.major = q.text(1).toInt();
    }
    if (v.version > 0 && v.major == 0)
        v.major = 1; // files before version 2 did not say: they are all major 1
    return v;
}
FileKind identify(sql::Database& db)
{
    FileKind k;
    // Every table but our meta: a file that has any and no schema of ours is another program's.
    sql::Statement q = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name");
    if (!q.valid()) {
        k.kind = FileKind::Unreadable;
        k.error = db.lastError();
        return k;
    }
    QStringList names;
    while (q.step())
        names << q.text(0);
    if (q.failed()) {
        k.kind = FileKind::Unreadable;
        k.error = db.lastError();
        return k;
    }
    k.version = schemaVersion(db);
    if (k.version.version > 0) {
        k.kind = FileKind::Ours;
        return k;
    }
    names.removeAll(QStringLiteral("meta"));
    if (names.isEmpty())
        return k; // empty: ours to make
    k.kind = FileKind::Foreign;
    k.tables = names.mid(0, 3);
    return k;
}

QString describeForeign(const FileKind& k)
{
    if (k.kind == FileKind::Unreadable)
        return Store::tr("not an SQLite database, or one that cannot be read (%1)").arg(k.error);
    return Store::tr("an SQLite database of another program (tables %1%2)")
        .arg(k.tables.join(QStringLiteral(", ")), k.tables.size() >= 3 ? QStringLiteral(", …") : QString());
}

} // namespace store

bool migrateSchema(sql::Database& db, QString* error)
{
    if (!db.exec("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID")) {
        *error = db.lastError();
        return false;
    }
    const store::SchemaVersion v = store::schemaVersion(db);
    const int version = v.version;
    if (version > store::kSchemaVersion) {
        // A newer collector's file: writing into it could break what that one relies on.
        *error = Store::tr("the database has schema version %1; this collector writes up to %2 — use a newer one")
                     .arg(version)
                     .arg(store::kSchemaVersion);
        return false;
    }
    if (version == store::kSchemaVersion)
        return true;
    // Migrations run in order, each in the transaction that records its version.
    sql::Transaction t(db);
    if (version < 1 && !db.exec(kSchemaV1)) {
        *error = Store::tr("cannot create the schema: %1").arg(db.lastError());
        return false;
    }
    if ((version < 2 && !db.exec(kSchemaV2)) || (version < 3 && !db.exec(kSchemaV3))) {
        *error = Store::tr("cannot upgrade the schema from version %1: %2").arg(version).arg(db.lastError());
        return false;
    }
    sql::Statement set = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
    if (!set.bind(1, QStringLiteral("schema_version")).bind(2, QString::number(store::kSchemaVersion)).exec()
        || !set.bind(1, QStringLiteral("schema_major")).bind(2, QString::number(store::kSchemaMajor)).exec()
        || !t.commit()) {
        *error = db.lastError();
        return false;
    }
    return true;
}

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
        bool loadSeen = false;
        // The intervals with a node up: the up nodes' mean load, and the memory used in all.
        qint64 liveN = 0;
        double meanSum = 0, meanMin = 0, meanMax = 0, liveMemSum = 0, liveMemMin = 0, liveMemMax = 0;
    };
    std::array<ClusterBucket, store::kTiers.size()> clusterBuckets;

    bool prepareAll()
    {
        insSample = db.prepare("INSERT OR REPLACE INTO node_sample(node_id, ts, up, load_raw, load, speed, cpus, "
                               "mem_used, mem_total, util) VALUES(?,?,?,?,?,?,?,?,?,?)");
        insNode
            = db.prepare("INSERT INTO node(id, address, first_seen, last_seen) VALUES(?,?,?,?) "
                         "ON CONFLICT(id) DO UPDATE SET address = excluded.address, last_seen = excluded.last_seen");
        upsertRollup = db.prepare("INSERT OR REPLACE INTO rollup(tier, node_id, ts, n, up_n, load_avg, load_min, "
                                  "load_max, mem_avg, mem_min, mem_max) VALUES(?,?,?,?,?,?,?,?,?,?,?)");
        insSpan = db.prepare(
            "INSERT INTO process_span(home, pid, node, uid, user, command, start_ts) VALUES(?,?,?,?,?,?,?)");
        insSpanIndex = db.prepare("INSERT INTO span_index(id, start_s, end_s) VALUES(?,?,?)");
        closeSpan = db.prepare("UPDATE process_span SET end_ts = ? WHERE id = ?");
        closeSpanIndex = db.prepare("UPDATE span_index SET end_s = ? WHERE id = ?");
        insMigration
            = db.prepare("INSERT INTO migration(ts, home, pid, from_node, to_node, cause) VALUES(?,?,?,?,?,?)");
        insEvent = db.prepare("INSERT INTO event(ts, node_id, kind, detail, actor) VALUES(?,?,?,?,?)");
        insCluster = db.prepare("INSERT OR REPLACE INTO cluster_sample(ts, nodes, nodes_up, load_sum, load_min, "
                                "load_max, mem_used, mem_total, processes, migrations) VALUES(?,?,?,?,?,?,?,?,?,?)");
        upsertClusterRollup = db.prepare(
            "INSERT OR REPLACE INTO cluster_rollup(tier, ts, n, nodes_sum, up_sum, load_sum, load_min, load_max, "
            "mem_sum, mem_min, mem_max, proc_sum, proc_n, migrations, live_n, mean_sum, mean_min, mean_max, "
            "live_mem_sum, live_mem_min, live_mem_max) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        return log.prepare(db) && insCluster.valid() && upsertClusterRollup.valid() && insSample.valid()
            && insNode.valid() && upsertRollup.valid() && insSpan.valid() && insSpanIndex.valid() && closeSpan.valid()
            && closeSpanIndex.valid() && insMigration.valid() && insEvent.valid();
    }

    // What the writer keeps in memory about the file; for a file that starts afresh.
    void resetState()
    {
        open.clear();
        lastSequence = 0;
        wantsFull = false;
        backend.clear();
        reachable.clear();
        missing.clear();
        nodeTouched.clear();
        buckets.clear();
        clusterBuckets = {};
        adminMigrate.clear();
    }

    bool writeOpenBuckets()
    {
        bool ok = true;
        for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
            for (size_t k = 0; k < store::kTiers.size(); ++k) {
                if (it.value()[k].n > 0)
                    ok = writeBucket(k, it.key(), it.value()[k]) && ok;
            }
        }
        for (size_t k = 0; k < store::kTiers.size(); ++k) {
            if (clusterBuckets[k].n > 0)
                ok = writeClusterBucket(k, clusterBuckets[k]) && ok;
        }
        return ok;
    }

    void loadState()
    {
        log.load(db);
        sql::Statement q = db.prepare("SELECT id, home, pid, node, start_ts FROM process_span WHERE end_ts IS NULL");
        while (q.step())
            open.push_back(
                { processKey(NodeId(q.int64(1)), int(q.int64(2))), q.int64(0), NodeId(q.int64(3)), q.int64(4) });
        std::sort(open.begin(), open.end(), [](const OpenSpan& a, const OpenSpan& b) { return a.key < b.key; });
        // Each node's last state: the latest up/down event (a node with none counts as up).
        sql::Statement e = db.prepare("SELECT node_id, kind FROM event WHERE kind IN ('up','down') ORDER BY ts");
        while (e.step())
            reachable.insert(NodeId(e.int64(0)), e.text(1) == QLatin1String("up"));
        // Rollup buckets that were still open: rebuilt from the raw samples they cover.
        sql::Statement last = db.prepare("SELECT max(ts) FROM node_sample");
        if (!last.step() || last.isNull(0))
            return;
        const qint64 latest = last.int64(0);
        for (size_t t = 0; t < store::kTiers.size(); ++t) {
            const qint64 size = qint64(store::kTiers[t]) * 1000;
            const qint64 start = latest - latest % size;
            sql::Statement raw
                = db.prepare("SELECT node_id, ts, up, load, mem_used FROM node_sample WHERE ts >= ? ORDER BY ts");
            raw.bind(1, start);
            while (raw.step())
                accumulate(t, NodeId(raw.int64(0)), raw.int64(1), raw.int64(2) != 0, raw.real(3), raw.int64(4), false);
            sql::Statement cluster = db.prepare("SELECT ts, nodes, nodes_up, load_sum, load_min, load_max, mem_used, "
                                                "mem_total, processes, migrations FROM cluster_sample WHERE ts >= ? "
                                                "ORDER BY ts");
            cluster.bind(1, start);
            while (cluster.step()) {
                ClusterPoint c;
                c.ts = cluster.int64(0);
                c.nodes = int(cluster.int64(1));
                c.up = int(cluster.int64(2));
                c.loadSum = cluster.real(3);
                c.loadMin = cluster.real(4);
                c.loadMax = cluster.real(5);
                c.memUsed = cluster.int64(6);
                c.memTotal = cluster.int64(7);
                c.processes = cluster.isNull(8) ? -1 : cluster.int64(8);
                c.migrations = cluster.int64(9);
                accumulateCluster(clusterBuckets[t], t, c, false);
            }
        }
    }

    // Adds a sample to its bucket of tier t; writes the bucket that it closes.
    void accumulate(size_t t, NodeId node, qint64 ts, bool up, double load, qint64 memUsed, bool writeClosed)
    {
        accumulateInto(buckets[node][t], t, node, ts, up, load, memUsed, writeClosed);
    }

    void accumulateInto(
        Bucket& b, size_t t, NodeId node, qint64 ts, bool up, double load, qint64 memUsed, bool writeClosed)
    {
        const qint64 size = qint64(store::kTiers[t]) * 1000;
        const qint64 start = ts - ((ts % size) + size) % size;
        if (b.start != start) {
            if (b.start >= 0 && b.n > 0 && writeClosed)
                writeBucket(t, node, b);
            b = Bucket {};
            b.start = start;
        }
        if (!up || load < 0)
            return;
        const double mem = double(std::max<qint64>(0, memUsed));
        if (b.upN == 0) {
            b.loadMin = b.loadMax = load;
            b.memMin = b.memMax = mem;
        }
        ++b.n;
        ++b.upN;
        b.loadSum += load;
        b.loadMin = std::min(b.loadMin, load);
        b.loadMax = std::max(b.loadMax, load);
        b.memSum += mem;
        b.memMin = std::min(b.memMin, mem);
        b.memMax = std::max(b.memMax, mem);
    }

    bool writeBucket(size_t t, NodeId node, const Bucket& b)
    {
        return upsertRollup.bind(1, qint64(store::kTiers[t]))
            .bind(2, qint64(node))
            .bind(3, b.start)
            .bind(4, qint64(b.n))
            .bind(5, qint64(b.upN))
            .bind(6, b.loadSum / b.n)
            .bind(7, b.loadMin)
            .bind(8, b.loadMax)
            .bind(9, b.memSum / b.n)
            .bind(10, b.memMin)
            .bind(11, b.memMax)
            .exec();
    }

    void accumulateCluster(ClusterBucket& b, size_t t, const ClusterPoint& c, bool writeClosed)
    {
        const qint64 size = qint64(store::kTiers[t]) * 1000;
        const qint64 start = c.ts - ((c.ts % size) + size) % size;
        if (b.start != start) {
            if (b.start >= 0 && b.n > 0 && writeClosed)
                writeClusterBucket(t, b);
            b = ClusterBucket {};
            b.start = start;
        }
        const double mem = double(c.memUsed);
        if (b.n == 0)
            b.memMin = b.memMax = mem;
        ++b.n;
        b.nodesSum += c.nodes;
        b.upSum += c.up;
        b.migrations += c.migrations;
        b.memSum += mem;
        b.memMin = std::min(b.memMin, mem);
        b.memMax = std::max(b.memMax, mem);
        if (c.processes >= 0) {
            b.procSum += double(c.processes);
            ++b.procN;
        }
        if (c.up > 0) {
            b.loadSum += c.loadSum;
            b.loadMin = b.loadSeen ? std::min(b.loadMin, c.loadMin) : c.loadMin;
            b.loadMax = b.loadSeen ? std::max(b.loadMax, c.loadMax) : c.loadMax;
            b.loadSeen = true;
            // The same quotient the reader takes of a cluster_sample row (load_sum / nodes_up).
            const double mean = c.loadSum / c.up;
            b.meanMin = b.liveN ? std::min(b.meanMin, mean) : mean;
            b.meanMax = b.liveN ? std::max(b.meanMax, mean) : mean;
            b.liveMemMin = b.liveN ? std::min(b.liveMemMin, mem) : mem;
            b.liveMemMax = b.liveN ? std::max(b.liveMemMax, mem) : mem;
            b.meanSum += mean;
            b.liveMemSum += mem;
            ++b.liveN;
        }
    }

    bool writeClusterBucket(size_t t, const ClusterBucket& b)
    {
        upsertClusterRollup.bind(1, qint64(store::kTiers[t]))
            .bind(2, b.start)
            .bind(3, b.n)
            .bind(4, b.nodesSum)
            .bind(5, b.upSum)
            .bind(6, b.loadSum)
            .bind(9, b.memSum)
            .bind(10, b.memMin)
            .bind(11, b.memMax)
            .bind(12, b.procSum)
            .bind(13, b.procN)
            .bind(14, b.migrations)
            .bind(15, b.liveN);
        if (b.liveN > 0) {
            upsertClusterRollup.bind(16, b.meanSum)
                .bind(17, b.meanMin)
                .bind(18, b.meanMax)
                .bind(19, b.liveMemSum)
                .bind(20, b.liveMemMin)
                .bind(21, b.liveMemMax);
        } else {
            for (int c = 16; c <= 21; ++c)
                upsertClusterRollup.bindNull(c);
        }
        if (b.loadSeen)
            upsertClusterRollup.bind(7, b.loadMin).bind(8, b.loadMax);
        else
            upsertClusterRollup.bindNull(7).bindNull(8);
        return upsertClusterRollup.exec();
    }

    bool writeClusterPoint(const ClusterPoint& c)
    {
        insCluster.bind(1, c.ts).bind(2, qint64(c.nodes)).bind(3, qint64(c.up));
        if (c.up > 0)
            insCluster.bind(4, c.loadSum).bind(5, c.loadMin).bind(6, c.loadMax);
        else
            insCluster.bindNull(4).bindNull(5).bindNull(6);
        insCluster.bind(7, c.memUsed).bind(8, c.memTotal);
        if (c.processes >= 0)
            insCluster.bind(9, c.processes);
        else
            insCluster.bindNull(9);
        insCluster.bind(10, c.migrations);
        if (!insCluster.exec())
            return false;
        for (size_t k = 0; k < store::kTiers.size(); ++k)
            accumulateCluster(clusterBuckets[k], k, c, true);
        return true;
    }

    bool event(qint64 ts, NodeId node, const QString& kind, const QString& detail, const QString& actor)
    {
        insEvent.bind(1, ts).bind(2, qint64(node)).bind(3, kind).bind(4, detail).bind(5, actor);
        return insEvent.exec();
    }

    bool openSpan(const ProcessInfo& p, qint64 ts, std::vector<OpenSpan>* into)
    {
        insSpan.bind(1, qint64(p.homeNode))
            .bind(2, qint64(p.pid))
            .bind(3, qint64(p.node))
            .bind(4, qint64(p.uid))
            .bind(5, p.user)
            .bind(6, p.commandLine())
            .bind(7, ts);
        if (!insSpan.exec())
            return false;
        const qint64 id = db.lastInsertId();
        insSpanIndex.bind(1, id).bind(2, toSeconds(ts)).bind(3, kOpenEnd);
        if (!insSpanIndex.exec())
            return false;
        into->push_back({ processKey(p.homeNode, p.pid), id, p.node, ts });
        return true;
    }

    bool endSpan(const OpenSpan& s, qint64 ts)
    {
        closeSpan.bind(1, ts).bind(2, s.id);
        // The index keeps whole seconds; a span that ends within its first second still covers it.
        closeSpanIndex.bind(1, std::max(toSeconds(ts), toSeconds(s.start))).bind(2, s.id);
        return closeSpan.exec() && closeSpanIndex.exec();
    }
};

StoreWriter::StoreWriter()
    : d(std::make_unique<Impl>())
{
}

StoreWriter::~StoreWriter()
{
    close();
}

bool StoreWriter::open(const QString& path, QString* error)
{
    close();
    if (!d->db.open(path, sql::Database::Mode::ReadWrite)) {
        *error = Store::tr("%1: cannot open: %2").arg(path, d->db.lastError());
        d->db.close();
        return false;
    }
    // One writer: an advisory lock on the file itself (SQLite's own locks are fcntl locks, which
    // flock does not touch), released by the kernel however the collector ends.
    d->lockFd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC);
    if (d->lockFd < 0 || flock(d->lockFd, LOCK_EX | LOCK_NB) != 0) {
        const bool busy = errno == EWOULDBLOCK;
        *error = busy ? Store::tr("%1: another collector is already writing to this database").arg(path)
                      : Store::tr("%1: cannot lock: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        close();
        return false;
    }
    // The cluster's history is the collector's alone: a file of another user is not ours to
    // write, and one that others could read (copied in, made by hand) is closed to them.
    d->notice.clear();
    struct stat st {
    };
    if (::fstat(d->lockFd, &st) != 0 || (st.st_uid != ::geteuid() && ::geteuid() != 0)) {
        *error = Store::tr("%1: belongs to uid %2, not to this collector's user (uid %3)")
                     .arg(path)
                     .arg(st.st_uid)
                     .arg(::geteuid());
        close();
        return false;
    }
    // Only a file that is ours, or empty, is used: another program's database (a browser's, say)
    // is refused as it is — no tables added, no WAL, no mode changed.
    const store::FileKind kind = store::identify(d->db);
    if (kind.kind == store::FileKind::Foreign || kind.kind == store::FileKind::Unreadable) {
        *error
            = Store::tr("%1 is not an openMosixview history: %2 — not touched").arg(path, store::describeForeign(kind));
        close();
        return false;
    }
    if (st.st_mode & 077) {
        if (::fchmod(d->lockFd, 0600) != 0) {
            *error = Store::tr("%1: readable by others (mode %2) and cannot be made private: %3")
                         .arg(path, QString::number(st.st_mode & 0777, 8), QString::fromLocal8Bit(strerror(errno)));
            close();
            return false;
        }
        for (const char* suffix : { "-wal", "-shm" })
            ::chmod(QFile::encodeName(path + QLatin1String(suffix)).constData(), 0600);
        d->notice = Store::tr("%1 was readable by others (mode %2): made 0600")
                        .arg(path, QString::number(st.st_mode & 0777, 8));
    }
    // WAL with synchronous=NORMAL: a commit is durable against a crash of the collector (kill -9)
    // at once, and against a crash of the machine from the next checkpoint on. A bigger cache and
    // fewer checkpoints keep a 1,000-node interval to a few pages written.
    if (!d->db.exec("PRAGMA journal_mode=WAL") || !d->db.exec("PRAGMA synchronous=NORMAL")
        || !d->db.exec("PRAGMA cache_size=-65536") || !d->db.exec("PRAGMA wal_autocheckpoint=8192")
        || !d->db.exec("PRAGMA foreign_keys=OFF")) {
        *error = Store::tr("%1: %2").arg(path, d->db.lastError());
        close();
        return false;
    }
    QString why;
    if (!migrateSchema(d->db, &why) || !d->prepareAll()) {
        *error = Store::tr("%1: %2").arg(path, why.isEmpty() ? d->db.lastError() : why);
        close();
        return false;
    }
    d->path = path;
    // A rotation a crash cut short: its copy named now (the live file was emptied already), and
    // any other partial copy of this file — one whose live rows were never removed — deleted.
    if (!finishRotation(error)) {
        close();
        return false;
    }
    const QFileInfo live(path);
    for (const QFileInfo& left : live.absoluteDir().entryInfoList(
             { live.fileName() + QStringLiteral(".*.partial") }, QDir::Files | QDir::Hidden | QDir::System)) {
        removeDatabaseFiles(left.absoluteFilePath());
        d->notice += (d->notice.isEmpty() ? QString() : QStringLiteral("; "))
            + Store::tr("removed %1, a copy a crash left unfinished (its rows are still in %2)")
                  .arg(left.fileName(), live.fileName());
    }
    d->loadState();
    return true;
}

void StoreWriter::close()
{
    if (d->db.isOpen() && d->insSample.valid()) { // (a file refused at open is left as it was)
        // Flush the buckets that are still open, so a clean stop loses nothing of the rollups.
        sql::Transaction t(d->db);
        d->writeOpenBuckets();
        t.commit();
    }
    d->insSample = {};
    d->insNode = {};
    d->upsertRollup = {};
    d->insSpan = {};
    d->insSpanIndex = {};
    d->closeSpan = {};
    d->closeSpanIndex = {};
    d->insMigration = {};
    d->insEvent = {};
    d->db.close();
    if (d->lockFd >= 0) {
        ::close(d->lockFd);
        d->lockFd = -1;
    }
    d->resetState();
}

QString StoreWriter::notice() const
{
    return d->notice;
}

bool StoreWriter::isOpen() const
{
    return d->db.isOpen();
}

sql::Database& StoreWriter::database()
{
    return d->db;
}

bool StoreWriter::record(const ClusterSnapshot& snap, QString* error)
{
    const qint64 ts = snap.timeMs;
    d->lastMoves.clear();
    sql::Transaction t(d->db);
    if (!t.ok()) {
        *error = d->db.lastError();
        return false;
    }
    // What a snapshot changes in memory stands only if its transaction commits: the collector
    // hands a snapshot it could not write (a full disk) over again, and it must count once — no
    // up/down event taken for written, no sample in the rollups twice. (Shallow copies: a hash
    // is copied only when this snapshot changes it.)
    struct Undo {
        Impl* d;
        decltype(Impl::reachable) reachable = d->reachable;
        decltype(Impl::missing) missing = d->missing;
        decltype(Impl::nodeTouched) nodeTouched = d->nodeTouched;
        decltype(Impl::buckets) buckets = d->buckets;
        decltype(Impl::adminMigrate) adminMigrate = d->adminMigrate;
        decltype(Impl::clusterBuckets) clusterBuckets = d->clusterBuckets;
        ProcessLogWriter::State log = d->log.state();
        bool committed = false;
        ~Undo()
        {
            if (committed)
                return;
            d->reachable = reachable;
            d->missing = missing;
            d->nodeTouched = nodeTouched;
            d->buckets = buckets;
            d->adminMigrate = adminMigrate;
            d->clusterBuckets = clusterBuckets;
            d->log.restore(log);
        }
    } undo { d.get() };
    bool ok = true;
    // Which backend recorded the file (meta, no schema step): what a reader says of a moment.
    const bool newBackend = !snap.backend.isEmpty() && snap.backend != d->backend;
    if (newBackend) {
        sql::Statement b = d->db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES('backend', ?)");
        ok = b.bind(1, snap.backend).exec();
    }
    Impl::ClusterPoint cluster;
    cluster.ts = ts;
    for (const NodeSample& n : snap.nodes) {
        ++cluster.nodes;
        if (n.up && n.loadPercent >= 0) {
            cluster.loadMin = cluster.up ? std::min(cluster.loadMin, n.loadPercent) : n.loadPercent;
            cluster.loadMax = cluster.up ? std::max(cluster.loadMax, n.loadPercent) : n.loadPercent;
            cluster.loadSum += n.loadPercent;
            ++cluster.up;
            cluster.memUsed += std::max<qint64>(0, n.memUsed());
            cluster.memTotal += std::max<qint64>(0, n.memTotal);
        }
        const bool answered = !snap.nodeErrors.contains(n.id);
        const bool reachable = n.up && answered;
        d->insSample.bind(1, qint64(n.id)).bind(2, ts).bind(3, qint64(n.up ? 1 : 0));
        if (n.up) {
            d->insSample.bind(4, n.loadRaw)
                .bind(5, n.loadPercent)
                .bind(6, n.speed)
                .bind(7, qint64(n.cpus))
                .bind(8, n.memUsed())
                .bind(9, n.memTotal)
                .bind(10, qint64(n.util));
        } else {
            for (int c = 4; c <= 10; ++c)
                d->insSample.bindNull(c);
        }
        ok = ok && d->insSample.exec();
        // node.last_seen once a minute is plenty; a new node is written at once.
        qint64& touched = d->nodeTouched[n.id]; // 0 for a node not written yet
        if (touched == 0 || ts - touched >= 60000) {
            d->insNode.bind(1, qint64(n.id)).bind(2, n.primaryAddress()).bind(3, ts).bind(4, ts);
            ok = ok && d->insNode.exec();
            touched = ts;
        }
        auto& tiers = d->buckets[n.id];
        for (size_t k = 0; k < store::kTiers.size(); ++k)
            d->accumulateInto(tiers[k], k, n.id, ts, n.up, n.loadPercent, n.memUsed(), true);
        const auto was = d->reachable.constFind(n.id);
        const bool wasReachable = was == d->reachable.cend() || was.value();
        qint64 eventTs = ts;
        QString why;
        if (n.up && !answered) {
            Impl::Miss& miss = d->missing[n.id];
            if (miss.count++ == 0) {
                miss.since = ts;
                miss.why = snap.nodeErrors.value(n.id);
            }
            if (miss.count < Impl::kMissesBeforeDown)
                continue; // in doubt: its last state stands for now
            eventTs = miss.since;
            why = Store::tr("no answer for %n interval(s): %1", nullptr, miss.count).arg(miss.why);
        } else {
            d->missing.remove(n.id);
            if (!n.up)
                why = Store::tr("down in the kernel's node table");
        }
        if (wasReachable != reachable)
            ok = ok
                && d->event(eventTs, n.id, reachable ? QStringLiteral("up") : QStringLiteral("down"), why,
                    QStringLiteral("collector"));
        d->reachable.insert(n.id, reachable);
    }

    // Spans. A node that did not answer tells nothing about its processes: theirs stay open. So do
    // those of the homes the snapshot says are unchanged — when it builds on what was recorded
    // last; otherwise the recorder lost track (a rotated file, a snapshot that could not be
    // written) and asks for a full snapshot.
    if (!snap.gatewayError.isEmpty() && snap.nodes.isEmpty()) { // nothing was seen at all
        undo.committed = ok && t.commit();
        if (!undo.committed)
            *error = d->db.lastError();
        return undo.committed;
    }
    const bool builds = snap.unchangedHomes.isEmpty() || snap.unchangedSince == d->lastSequence;
    QSet<NodeId> vouched; // homes whose processes the snapshot lists in full
    vouched.reserve(snap.nodes.size());
    for (const NodeSample& n : snap.nodes) {
        if (!snap.nodeErrors.contains(n.id))
            vouched.insert(n.id);
    }
    for (NodeId h : snap.unchangedHomes)
        vouched.remove(h);
    // Processes in key order (backends list them so; anything else is put in order here).
    QVector<int> order;
    const auto keyAt = [&](int i) { return processKey(snap.processes[i].homeNode, snap.processes[i].pid); };
    bool sorted = true;
    for (int i = 1; i < snap.processes.size() && sorted; ++i)
        sorted = keyAt(i - 1) <= keyAt(i);
    if (!sorted) {
        order.resize(snap.processes.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return keyAt(a) < keyAt(b); });
    }
    const int count = snap.processes.size();
    std::vector<Impl::OpenSpan> next;
    next.reserve(d->open.size() + 64);
    NodeId decidedHome = 0;
    bool endsAbsent = false; // for decidedHome: does a missing process mean it ended?
    const auto procAt = [&](int i) -> const ProcessInfo& { return snap.processes[sorted ? i : order[i]]; };
    mergeByKey(
        count, [&](int i) { return keyAt(sorted ? i : order[i]); }, int(d->open.size()),
        [&](int j) { return d->open[size_t(j)].key; },
        [&](int i, int j) {
            if (!ok)
                return; // the transaction rolls back anyway
            if (i < 0) { // open, not in the snapshot: ended, or its home said nothing new
                const Impl::OpenSpan& o = d->open[size_t(j)];
                const NodeId home = NodeId(o.key >> 32);
                if (home != decidedHome) {
                    decidedHome = home;
                    endsAbsent = vouched.contains(home);
                }
                if (endsAbsent)
                    ok = d->endSpan(o, ts);
                else
                    next.push_back(o);
                return;
            }
            const ProcessInfo& p = procAt(i);
            if (j < 0) {
                ok = d->openSpan(p, ts, &next);
                return;
            }
            const Impl::OpenSpan old = d->open[size_t(j)];
            if (old.node == p.node) {
                next.push_back(old);
                return;
            }
            const quint64 pk = old.key;
            ok = d->endSpan(old, ts);
            const auto asked = d->adminMigrate.constFind(pk);
            const bool byAdmin = asked != d->adminMigrate.cend() && ts - asked.value() <= 120000;
            d->insMigration.bind(1, ts)
                .bind(2, qint64(p.homeNode))
                .bind(3, qint64(p.pid))
                .bind(4, qint64(old.node))
                .bind(5, qint64(p.node))
                .bind(6, byAdmin ? QStringLiteral("admin") : QStringLiteral("balancer"));
            ok = ok && d->insMigration.exec();
            d->lastMoves.append(MigrationRow { ts, p.homeNode, p.pid, old.node, p.node,
                byAdmin ? QStringLiteral("admin") : QStringLiteral("balancer") });
            ++cluster.migrations;
            if (byAdmin)
                d->adminMigrate.remove(pk);
            ok = ok && d->openSpan(p, ts, &next);
        });
    cluster.processes = qint64(next.size());
    ok = ok && d->log.record(snap, vouched, sorted);
    ok = ok && d->writeClusterPoint(cluster);
    if (!ok) {
        *error = d->db.lastError(); // the transaction rolls back: all or nothing
        return false;
    }
    if (!t.commit()) {
        *error = d->db.lastError();
        return false;
    }
    undo.committed = true;
    if (newBackend)
        d->backend = snap.backend;
    d->open.swap(next); // only now: a rolled back snapshot leaves the spans as they were
    d->lastSequence = snap.sequence;
    if (!builds)
        d->wantsFull = true;
    return true;
}

QVector<MigrationRow> StoreWriter::lastMigrations() const
{
    return d->lastMoves;
}

bool StoreWriter::wantsFullSnapshot()
{
    return std::exchange(d->wantsFull, false);
}

bool StoreWriter::recordEvent(
    qint64 ts, NodeId node, const QString& kind, const QString& detail, const QString& actor, QString* error)
{
    if (!d->event(ts, node, kind, detail, actor)) {
        *error = d->db.lastError();
        return false;
    }
    return true;
}

// How long before the report of a migrate command a move seen by a sample still counts as the
// command's (the report follows the command; the collector samples every 1-60 s).
constexpr qint64 kAdminLateMs = 65000;

bool StoreWriter::recordCommand(qint64 ts, const Command& command, const QString& commandLine, const QString& result,
    bool ok, const QString& actor, const QString& via, QString* error, Sender sender)
{
    if ((command.kind == Command::Kind::MigrateToNode || command.kind == Command::Kind::MigrateHome
            || command.kind == Command::Kind::MigrateBest)
        && ok && sender == Sender::Admin) {
        // The tool reports after the command ran, so a sample may have seen the move first and
        // put it down to the balancer: a move of this process in the last interval or so was
        // this command's.
        // Only a move to where the command sent it (any node for "best"), the latest one.
        const qint64 target = command.kind == Command::Kind::MigrateToNode ? command.value
            : command.kind == Command::Kind::MigrateHome                   ? qint64(command.node)
                                                                           : -1;
        sql::Statement fix
            = d->db.prepare("UPDATE migration SET cause = 'admin' WHERE rowid = (SELECT rowid FROM migration WHERE "
                            "home = ? AND pid = ? "
                            "AND ts >= ? AND cause = 'balancer' AND (? < 0 OR to_node = ?) ORDER BY ts DESC LIMIT 1)");
        fix.bind(1, qint64(command.node))
            .bind(2, qint64(command.pid))
            .bind(3, ts - kAdminLateMs)
            .bind(4, target)
            .bind(5, target);
        if (!fix.exec()) {
            *error = d->db.lastError();
            return false;
        }
        if (d->db.changes() == 0)
            d->adminMigrate.insert(processKey(command.node, command.pid), ts);
    }
    const QString detail = command.describe() + QStringLiteral(" | ") + commandLine + QStringLiteral(" | ")
        + (ok ? QStringLiteral("ok") : QStringLiteral("failed: ") + result)
        + (via.isEmpty() ? QString() : QStringLiteral(" | via ") + via)
        + (sender == Sender::Viewer ? QStringLiteral(" | from a viewer") : QString());
    return recordEvent(ts, command.node, QStringLiteral("command"), detail, actor, error);
}

bool StoreWriter::rotate(const QString& target, QString* error)
{
    if (!isOpen()) {
        *error = Store::tr("the database is not open");
        return false;
    }
    // The rollup buckets in progress belong to the old file: written there (they are rewritten
    // as they fill, so a partial bucket is what a clean stop leaves too).
    {
        sql::Transaction t(d->db);
        if (!t.ok() || !d->writeOpenBuckets() || !t.commit()) {
            *error = Store::tr("cannot write the open rollups: %1").arg(d->db.lastError());
            return false;
        }
    }
    // The copy goes under a temporary name first (fsynced); the live file is emptied in one
    // transaction that also records which copy holds what it had; only then the copy takes its
    // name. A crash (kill -9) at any point leaves either the live file whole and a partial copy
    // that the next start removes, or an emptied live file whose copy the next start names — every
    // interval in exactly one file.
    const QString temp = target + QStringLiteral(".partial");
    if (!d->db.backupTo(temp, error))
        return false;
    crashPoint("copied");
    sql::Transaction t(d->db);
    sql::Statement record = d->db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES('rotation', ?)");
    const bool emptied = t.ok()
        && d->db.exec("DELETE FROM node_sample; DELETE FROM rollup; DELETE FROM span_index; DELETE FROM process_span; "
                      "DELETE FROM migration; DELETE FROM event; DELETE FROM node; DELETE FROM cluster_sample; "
                      "DELETE FROM cluster_rollup; DELETE FROM process_log; DELETE FROM process_sample;")
        && d->log.reopenAll(QDateTime::currentMSecsSinceEpoch()) // the marks go on in the new file
        && record.bind(1, temp + QLatin1Char('\n') + target).exec() && t.commit();
    if (!emptied) {
        // Both files would hold the same rows: keep them in the live one only.
        *error = Store::tr("cannot start the database afresh: %1").arg(d->db.lastError());
        removeDatabaseFiles(temp);
        return false;
    }
    d->resetState();
    crashPoint("committed");
    return finishRotation(error);
}

bool StoreWriter::finishRotation(QString* error)
{
    sql::Statement q = d->db.prepare("SELECT value FROM meta WHERE key = 'rotation'");
    if (!q.step())
        return true;
    const QStringList names = q.text(0).split(QLatin1Char('\n'));
    q.reset();
    if (names.size() != 2)
        return true;
    const QString& temp = names[0];
    const QString& target = names[1];
    if (QFile::exists(temp)) {
        // Never over another file: a name in the way keeps the copy under a name beside it.
        QString name = target;
        for (int i = 1; QFile::exists(name); ++i)
            name = target + QLatin1Char('-') + QString::number(i);
        if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(name).constData()) != 0) {
            *error = Store::tr("cannot name the copy %1: %2").arg(name, QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
        syncDirectory(QFileInfo(name).absolutePath());
    }
    return d->db.exec("DELETE FROM meta WHERE key = 'rotation'");
}
bool StoreWriter::markLogged(qint64 ts, NodeId home, int pid, bool on, const QString& actor, QString* error)
{
    if (!isOpen()) {
        *error = Store::tr("the database is not open");
        return false;
    }
    // Only a process that runs (as last recorded) is marked: a mark names that process, not a pid.
    if (on) {
        const quint64 k = processKey(home, pid);
        const auto it = std::lower_bound(
            d->open.cbegin(), d->open.cend(), k, [](const Impl::OpenSpan& o, quint64 k) { return o.key < k; });
        if (it == d->open.cend() || it->key != k) {
            *error = Store::tr("process %1 of node %2 is not running (as last recorded)").arg(pid).arg(home);
            return false;
        }
    }
    const ProcessLogWriter::State before = d->log.state();
    sql::Transaction t(d->db);
    const bool ok = t.ok() && d->log.mark(ts, home, pid, on, actor, error)
        && d->event(ts, home, on ? QStringLiteral("log") : QStringLiteral("unlog"),
            on ? Store::tr("process %1 logged at full detail").arg(pid)
               : Store::tr("process %1 no longer logged").arg(pid),
            actor)
        && t.commit();
    if (!ok) {
        d->log.restore(before);
        if (error->isEmpty())
            *error = d->db.lastError();
    }
    return ok;
}

QVector<QPair<NodeId, int>> StoreWriter::loggedProcesses() const
{
    return d->log.marked();
}

bool StoreWriter::setSampleInterval(qint64 ms, QString* error)
{
    sql::Statement q = d->db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES('interval_ms', ?)");
    if (!q.bind(1, QString::number(ms)).exec()) {
        *error = d->db.lastError();
        return false;
    }
    return true;
}

bool StoreWriter::applyRetention(qint64 nowMs, const Retention& r, QString* error)
{
    QList<qint64> nodes;
    {
        sql::Statement q = d->db.prepare("SELECT id FROM node");
        while (q.step())
            nodes << q.int64(0);
    }
    auto run = [&](const char* sql, qint64 a, qint64 b, qint64 c) {
        sql::Statement s = d->db.prepare(sql);
        s.bind(1, a).bind(2, b);
        if (c >= 0)
            s.bind(3, c);
        return s.exec();
    };
    // Raw samples are keyed by time: old ones are one contiguous range, deleted an hour at a time
    // so that no transaction holds the writer up for long.
    {
        sql::Statement first = d->db.prepare("SELECT min(ts) FROM node_sample");
        qint64 from = first.step() && !first.isNull(0) ? first.int64(0) : nowMs;
        first.reset();
        const qint64 cutoff = nowMs - r.rawMs;
        while (from < cutoff) {
            const qint64 upto = std::min(cutoff, from + 3600 * 1000);
            sql::Transaction t(d->db);
            if (!run("DELETE FROM node_sample WHERE ts >= ? AND ts < ?", from, upto, -1)
                || !run("DELETE FROM cluster_sample WHERE ts >= ? AND ts < ?", from, upto, -1) || !t.commit()) {
                *error = d->db.lastError();
                return false;
            }
            from = upto;
        }
    }
    // Rollups a node at a time, each in its own short transaction.
    const qint64 keep[] = { r.tier60Ms, r.tier600Ms, r.tier3600Ms };
    for (qint64 node : nodes) {
        sql::Transaction t(d->db);
        bool ok = true;
        for (size_t k = 0; k < store::kTiers.size(); ++k) {
            if (keep[k] > 0)
                ok = ok
                    && run("DELETE FROM rollup WHERE tier = ? AND node_id = ? AND ts < ?", store::kTiers[k], node,
                        nowMs - keep[k]);
        }
        if (!ok || !t.commit()) {
            *error = d->db.lastError();
            return false;
        }
    }
    {
        sql::Transaction t(d->db);
        bool ok = true;
        for (size_t k = 0; k < store::kTiers.size(); ++k) {
            if (keep[k] > 0)
                ok = ok
                    && run(
                        "DELETE FROM cluster_rollup WHERE tier = ? AND ts < ?", store::kTiers[k], nowMs - keep[k], -1);
        }
        if (!ok || !t.commit()) {
            *error = d->db.lastError();
            return false;
        }
    }
    // What processes did: spans that ended before the cutoff (with their index rows), migrations
    // and events, an hour of history per transaction. Spans still open are kept however old.
    if (r.processMs > 0) {
        const qint64 cutoff = nowMs - r.processMs;
        sql::Statement first
            = d->db.prepare("SELECT min(t) FROM (SELECT min(end_ts) AS t FROM process_span "
                            "UNION ALL SELECT min(ts) FROM migration UNION ALL SELECT min(ts) FROM event)");
        qint64 from = first.step() && !first.isNull(0) ? first.int64(0) : cutoff;
        first.reset();
        while (from < cutoff) {
            const qint64 upto = std::min(cutoff, from + 3600 * 1000);
            sql::Transaction t(d->db);
            const bool ok = run("DELETE FROM span_index WHERE id IN (SELECT id FROM process_span WHERE end_ts >= ? AND "
                                "end_ts < ?)",
                                from, upto, -1)
                && run("DELETE FROM process_span WHERE end_ts >= ? AND end_ts < ?", from, upto, -1)
                && run("DELETE FROM migration WHERE ts >= ? AND ts < ?", from, upto, -1)
                && run("DELETE FROM event WHERE ts >= ? AND ts < ?", from, upto, -1)
                && run("DELETE FROM process_log WHERE to_ts >= ? AND to_ts < ?", from, upto, -1);
            if (!ok || !t.commit()) {
                *error = d->db.lastError();
                return false;
            }
            from = upto;
        }
    }
    // A logged process's samples age as its stays do (keyed by process: one statement).
    if (r.processMs > 0) {
        sql::Transaction t(d->db);
        sql::Statement old = d->db.prepare("DELETE FROM process_sample WHERE ts < ?");
        if (!old.bind(1, nowMs - r.processMs).exec() || !t.commit()) {
            *error = d->db.lastError();
            return false;
        }
    }
    // Commands whose move was never seen: they can no longer claim one.
    for (auto it = d->adminMigrate.begin(); it != d->adminMigrate.end();) {
        if (nowMs - it.value() > 2 * kAdminLateMs)
            it = d->adminMigrate.erase(it);
        else
            ++it;
    }
    return true;
}

// ---- reader ----

bool StoreReader::open(const QString& path, QString* error)
{
    if (!QFile::exists(path)) {
        *error = Store::tr("%1: no such database").arg(path);
        return false;
    }
    if (!m_db.open(path, sql::Database::Mode::ReadOnly)) {
        *error = Store::tr("%1: cannot open: %2").arg(path, m_db.lastError());
        return false;
    }
    // An interrupt holds for every statement until it is reset, also one given while none ran
    // (sqlite3_interrupt alone ends only what runs at that moment).
    sqlite3_progress_handler(
        m_db.handle(), 100, [](void* self) { return static_cast<StoreReader*>(self)->m_interrupted ? 1 : 0; }, this);
    const store::FileKind kind = store::identify(m_db);
    const store::SchemaVersion v = kind.version;
    if (kind.kind == store::FileKind::Unreadable) {
        // Say what failed: a WAL file in a folder this user cannot write cannot be read at all
        // (SQLite makes its -shm beside it), which is not "another program's file".
        const QFileInfo dir(QFileInfo(path).absolutePath());
        *error = !dir.isWritable() && !QFile::exists(path + QStringLiteral("-shm"))
            ? Store::tr("%1: cannot read it here: %2 (the folder %3 is read-only and SQLite needs to create %4-shm "
                        "beside a database in WAL mode: read a copy, or from where the collector runs)")
                  .arg(path, kind.error, dir.absoluteFilePath(), QFileInfo(path).fileName())
            : Store::tr("%1: %2").arg(path, store::describeForeign(kind));
        m_db.close();
        return false;
    }
    if (v.version <= 0) {
        *error = kind.kind == store::FileKind::Foreign
            ? Store::tr("%1: not an openMosixview history database: %2").arg(path, store::describeForeign(kind))
            : Store::tr("%1: not an openMosixview history database (an empty one)").arg(path);
        m_db.close();
        return false;
    }
    if (v.major != store::kSchemaMajor) {
        *error = Store::tr("%1: history schema %2.x (version %3); this program reads schema %4.x — open it with a "
                           "matching version of openMosixview")
                     .arg(path)
                     .arg(v.major)
                     .arg(v.version)
                     .arg(store::kSchemaMajor);
        m_db.close();
        return false;
    }
    // A small file is checked whole before anything is read from it (a damaged page would
    // otherwise end a query quietly, as if the rows stopped there); a large one (a month of a big
    // cluster) is not — there every query's error is surfaced (takeError).
    const qint64 size = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    // OMV_QUICK_CHECK_MB moves the limit (0: never; the tests read a damaged file both ways).
    bool limitSet = false;
    const qint64 limitMb = qEnvironmentVariableIntValue("OMV_QUICK_CHECK_MB", &limitSet);
    if (size <= (limitSet ? limitMb << 20 : kQuickCheckBytes) && !(limitSet && limitMb == 0)) {
        sql::Statement check = m_db.prepare("PRAGMA quick_check(3)");
        QStringList problems;
        while (check.step())
            problems << check.text(0);
        if (check.failed() || problems != QStringList { QStringLiteral("ok") }) {
            const QString what = problems.isEmpty() ? m_db.takeError() : problems.join(QStringLiteral("; "));
            *error = Store::tr("%1 is damaged (SQLite's quick_check: %2) — `sqlite3 %1 .recover` may save what is "
                               "left")
                         .arg(path, what.left(300));
            m_db.close();
            return false;
        }
    }
    m_db.takeError();
    // A version 1 file (an old rotated one, read-only) has no cluster tables: its cluster series
    // is computed from the node tables, slower but the same figures.
    m_version = v.version;
    return true;
}

int StoreReader::tierFor(qint64 span, int points)
{
    // The coarsest data that still gives every point at least one row of its own. Raw samples are
    // keyed by time (cheap to write, see kSchemaV1), so a node's raw series scans every node's
    // samples: they serve windows of up to half an hour, rollups everything longer.
    int tier = 0;
    for (int t : store::kTiers) {
        if (qint64(t) * 1000 * points <= span || (t == store::kTiers[0] && span > 30 * 60 * 1000))
            tier = t;
    }
    return tier;
}

void StoreReader::seriesRows(const char* nodeClause, NodeId node, qint64 from, qint64 to, int points, bool sumMemory,
    bool byNode, const std::function<void(NodeId, const SeriesPoint&)>& row)
{
    if (to <= from || points <= 0)
        return;
    const qint64 span = to - from;
    const int tier = tierFor(span, points);
    QByteArray sql = byNode ? "SELECT node_id, " : "SELECT 0, ";
    if (tier == 0) {
        sql += "(ts - ?1) * ?3 / (?2 - ?1) AS b, count(*), sum(up), avg(CASE WHEN up THEN load END), "
               "min(CASE WHEN up THEN load END), max(CASE WHEN up THEN load END), ";
        sql += sumMemory ? "sum(mem_used) * 1.0 / count(DISTINCT ts), min(mem_used), max(mem_used)"
                         : "avg(mem_used), min(mem_used), max(mem_used)";
        sql += " FROM node_sample WHERE ts >= ?1 AND ts < ?2 ";
    } else {
        sql += "(ts - ?1) * ?3 / (?2 - ?1) AS b, sum(n), sum(up_n), sum(load_avg * n) / sum(n), min(load_min), "
               "max(load_max), ";
        sql += sumMemory ? "sum(mem_avg * n) / max(1, sum(n)) * count(DISTINCT node_id), min(mem_min), max(mem_max)"
                         : "sum(mem_avg * n) / sum(n), min(mem_min), max(mem_max)";
        sql += " FROM rollup WHERE tier = ?5 AND ts >= ?1 AND ts < ?2 ";
        // Every node's rows of the range, one seek per node in the key (tier, node_id, ts),
        // rather than the tier's rows of all time.
        if (byNode)
            sql += " AND node_id IN (SELECT id FROM node) ";
    }
    sql += nodeClause;
    sql += byNode ? " GROUP BY node_id, b ORDER BY node_id, b" : " GROUP BY b ORDER BY b";
    sql::Statement q = m_db.prepare(sql.constData());
    q.bind(1, from).bind(2, to).bind(3, qint64(points)).bind(4, qint64(node));
    if (tier)
        q.bind(5, qint64(tier));
    while (q.step()) {
        SeriesPoint p;
        const qint64 b = q.int64(1);
        p.ts = from + b * span / points;
        p.samples = int(q.int64(2));
        p.upFraction = p.samples ? double(q.int64(3)) / p.samples : 0;
        readFigures(q, 4, &p);
        row(NodeId(q.int64(0)), p);
    }
}

QVector<SeriesPoint> StoreReader::series(
    const char* nodeClause, NodeId node, qint64 from, qint64 to, int points, bool sumMemory)
{
    QVector<SeriesPoint> out;
    seriesRows(nodeClause, node, from, to, points, sumMemory, false, [&](NodeId, const SeriesPoint& p) { out << p; });
    return out;
}

QHash<NodeId, QVector<SeriesPoint>> StoreReader::allNodeSeries(qint64 from, qint64 to, int points)
{
    QHash<NodeId, QVector<SeriesPoint>> out;
    seriesRows("", 0, from, to, points, false, true, [&](NodeId n, const SeriesPoint& p) { out[n] << p; });
    return out;
}

QHash<NodeId, QVector<SeriesPoint>> StoreReader::nodeRows(int tier, qint64 from, qint64 to)
{
    QHash<NodeId, QVector<SeriesPoint>> out;
    if (to <= from)
        return out;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    auto real = [&](const sql::Statement& q, int c) { return q.isNull(c) ? nan : q.real(c); };
    if (tier == 0) {
        // Raw samples, keyed by time: every node's, in time order (a window of at most half an hour).
        sql::Statement q = m_db.prepare(
            "SELECT node_id, ts, up, CASE WHEN up THEN load END, mem_used FROM node_sample WHERE ts >= ?1 AND ts < ?2");
        q.bind(1, from).bind(2, to);
        while (q.step()) {
            SeriesPoint p;
            p.ts = q.int64(1);
            p.samples = 1;
            p.upFraction = double(q.int64(2));
            p.loadAvg = p.loadMin = p.loadMax = real(q, 3);
            p.memAvg = p.memMin = p.memMax = real(q, 4);
            out[NodeId(q.int64(0))] << p;
        }
        return out;
    }
    // In the key's order (tier, node, ts): no sorting, one seek per node.
    sql::Statement q = m_db.prepare(
        "SELECT node_id, ts, n, up_n, load_avg, load_min, load_max, mem_avg, mem_min, mem_max FROM rollup "
        "WHERE tier = ?3 AND node_id IN (SELECT id FROM node) AND ts >= ?1 AND ts < ?2 ORDER BY node_id, ts");
    q.bind(1, from).bind(2, to).bind(3, qint64(tier));
    NodeId current = -1;
    QVector<SeriesPoint>* rows = nullptr;
    while (q.step()) {
        const NodeId node = NodeId(q.int64(0));
        if (node != current || !rows) {
            current = node;
            rows = &out[node];
        }
        SeriesPoint p;
        p.ts = q.int64(1);
        p.samples = int(q.int64(2));
        p.upFraction = p.samples ? double(q.int64(3)) / p.samples : 0;
        p.loadAvg = real(q, 4);
        p.loadMin = real(q, 5);
        p.loadMax = real(q, 6);
        p.memAvg = real(q, 7);
        p.memMin = real(q, 8);
        p.memMax = real(q, 9);
        *rows << p;
    }
    return out;
}

QVector<SeriesPoint> StoreReader::bucket(const QVector<SeriesPoint>& rows, int tier, qint64 from, qint64 to, int points)
{
    // As the series queries' SQL: bucket b = (ts - from) * points / span; raw samples average
    // their non-NULL values, rollup rows are weighted by their sample counts (a NULL adding
    // nothing to the sum); min and max skip NULLs; a figure with no value at all reads 0.
    QVector<SeriesPoint> out;
    if (to <= from || points <= 0)
        return out;
    const qint64 span = to - from;
    const bool raw = tier == 0;
    auto first
        = std::lower_bound(rows.cbegin(), rows.cend(), from, [](const SeriesPoint& p, qint64 t) { return p.ts < t; });
    struct Sum {
        double load = 0, mem = 0, loadW = 0, memW = 0, up = 0;
        double loadMin = qInf(), loadMax = -qInf(), memMin = qInf(), memMax = -qInf();
        int samples = 0;
    } s;
    qint64 bucket = -1;
    auto flush = [&] {
        if (bucket < 0)
            return;
        SeriesPoint p;
        p.ts = from + bucket * span / points;
        p.samples = s.samples;
        p.upFraction = s.samples ? s.up / s.samples : 0;
        p.loadAvg = s.loadW > 0 ? s.load / s.loadW : 0;
        p.memAvg = s.memW > 0 ? s.mem / s.memW : 0;
        p.loadMin = std::isinf(s.loadMin) ? 0 : s.loadMin;
        p.loadMax = std::isinf(s.loadMax) ? 0 : s.loadMax;
        p.memMin = std::isinf(s.memMin) ? 0 : s.memMin;
        p.memMax = std::isinf(s.memMax) ? 0 : s.memMax;
        out << p;
        s = Sum();
    };
    for (auto it = first; it != rows.cend() && it->ts < to; ++it) {
        const qint64 b = (it->ts - from) * points / span;
        if (b != bucket) {
            flush();
            bucket = b;
        }
        const double w = raw ? 1 : it->samples;
        s.samples += it->samples;
        s.up += it->upFraction * it->samples;
        if (!std::isnan(it->loadAvg))
            s.load += it->loadAvg * w;
        if (!raw || !std::isnan(it->loadAvg))
            s.loadW += w;
        if (!std::isnan(it->memAvg))
            s.mem += it->memAvg * w;
        if (!raw || !std::isnan(it->memAvg))
            s.memW += w;
        if (!std::isnan(it->loadMin))
            s.loadMin = std::min(s.loadMin, it->loadMin);
        if (!std::isnan(it->loadMax))
            s.loadMax = std::max(s.loadMax, it->loadMax);
        if (!std::isnan(it->memMin))
            s.memMin = std::min(s.memMin, it->memMin);
        if (!std::isnan(it->memMax))
            s.memMax = std::max(s.memMax, it->memMax);
    }
    flush();
    return out;
}

QVector<SeriesPoint> StoreReader::nodeSeries(NodeId node, qint64 from, qint64 to, int points)
{
    return series("AND node_id = ?4", node, from, to, points, false);
}

QVector<SeriesPoint> StoreReader::clusterSeries(qint64 from, qint64 to, int points)
{
    if (m_version < 2)
        return series("", 0, from, to, points, true); // all nodes: ?4 stays unused
    QVector<SeriesPoint> out;
    if (to <= from || points <= 0)
        return out;
    const qint64 span = to - from;
    const int tier = tierFor(span, points);
    // Both give: bucket, intervals, node samples, up samples, mean load of the up nodes, min and
    // max load, mean memory used in all, min, max, mean processes, intervals that knew them,
    // migrations.
    static const char* const kRaw
        = "SELECT (ts - ?1) * ?3 / (?2 - ?1) AS b, count(*), sum(nodes), sum(nodes_up), "
          "sum(load_sum) / sum(nodes_up), min(load_min), max(load_max), avg(mem_used), min(mem_used), max(mem_used), "
          "avg(processes), count(processes), sum(migrations) "
          "FROM cluster_sample WHERE ts >= ?1 AND ts < ?2 GROUP BY b ORDER BY b";
    static const char* const kTier
        = "SELECT (ts - ?1) * ?3 / (?2 - ?1) AS b, sum(n), sum(nodes_sum), sum(up_sum), "
          "sum(load_sum) / sum(up_sum), min(load_min), max(load_max), sum(mem_sum) / sum(n), min(mem_min), "
          "max(mem_max), sum(proc_sum) / max(1, sum(proc_n)), sum(proc_n), sum(migrations) "
          "FROM cluster_rollup WHERE tier = ?4 AND ts >= ?1 AND ts < ?2 GROUP BY b ORDER BY b";
    sql::Statement q = m_db.prepare(tier == 0 ? kRaw : kTier);
    q.bind(1, from).bind(2, to).bind(3, qint64(points));
    if (tier)
        q.bind(4, qint64(tier));
    while (q.step()) {
        SeriesPoint p;
        p.ts = from + q.int64(0) * span / points;
        p.samples = int(q.int64(1));
        const qint64 nodes = q.int64(2);
        p.upFraction = nodes ? double(q.int64(3)) / double(nodes) : 0;
        p.nodesUp = p.samples ? double(q.int64(3)) / p.samples : 0;
        readFigures(q, 4, &p);
        p.processes = q.int64(11) > 0 ? q.real(10) : -1;
        p.migrations = q.int64(12);
        out << p;
    }
    return out;
}

QVector<SpanRow> StoreReader::processesAt(qint64 t, const ProcessFilter& f)
{
    return processesAt(t, f, false);
}

QVector<SpanRow> StoreReader::processesAt(qint64 t, const ProcessFilter& f, bool migrationsSoFar)
{
    // The R*Tree finds the candidates by whole seconds; the exact test is on milliseconds.
    // (Version 1 files have no index on a process's migrations: not counted there.)
    const bool count = migrationsSoFar && m_version >= 2;
    QByteArray sql("SELECT s.home, s.pid, s.node, s.uid, s.user, s.command, s.start_ts, s.end_ts");
    // Did its stay begin with a move? (One seek in the migration index; most did not.)
    if (count)
        sql += ", EXISTS (SELECT 1 FROM migration m WHERE m.home = s.home AND m.pid = s.pid AND m.ts = s.start_ts)";
    sql += " FROM span_index i "
           "JOIN process_span s ON s.id = i.id WHERE i.start_s <= ?2 AND i.end_s >= ?3 "
           "AND s.start_ts <= ?1 AND (s.end_ts IS NULL OR s.end_ts > ?1) "
           "AND (?4 = '' OR s.user = ?4) AND (?5 = 0 OR s.node = ?5) AND (?6 = '' OR instr(s.command, ?6) > 0)";
    sql::Statement q = m_db.prepare(sql.constData());
    q.bind(1, t)
        .bind(2, toSeconds(t) + 1)
        .bind(3, toSeconds(t) - 1)
        .bind(4, f.user)
        .bind(5, qint64(f.node))
        .bind(6, f.command);
    QVector<SpanRow> out;
    QVector<int> moved; // rows whose stay began with a move
    sql::TextCache texts;
    while (q.step()) {
        out << spanRow(q, &texts);
        if (count && q.int64(8) != 0)
            moved << out.size() - 1;
        else if (count)
            out.last().migrations = 0;
    }
    // Its moves so far are the stays before this one without a gap: a pid the kernel gave to
    // another process after a gap is another process, whose moves are not this one's.
    if (!moved.isEmpty()) {
        sql::Statement before = m_db.prepare("SELECT start_ts, end_ts FROM process_span WHERE home = ?1 AND pid = ?2 "
                                             "AND start_ts < ?3 ORDER BY start_ts DESC");
        for (int i : std::as_const(moved)) {
            SpanRow& r = out[i];
            before.reset();
            before.bind(1, qint64(r.home)).bind(2, qint64(r.pid)).bind(3, r.startTs);
            int moves = 0;
            qint64 began = r.startTs;
            while (before.step() && !before.isNull(1) && before.int64(1) == began) {
                ++moves;
                began = before.int64(0);
            }
            r.migrations = moves;
        }
    }
    // Ordered here, not by SQL: SQLite sorted the rows with their texts in a temporary b-tree
    // (a quarter of the query at ~7,000 processes); two integers sort in a fraction of that.
    std::sort(out.begin(), out.end(),
        [](const SpanRow& a, const SpanRow& b) { return a.home != b.home ? a.home < b.home : a.pid < b.pid; });
    return out;
}

SpanRow StoreReader::spanRow(const sql::Statement& q, sql::TextCache* texts)
{
    SpanRow r;
    r.home = NodeId(q.int64(0));
    r.pid = int(q.int64(1));
    r.node = NodeId(q.int64(2));
    r.uid = int(q.int64(3));
    r.user = texts ? texts->text(q, 4) : q.text(4);
    r.command = texts ? texts->text(q, 5) : q.text(5);
    r.startTs = q.int64(6);
    r.endTs = q.isNull(7) ? -1 : q.int64(7);
    return r;
}

QVector<SpanRow> StoreReader::spans(sql::Statement& q)
{
    QVector<SpanRow> out;
    while (q.step())
        out << spanRow(q);
    return out;
}

QVector<SpanRow> StoreReader::spansBetween(qint64 from, qint64 to, const ProcessFilter& f, int limit)
{
    // Two index ranges (start_ts, end_ts), not a scan of every span.
    sql::Statement q
        = m_db.prepare("SELECT home, pid, node, uid, user, command, start_ts, end_ts FROM process_span WHERE id IN ("
                       "SELECT id FROM process_span WHERE start_ts >= ?1 AND start_ts < ?2 UNION "
                       "SELECT id FROM process_span WHERE end_ts >= ?1 AND end_ts < ?2) "
                       "AND (?3 = '' OR user = ?3) AND (?4 = 0 OR node = ?4) AND (?5 = '' OR instr(command, ?5) > 0) "
                       "ORDER BY start_ts, home, pid LIMIT ?6");
    q.bind(1, from).bind(2, to).bind(3, f.user).bind(4, qint64(f.node)).bind(5, f.command).bind(6, qint64(limit));
    return spans(q);
}

QVector<SpanRow> StoreReader::processLife(NodeId home, int pid)
{
    sql::Statement q = m_db.prepare("SELECT home, pid, node, uid, user, command, start_ts, end_ts FROM process_span "
                                    "WHERE home = ? AND pid = ? ORDER BY start_ts");
    q.bind(1, qint64(home)).bind(2, qint64(pid));
    return spans(q);
}

QVector<MigrationRow> StoreReader::migrationsOf(NodeId home, int pid)
{
    sql::Statement q = m_db.prepare("SELECT ts, home, pid, from_node, to_node, cause FROM migration WHERE home = ? AND "
                                    "pid = ? ORDER BY ts, rowid");
    q.bind(1, qint64(home)).bind(2, qint64(pid));
    return migrationRows(q);
}

QVector<MigrationRow> StoreReader::migrationRows(sql::Statement& q)
{
    QVector<MigrationRow> out;
    while (q.step())
        out << MigrationRow { q.int64(0), NodeId(q.int64(1)), int(q.int64(2)), NodeId(q.int64(3)), NodeId(q.int64(4)),
            q.text(5) };
    return out;
}

TimeExtent StoreReader::extent()
{
    TimeExtent e;
    e.schemaVersion = m_version;
    // The oldest row any table still keeps (raw samples age first, the hourly rollup last).
    // One min() or max() per SELECT: SQLite answers each from an end of an index; min and max in
    // the same SELECT scan the whole table (682 ms against 17 ms on a month of 64 nodes). The
    // cluster's hourly rollup (keyed by tier, ts) rather than the nodes' (keyed by node first).
    const QByteArray hourly = m_version >= 2 ? "cluster_rollup" : "rollup";
    QByteArray sql(
        "SELECT (SELECT min(ts) FROM node_sample), (SELECT max(ts) FROM node_sample), (SELECT min(ts) FROM ");
    sql += hourly + " WHERE tier = 3600), (SELECT max(ts) FROM " + hourly + " WHERE tier = 3600), ";
    sql += "(SELECT min(start_ts) FROM process_span), (SELECT min(ts) FROM event), (SELECT max(ts) FROM event)";
    sql::Statement q = m_db.prepare(sql.constData());
    if (q.step()) {
        auto value = [&q](int c) { return q.isNull(c) ? qint64(-1) : q.int64(c); };
        auto earliest = [](qint64 a, qint64 b) { return a < 0 ? b : b < 0 ? a : std::min(a, b); };
        // Rows stamped when they happened: samples, process starts, events.
        const qint64 seen = earliest(earliest(value(0), value(4)), value(5));
        // An hourly rollup is filed under its hour's start: it is the beginning only when the
        // hour lies before everything else (its raw samples aged out), not when it holds them.
        const qint64 hour = value(2);
        e.first = hour >= 0 && (seen < 0 || hour + 3600 * 1000 <= seen) ? hour : seen;
        e.last = std::max({ value(1), value(3), value(6) });
    }
    e.nodes = nodes();
    return e;
}

qint64 StoreReader::dataVersion()
{
    sql::Statement q = m_db.prepare("PRAGMA data_version");
    return q.step() ? q.int64(0) : -1;
}

void StoreReader::interrupt()
{
    m_interrupted = true;
    if (m_db.handle())
        sqlite3_interrupt(m_db.handle());
}

QVector<MigrationRow> StoreReader::migrations(qint64 from, qint64 to)
{
    sql::Statement q = m_db.prepare(
        "SELECT ts, home, pid, from_node, to_node, cause FROM migration WHERE ts >= ? AND ts < ? ORDER BY ts, rowid");
    q.bind(1, from).bind(2, to);
    return migrationRows(q);
}

QVector<EventRow> StoreReader::events(qint64 from, qint64 to)
{
    QVector<EventRow> out;
    sql::Statement q = m_db.prepare(
        "SELECT ts, node_id, kind, detail, actor FROM event WHERE ts >= ? AND ts < ? ORDER BY ts, rowid");
    q.bind(1, from).bind(2, to);
    while (q.step())
        out << EventRow { q.int64(0), NodeId(q.int64(1)), q.text(2), q.text(3), q.text(4) };
    return out;
}

QList<NodeId> StoreReader::nodes()
{
    QList<NodeId> out;
    sql::Statement q = m_db.prepare("SELECT id FROM node ORDER BY id");
    while (q.step())
        out << NodeId(q.int64(0));
    return out;
}

} // namespace omv
