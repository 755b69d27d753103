#include "storewriter_p.h"

namespace omv
{

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

// Version 4 (major 2: span_index's numbers mean something else, which an older reader cannot read
// around):
// - span_index counts seconds from 2020-01-01 (store::kSpanEpochS), not 1970: its 32-bit numbers
//   reached only 2038-01-19 — after that no span could be written at all. Re-keyed from
//   process_span, which keeps milliseconds.
// - The summaries keep the memory there was (rollup.mem_total, the mean over the bucket's samples;
//   cluster_rollup.mem_total_sum), so the share of memory used per bucket is the samples' own, not
//   one of today's totals. Filled where the bucket's raw samples are all still there; NULL (not
//   known) where they are not.
const char* const kSchemaV4 = R"(
ALTER TABLE rollup ADD COLUMN mem_total REAL;
ALTER TABLE cluster_rollup ADD COLUMN mem_total_sum REAL;
UPDATE cluster_rollup SET mem_total_sum = (
    SELECT sum(s.mem_total) FROM cluster_sample s
    WHERE s.ts >= cluster_rollup.ts AND s.ts < cluster_rollup.ts + cluster_rollup.tier * 1000)
WHERE (SELECT count(*) FROM cluster_sample s
       WHERE s.ts >= cluster_rollup.ts AND s.ts < cluster_rollup.ts + cluster_rollup.tier * 1000) = cluster_rollup.n;
DELETE FROM span_index;
)";

// rollup.mem_total per tier, from one pass over the raw samples (a correlated query per row would
// read every sample once per node of its bucket); a bucket counts the samples of a node up with a
// load (StoreWriter's accumulate).
bool fillRollupMemoryTotals(sql::Database& db)
{
    for (int tier : store::kTiers) {
        sql::Statement q = db.prepare(
            "UPDATE rollup SET mem_total = x.m FROM (SELECT node_id, ts - ts % (?1 * 1000) AS b, "
            "avg(max(0, ifnull(mem_total, 0))) AS m, count(*) AS c FROM node_sample WHERE up AND load >= 0 "
            "GROUP BY node_id, b) AS x WHERE rollup.tier = ?1 AND rollup.node_id = x.node_id AND rollup.ts = x.b "
            "AND rollup.n = x.c");
        if (!q.bind(1, qint64(tier)).exec())
            return false;
    }
    return true;
}

// span_index from process_span, in seconds from the project's epoch (StoreWriter::Impl::openSpan).
bool rekeySpanIndex(sql::Database& db)
{
    sql::Statement rows = db.prepare("SELECT id, start_ts, end_ts FROM process_span");
    sql::Statement ins = db.prepare("INSERT INTO span_index(id, start_s, end_s) VALUES(?,?,?)");
    while (rows.step()) {
        const qint64 start = store::spanSeconds(rows.int64(1));
        const qint64 end = rows.isNull(2) ? store::kOpenEnd : std::max(start, store::spanSeconds(rows.int64(2)));
        if (!ins.bind(1, rows.int64(0)).bind(2, start).bind(3, end).exec())
            return false;
    }
    return !rows.failed();
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
    if ((version < 2 && !db.exec(kSchemaV2)) || (version < 3 && !db.exec(kSchemaV3))
        || (version < 4 && (!db.exec(kSchemaV4) || !fillRollupMemoryTotals(db) || !rekeySpanIndex(db)))) {
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

} // namespace omv
