// StoreReader::statistics: what each node and the cluster did over a range.
#include "store.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace omv
{

namespace
{

// The value below which 95 % of `v` lie (nearest rank); -1 for none.
double p95(QVector<double>& v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    const int rank = int(std::ceil(0.95 * v.size())) - 1;
    return v[std::clamp(rank, 0, v.size() - 1)];
}

struct Accumulator {
    qint64 n = 0;
    double loadSum = 0, memSum = 0;
    QVector<double> loads, mems;
    qint64 aboveMs = 0;

    void add(double load, double mem, qint64 weight, qint64 lengthMs, double threshold)
    {
        n += weight;
        loadSum += load * double(weight);
        memSum += mem * double(weight);
        loads << load;
        mems << mem;
        if (load > threshold)
            aboveMs += lengthMs;
    }
    void into(NodeStats* s)
    {
        s->samples = n;
        if (n == 0)
            return;
        s->loadMean = loadSum / double(n);
        s->memMean = memSum / double(n);
        s->loadMin = *std::min_element(loads.cbegin(), loads.cend());
        s->loadMax = *std::max_element(loads.cbegin(), loads.cend());
        s->memMin = *std::min_element(mems.cbegin(), mems.cend());
        s->memMax = *std::max_element(mems.cbegin(), mems.cend());
        s->loadP95 = p95(loads);
        s->memP95 = p95(mems);
        s->aboveMs = aboveMs;
    }
};

} // namespace

RangeStats StoreReader::statistics(qint64 from, qint64 to, double threshold)
{
    RangeStats r;
    r.from = from;
    r.to = std::max(from, to);
    r.threshold = threshold;
    for (NodeId n : nodes()) {
        NodeStats s;
        s.node = n;
        r.nodes << s;
    }
    // Several queries: a newer request stops the rest, not only the one running.
    for (void (StoreReader::*step)(RangeStats*) :
        { &StoreReader::loadFigures, &StoreReader::downTimes, &StoreReader::movesAndStarts }) {
        if (m_interrupted)
            break;
        (this->*step)(&r);
    }
    return r;
}

void StoreReader::loadFigures(RangeStats* r)
{
    // Raw samples for up to a day while they cover the range; longer ranges (or ones that reach
    // back past the raw retention) from the finest rollup tier with at most 5,000 buckets per
    // node that covers the range: means stay exact, percentiles and the time above the
    // threshold are then of the buckets' averages.
    sql::Statement first = m_db.prepare("SELECT min(ts) FROM node_sample");
    const qint64 rawFrom = first.step() && !first.isNull(0) ? first.int64(0) : std::numeric_limits<qint64>::max();
    first.reset();
    if (rawFrom > r->from || r->to - r->from > 24 * 3600 * 1000) {
        for (int t : store::kTiers) {
            if ((r->to - r->from) / (qint64(t) * 1000) > 5000 && t != store::kTiers.back())
                continue;
            sql::Statement q = m_db.prepare("SELECT min(ts) FROM rollup WHERE tier = ?");
            q.bind(1, qint64(t));
            if (q.step() && !q.isNull(0) && q.int64(0) <= std::max(r->from, std::min(rawFrom, r->to))) {
                r->tier = t;
                break;
            }
        }
    }
    QHash<NodeId, Accumulator> acc;
    Accumulator cluster;
    if (r->tier == 0) {
        // Each sample stands for the time to the node's next sample (cut at the range's end).
        sql::Statement q = m_db.prepare(
            "SELECT node_id, ts, load, mem_used, lead(ts) OVER (PARTITION BY node_id ORDER BY ts) FROM node_sample "
            "WHERE ts >= ?1 AND ts < ?2 AND up AND load IS NOT NULL");
        q.bind(1, r->from).bind(2, r->to);
        while (q.step()) {
            const qint64 next = q.isNull(4) ? r->to : std::min(q.int64(4), r->to);
            acc[NodeId(q.int64(0))].add(q.real(2), double(q.int64(3)), 1, next - q.int64(1), r->threshold);
        }
        // A version 1 file (read-only, never upgraded) has no cluster rows: from its nodes.
        static const char* const kCluster
            = "SELECT ts, load_sum / nodes_up, mem_used, lead(ts) OVER (ORDER BY ts) FROM cluster_sample "
              "WHERE ts >= ?1 AND ts < ?2 AND nodes_up > 0";
        static const char* const kClusterV1
            = "SELECT ts, avg(load), sum(mem_used), lead(ts) OVER (ORDER BY ts) FROM node_sample "
              "WHERE ts >= ?1 AND ts < ?2 AND up AND load IS NOT NULL GROUP BY ts";
        sql::Statement c = m_db.prepare(m_version >= 2 ? kCluster : kClusterV1);
        c.bind(1, r->from).bind(2, r->to);
        while (c.step()) {
            const qint64 next = c.isNull(3) ? r->to : std::min(c.int64(3), r->to);
            cluster.add(c.real(1), double(c.int64(2)), 1, next - c.int64(0), r->threshold);
        }
    } else {
        const qint64 width = qint64(r->tier) * 1000;
        sql::Statement q = m_db.prepare("SELECT node_id, load_avg, mem_avg, up_n FROM rollup WHERE tier = ?3 AND "
                                        "ts >= ?1 AND ts < ?2 AND up_n > 0");
        q.bind(1, r->from).bind(2, r->to).bind(3, qint64(r->tier));
        while (q.step())
            acc[NodeId(q.int64(0))].add(q.real(1), q.real(2), q.int64(3), width, r->threshold);
        static const char* const kCluster = "SELECT load_sum / up_sum, mem_sum / n, n FROM cluster_rollup "
                                            "WHERE tier = ?3 AND ts >= ?1 AND ts < ?2 AND up_sum > 0";
        static const char* const kClusterV1
            = "SELECT sum(load_avg * up_n) / sum(up_n), sum(mem_avg), max(n) FROM rollup "
              "WHERE tier = ?3 AND ts >= ?1 AND ts < ?2 AND up_n > 0 GROUP BY ts";
        sql::Statement c = m_db.prepare(m_version >= 2 ? kCluster : kClusterV1);
        c.bind(1, r->from).bind(2, r->to).bind(3, qint64(r->tier));
        while (c.step())
            cluster.add(c.real(0), c.real(1), c.int64(2), width, r->threshold);
    }
    for (NodeStats& s : r->nodes)
        acc[s.node].into(&s);
    cluster.into(&r->cluster);
}

void StoreReader::downTimes(RangeStats* r)
{
    // Each node's up/down events in order: its state at the start is its last event before it.
    QHash<NodeId, int> index;
    for (int i = 0; i < r->nodes.size(); ++i)
        index.insert(r->nodes[i].node, i);
    QHash<NodeId, qint64> downSince; // nodes down at the moment the walk is at
    sql::Statement q = m_db.prepare(
        "SELECT node_id, ts, kind FROM event WHERE kind IN ('up', 'down') AND ts < ? ORDER BY ts, rowid");
    q.bind(1, r->to);
    auto spell = [&](NodeId node, qint64 start, qint64 end) {
        const qint64 a = std::max(start, r->from), b = std::min(end, r->to);
        const auto it = index.constFind(node);
        if (b <= a || it == index.cend())
            return;
        NodeStats& s = r->nodes[it.value()];
        s.downMs += b - a;
        ++s.outages;
        r->cluster.downMs += b - a;
        ++r->cluster.outages;
    };
    while (q.step()) {
        const NodeId node = NodeId(q.int64(0));
        const qint64 ts = q.int64(1);
        if (q.text(2) == QLatin1String("down")) {
            if (!downSince.contains(node))
                downSince.insert(node, ts);
        } else if (downSince.contains(node)) {
            spell(node, downSince.take(node), ts);
        }
    }
    for (auto it = downSince.cbegin(); it != downSince.cend(); ++it)
        spell(it.key(), it.value(), r->to);
}

void StoreReader::movesAndStarts(RangeStats* r)
{
    QHash<NodeId, int> index;
    for (int i = 0; i < r->nodes.size(); ++i)
        index.insert(r->nodes[i].node, i);
    // Every stay begins with a start or a migration (which ends one stay and begins the next at
    // the same moment): starts are the stays begun in the range less the migrations in it, per
    // home. Counted here rather than by GROUP BY: SQLite sorts millions of rows in one step that
    // no interrupt reaches, and a newer range must be able to stop this at once.
    QHash<NodeId, int> started;
    sql::Statement m
        = m_db.prepare("SELECT from_node, to_node, cause = 'admin', home FROM migration WHERE ts >= ? AND ts < ?");
    m.bind(1, r->from).bind(2, r->to);
    while (m.step()) {
        --started[NodeId(m.int64(3))];
        const bool admin = m.int64(2) != 0;
        if (const auto out = index.constFind(NodeId(m.int64(0))); out != index.cend()) {
            ++r->nodes[out.value()].migrationsOut;
            r->nodes[out.value()].adminOut += admin ? 1 : 0;
        }
        if (const auto in = index.constFind(NodeId(m.int64(1))); in != index.cend()) {
            ++r->nodes[in.value()].migrationsIn;
            r->nodes[in.value()].adminIn += admin ? 1 : 0;
        }
        ++r->cluster.migrationsIn;
        ++r->cluster.migrationsOut;
        r->cluster.adminIn += admin ? 1 : 0;
        r->cluster.adminOut += admin ? 1 : 0;
    }
    sql::Statement p
        = m_db.prepare("SELECT home FROM process_span WHERE start_ts >= ?1 AND start_ts < ?2"); // the index alone
    p.bind(1, r->from).bind(2, r->to);
    while (p.step())
        ++started[NodeId(p.int64(0))];
    for (auto it = started.cbegin(); it != started.cend(); ++it) {
        if (const auto at = index.constFind(it.key()); at != index.cend())
            r->nodes[at.value()].processesStarted = it.value();
        r->cluster.processesStarted += it.value();
    }
}

} // namespace omv
