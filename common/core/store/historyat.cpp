// StoreReader::momentAt: the cluster as the history recorded it at one moment — what
// openmosixhistory shows at the slider's time and prints with --at T --json.
#include "store.h"

#include <QSet>

#include <algorithm>
#include <limits>
#include <tuple>

namespace omv
{

namespace
{

// A recorded command line back into what a snapshot holds: kernel threads were written as
// "[name]" (ProcessInfo::commandLine), everything else as the command line itself.
void setCommand(ProcessInfo* p, const QString& command)
{
    if (command.size() > 2 && command.startsWith(QLatin1Char('[')) && command.endsWith(QLatin1Char(']'))) {
        p->name = command.mid(1, command.size() - 2);
        return;
    }
    p->argv = QStringList { command };
    // The program's base name (indexes, not QString::section: that splits the whole line into
    // a list, a fifth of a step at ~7,000 processes).
    int end = command.indexOf(QLatin1Char(' '));
    if (end < 0)
        end = command.size();
    const int slash = end > 0 ? command.lastIndexOf(QLatin1Char('/'), end - 1) : -1;
    p->name = command.mid(slash + 1, end - slash - 1);
}

} // namespace

StoreReader::Moment StoreReader::momentAt(qint64 t, const ProcessFilter& filter)
{
    Moment m;
    // The recorded instant at or before t: the cluster's rows (one per sample) in version 2, the
    // nodes' in version 1; once raw samples have aged out, the minute's rollup.
    const char* const rawTable = m_version >= 2 ? "cluster_sample" : "(SELECT DISTINCT ts FROM node_sample)";
    auto one = [this](const QByteArray& sql, qint64 a) -> qint64 {
        sql::Statement q = m_db.prepare(sql.constData());
        q.bind(1, a);
        return q.step() && !q.isNull(0) ? q.int64(0) : -1;
    };
    m.sampleTs = one(QByteArray("SELECT max(ts) FROM ") + rawTable + " WHERE ts <= ?1", t);
    // The summaries: the cluster's own rollup is keyed (tier, ts), one seek; the nodes' rollup of a
    // version 1 file is keyed by node first, so a max over it reads every node's buckets.
    const QByteArray summaries = m_version >= 2 ? "cluster_rollup" : "rollup";
    // Where the finer data of a time is gone (retention), the bucket that holds it tells more
    // than a sample from long before: minutes where raw samples aged out, then ten minutes and
    // hours (kept longest). A bucket whose finer data is all still kept is not taken: it begins
    // before the first sample it holds, and the finer data answers (or says nothing was recorded).
    const bool v2 = m_version >= 2;
    QByteArray finer = v2 ? "SELECT count(*) FROM cluster_sample WHERE ts >= ?1 AND ts < ?2"
                          : "SELECT count(DISTINCT ts) FROM node_sample WHERE ts >= ?1 AND ts < ?2";
    auto count = [this](const QByteArray& sql, qint64 a, qint64 b) -> qint64 {
        sql::Statement q = m_db.prepare(sql.constData());
        q.bind(1, a).bind(2, b);
        return q.step() && !q.isNull(0) ? q.int64(0) : 0;
    };
    for (int tier : store::kTiers) {
        const QByteArray number = QByteArray::number(tier);
        const qint64 width = qint64(tier) * 1000;
        const qint64 bucket = one("SELECT max(ts) FROM " + summaries + " WHERE tier = " + number + " AND ts <= ?1", t);
        if (bucket >= 0) {
            const qint64 held
                = count(v2 ? QByteArray("SELECT n FROM cluster_rollup WHERE tier = " + number + " AND ts = ?1")
                           : QByteArray("SELECT max(n) FROM rollup WHERE tier = " + number + " AND ts = ?1 AND ?2"),
                    bucket, 1);
            if (count(finer, bucket, bucket + width) >= held)
                break;
            if (m.sampleTs < 0 || bucket >= m.sampleTs + width) {
                m.sampleTs = bucket;
                m.fromRollup = true;
                m.tier = tier;
            }
        }
        finer = v2
            ? QByteArray("SELECT sum(n) FROM cluster_rollup WHERE tier = " + number + " AND ts >= ?1 AND ts < ?2")
            : QByteArray("SELECT max(c) FROM (SELECT sum(n) AS c FROM rollup WHERE tier = " + number
                + " AND ts >= ?1 AND ts < ?2 GROUP BY node_id)");
    }
    if (m.sampleTs < 0)
        return m;
    m.snapshot.timeMs = m.sampleTs;
    sql::Statement b = m_db.prepare("SELECT value FROM meta WHERE key = 'backend'");
    if (b.step()) // written by collectors since issue 13; older files leave it empty
        m.snapshot.backend = b.text(0);
    if (m.fromRollup) {
        const QByteArray tier = " WHERE tier = " + QByteArray::number(m.tier);
        m.previousSample = one("SELECT max(ts) FROM " + summaries + tier + " AND ts < ?1", m.sampleTs);
        m.nextSample = one("SELECT min(ts) FROM " + summaries + tier + " AND ts > ?1", t);
    } else {
        m.previousSample = one(QByteArray("SELECT max(ts) FROM ") + rawTable + " WHERE ts < ?1", m.sampleTs);
        m.nextSample = one(QByteArray("SELECT min(ts) FROM ") + rawTable + " WHERE ts > ?1", t);
    }

    // The nodes of that sample (or minute), with the address each had.
    sql::Statement n = m_db.prepare(m.fromRollup
            ? "SELECT r.node_id, 2 * r.up_n >= r.n, NULL, r.load_avg, NULL, NULL, r.mem_avg, NULL, NULL, "
              "a.address FROM rollup r LEFT JOIN node a ON a.id = r.node_id WHERE r.tier = ?2 AND r.ts = ?1 "
              "ORDER BY r.node_id"
            : "SELECT s.node_id, s.up, s.load_raw, s.load, s.speed, s.cpus, s.mem_used, s.mem_total, s.util, "
              "a.address FROM node_sample s LEFT JOIN node a ON a.id = s.node_id WHERE s.ts = ?1 "
              "ORDER BY s.node_id");
    n.bind(1, m.sampleTs);
    if (m.fromRollup)
        n.bind(2, qint64(m.tier));
    auto num = [&n](int c, qint64 none) { return n.isNull(c) ? none : n.int64(c); };
    while (n.step()) {
        NodeSample s;
        s.id = NodeId(n.int64(0));
        s.up = n.int64(1) != 0;
        s.loadRaw = num(2, -1);
        s.loadPercent = n.isNull(3) ? -1 : n.real(3);
        s.speed = num(4, -1);
        s.cpus = int(num(5, -1));
        const qint64 used = n.isNull(6) ? -1 : qint64(n.real(6));
        s.memTotal = num(7, -1);
        s.memFree = s.memTotal >= 0 && used >= 0 ? s.memTotal - used : -1;
        s.util = int(num(8, -1));
        if (!n.isNull(9))
            s.addresses = QStringList { n.text(9) };
        m.snapshot.nodes << s;
    }

    // The processes alive at t, where each was, since when, and its migrations so far.
    const QVector<SpanRow> spans = processesAt(t, filter, true);
    m.snapshot.processes.reserve(spans.size());
    for (const SpanRow& r : spans) {
        ProcessInfo p;
        p.homeNode = r.home;
        p.pid = r.pid;
        p.node = r.node;
        p.uid = r.uid;
        p.user = r.user;
        setCommand(&p, r.command);
        p.migrations = std::max(0, r.migrations);
        p.sinceMs = r.startTs;
        m.snapshot.processes << p;
    }
    return m;
}

namespace
{

// Which of the processes that had one pid lifeAt means, as [begin, end) of `all` (every stay of
// the pid, in order); -1 when the pid was never seen. One process's stays follow each other
// without a gap (a move ends one stay and begins the next at the same sample), so a gap is a
// process ending and, later, the kernel giving the pid to another.
std::pair<int, int> chooseLife(const QVector<SpanRow>& all, qint64 at)
{
    int chosenBegin = -1, chosenEnd = -1;
    int endedBefore = -1, startedAfter = -1; // the fallbacks
    int endedBeforeEnd = -1, startedAfterEnd = -1;
    for (int begin = 0; begin < all.size() && chosenBegin < 0;) {
        int end = begin + 1;
        while (end < all.size() && all[end - 1].endTs >= 0 && all[end].startTs == all[end - 1].endTs)
            ++end;
        const qint64 start = all[begin].startTs, stop = all[end - 1].endTs;
        if (start <= at && (stop < 0 || stop > at)) {
            chosenBegin = begin;
            chosenEnd = end;
        } else if (stop >= 0 && stop <= at) {
            endedBefore = begin;
            endedBeforeEnd = end;
        } else if (start > at && startedAfter < 0) {
            startedAfter = begin;
            startedAfterEnd = end;
        }
        begin = end;
    }
    if (chosenBegin < 0) {
        chosenBegin = endedBefore >= 0 ? endedBefore : startedAfter;
        chosenEnd = endedBefore >= 0 ? endedBeforeEnd : startedAfterEnd;
    }
    return { chosenBegin, chosenEnd };
}

// Its moves: those of the pid that began one of its stays after the first.
void keepMoves(StoreReader::Life* life, const QVector<MigrationRow>& ofThePid)
{
    const qint64 first = life->stays.first().startTs, last = life->stays.last().startTs;
    for (const MigrationRow& m : ofThePid)
        if (m.ts > first && m.ts <= last)
            life->moves << m;
}

// Its logged samples are those of the pid in [first, end): while it lived (an open stay: until now).
std::pair<qint64, qint64> samplesWhile(const StoreReader::Life& life)
{
    const qint64 end = life.stays.last().endTs < 0 ? std::numeric_limits<qint64>::max() : life.stays.last().endTs + 1;
    return { life.stays.first().startTs, end };
}

} // namespace

StoreReader::Life StoreReader::lifeAt(NodeId home, int pid, qint64 at)
{
    const QVector<SpanRow> all = processLife(home, pid);
    const auto [begin, end] = chooseLife(all, at);
    Life life;
    if (begin < 0)
        return life;
    life.stays = all.mid(begin, end - begin);
    keepMoves(&life, migrationsOf(home, pid));
    const auto [from, to] = samplesWhile(life);
    life.samples = processSamples(home, pid, from, to);
    return life;
}

QVector<StoreReader::Life> StoreReader::livesAt(qint64 at)
{
    // What lifeAt(home, pid, at) gives for every process at `at`, with one statement of each kind
    // prepared once: every stay of each pid, then only what can be there — moves where the life
    // has more than one stay (a move begins a stay), samples where the pid was ever marked for
    // logging (nothing else is sampled: ProcessLogWriter).
    QVector<QPair<NodeId, int>> keys;
    for (const SpanRow& s : processesAt(at))
        keys << qMakePair(s.home, s.pid);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    QSet<QPair<NodeId, int>> logged;
    for (const LogMark& m : logMarks())
        logged.insert(qMakePair(m.home, m.pid));
    sql::Statement stays = m_db.prepare("SELECT home, pid, node, uid, user, command, start_ts, end_ts FROM "
                                        "process_span WHERE home = ? AND pid = ? ORDER BY start_ts");
    sql::Statement moves = m_db.prepare("SELECT ts, home, pid, from_node, to_node, cause FROM migration WHERE home = "
                                        "? AND pid = ? ORDER BY ts, rowid");
    sql::TextCache texts;
    QVector<Life> out;
    out.reserve(keys.size());
    for (const auto& [home, pid] : keys) {
        if (m_interrupted)
            return {};
        stays.reset();
        stays.bind(1, qint64(home)).bind(2, qint64(pid));
        QVector<SpanRow> all;
        while (stays.step())
            all << spanRow(stays, &texts);
        const auto [begin, end] = chooseLife(all, at);
        if (begin < 0)
            continue;
        Life life;
        life.stays = all.mid(begin, end - begin);
        if (life.stays.size() > 1) {
            moves.reset();
            moves.bind(1, qint64(home)).bind(2, qint64(pid));
            keepMoves(&life, migrationRows(moves));
        }
        if (logged.contains(qMakePair(home, pid))) {
            const auto [from, to] = samplesWhile(life);
            life.samples = processSamples(home, pid, from, to);
        }
        out << life;
    }
    return out;
}

QVector<ProcessSampleRow> StoreReader::processSamples(NodeId home, int pid, qint64 from, qint64 to)
{
    QVector<ProcessSampleRow> out;
    if (m_version < 3)
        return out; // no process was logged before version 3
    sql::Statement q = m_db.prepare("SELECT ts, node, state, cpu_percent, rss, vsize, nice, migrations, locked FROM "
                                    "process_sample WHERE home = ?1 AND pid = ?2 AND ts >= ?3 AND ts < ?4 ORDER BY ts");
    q.bind(1, qint64(home)).bind(2, qint64(pid)).bind(3, from).bind(4, to);
    while (q.step()) {
        ProcessSampleRow r;
        r.ts = q.int64(0);
        r.node = NodeId(q.int64(1));
        const QString state = q.text(2);
        r.state = state.isEmpty() ? QChar() : state.at(0);
        r.cpuPercent = q.isNull(3) ? -1 : q.real(3);
        r.rssBytes = q.isNull(4) ? -1 : q.int64(4);
        r.vsizeBytes = q.isNull(5) ? -1 : q.int64(5);
        r.nice = int(q.int64(6));
        r.migrations = q.isNull(7) ? -1 : int(q.int64(7));
        r.locked = q.int64(8) != 0;
        out << r;
    }
    return out;
}

QVector<LogMark> StoreReader::logMarks(NodeId home, int pid)
{
    QVector<LogMark> out;
    if (m_version < 3)
        return out;
    sql::Statement q = m_db.prepare("SELECT home, pid, from_ts, to_ts, actor FROM process_log WHERE ?1 = 0 OR "
                                    "(home = ?1 AND pid = ?2) ORDER BY home, pid, from_ts");
    q.bind(1, qint64(home)).bind(2, qint64(pid));
    while (q.step())
        out << LogMark { NodeId(q.int64(0)), int(q.int64(1)), q.int64(2), q.isNull(3) ? -1 : q.int64(3), q.text(4) };
    return out;
}

QVector<StoreReader::Change> StoreReader::changesBetween(
    qint64 from, qint64 to, const ProcessFilter& filter, int limit, qint64* cutAt)
{
    // Stays that began or ended in the range, and the moves in it: a stay that begins (or ends)
    // with a move is that move, not a start (or an end). The moves' user and command come from
    // the stay they began.
    struct Edge {
        qint64 ts;
        bool end;
        NodeId home, node;
        int pid;
        QString user, command;
    };
    QVector<Edge> edges;
    sql::TextCache texts;
    // Usually: each stay read once — those that began in the range, and those that ended in it
    // having begun before (two index ranges, no temporary b-tree to merge or sort them).
    static const char* const kFilter = " AND (?3 = '' OR user = ?3) AND (?4 = '' OR instr(command, ?4) > 0)";
    sql::Statement q
        = m_db.prepare(QByteArray("SELECT start_ts, end_ts, home, pid, node, user, command FROM "
                                  "process_span WHERE start_ts >= ?1 AND start_ts < ?2")
                           .append(kFilter)
                           .append(" UNION ALL SELECT start_ts, end_ts, home, pid, node, user, command "
                                   "FROM process_span WHERE end_ts >= ?1 AND end_ts < ?2 AND start_ts < ?1")
                           .append(kFilter)
                           .append(" LIMIT ?5")
                           .constData());
    q.bind(1, from).bind(2, to).bind(3, filter.user).bind(4, filter.command).bind(5, qint64(limit) + 1);
    int stays = 0;
    while (q.step() && ++stays <= limit) {
        const qint64 start = q.int64(0), end = q.isNull(1) ? -1 : q.int64(1);
        Edge e { start, false, NodeId(q.int64(2)), NodeId(q.int64(4)), int(q.int64(3)), texts.text(q, 5),
            texts.text(q, 6) };
        if (start >= from)
            edges << e;
        if (end >= from && end < to) {
            e.ts = end;
            e.end = true;
            edges << e;
        }
    }
    qint64 until = to;
    if (stays > limit) {
        // Too many to hold: the starts and ends in time order — SQLite merges the two index
        // ranges — so a limit stops reading early and cuts the list at a time: complete before
        // it, nothing after.
        edges.clear();
        q = m_db.prepare(QByteArray("SELECT start_ts AS ts, 0, home, pid, node, user, command FROM process_span "
                                    "WHERE start_ts >= ?1 AND start_ts < ?2")
                             .append(kFilter)
                             .append(" UNION ALL SELECT end_ts AS ts, 1, home, pid, node, user, command FROM "
                                     "process_span WHERE end_ts >= ?1 AND end_ts < ?2")
                             .append(kFilter)
                             .append(" ORDER BY ts LIMIT ?5")
                             .constData());
        q.bind(1, from).bind(2, to).bind(3, filter.user).bind(4, filter.command).bind(5, qint64(limit) + 1);
        while (q.step())
            edges << Edge { q.int64(0), q.int64(1) != 0, NodeId(q.int64(2)), NodeId(q.int64(4)), int(q.int64(3)),
                texts.text(q, 5), texts.text(q, 6) };
        if (edges.size() > limit) { // cut where the row past the limit is: whole before it
            until = edges.last().ts;
            while (!edges.isEmpty() && edges.last().ts >= until)
                edges.removeLast();
        }
    }
    if (cutAt)
        *cutAt = until < to ? until : -1;
    const QVector<MigrationRow> moves = migrations(from, until);
    QSet<QPair<qint64, qint64>> moved; // (key(home, pid), ts)
    moved.reserve(moves.size());
    for (const MigrationRow& m : moves)
        moved.insert(qMakePair(qint64(processKey(m.home, m.pid)), m.ts));
    QVector<Change> out;
    out.reserve(edges.size() + moves.size());
    QHash<QPair<qint64, qint64>, const Edge*> arrivals;
    for (const Edge& e : std::as_const(edges)) {
        const auto at = qMakePair(qint64(processKey(e.home, e.pid)), e.ts);
        if (moved.contains(at)) {
            if (!e.end)
                arrivals.insert(at, &e);
            continue; // the move, below
        }
        if (filter.node != 0 && e.node != filter.node)
            continue; // a move is kept if it left or reached the node: so filtered here, not in SQL
        Change c;
        c.ts = e.ts;
        c.kind = e.end ? Change::Ended : Change::Started;
        c.home = e.home;
        c.pid = e.pid;
        c.user = e.user;
        c.command = e.command;
        c.node = e.node;
        out << c;
    }
    for (const MigrationRow& m : moves) {
        const Edge* stay = arrivals.value(qMakePair(qint64(processKey(m.home, m.pid)), m.ts));
        if (!stay && (!filter.user.isEmpty() || !filter.command.isEmpty()))
            continue; // its stay did not pass the filter
        if (filter.node != 0 && m.from != filter.node && m.to != filter.node)
            continue;
        Change c;
        c.ts = m.ts;
        c.kind = Change::Moved;
        c.home = m.home;
        c.pid = m.pid;
        c.node = m.to;
        c.from = m.from;
        c.cause = m.cause;
        if (stay) {
            c.user = stay->user;
            c.command = stay->command;
        }
        out << c;
    }
    // In time order (then home, pid), sorted as small keys: moving the changes themselves, with
    // their four strings each, cost more than the rest of the work after the query.
    struct Key {
        qint64 ts;
        NodeId home;
        int pid;
        int index;
    };
    std::vector<Key> keys;
    keys.reserve(size_t(out.size()));
    for (int i = 0; i < out.size(); ++i)
        keys.push_back(Key { out[i].ts, out[i].home, out[i].pid, i });
    std::stable_sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
        return std::make_tuple(a.ts, a.home, a.pid) < std::make_tuple(b.ts, b.home, b.pid);
    });
    QVector<Change> sorted;
    sorted.reserve(out.size());
    for (const Key& k : keys)
        sorted << std::move(out[k.index]);
    out.swap(sorted);
    return out;
}

} // namespace omv
