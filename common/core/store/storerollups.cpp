#include "storewriter_p.h"

#include <algorithm>

// The summaries the writer keeps as it records: per node and for the whole cluster, one bucket
// per tier open at a time, written when a sample of the next bucket arrives (and when the file
// is rotated or closed), rebuilt from the raw samples when a file is opened again.
namespace omv
{

bool StoreWriter::Impl::writeOpenBuckets()
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

// Adds a sample to its bucket of tier t; writes the bucket that it closes.
void StoreWriter::Impl::accumulate(
    size_t t, NodeId node, qint64 ts, bool up, double load, qint64 memUsed, qint64 memTotal, bool writeClosed)
{
    accumulateInto(buckets[node][t], t, node, ts, up, load, memUsed, memTotal, writeClosed);
}

void StoreWriter::Impl::accumulateInto(Bucket& b, size_t t, NodeId node, qint64 ts, bool up, double load,
    qint64 memUsed, qint64 memTotal, bool writeClosed)
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
    b.memTotalSum += double(std::max<qint64>(0, memTotal));
}

bool StoreWriter::Impl::writeBucket(size_t t, NodeId node, const Bucket& b)
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
        .bind(12, b.memTotalSum / b.n)
        .exec();
}

void StoreWriter::Impl::accumulateCluster(ClusterBucket& b, size_t t, const ClusterPoint& c, bool writeClosed)
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
    b.memTotalSum += double(c.memTotal);
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

bool StoreWriter::Impl::writeClusterBucket(size_t t, const ClusterBucket& b)
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
        .bind(15, b.liveN)
        .bind(22, b.memTotalSum);
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

bool StoreWriter::Impl::writeClusterPoint(const ClusterPoint& c)
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

} // namespace omv
