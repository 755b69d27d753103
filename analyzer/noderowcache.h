#pragma once

#include "core/store/store.h"

#include <QHash>

namespace omv
{

/// Every node's rows of one tier over the time the analyzer has read, as the file stores them.
/// The node chart buckets them for each range itself (StoreReader::bucket): zooming and panning
/// within what is held asks the file nothing, and following the collector reads only the tail.
class NodeRowCache
{
public:
    bool isEmpty() const { return m_from >= m_to; }
    int tier() const { return m_tier; }
    qint64 from() const { return m_from; }
    qint64 to() const { return m_to; }
    qint64 rowCount() const { return m_rows; }

    /// The tier [from, to) is drawn from when `wanted` is what its width asks for: the held tier
    /// when it covers the range and is the same or a finer rollup with few enough rows to merge;
    /// -1 when the file must be read.
    int tierFor(int wanted, qint64 from, qint64 to) const;
    /// Rows read for [from, to) at `tier`: they extend what is held when it is the same tier and
    /// the times meet or overlap (the new rows win where both have some), else replace it.
    void store(int tier, qint64 from, qint64 to, const QHash<NodeId, QVector<SeriesPoint>>& rows);
    /// Where a read that brings the held rows up to `to` starts (the last rows of a rollup may
    /// have grown since, a raw sample may have come in late); -1 when the whole range must be read.
    qint64 tailFrom(int tier, qint64 from, qint64 to) const;
    /// Every node's series over [from, to) in at most `points` buckets.
    QHash<NodeId, QVector<SeriesPoint>> series(qint64 from, qint64 to, int points) const;
    void clear() { *this = NodeRowCache(); }

private:
    int m_tier = -1;
    qint64 m_from = 0, m_to = 0;
    qint64 m_rows = 0;
    QHash<NodeId, QVector<SeriesPoint>> m_byNode;
};

} // namespace omv
