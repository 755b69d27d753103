#include "historyrequests.h"

#include "../model/snapshotfeed.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace omv
{

namespace
{

// A SeriesPoint as QDataStream writes it field by field: ts, eight doubles, samples (32 bits),
// two doubles, migrations; big-endian, doubles as their 64 bits.
constexpr int kPointBytes = 8 + 8 * 8 + 4 + 2 * 8 + 8;

void put(uchar*& p, qint64 v)
{
    qToBigEndian(v, p);
    p += 8;
}
void put(uchar*& p, qint32 v)
{
    qToBigEndian(v, p);
    p += 4;
}
void put(uchar*& p, double v)
{
    quint64 bits;
    std::memcpy(&bits, &v, 8);
    qToBigEndian(bits, p);
    p += 8;
}
template <class T> T take(const uchar*& p)
{
    if constexpr (std::is_same_v<T, double>) {
        const quint64 bits = qFromBigEndian<quint64>(p);
        p += 8;
        double v;
        std::memcpy(&v, &bits, 8);
        return v;
    } else {
        const T v = qFromBigEndian<T>(p);
        p += sizeof(T);
        return v;
    }
}

// Fields in order, out and in; ints as fixed widths, enums as their number.
template <class... F> QDataStream& out(QDataStream& s, const F&... f)
{
    (s << ... << f);
    return s;
}
// Read with the counts checked (history::readGuarded): these come from another machine too.
template <class... F> QDataStream& in(QDataStream& s, F&... f)
{
    (history::readGuarded(s, f), ...);
    return s;
}

} // namespace

#define OMV_FIELDS(T, ...)                                                                                             \
    QDataStream& operator<<(QDataStream& s, const T& v)                                                                \
    {                                                                                                                  \
        return out(s, __VA_ARGS__);                                                                                    \
    }                                                                                                                  \
    QDataStream& operator>>(QDataStream& s, T& v)                                                                      \
    {                                                                                                                  \
        return in(s, __VA_ARGS__);                                                                                     \
    }

namespace history
{

QDataStream& operator<<(QDataStream& s, const Extent&)
{
    return s;
}
QDataStream& operator>>(QDataStream& s, Extent&)
{
    return s;
}
QDataStream& operator<<(QDataStream& s, const Version&)
{
    return s;
}
QDataStream& operator>>(QDataStream& s, Version&)
{
    return s;
}
OMV_FIELDS(history::FileVersion, v.device, v.inode, v.data)
OMV_FIELDS(history::ProcessLog, v.home, v.pid)
OMV_FIELDS(history::LoggedSamples, v.samples, v.everLogged)
OMV_FIELDS(history::NodeSeries, v.node, v.from, v.to, v.points)
OMV_FIELDS(history::AllNodeSeries, v.from, v.to, v.points)
OMV_FIELDS(history::ClusterSeries, v.from, v.to, v.points)
OMV_FIELDS(history::NodeRows, v.tier, v.from, v.to)
OMV_FIELDS(history::ProcessesAt, v.at, v.filter)
OMV_FIELDS(history::SpansBetween, v.from, v.to, v.filter, v.limit)
OMV_FIELDS(history::ProcessLife, v.home, v.pid, v.at)
OMV_FIELDS(history::LivesAt, v.at)
OMV_FIELDS(history::Migrations, v.from, v.to)
OMV_FIELDS(history::Events, v.from, v.to)
OMV_FIELDS(history::Statistics, v.from, v.to, v.threshold)
OMV_FIELDS(history::Moment, v.at, v.filter)
OMV_FIELDS(history::Changes, v.from, v.to, v.filter)
OMV_FIELDS(history::ChangeList, v.changes, v.cutAt)

} // namespace history

OMV_FIELDS(ProcessFilter, v.user, v.node, v.command)
OMV_FIELDS(TimeExtent, v.first, v.last, v.nodes, v.schemaVersion)
OMV_FIELDS(SeriesPoint, v.ts, v.loadAvg, v.loadMin, v.loadMax, v.memAvg, v.memMin, v.memMax, v.memTotal, v.upFraction,
    v.samples, v.nodesUp, v.processes, v.migrations)
OMV_FIELDS(SpanRow, v.home, v.pid, v.node, v.uid, v.user, v.command, v.startTs, v.endTs, v.migrations)
OMV_FIELDS(MigrationRow, v.ts, v.home, v.pid, v.from, v.to, v.cause)
OMV_FIELDS(
    ProcessSampleRow, v.ts, v.node, v.state, v.cpuPercent, v.rssBytes, v.vsizeBytes, v.nice, v.migrations, v.locked)
OMV_FIELDS(EventRow, v.ts, v.node, v.kind, v.detail, v.actor)
OMV_FIELDS(NodeStats, v.node, v.samples, v.loadMean, v.loadMin, v.loadMax, v.loadP95, v.memMean, v.memMin, v.memMax,
    v.memP95, v.aboveMs, v.downMs, v.outages, v.migrationsIn, v.migrationsOut, v.adminIn, v.adminOut,
    v.processesStarted)
OMV_FIELDS(RangeStats, v.from, v.to, v.threshold, v.tier, v.summaryFrom, v.rawFrom, v.intervalMs, v.firstSample,
    v.lastSample, v.clusterExtremesKnown, v.cluster, v.nodes)
OMV_FIELDS(StoreReader::Life, v.stays, v.moves, v.samples)
#undef OMV_FIELDS

// Points go through a buffer of this many at a time: no temporary as large as the series.
constexpr int kPointsPerPass = 640;

QDataStream& operator<<(QDataStream& s, const QVector<SeriesPoint>& v)
{
    s << quint32(v.size());
    uchar block[kPointsPerPass * kPointBytes];
    for (int at = 0; at < v.size(); at += kPointsPerPass) {
        const int n = std::min(kPointsPerPass, v.size() - at);
        uchar* p = block;
        for (int i = at; i < at + n; ++i) {
            const SeriesPoint& x = v[i];
            put(p, x.ts);
            for (double d : { x.loadAvg, x.loadMin, x.loadMax, x.memAvg, x.memMin, x.memMax, x.memTotal, x.upFraction })
                put(p, d);
            put(p, qint32(x.samples));
            put(p, x.nodesUp);
            put(p, x.processes);
            put(p, qint64(x.migrations));
        }
        s.writeRawData(reinterpret_cast<const char*>(block), n * kPointBytes);
    }
    return s;
}

QDataStream& operator<<(QDataStream& s, const QHash<NodeId, QVector<SeriesPoint>>& rows)
{
    history::RowsWriter w(s);
    // In node order: the same rows are the same bytes.
    QList<NodeId> nodes = rows.keys();
    std::sort(nodes.begin(), nodes.end());
    for (NodeId n : std::as_const(nodes))
        w.add(n, rows.value(n));
    w.finish();
    return s;
}

namespace history
{

void RowsWriter::write(NodeId node, const QVector<SeriesPoint>& points)
{
    m_s << quint8(1) << qint32(node) << points;
}

void RowsWriter::flushAll()
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it)
        if (!it->isEmpty()) {
            write(it.key(), *it);
            it->resize(0);
        }
    m_count = 0;
}

void RowsWriter::add(NodeId node, const SeriesPoint& p)
{
    if (!m_lastChunk || node != m_last) {
        m_last = node;
        m_lastChunk = &m_pending[node];
    }
    *m_lastChunk << p;
    if (m_lastChunk->size() >= kChunk) {
        write(node, *m_lastChunk);
        m_count -= m_lastChunk->size() - 1;
        m_lastChunk->resize(0);
    } else if (++m_count >= kPending) {
        flushAll();
    }
}

void RowsWriter::add(NodeId node, const QVector<SeriesPoint>& points)
{
    if (points.isEmpty())
        write(node, points);
    for (int at = 0; at < points.size(); at += kChunk)
        write(node, at == 0 && points.size() <= kChunk ? points : points.mid(at, kChunk));
}

void RowsWriter::finish()
{
    flushAll();
    m_s << quint8(0);
}

void readGuarded(QDataStream& s, QHash<NodeId, QVector<SeriesPoint>>& rows)
{
    rows.clear();
    for (;;) {
        quint8 tag = 0;
        s >> tag;
        if (s.status() != QDataStream::Ok || tag == 0)
            break;
        qint32 node = 0;
        s >> node;
        if (tag != 1 || s.status() != QDataStream::Ok) {
            s.setStatus(QDataStream::ReadCorruptData);
            break;
        }
        appendSeries(s, rows[NodeId(node)]); // straight into the node's points, counts checked
    }
    if (s.status() != QDataStream::Ok)
        rows.clear();
}

// A block of points appended to `v`: its count checked against the bytes there before anything
// is allocated for it.
void appendSeries(QDataStream& s, QVector<SeriesPoint>& v)
{
    quint32 n = 0;
    s >> n;
    if (s.status() != QDataStream::Ok)
        return;
    if (!s.device() || qint64(n) * kPointBytes > s.device()->bytesAvailable()) {
        s.setStatus(QDataStream::ReadCorruptData);
        return;
    }
    const int had = v.size();
    v.resize(had + int(n));
    SeriesPoint* x = v.data() + had;
    uchar block[kPointsPerPass * kPointBytes];
    for (quint32 at = 0; at < n; at += kPointsPerPass) {
        const int m = int(std::min<quint32>(kPointsPerPass, n - at));
        if (s.readRawData(reinterpret_cast<char*>(block), m * kPointBytes) != m * kPointBytes) {
            s.setStatus(QDataStream::ReadPastEnd);
            v.resize(had);
            return;
        }
        const uchar* p = block;
        for (int i = 0; i < m; ++i, ++x) {
            x->ts = take<qint64>(p);
            for (double* d : { &x->loadAvg, &x->loadMin, &x->loadMax, &x->memAvg, &x->memMin, &x->memMax, &x->memTotal,
                     &x->upFraction })
                *d = take<double>(p);
            x->samples = take<qint32>(p);
            x->nodesUp = take<double>(p);
            x->processes = take<double>(p);
            x->migrations = take<qint64>(p);
        }
    }
}

void readGuarded(QDataStream& s, QVector<SeriesPoint>& v)
{
    v.clear();
    appendSeries(s, v);
    if (s.status() != QDataStream::Ok)
        v.clear();
}

} // namespace history

QDataStream& operator<<(QDataStream& s, const StoreReader::Change& v)
{
    return out(s, v.ts, qint32(v.kind), v.home, v.pid, v.user, v.command, v.node, v.from, v.cause);
}
QDataStream& operator>>(QDataStream& s, StoreReader::Change& v)
{
    qint32 kind = 0;
    in(s, v.ts, kind, v.home, v.pid, v.user, v.command, v.node, v.from, v.cause);
    if (kind < StoreReader::Change::Started || kind > StoreReader::Change::Moved)
        s.setStatus(QDataStream::ReadCorruptData);
    v.kind = StoreReader::Change::Kind(kind);
    return s;
}

// The moment's cluster as the live feed carries a whole snapshot.
QDataStream& operator<<(QDataStream& s, const StoreReader::Moment& v)
{
    return out(s, v.sampleTs, v.fromRollup, v.tier, v.previousSample, v.nextSample,
        encodeFeed(feedFull(v.snapshot, v.snapshot.sequence)));
}
QDataStream& operator>>(QDataStream& s, StoreReader::Moment& v)
{
    QByteArray feed;
    in(s, v.sampleTs, v.fromRollup, v.tier, v.previousSample, v.nextSample, feed);
    QString error;
    const std::optional<FeedMessage> m = decodeFeed(feed, &error);
    if (!m || m->kind != FeedMessage::Kind::Full) {
        s.setStatus(QDataStream::ReadCorruptData);
        return s;
    }
    v.snapshot = m->full;
    return s;
}

} // namespace omv
