#include "storewriter_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <unistd.h>

namespace omv
{

namespace
{

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
}

} // namespace

qint64 store::spanSeconds(qint64 ms, int schemaVersion)
{
    const qint64 s = (ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000)) - (schemaVersion >= 4 ? kSpanEpochS : 0);
    return std::clamp<qint64>(s, INT_MIN + 1, kOpenEnd - 1); // kOpenEnd stays "while it lasts"
}

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
    if (v.major < 1 || v.major > store::kSchemaMajor) { // every older major is known here
        *error = Store::tr("%1: history schema %2.x (version %3); this program reads schema 1.x to %4.x — open it "
                           "with a matching version of openMosixview")
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
        sql += sumMemory ? "sum(mem_used) * 1.0 / count(DISTINCT ts), min(mem_used), max(mem_used), "
                           "sum(mem_total) * 1.0 / count(DISTINCT ts)"
                         : "avg(mem_used), min(mem_used), max(mem_used), avg(mem_total)";
        sql += " FROM node_sample WHERE ts >= ?1 AND ts < ?2 ";
    } else {
        sql += "(ts - ?1) * ?3 / (?2 - ?1) AS b, sum(n), sum(up_n), sum(load_avg * n) / sum(n), min(load_min), "
               "max(load_max), ";
        sql += sumMemory ? "sum(mem_avg * n) / max(1, sum(n)) * count(DISTINCT node_id), min(mem_min), max(mem_max), "
                         : "sum(mem_avg * n) / sum(n), min(mem_min), max(mem_max), ";
        // The memory there was, where every summary of the point knows it (schema 4 on).
        if (m_version < 4)
            sql += "NULL";
        else
            sql += sumMemory ? "CASE WHEN count(mem_total) = count(*) THEN sum(mem_total * n) / max(1, sum(n)) * "
                               "count(DISTINCT node_id) END"
                             : "CASE WHEN count(mem_total) = count(*) THEN sum(mem_total * n) / sum(n) END";
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
        p.memTotal = q.isNull(10) ? -1 : q.real(10);
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
    NodeId current = -1;
    QVector<SeriesPoint>* rows = nullptr;
    // A tier's rows come node by node: room made once for a span's rows (within reason: a
    // range much longer than what the file keeps reserves no more than 64 Ki rows).
    const int expected = tier > 0 ? int(std::clamp<qint64>((to - from) / (qint64(tier) * 1000) + 1, 1, 1 << 16)) : 0;
    nodeRows(tier, from, to, [&](NodeId node, const SeriesPoint& p) {
        if (node != current || !rows) {
            current = node;
            rows = &out[node];
            if (expected && rows->isEmpty())
                rows->reserve(expected);
        }
        *rows << p;
    });
    return out;
}

void StoreReader::nodeRows(int tier, qint64 from, qint64 to, const std::function<void(NodeId, const SeriesPoint&)>& row)
{
    if (to <= from)
        return;
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
            row(NodeId(q.int64(0)), p);
        }
        return;
    }
    // In the key's order (tier, node, ts): no sorting, one seek per node.
    sql::Statement q = m_db.prepare(
        "SELECT node_id, ts, n, up_n, load_avg, load_min, load_max, mem_avg, mem_min, mem_max FROM rollup "
        "WHERE tier = ?3 AND node_id IN (SELECT id FROM node) AND ts >= ?1 AND ts < ?2 ORDER BY node_id, ts");
    q.bind(1, from).bind(2, to).bind(3, qint64(tier));
    while (q.step()) {
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
        row(NodeId(q.int64(0)), p);
    }
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
    // ... and the memory there was (where every summary of the point knows it: schema 4 on).
    static const char* const kRaw
        = "SELECT (ts - ?1) * ?3 / (?2 - ?1) AS b, count(*), sum(nodes), sum(nodes_up), "
          "sum(load_sum) / sum(nodes_up), min(load_min), max(load_max), avg(mem_used), min(mem_used), max(mem_used), "
          "avg(processes), count(processes), sum(migrations), avg(mem_total) "
          "FROM cluster_sample WHERE ts >= ?1 AND ts < ?2 GROUP BY b ORDER BY b";
    const QByteArray tiered = QByteArray("SELECT (ts - ?1) * ?3 / (?2 - ?1) AS b, sum(n), sum(nodes_sum), sum(up_sum), "
                                         "sum(load_sum) / sum(up_sum), min(load_min), max(load_max), sum(mem_sum) / "
                                         "sum(n), min(mem_min), max(mem_max), sum(proc_sum) / max(1, sum(proc_n)), "
                                         "sum(proc_n), sum(migrations), ")
        + (m_version < 4 ? "NULL" : "CASE WHEN count(mem_total_sum) = count(*) THEN sum(mem_total_sum) / sum(n) END")
        + " FROM cluster_rollup WHERE tier = ?4 AND ts >= ?1 AND ts < ?2 GROUP BY b ORDER BY b";
    sql::Statement q = m_db.prepare(tier == 0 ? kRaw : tiered.constData());
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
        p.memTotal = q.isNull(13) ? -1 : q.real(13);
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
        .bind(2, store::spanSeconds(t, m_version) + 1)
        .bind(3, store::spanSeconds(t, m_version) - 1)
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
