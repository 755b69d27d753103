#include "noderowcache.h"

#include <algorithm>

namespace omv
{

namespace
{

// Merging finer rollup rows into coarser buckets costs a few nanoseconds a row: up to this many
// rows in the range it is cheaper than reading the file again.
constexpr qint64 kMergeRows = 400000;

// Late raw samples: a sample is written when the slowest node has answered (seconds at most).
constexpr qint64 kRawLateMs = 60 * 1000;

} // namespace

int NodeRowCache::tierFor(int wanted, qint64 from, qint64 to) const
{
    if (isEmpty() || from < m_from || to > m_to || m_tier > wanted)
        return -1;
    if (m_tier == wanted)
        return m_tier;
    if (m_tier == 0)
        return -1; // raw samples are not merged into rollup-sized buckets
    const qint64 rows = (to - from) / (qint64(m_tier) * 1000) * std::max(1, m_byNode.size());
    return rows <= kMergeRows ? m_tier : -1;
}

qint64 NodeRowCache::tailFrom(int tier, qint64 from, qint64 to) const
{
    if (isEmpty() || tier != m_tier || from < m_from || to <= m_to || from >= m_to)
        return -1;
    if (tier == 0)
        return std::max(m_from, m_to - kRawLateMs);
    const qint64 width = qint64(tier) * 1000;
    return std::max(m_from, (m_to / width - 1) * width); // the last row held may have grown
}

void NodeRowCache::store(int tier, qint64 from, qint64 to, const QHash<NodeId, QVector<SeriesPoint>>& rows)
{
    const bool extend = !isEmpty() && tier == m_tier && from <= m_to && to >= m_from;
    if (!extend) {
        m_tier = tier;
        m_from = from;
        m_to = to;
        m_byNode = rows;
    } else {
        // Per node: what is held before `from`, the new rows, what is held from `to` on.
        QList<NodeId> nodes = m_byNode.keys();
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            if (!m_byNode.contains(it.key()))
                nodes << it.key();
        for (NodeId n : std::as_const(nodes)) {
            const QVector<SeriesPoint>& held = m_byNode[n];
            const QVector<SeriesPoint> fresh = rows.value(n);
            auto before = std::lower_bound(
                held.cbegin(), held.cend(), from, [](const SeriesPoint& p, qint64 t) { return p.ts < t; });
            auto after = std::lower_bound(
                held.cbegin(), held.cend(), to, [](const SeriesPoint& p, qint64 t) { return p.ts < t; });
            QVector<SeriesPoint> merged;
            merged.reserve(int(before - held.cbegin()) + fresh.size() + int(held.cend() - after));
            std::copy(held.cbegin(), before, std::back_inserter(merged));
            merged += fresh;
            std::copy(after, held.cend(), std::back_inserter(merged));
            m_byNode[n] = std::move(merged);
        }
        m_from = std::min(m_from, from);
        m_to = std::max(m_to, to);
    }
    m_rows = 0;
    for (const QVector<SeriesPoint>& r : std::as_const(m_byNode))
        m_rows += r.size();
}

QHash<NodeId, QVector<SeriesPoint>> NodeRowCache::series(qint64 from, qint64 to, int points) const
{
    QHash<NodeId, QVector<SeriesPoint>> out;
    for (auto it = m_byNode.cbegin(); it != m_byNode.cend(); ++it)
        out.insert(it.key(), StoreReader::bucket(it.value(), m_tier, from, to, points));
    return out;
}

} // namespace omv
