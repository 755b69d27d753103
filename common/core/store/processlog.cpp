#include "processlog.h"

#include <QCoreApplication>

#include <algorithm>

namespace omv
{

namespace
{
struct Text {
    Q_DECLARE_TR_FUNCTIONS(omv::Store)
};
} // namespace

bool ProcessLogWriter::prepare(sql::Database& db)
{
    m_insMark = db.prepare("INSERT INTO process_log(home, pid, from_ts, to_ts, actor) VALUES(?,?,?,NULL,?)");
    m_closeMark = db.prepare("UPDATE process_log SET to_ts = ?1 WHERE home = ?2 AND pid = ?3 AND from_ts = ?4");
    m_insSample = db.prepare("INSERT OR REPLACE INTO process_sample(home, pid, ts, node, state, cpu_percent, rss, "
                             "vsize, nice, migrations, locked) VALUES(?,?,?,?,?,?,?,?,?,?,?)");
    return m_insMark.valid() && m_closeMark.valid() && m_insSample.valid();
}

void ProcessLogWriter::load(sql::Database& db)
{
    m_open.clear();
    sql::Statement q = db.prepare("SELECT home, pid, from_ts, actor FROM process_log WHERE to_ts IS NULL");
    while (q.step())
        m_open.insert(key(NodeId(q.int64(0)), int(q.int64(1))), Open { q.int64(2), q.text(3), {}, -1 });
}

bool ProcessLogWriter::mark(qint64 ts, NodeId home, int pid, bool on, const QString& actor, QString* error)
{
    const quint64 k = key(home, pid);
    const auto it = m_open.find(k);
    if (on) {
        if (it != m_open.end()) {
            *error = Text::tr("process %1 of node %2 is logged already (since %3 by %4)")
                         .arg(pid)
                         .arg(home)
                         .arg(it->from)
                         .arg(it->actor);
            return false;
        }
        if (!m_insMark.bind(1, qint64(home)).bind(2, qint64(pid)).bind(3, ts).bind(4, actor).exec()) {
            *error = Text::tr("cannot mark the process: the database refused");
            return false;
        }
        m_open.insert(k, Open { ts, actor, {}, -1 });
        return true;
    }
    if (it == m_open.end()) {
        *error = Text::tr("process %1 of node %2 is not logged").arg(pid).arg(home);
        return false;
    }
    if (!m_closeMark.bind(1, ts).bind(2, qint64(home)).bind(3, qint64(pid)).bind(4, it->from).exec()) {
        *error = Text::tr("cannot end the mark: the database refused");
        return false;
    }
    m_open.erase(it);
    return true;
}

bool ProcessLogWriter::record(const ClusterSnapshot& snap, const QSet<NodeId>& vouched, bool sorted)
{
    if (m_open.isEmpty())
        return true;
    // A few marks are looked up among the processes, not the other way round.
    auto find = [&](quint64 k) -> const ProcessInfo* {
        if (sorted) {
            const auto p = std::lower_bound(snap.processes.cbegin(), snap.processes.cend(), k,
                [](const ProcessInfo& p, quint64 k) { return key(p.homeNode, p.pid) < k; });
            return p != snap.processes.cend() && key(p->homeNode, p->pid) == k ? &*p : nullptr;
        }
        for (const ProcessInfo& p : snap.processes)
            if (key(p.homeNode, p.pid) == k)
                return &p;
        return nullptr;
    };
    const qint64 ts = snap.timeMs;
    bool ok = true;
    for (auto it = m_open.begin(); it != m_open.end() && ok;) {
        const NodeId home = NodeId(it.key() >> 32);
        const int pid = int(quint32(it.key()));
        const ProcessInfo* p = find(it.key());
        if (!p) {
            if (vouched.contains(home)) { // its home answered without it: it ended
                ok = m_closeMark.bind(1, ts).bind(2, qint64(home)).bind(3, qint64(pid)).bind(4, it->from).exec();
                it = m_open.erase(it);
            } else {
                ++it; // its home said nothing this time: still marked
            }
            continue;
        }
        double cpu = p->cpuPercent;
        if (cpu < 0 && it->lastTs >= 0 && ts > it->lastTs)
            cpu = p->cpuPercentSince(it->last, double(ts - it->lastTs) / 1000.0);
        m_insSample.bind(1, qint64(home)).bind(2, qint64(pid)).bind(3, ts).bind(4, qint64(p->node));
        if (p->state.isNull())
            m_insSample.bindNull(5);
        else
            m_insSample.bind(5, QString(p->state));
        if (cpu >= 0)
            m_insSample.bind(6, cpu);
        else
            m_insSample.bindNull(6);
        if (p->rssBytes >= 0)
            m_insSample.bind(7, p->rssBytes);
        else
            m_insSample.bindNull(7);
        if (p->vsizeBytes >= 0)
            m_insSample.bind(8, p->vsizeBytes);
        else
            m_insSample.bindNull(8);
        m_insSample.bind(9, qint64(p->nice)).bind(10, qint64(p->migrations)).bind(11, qint64(p->locked ? 1 : 0));
        ok = m_insSample.exec();
        it->last = *p;
        it->lastTs = ts;
        ++it;
    }
    return ok;
}

QVector<QPair<NodeId, int>> ProcessLogWriter::marked() const
{
    QVector<QPair<NodeId, int>> out;
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it)
        out << qMakePair(NodeId(it.key() >> 32), int(quint32(it.key())));
    std::sort(out.begin(), out.end());
    return out;
}

bool ProcessLogWriter::reopenAll(qint64 ts)
{
    bool ok = true;
    for (auto it = m_open.begin(); it != m_open.end() && ok; ++it) {
        it->from = ts;
        ok = m_insMark.bind(1, qint64(it.key() >> 32))
                 .bind(2, qint64(quint32(it.key())))
                 .bind(3, ts)
                 .bind(4, it->actor)
                 .exec();
    }
    return ok;
}

} // namespace omv
