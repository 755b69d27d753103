// StoreReader::momentAt: the cluster as the history recorded it at one moment — what
// openmosixhistory shows at the slider's time and prints with --at T --json.
#include "store.h"

#include <QSet>

#include <algorithm>
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
    const QString first = command.section(QLatin1Char(' '), 0, 0);
    p->name = first.section(QLatin1Char('/'), -1);
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
    // The minutes: the cluster's own rollup is keyed (tier, ts), one seek; the nodes' rollup of a
    // version 1 file is keyed by node first, so a max over it reads every node's minutes.
    const QByteArray minutes = m_version >= 2 ? "cluster_rollup" : "rollup";
    const qint64 rollupTs = one("SELECT max(ts) FROM " + minutes + " WHERE tier = 60 AND ts <= ?1", t);
    // A minute younger than the newest raw sample at or before t means the raw samples of that
    // time are gone (retention): the minute tells more than a sample from days before.
    if (rollupTs >= 0 && (m.sampleTs < 0 || rollupTs >= m.sampleTs + 60 * 1000)) {
        m.sampleTs = rollupTs;
        m.fromRollup = true;
    }
    if (m.sampleTs < 0)
        return m;
    m.snapshot.timeMs = m.sampleTs;
    if (m.fromRollup) {
        m.previousSample = one("SELECT max(ts) FROM " + minutes + " WHERE tier = 60 AND ts < ?1", m.sampleTs);
        m.nextSample = one("SELECT min(ts) FROM " + minutes + " WHERE tier = 60 AND ts > ?1", t);
    } else {
        m.previousSample = one(QByteArray("SELECT max(ts) FROM ") + rawTable + " WHERE ts < ?1", m.sampleTs);
        m.nextSample = one(QByteArray("SELECT min(ts) FROM ") + rawTable + " WHERE ts > ?1", t);
    }

    // The nodes of that sample (or minute), with the address each had.
    sql::Statement n = m_db.prepare(m.fromRollup
            ? "SELECT r.node_id, 2 * r.up_n >= r.n, NULL, r.load_avg, NULL, NULL, r.mem_avg, NULL, NULL, "
              "a.address FROM rollup r LEFT JOIN node a ON a.id = r.node_id WHERE r.tier = 60 AND r.ts = ?1 "
              "ORDER BY r.node_id"
            : "SELECT s.node_id, s.up, s.load_raw, s.load, s.speed, s.cpus, s.mem_used, s.mem_total, s.util, "
              "a.address FROM node_sample s LEFT JOIN node a ON a.id = s.node_id WHERE s.ts = ?1 "
              "ORDER BY s.node_id");
    n.bind(1, m.sampleTs);
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

QVector<StoreReader::Change> StoreReader::changesBetween(qint64 from, qint64 to, const ProcessFilter& filter)
{
    // Stays that began or ended in the range, and the moves in it: a stay that begins (or ends)
    // with a move is that move, not a start (or an end). The moves' user and command come from
    // the stay they began.
    QVector<Change> out;
    const QVector<MigrationRow> moves = migrations(from, to);
    QSet<QPair<qint64, qint64>> moved; // (key(home, pid), ts)
    for (const MigrationRow& m : moves)
        moved.insert(qMakePair((qint64(m.home) << 32) | quint32(m.pid), m.ts));
    ProcessFilter wherever = filter;
    wherever.node = 0; // a move is kept if it left or reached the node: filtered below
    const QVector<SpanRow> stays = spansBetween(from, to, wherever);
    QHash<QPair<qint64, qint64>, const SpanRow*> arrivals;
    for (const SpanRow& r : stays) {
        const qint64 key = (qint64(r.home) << 32) | quint32(r.pid);
        auto add = [&](Change::Kind kind, qint64 ts) {
            if (filter.node != 0 && r.node != filter.node)
                return;
            Change c;
            c.ts = ts;
            c.kind = kind;
            c.home = r.home;
            c.pid = r.pid;
            c.user = r.user;
            c.command = r.command;
            c.node = r.node;
            out << c;
        };
        if (r.startTs >= from && r.startTs < to) {
            if (moved.contains(qMakePair(key, r.startTs)))
                arrivals.insert(qMakePair(key, r.startTs), &r);
            else
                add(Change::Started, r.startTs);
        }
        if (r.endTs >= from && r.endTs < to && !moved.contains(qMakePair(key, r.endTs)))
            add(Change::Ended, r.endTs);
    }
    for (const MigrationRow& m : moves) {
        const SpanRow* stay = arrivals.value(qMakePair((qint64(m.home) << 32) | quint32(m.pid), m.ts));
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
    std::stable_sort(out.begin(), out.end(), [](const Change& a, const Change& b) {
        return std::make_tuple(a.ts, a.home, a.pid) < std::make_tuple(b.ts, b.home, b.pid);
    });
    return out;
}

} // namespace omv
