// Statistics and the processes at a moment, checked against brute force (issue 25).
//
// A recording whose truth is known by construction — load steps, spikes of one sample, outages,
// nodes that join late, two stretches the recorder missed, jobs that start, move and end — is
// written through the product's StoreWriter; retention then drops the raw samples of its first
// part and the finer summaries of an earlier part. Hundreds of random ranges (inside, across the
// start and the end, shorter than a minute, across the raw/summary boundary, wholly summarised,
// outside) are then asked of StoreReader::statistics and compared with figures this file computes
// from the generated truth in memory — never from the database — by the rules store.h documents
// (NodeStats, RangeStats::tier). The same for processesAt and momentAt against the jobs.
//
// OMV_ORACLE_SEED and OMV_ORACLE_RANGES run it with another seed or more ranges (the default run
// is fixed: seed 25, 400 ranges, 150 moments).
#include "core/store/store.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

using namespace omv;

namespace
{

constexpr qint64 kT0 = Q_INT64_C(1767225600000) + 17300; // 2026-01-01 00:00:17.3: not on a minute
constexpr qint64 kInterval = 2000;
constexpr qint64 kMinute = 60000, kHour = 3600000;
constexpr int kSlots = 4 * 3600 * 1000 / kInterval; // four hours
constexpr int kNodes = 4;
constexpr std::array<int, 3> kTierSeconds { 60, 600, 3600 };

struct NodeTruth {
    bool present = false, up = false;
    double load = 0;
    qint64 mem = 0;
    bool counts() const { return present && up; }
};

struct Proc {
    NodeId home = 0;
    int pid = 0;
    NodeId node = 0;
    bool operator<(const Proc& o) const { return std::tie(home, pid) < std::tie(o.home, o.pid); }
};

struct Instant {
    qint64 ts = 0;
    std::array<NodeTruth, kNodes> nodes;
    std::vector<Proc> procs; // sorted by (home, pid)
};

qint64 alignDown(qint64 t, qint64 w)
{
    return t - (((t % w) + w) % w);
}
qint64 alignUp(qint64 t, qint64 w)
{
    return alignDown(t, w) == t ? t : alignDown(t, w) + w;
}

struct Recording {
    std::vector<Instant> instants;
    qint64 rawCut = 0; // raw samples before this are deleted
    std::array<qint64, 3> tierCut {}; // summaries (bucket start) before this are deleted; 0: kept
};

Recording generate(quint32 seed)
{
    QRandomGenerator rng(seed);
    Recording rec;
    const std::array<int, kNodes> join { 0, 0, int(rng.bounded(10, 2000)), int(rng.bounded(3000, 6000)) };
    std::array<int, kNodes> segmentLeft {}, downLeft {};
    std::array<double, kNodes> level {};
    std::array<qint64, kNodes> mem {};
    for (int j = 0; j < kNodes; ++j)
        mem[size_t(j)] = qint64(rng.bounded(200, 3000)) << 20;
    struct Job {
        Proc p;
        int endSlot = 0;
    };
    std::vector<Job> jobs;
    std::array<int, kNodes> nextPid { 1000, 1000, 1000, 1000 };
    for (int slot = 0; slot < kSlots; ++slot) {
        // Two stretches the recorder missed (stopped, say): nothing is recorded then.
        const bool missed = (slot >= 1000 && slot < 1130) || (slot >= 5000 && slot < 5021);
        Instant in;
        in.ts = kT0 + slot * kInterval + rng.bounded(40); // a few ms late, as a real recorder is
        for (int j = 0; j < kNodes; ++j) {
            NodeTruth& n = in.nodes[size_t(j)];
            n.present = slot >= join[size_t(j)];
            if (!n.present)
                continue;
            if (segmentLeft[size_t(j)]-- <= 0) { // a step: a new level for a while
                segmentLeft[size_t(j)] = int(rng.bounded(5, 400));
                const int kind = int(rng.bounded(6));
                level[size_t(j)] = kind == 0 ? 0 : kind == 1 ? 75 : double(rng.bounded(0, 6100)) / 10;
            }
            if (downLeft[size_t(j)] > 0)
                --downLeft[size_t(j)];
            else if (rng.bounded(1000) < 2)
                downLeft[size_t(j)] = int(rng.bounded(3, 200));
            n.up = downLeft[size_t(j)] == 0;
            n.load = rng.bounded(250) == 0 ? double(rng.bounded(1000, 9000)) / 10 : level[size_t(j)]; // spikes
            mem[size_t(j)] = std::clamp<qint64>(
                mem[size_t(j)] + (qint64(rng.bounded(2001)) - 1000) * 4096, qint64(64) << 20, qint64(7) << 30);
            n.mem = mem[size_t(j)];
        }
        // Jobs: start on an up node, move now and then, end; one on a node that goes away moves.
        auto upNodes = [&] {
            std::vector<NodeId> ids;
            for (int j = 0; j < kNodes; ++j)
                if (in.nodes[size_t(j)].counts())
                    ids.push_back(NodeId(j + 1));
            return ids;
        };
        const std::vector<NodeId> up = upNodes();
        if (!up.empty() && rng.bounded(100) < 25) {
            const NodeId home = up[rng.bounded(int(up.size()))];
            jobs.push_back({ { home, nextPid[size_t(home - 1)]++, home }, slot + int(rng.bounded(5, 1800)) });
        }
        std::vector<Job> alive;
        for (Job& job : jobs) {
            if (slot >= job.endSlot)
                continue;
            const bool hereUp = in.nodes[size_t(job.p.node - 1)].counts();
            if (!hereUp || rng.bounded(1000) < 3) {
                if (up.empty())
                    continue; // nowhere to go: it ends
                job.p.node = up[rng.bounded(int(up.size()))];
            }
            alive.push_back(job);
        }
        jobs.swap(alive);
        if (missed)
            continue;
        for (const Job& job : jobs)
            in.procs.push_back(job.p);
        std::sort(in.procs.begin(), in.procs.end());
        rec.instants.push_back(in);
    }
    // Raw samples kept for the last 1 h 30; minutes for the last 2 h 20; ten minutes for the last
    // 3 h 10; hours always.
    const qint64 end = rec.instants.back().ts;
    rec.rawCut = end - 90 * kMinute;
    rec.tierCut = { end - 140 * kMinute, end - 190 * kMinute, 0 };
    return rec;
}

bool record(const Recording& rec, const QString& path, QString* error)
{
    StoreWriter w;
    if (!w.open(path, error) || !w.setSampleInterval(kInterval, error))
        return false;
    for (const Instant& in : rec.instants) {
        ClusterSnapshot s;
        s.timeMs = in.ts;
        s.backend = QStringLiteral("openmosix");
        for (int j = 0; j < kNodes; ++j) {
            const NodeTruth& t = in.nodes[size_t(j)];
            if (!t.present)
                continue;
            NodeSample n;
            n.id = NodeId(j + 1);
            n.addresses = QStringList { QStringLiteral("127.0.1.%1").arg(j + 1) };
            n.up = t.up;
            if (t.up) {
                n.loadPercent = t.load;
                n.loadRaw = qint64(t.load * 10);
                n.speed = 10000;
                n.cpus = 2;
                n.memTotal = qint64(8) << 30;
                n.memFree = n.memTotal - t.mem;
            }
            s.nodes << n;
        }
        for (const Proc& p : in.procs) {
            ProcessInfo info;
            info.homeNode = p.home;
            info.pid = p.pid;
            info.node = p.node;
            info.uid = 1000;
            info.user = QStringLiteral("alice");
            info.argv = QStringList { QStringLiteral("job%1").arg(p.pid) };
            info.name = info.argv.first();
            s.processes << info;
        }
        if (!w.record(s, error))
            return false;
    }
    const qint64 now = rec.instants.back().ts + 1;
    Retention keep;
    keep.rawMs = now - rec.rawCut;
    keep.tier60Ms = now - rec.tierCut[0];
    keep.tier600Ms = now - rec.tierCut[1];
    keep.tier3600Ms = 0;
    keep.processMs = 0;
    return w.applyRetention(now, keep, error);
}

// ---- the brute force ----

struct Figure {
    qint64 n = 0;
    long double sum = 0;
    std::optional<double> min, max;
    std::vector<std::pair<double, qint64>> values; // a sample's value (1), a summary's mean (its samples)
    void add(double v, qint64 count, double lo, double hi)
    {
        n += count;
        sum += (long double)v * count;
        min = min ? std::min(*min, lo) : lo;
        max = max ? std::max(*max, hi) : hi;
        values.emplace_back(v, count);
    }
    double p95()
    {
        std::sort(values.begin(), values.end());
        const long double want = 0.95L * n; // the nearest rank: the first value with 95 % at or below
        qint64 seen = 0;
        for (const auto& [v, c] : values) {
            seen += c;
            if ((long double)seen >= want - 1e-9L)
                return v;
        }
        return values.back().first;
    }
};

struct Expected {
    Figure load, mem;
    qint64 aboveMs = 0;
    qint64 downMs = 0;
    int outages = 0;
    int in = 0, out = 0, started = 0;
};

struct Plan {
    int tier = 0;
    qint64 summaryFrom = -1, rawFrom = 0;
};

class Oracle
{
public:
    explicit Oracle(const Recording& rec)
        : m_rec(rec)
    {
        for (const Instant& in : rec.instants)
            for (const Proc& p : in.procs)
                m_seen[{ p.home, p.pid }].push_back({ in.ts, p.node });
        for (const auto& [key, seen] : m_seen) {
            m_starts.push_back({ seen.front().first, key.first });
            for (size_t i = 1; i < seen.size(); ++i)
                if (seen[i].second != seen[i - 1].second)
                    m_moves.push_back({ seen[i].first, { seen[i - 1].second, seen[i].second } });
        }
    }

    Plan plan(qint64 from, qint64 to) const
    {
        Plan p;
        p.rawFrom = from;
        const qint64 rawStart = firstRawTs();
        if (from >= rawStart)
            return p;
        // Per tier, the first kept bucket that holds something from before the raw samples.
        std::array<qint64, 3> first;
        qint64 furthest = std::numeric_limits<qint64>::max();
        for (size_t k = 0; k < 3; ++k) {
            const qint64 w = qint64(kTierSeconds[k]) * 1000;
            first[k] = std::numeric_limits<qint64>::max();
            for (const Instant& in : m_rec.instants) {
                const qint64 b = alignDown(in.ts, w);
                if (b >= m_rec.tierCut[k]) {
                    if (b < std::min(alignDown(rawStart, w) + 1, alignUp(to, w)))
                        first[k] = b;
                    break;
                }
            }
            furthest = std::min(furthest, first[k]);
        }
        for (size_t k = 0; k < 3 && !p.tier; ++k)
            if (first[k] <= alignDown(from, qint64(kTierSeconds[k]) * 1000))
                p.tier = kTierSeconds[k];
        for (size_t k = 0; k < 3 && !p.tier; ++k)
            if (first[k] != std::numeric_limits<qint64>::max() && first[k] <= furthest + kHour)
                p.tier = kTierSeconds[k];
        if (p.tier) {
            const qint64 w = qint64(p.tier) * 1000;
            p.summaryFrom = alignDown(from, w);
            p.rawFrom = std::min(alignUp(rawStart, w), alignUp(to, w));
        }
        return p;
    }

    qint64 firstRawTs() const
    {
        for (const Instant& in : m_rec.instants)
            if (in.ts >= m_rec.rawCut)
                return in.ts;
        return std::numeric_limits<qint64>::max();
    }

    // Node j (0-based), or the cluster with j = -1.
    Expected expect(int j, qint64 from, qint64 to, double threshold, const Plan& plan) const
    {
        Expected e;
        const auto& ins = m_rec.instants;
        auto value = [&](const Instant& in, double* load, double* mem) {
            if (j >= 0) {
                const NodeTruth& t = in.nodes[size_t(j)];
                *load = t.load;
                *mem = double(t.mem);
                return t.counts();
            }
            double sum = 0;
            qint64 used = 0;
            int up = 0;
            for (const NodeTruth& t : in.nodes)
                if (t.counts()) {
                    sum += t.load;
                    used += t.mem;
                    ++up;
                }
            *load = up ? sum / up : 0;
            *mem = double(used);
            return up > 0;
        };
        auto recorded = [&](const Instant& in) { return j < 0 || in.nodes[size_t(j)].present; };
        // Summaries: bucket by bucket of the plan's tier, over the buckets retention kept.
        if (plan.tier) {
            const qint64 w = qint64(plan.tier) * 1000;
            const qint64 cut = m_rec.tierCut[size_t(
                std::find(kTierSeconds.begin(), kTierSeconds.end(), plan.tier) - kTierSeconds.begin())];
            struct Bucket {
                qint64 n = 0;
                double load = 0, mem = 0; // sums in time order
                Figure loads, mems;
            };
            std::map<qint64, Bucket> buckets;
            for (const Instant& in : ins) {
                double l, m;
                const qint64 b = alignDown(in.ts, w);
                if (in.ts < plan.summaryFrom || in.ts >= plan.rawFrom || b < cut || !recorded(in) || !value(in, &l, &m))
                    continue;
                Bucket& x = buckets[b];
                ++x.n;
                x.load += l;
                x.mem += m;
                x.loads.add(l, 1, l, l);
                x.mems.add(m, 1, m, m);
            }
            for (auto& [b, x] : buckets) {
                const Figure& f = x.loads;
                const double mean = x.load / x.n;
                e.load.add(mean, f.n, *f.min, *f.max);
                e.mem.add(x.mem / x.n, x.n, *x.mems.min, *x.mems.max);
                const bool hot = *f.min > threshold || (*f.max > threshold && mean > threshold);
                if (hot)
                    e.aboveMs += std::min(f.n * kInterval, w);
            }
        }
        // Raw samples: each stands for the time to its node's next recorded sample, at most one
        // interval, never past the range's end.
        const qint64 a = std::max(from, plan.rawFrom);
        for (size_t i = 0; i < ins.size(); ++i) {
            const Instant& in = ins[i];
            double l, m;
            if (in.ts < a || in.ts >= to || in.ts < m_rec.rawCut || !recorded(in) || !value(in, &l, &m))
                continue;
            qint64 next = to;
            for (size_t k = i + 1; k < ins.size(); ++k)
                if (recorded(ins[k])) {
                    next = std::min(next, ins[k].ts);
                    break;
                }
            e.load.add(l, 1, l, l);
            e.mem.add(m, 1, m, m);
            if (l > threshold)
                e.aboveMs += std::min(next - in.ts, kInterval);
        }
        // Down spells: from the first recorded sample down to the next one up (a spell that lasts
        // to the end lasts to the range's end), the part inside the range.
        auto spells = [&](int node, Expected* x) {
            qint64 since = -1;
            auto close = [&](qint64 end) {
                const qint64 s = std::max(since, from), t = std::min(end, to);
                if (t > s) {
                    x->downMs += t - s;
                    ++x->outages;
                }
            };
            for (const Instant& in : ins) {
                const NodeTruth& t = in.nodes[size_t(node)];
                if (!t.present)
                    continue;
                if (!t.up && since < 0)
                    since = in.ts;
                else if (t.up && since >= 0) {
                    close(in.ts);
                    since = -1;
                }
            }
            if (since >= 0)
                close(to);
        };
        // Moves and starts from each job's instants.
        for (const auto& [ts, home] : m_starts)
            if (ts >= from && ts < to && (j < 0 || home == NodeId(j + 1)))
                ++e.started;
        for (const auto& [ts, move] : m_moves) {
            if (ts < from || ts >= to)
                continue;
            if (j < 0 || move.first == NodeId(j + 1))
                ++e.out;
            if (j < 0 || move.second == NodeId(j + 1))
                ++e.in;
        }
        if (j >= 0) {
            spells(j, &e);
        } else {
            for (int k = 0; k < kNodes; ++k)
                spells(k, &e);
        }
        return e;
    }

    // The processes recorded at t: those of the last recorded instant at or before it.
    const Instant* at(qint64 t) const
    {
        const Instant* last = nullptr;
        for (const Instant& in : m_rec.instants) {
            if (in.ts > t)
                break;
            last = &in;
        }
        return last;
    }
    // How often (home, pid) had moved by instant t, and since when it was where it was then.
    std::pair<int, qint64> movesUntil(const Proc& p, qint64 t) const
    {
        int moves = 0;
        qint64 since = -1;
        NodeId last = 0;
        for (const auto& [ts, node] : m_seen.at({ p.home, p.pid })) { // its instants: one job, no gaps
            if (ts > t)
                break;
            if (last == 0)
                since = ts;
            else if (last != node) {
                ++moves;
                since = ts;
            }
            last = node;
        }
        return { moves, since };
    }

private:
    const Recording& m_rec;
    std::map<std::pair<NodeId, int>, std::vector<std::pair<qint64, NodeId>>> m_seen; // each job's instants
    std::vector<std::pair<qint64, NodeId>> m_starts; // when each job was first seen, and its home
    std::vector<std::pair<qint64, std::pair<NodeId, NodeId>>> m_moves; // when, from, to
};

QString describe(qint64 from, qint64 to, int node)
{
    return QStringLiteral("range [%1 s, %2 s) of the recording, %3")
        .arg(double(from - kT0) / 1000)
        .arg(double(to - kT0) / 1000)
        .arg(node < 0 ? QStringLiteral("cluster") : QStringLiteral("node %1").arg(node + 1));
}

bool near(double got, double want)
{
    return std::abs(got - want) <= 1e-9 * std::max(1.0, std::abs(want));
}

} // namespace

class TestStatsOracle : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Recording m_rec;
    QString m_path;
    StoreReader m_reader; // the product's, on the recording
    quint32 m_seed = 25;

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("OMV_ORACLE_SEED"))
            m_seed = quint32(qEnvironmentVariableIntValue("OMV_ORACLE_SEED"));
        qInfo("seed %u", m_seed);
        m_rec = generate(m_seed);
        m_path = m_dir.path() + QStringLiteral("/recording.db");
        QString error;
        QVERIFY2(record(m_rec, m_path, &error), qPrintable(error));
        QVERIFY2(m_reader.open(m_path, &error), qPrintable(error));
    }

    void statisticsEqualTheBruteForce()
    {
        const int ranges
            = qEnvironmentVariableIsSet("OMV_ORACLE_RANGES") ? qEnvironmentVariableIntValue("OMV_ORACLE_RANGES") : 400;
        QRandomGenerator rng(m_seed * 7919 + 1);
        StoreReader& r = m_reader;
        const Oracle oracle(m_rec);
        const qint64 first = m_rec.instants.front().ts, last = m_rec.instants.back().ts;
        const qint64 rawStart = oracle.firstRawTs();
        std::map<int, int> tiersSeen;
        int beforeAndAfter = 0;
        for (int i = 0; i < ranges; ++i) {
            // Kinds of range, in turn: anywhere; across the file's start or end; shorter than a
            // minute; across the raw/summary boundary; raw only; the whole file and more.
            qint64 from = 0, to = 0;
            const qint64 span = last - first;
            switch (i % 7) {
            case 0:
                from = first + qint64(rng.bounded(double(span)));
                to = from + 1 + qint64(rng.bounded(double(span)));
                break;
            case 1:
                from = first - qint64(rng.bounded(double(kHour)));
                to = first + qint64(rng.bounded(double(span)));
                break;
            case 2:
                from = first + qint64(rng.bounded(double(span)));
                to = last + qint64(rng.bounded(double(kHour)));
                break;
            case 3:
                from = first - 5000 + qint64(rng.bounded(double(span + 10000)));
                to = from + 1 + qint64(rng.bounded(double(kMinute)));
                break;
            case 4:
                from = rawStart - qint64(rng.bounded(double(40 * kMinute)));
                to = rawStart + qint64(rng.bounded(double(40 * kMinute)));
                break;
            case 5:
                from = rawStart + qint64(rng.bounded(double(last - rawStart)));
                to = from + 1 + qint64(rng.bounded(double(30 * kMinute)));
                break;
            case 6:
                from = first - qint64(rng.bounded(double(3 * kHour)));
                to = last + 1 + qint64(rng.bounded(double(3 * kHour)));
                ++beforeAndAfter;
                break;
            }
            const double threshold = i % 5 == 0 ? double(rng.bounded(10, 400)) : 75.0;
            const RangeStats st = r.statistics(from, to, threshold);
            const Plan plan = oracle.plan(from, to);
            QVERIFY2(st.tier == plan.tier,
                qPrintable(
                    describe(from, to, -1) + QStringLiteral(": tier %1, expected %2").arg(st.tier).arg(plan.tier)));
            ++tiersSeen[st.tier];
            QCOMPARE(st.intervalMs, kInterval);
            if (plan.tier) {
                QCOMPARE(st.summaryFrom, plan.summaryFrom);
                QCOMPARE(st.rawFrom, plan.rawFrom);
            }
            QCOMPARE(st.nodes.size(), kNodes);
            for (int j = -1; j < kNodes; ++j) {
                const NodeStats& got = j < 0 ? st.cluster : st.nodes[j];
                Expected want = oracle.expect(j, from, to, threshold, plan);
                const QString where = describe(from, to, j);
                QVERIFY2(got.samples == want.load.n,
                    qPrintable(where + QStringLiteral(": %1 samples, expected %2").arg(got.samples).arg(want.load.n)));
                if (want.load.n == 0) {
                    QVERIFY2(got.loadMean < 0 && got.loadMax < 0 && got.memMean < 0, qPrintable(where));
                } else {
                    QVERIFY2(near(got.loadMean, double(want.load.sum / want.load.n)),
                        qPrintable(where
                            + QStringLiteral(": mean %1, expected %2")
                                  .arg(got.loadMean, 0, 'g', 17)
                                  .arg(double(want.load.sum / want.load.n), 0, 'g', 17)));
                    QVERIFY2(got.loadMax == *want.load.max,
                        qPrintable(
                            where + QStringLiteral(": max %1, expected %2").arg(got.loadMax).arg(*want.load.max)));
                    QVERIFY2(got.loadMin == *want.load.min,
                        qPrintable(
                            where + QStringLiteral(": min %1, expected %2").arg(got.loadMin).arg(*want.load.min)));
                    const double p95 = want.load.p95();
                    // A summary's mean, not a sample, may be the percentile: the same sum in another order.
                    QVERIFY2(plan.tier ? near(got.loadP95, p95) : got.loadP95 == p95,
                        qPrintable(where + QStringLiteral(": p95 %1, expected %2").arg(got.loadP95).arg(p95)));
                    QVERIFY2(near(got.memMean, double(want.mem.sum / want.mem.n)),
                        qPrintable(where + QStringLiteral(": memory mean")));
                    QVERIFY2(got.memMax == *want.mem.max && got.memMin == *want.mem.min,
                        qPrintable(where + QStringLiteral(": memory extremes")));
                    const double memP95 = want.mem.p95();
                    QVERIFY2(plan.tier ? near(got.memP95, memP95) : got.memP95 == memP95,
                        qPrintable(where + QStringLiteral(": memory p95")));
                }
                QVERIFY2(got.aboveMs == want.aboveMs,
                    qPrintable(where
                        + QStringLiteral(": above %1 for %2 ms, expected %3")
                              .arg(threshold)
                              .arg(got.aboveMs)
                              .arg(want.aboveMs)));
                QVERIFY2(got.downMs == want.downMs && got.outages == want.outages,
                    qPrintable(where
                        + QStringLiteral(": down %1 ms in %2, expected %3 ms in %4")
                              .arg(got.downMs)
                              .arg(got.outages)
                              .arg(want.downMs)
                              .arg(want.outages)));
                QVERIFY2(got.migrationsIn == want.in && got.migrationsOut == want.out,
                    qPrintable(where
                        + QStringLiteral(": moves in/out %1/%2, expected %3/%4")
                              .arg(got.migrationsIn)
                              .arg(got.migrationsOut)
                              .arg(want.in)
                              .arg(want.out)));
                QVERIFY2(got.processesStarted == want.started,
                    qPrintable(where
                        + QStringLiteral(": %1 started, expected %2").arg(got.processesStarted).arg(want.started)));
            }
        }
        // Every kind of source was asked for.
        qInfo() << "ranges by tier" << tiersSeen;
        for (int t : { 0, 60, 600, 3600 })
            QVERIFY2(tiersSeen[t] > 0, qPrintable(QStringLiteral("no range read tier %1").arg(t)));
        QVERIFY(beforeAndAfter > 0);
    }

    void processesAtEqualTheJobs()
    {
        const int moments
            = qEnvironmentVariableIsSet("OMV_ORACLE_RANGES") ? qEnvironmentVariableIntValue("OMV_ORACLE_RANGES") : 150;
        QRandomGenerator rng(m_seed * 104729 + 3);
        StoreReader& r = m_reader;
        const Oracle oracle(m_rec);
        const qint64 first = m_rec.instants.front().ts, last = m_rec.instants.back().ts;
        for (int i = 0; i < moments; ++i) {
            qint64 t;
            switch (i % 4) {
            case 0: // exactly a recorded instant
                t = m_rec.instants[rng.bounded(int(m_rec.instants.size()))].ts;
                break;
            case 1: // before the first, after the last
                t = i % 8 == 1 ? first - 1 - qint64(rng.bounded(double(kHour)))
                               : last + qint64(rng.bounded(double(kHour)));
                break;
            default:
                t = first + qint64(rng.bounded(double(last - first)));
            }
            const Instant* truth = oracle.at(t);
            const QVector<SpanRow> got = r.processesAt(t);
            std::set<std::tuple<NodeId, int, NodeId>> gotSet, wantSet;
            for (const SpanRow& s : got)
                gotSet.insert({ s.home, s.pid, s.node });
            if (truth)
                for (const Proc& p : truth->procs)
                    wantSet.insert({ p.home, p.pid, p.node });
            QVERIFY2(gotSet == wantSet && got.size() == int(wantSet.size()),
                qPrintable(QStringLiteral("processes at %1 s: %2, expected %3")
                               .arg(double(t - kT0) / 1000)
                               .arg(got.size())
                               .arg(wantSet.size())));
            // The history window's moment: the same processes, each with its moves so far and since
            // when it was where it was; the nodes as sampled where raw samples are kept.
            const StoreReader::Moment m = r.momentAt(t);
            std::set<std::tuple<NodeId, int, NodeId>> momentSet;
            for (const ProcessInfo& p : m.snapshot.processes) {
                momentSet.insert({ p.homeNode, p.pid, p.node });
                const auto [moves, since] = oracle.movesUntil({ p.homeNode, p.pid, p.node }, t);
                QVERIFY2(p.migrations == moves && p.sinceMs == since,
                    qPrintable(QStringLiteral("at %1 s, %2@%3: %4 moves since %5, expected %6 since %7")
                                   .arg(double(t - kT0) / 1000)
                                   .arg(p.pid)
                                   .arg(p.homeNode)
                                   .arg(p.migrations)
                                   .arg(p.sinceMs)
                                   .arg(moves)
                                   .arg(since)));
            }
            QVERIFY2(momentSet == wantSet,
                qPrintable(QStringLiteral("moment at %1 s: %2 processes, expected %3 (sample %4 s, from a summary: %5)")
                               .arg(double(t - kT0) / 1000)
                               .arg(momentSet.size())
                               .arg(wantSet.size())
                               .arg(double(m.sampleTs - kT0) / 1000)
                               .arg(m.fromRollup)));
            if (truth && truth->ts >= m_rec.rawCut) {
                QCOMPARE(m.sampleTs, truth->ts);
                QVERIFY(!m.fromRollup);
                int present = 0;
                for (const NodeSample& n : m.snapshot.nodes) {
                    const NodeTruth& want = truth->nodes[size_t(n.id - 1)];
                    QVERIFY(want.present);
                    ++present;
                    QCOMPARE(n.up, want.up);
                    if (want.up) {
                        QCOMPARE(n.loadPercent, want.load);
                        QCOMPARE(n.memUsed(), want.mem);
                    }
                }
                QCOMPARE(present, int(std::count_if(truth->nodes.begin(), truth->nodes.end(), [](const NodeTruth& n) {
                    return n.present;
                })));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestStatsOracle)
#include "tst_statsoracle.moc"
