// StoreReader::statistics: what each node and the cluster did over a range.
#include "store.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace omv
{

namespace
{

// The nearest rank (1-based) of 95 % of n samples, in integers: 0.95 * n in floating point can
// land a hair above a whole number and take the next rank.
// The summaries of a range read at most this many buckets per node (the finest tier that does).
constexpr qint64 kMaxBuckets = 5000;

qint64 rank95(qint64 n)
{
    return (95 * n + 99) / 100;
}

qint64 alignDown(qint64 t, qint64 width)
{
    return t - (((t % width) + width) % width);
}

qint64 alignUp(qint64 t, qint64 width)
{
    const qint64 down = alignDown(t, width);
    return down == t ? t : down + width;
}

// One figure (the load or the memory) of a node or of the cluster over a range: raw samples one
// by one, summaries by their samples.
struct Figure {
    qint64 n = 0;
    long double sum = 0; // bytes times a week of samples passes a double's exact integers
    double min = 0, max = 0;
    bool extremesKnown = true;
    std::vector<double> raw;
    std::vector<std::pair<double, qint64>> summarised; // a summary's mean, and its samples

    void extend(double lo, double hi)
    {
        min = n ? std::min(min, lo) : lo;
        max = n ? std::max(max, hi) : hi;
    }
    void sample(double v)
    {
        extend(v, v);
        raw.push_back(v);
        sum += v;
        ++n;
    }
    void summary(double mean, double lo, double hi, qint64 count)
    {
        extend(lo, hi);
        summarised.emplace_back(mean, count);
        sum += (long double)mean * count;
        n += count;
    }
    // A summary without its extremes (written before version 3): the mean is known, the rest not.
    void summaryMeanOnly(double mean, qint64 count)
    {
        summary(mean, mean, mean, count);
        extremesKnown = false;
    }
    double p95()
    {
        const qint64 rank = rank95(n);
        if (summarised.empty()) { // raw samples only: select, do not sort
            std::nth_element(raw.begin(), raw.begin() + (rank - 1), raw.end());
            return raw[size_t(rank - 1)];
        }
        // Both: each sorted on its own (plain doubles sort fast), then walked together.
        std::sort(raw.begin(), raw.end());
        std::sort(summarised.begin(), summarised.end());
        qint64 seen = 0;
        size_t i = 0, j = 0;
        while (i < raw.size() || j < summarised.size()) {
            const bool fromRaw = j == summarised.size() || (i < raw.size() && raw[i] <= summarised[j].first);
            const double v = fromRaw ? raw[i++] : summarised[j].first;
            seen += fromRaw ? 1 : summarised[j++].second;
            if (seen >= rank)
                return v;
        }
        return max;
    }
    void into(double* mean, double* lo, double* hi, double* p)
    {
        if (n == 0)
            return;
        *mean = double(sum / n);
        if (!extremesKnown)
            return;
        *lo = min;
        *hi = max;
        *p = p95();
    }
};

struct Accumulator {
    Figure load, mem;
    qint64 aboveMs = 0;
    void into(NodeStats* s)
    {
        s->samples = load.n;
        load.into(&s->loadMean, &s->loadMin, &s->loadMax, &s->loadP95);
        mem.into(&s->memMean, &s->memMin, &s->memMax, &s->memP95);
        s->aboveMs = aboveMs;
        load = {}; // the samples' memory back at once (a week of raw samples is large)
        mem = {};
    }
};

// A sample waiting for the next one of its node (or of the cluster) to know how long it stood.
struct Pending {
    qint64 ts = -1; // -1: none
    double load = 0, mem = 0;
    bool counts = false;
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

qint64 StoreReader::sampleInterval()
{
    sql::Statement m = m_db.prepare("SELECT value FROM meta WHERE key = 'interval_ms'");
    if (m.step()) {
        bool ok = false;
        const qint64 ms = m.text(0).toLongLong(&ok);
        if (ok && ms > 0)
            return ms;
    }
    // A file from before the recorder said: the usual gap between its first instants.
    sql::Statement q = m_db.prepare(m_version >= 2 ? "SELECT ts FROM cluster_sample ORDER BY ts LIMIT 201"
                                                   : "SELECT DISTINCT ts FROM node_sample ORDER BY ts LIMIT 201");
    std::vector<qint64> gaps;
    qint64 last = -1;
    while (q.step()) {
        const qint64 ts = q.int64(0);
        if (last >= 0 && ts > last)
            gaps.push_back(ts - last);
        last = ts;
    }
    if (gaps.empty()) {
        // Raw samples all gone: a full minute holds one sample per interval.
        sql::Statement n = m_db.prepare("SELECT max(n) FROM (SELECT n FROM rollup WHERE tier = 60 LIMIT 1000)");
        if (n.step() && !n.isNull(0) && n.int64(0) > 0)
            return 60000 / n.int64(0);
        return 5000; // the collector's default
    }
    std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
    return gaps[gaps.size() / 2];
}

namespace
{

// The figures of a range (loadFigures), in the three steps it takes: which summaries stand for
// what the raw samples no longer hold, then those summaries, then the raw samples.
class FigureWalk
{
public:
    FigureWalk(sql::Database& db, int version, qint64 interval, RangeStats* r)
        : m_db(db)
        , m_version(version)
        , interval(interval)
        , r(r)
        , acc(size_t(r->nodes.size()))
    {
        for (int i = 0; i < r->nodes.size(); ++i)
            index.insert(r->nodes[i].node, i);
    }
    /// Sets the range's summary tier and where the raw samples take over (returned).
    qint64 chooseTier();
    void addSummaries(qint64 rawFrom);
    void addRawSamples(qint64 rawFrom);
    void finish()
    {
        for (int i = 0; i < r->nodes.size(); ++i)
            acc[size_t(i)].into(&r->nodes[i]);
        cluster.into(&r->cluster);
    }

private:
    void seen(qint64 from, qint64 to)
    {
        r->firstSample = r->firstSample < 0 ? from : std::min(r->firstSample, from);
        r->lastSample = std::max(r->lastSample, to);
    }

    sql::Database& m_db;
    const int m_version;
    const qint64 interval;
    RangeStats* const r;
    QHash<NodeId, int> index;
    std::vector<Accumulator> acc;
    Accumulator cluster;
};

qint64 FigureWalk::chooseTier()
{
    // Raw samples wherever they are kept. Retention deletes the oldest; the summaries then stand
    // for what went, in whole buckets: the bucket that holds the first raw sample left lost some
    // of its samples, so raw samples take over at the end of that bucket.
    sql::Statement first = m_db.prepare("SELECT min(ts) FROM node_sample");
    const qint64 rawStart = first.step() && !first.isNull(0) ? first.int64(0) : std::numeric_limits<qint64>::max();
    first.reset();
    // Is anything older than rawStart kept in a summary only? (node_id IN …: a seek per node in
    // the key (tier, node_id, ts), not a scan of the tier.)
    sql::Statement older = m_db.prepare(
        "SELECT 1 FROM rollup WHERE tier = ?1 AND node_id IN (SELECT id FROM node) AND ts < ?2 AND n > 0 LIMIT 1");
    sql::Statement bucketN
        = m_db.prepare("SELECT sum(n) FROM rollup WHERE tier = ?1 AND node_id IN (SELECT id FROM node) AND ts = ?2");
    sql::Statement rawN = m_db.prepare(
        "SELECT count(*) FROM node_sample WHERE ts >= ?1 AND ts < ?2 AND up AND load IS NOT NULL AND load >= 0");
    auto summarisedBefore = [&](int tier, qint64 t) {
        older.bind(1, qint64(tier)).bind(2, t);
        const bool found = older.step();
        older.reset();
        return found;
    };
    bool rawComplete = true;
    if (rawStart != std::numeric_limits<qint64>::max()) {
        for (int tier : store::kTiers) {
            const qint64 width = qint64(tier) * 1000;
            const qint64 b = alignDown(rawStart, width);
            if (summarisedBefore(tier, b)) {
                rawComplete = false;
                break;
            }
            bucketN.bind(1, qint64(tier)).bind(2, b);
            const qint64 inBucket = bucketN.step() && !bucketN.isNull(0) ? bucketN.int64(0) : 0;
            bucketN.reset();
            rawN.bind(1, b).bind(2, b + width);
            const qint64 raw = rawN.step() ? rawN.int64(0) : 0;
            rawN.reset();
            if (inBucket > raw) {
                rawComplete = false;
                break;
            }
        }
    } else {
        rawComplete = false; // nothing raw: whatever is kept is in summaries
    }
    qint64 rawFrom = r->from;
    if (!rawComplete && r->from < rawStart) {
        // Of the tiers that keep something from before the raw samples: the finest that reaches
        // back to the range's start, else the finest that reaches (within an hour) as far back as
        // any does.
        std::array<qint64, store::kTiers.size()> firstBucket;
        qint64 furthest = std::numeric_limits<qint64>::max();
        for (size_t k = 0; k < store::kTiers.size(); ++k) {
            sql::Statement q = m_db.prepare(m_version >= 2 ? "SELECT min(ts) FROM cluster_rollup WHERE tier = ?1"
                                                           : "SELECT min(ts) FROM rollup WHERE tier = ?1");
            q.bind(1, qint64(store::kTiers[k]));
            const qint64 width = qint64(store::kTiers[k]) * 1000;
            const qint64 before = rawStart == std::numeric_limits<qint64>::max() ? alignUp(r->to, width)
                                                                                 : alignDown(rawStart, width) + 1;
            firstBucket[k] = q.step() && !q.isNull(0) && q.int64(0) < std::min(before, alignUp(r->to, width))
                ? q.int64(0)
                : std::numeric_limits<qint64>::max();
            furthest = std::min(furthest, firstBucket[k]);
        }
        // At most kMaxBuckets per node, as a chart reads them: a month of minutes is two million
        // rows of a 64-node cluster, its ten minutes a tenth (min and max stay exact either way).
        int chosen = 0;
        const qint64 summarisedSpan = std::min(rawStart, r->to)
            - std::max(r->from, std::min({ firstBucket[0], firstBucket[1], firstBucket[2] }));
        for (size_t k = 0; k < store::kTiers.size() && !chosen; ++k) {
            const bool few
                = summarisedSpan / (qint64(store::kTiers[k]) * 1000) <= kMaxBuckets || k + 1 == store::kTiers.size();
            if (few && firstBucket[k] <= alignDown(r->from, qint64(store::kTiers[k]) * 1000))
                chosen = store::kTiers[k];
        }
        for (size_t k = 0; k < store::kTiers.size() && !chosen; ++k) {
            if (firstBucket[k] != std::numeric_limits<qint64>::max() && firstBucket[k] <= furthest + 3600 * 1000)
                chosen = store::kTiers[k];
        }
        if (chosen) {
            const qint64 width = qint64(chosen) * 1000;
            r->tier = chosen;
            r->summaryFrom = alignDown(r->from, width);
            rawFrom = rawStart == std::numeric_limits<qint64>::max()
                ? alignUp(r->to, width)
                : std::min(alignUp(rawStart, width), alignUp(r->to, width));
        }
    }

    return rawFrom;
}

void FigureWalk::addSummaries(qint64 rawFrom)
{
    if (!r->tier)
        return;
    const qint64 width = qint64(r->tier) * 1000;
    const qint64 a = r->summaryFrom, b = rawFrom;
    // A summary stands above the threshold for all its samples when even its least sample was
    // above it, for none when its largest was not, and by its mean between.
    auto above = [&](double mean, double lo, double hi, qint64 n) {
        const bool hot = lo > r->threshold || (hi > r->threshold && mean > r->threshold);
        return hot ? std::min(n * interval, width) : 0;
    };
    sql::Statement q
        = m_db.prepare("SELECT node_id, ts, n, load_avg, load_min, load_max, mem_avg, mem_min, mem_max FROM rollup "
                       "WHERE tier = ?3 AND node_id IN (SELECT id FROM node) AND ts >= ?1 AND ts < ?2 AND n > 0");
    q.bind(1, a).bind(2, b).bind(3, qint64(r->tier));
    while (q.step()) {
        const auto it = index.constFind(NodeId(q.int64(0)));
        if (it == index.cend())
            continue;
        Accumulator& x = acc[size_t(it.value())];
        const qint64 n = q.int64(2);
        x.load.summary(q.real(3), q.real(4), q.real(5), n);
        x.mem.summary(q.real(6), q.real(7), q.real(8), n);
        x.aboveMs += above(q.real(3), q.real(4), q.real(5), n);
        seen(q.int64(1), q.int64(1));
    }
    if (m_version >= 3) {
        sql::Statement c
            = m_db.prepare("SELECT live_n, mean_sum, mean_min, mean_max, live_mem_sum, live_mem_min, live_mem_max, n, "
                           "load_sum, up_sum, mem_sum FROM cluster_rollup WHERE tier = ?3 AND ts >= ?1 AND ts < ?2");
        c.bind(1, a).bind(2, b).bind(3, qint64(r->tier));
        while (c.step()) {
            if (c.isNull(0)) { // upgraded after its intervals were gone: the means alone
                if (c.int64(9) > 0) {
                    cluster.load.summaryMeanOnly(c.real(8) / c.int64(9), c.int64(7));
                    cluster.mem.summaryMeanOnly(c.real(10) / c.int64(7), c.int64(7));
                }
                continue;
            }
            const qint64 n = c.int64(0);
            if (n == 0)
                continue;
            const double mean = c.real(1) / n;
            cluster.load.summary(mean, c.real(2), c.real(3), n);
            cluster.mem.summary(c.real(4) / n, c.real(5), c.real(6), n);
            cluster.aboveMs += above(mean, c.real(2), c.real(3), n);
        }
    } else {
        // Before version 3 the summaries keep no figure of the cluster per interval.
        static const char* const kV2 = "SELECT load_sum / up_sum, mem_sum / n, n FROM cluster_rollup "
                                       "WHERE tier = ?3 AND ts >= ?1 AND ts < ?2 AND up_sum > 0";
        static const char* const kV1 = "SELECT sum(load_avg * n) / sum(n), sum(mem_avg), max(n) FROM rollup "
                                       "WHERE tier = ?3 AND ts >= ?1 AND ts < ?2 AND n > 0 GROUP BY ts";
        sql::Statement c = m_db.prepare(m_version >= 2 ? kV2 : kV1);
        c.bind(1, a).bind(2, b).bind(3, qint64(r->tier));
        while (c.step()) {
            cluster.load.summaryMeanOnly(c.real(0), c.int64(2));
            cluster.mem.summaryMeanOnly(c.real(1), c.int64(2));
        }
    }
    r->clusterExtremesKnown = cluster.load.extremesKnown;
}

void FigureWalk::addRawSamples(qint64 rawFrom)
{
    // Raw samples, in time order (the key): each waits for its node's next sample to know how
    // long it stood.
    const qint64 a = std::max(r->from, rawFrom);
    if (a < r->to) {
        std::vector<Pending> pending(acc.size());
        auto settle = [&](Accumulator& x, const Pending& p, qint64 next) {
            if (p.ts < 0 || !p.counts)
                return;
            x.load.sample(p.load);
            x.mem.sample(p.mem);
            if (p.load > r->threshold)
                x.aboveMs += std::min(next - p.ts, interval);
        };
        // A week of a large cluster is millions of rows: plain columns, a node's slot by its id.
        std::vector<int> slot;
        for (auto it = index.cbegin(); it != index.cend(); ++it)
            if (it.key() >= 0 && it.key() < 65536) {
                if (size_t(it.key()) >= slot.size())
                    slot.resize(size_t(it.key()) + 1, -1);
                slot[size_t(it.key())] = it.value();
            }
        sql::Statement q = m_db.prepare(
            "SELECT node_id, ts, up, load, mem_used FROM node_sample WHERE ts >= ?1 AND ts < ?2 ORDER BY ts");
        q.bind(1, a).bind(2, r->to);
        qint64 firstTs = -1, lastTs = -1;
        while (q.step()) {
            const qint64 id = q.int64(0);
            int i = id >= 0 && size_t(id) < slot.size() ? slot[size_t(id)] : -1;
            if (i < 0) {
                const auto it = index.constFind(NodeId(id));
                if (it == index.cend())
                    continue;
                i = it.value();
            }
            const qint64 ts = q.int64(1);
            settle(acc[size_t(i)], pending[size_t(i)], ts);
            const bool counts = q.int64(2) != 0 && !q.isNull(3) && q.real(3) >= 0;
            pending[size_t(i)]
                = { ts, counts ? q.real(3) : 0, counts ? double(std::max<qint64>(0, q.int64(4))) : 0, counts };
            if (firstTs < 0)
                firstTs = ts;
            lastTs = ts;
        }
        if (firstTs >= 0)
            seen(firstTs, lastTs);
        for (size_t i = 0; i < acc.size(); ++i)
            settle(acc[i], pending[i], r->to);

        // The cluster's figure per instant: the mean load of the nodes up then, the memory used
        // in all. A version 1 file (read-only, never upgraded) has no cluster rows: from its nodes.
        static const char* const kCluster = "SELECT ts, nodes_up > 0, load_sum / nodes_up, mem_used "
                                            "FROM cluster_sample WHERE ts >= ?1 AND ts < ?2 ORDER BY ts";
        static const char* const kClusterV1
            = "SELECT ts, count(CASE WHEN up AND load >= 0 THEN 1 END) > 0, avg(CASE WHEN up AND load >= 0 THEN "
              "load END), sum(CASE WHEN up AND load >= 0 THEN max(0, ifnull(mem_used, 0)) END) FROM node_sample "
              "WHERE ts >= ?1 AND ts < ?2 GROUP BY ts ORDER BY ts";
        sql::Statement c = m_db.prepare(m_version >= 2 ? kCluster : kClusterV1);
        c.bind(1, a).bind(2, r->to);
        Pending last;
        while (c.step()) {
            const qint64 ts = c.int64(0);
            settle(cluster, last, ts);
            last = { ts, c.real(2), double(c.int64(3)), c.int64(1) != 0 };
        }
        settle(cluster, last, r->to);
    }
}

} // namespace

void StoreReader::loadFigures(RangeStats* r)
{
    r->intervalMs = sampleInterval();
    FigureWalk walk(m_db, m_version, r->intervalMs, r);
    r->rawFrom = walk.chooseTier();
    walk.addSummaries(r->rawFrom);
    walk.addRawSamples(r->rawFrom);
    walk.finish();
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
