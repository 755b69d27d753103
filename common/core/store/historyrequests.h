#pragma once

#include "store.h"

#include <QByteArray>
#include <QDataStream>
#include <QHash>
#include <QString>
#include <QVector>

#include <limits>
#include <optional>

namespace omv
{

/// The questions a window asks of a history, one type each: its fields, its answer's type, its
/// name (the channel it goes on unless given one, and its tag on the wire), and how a StoreReader
/// answers it. HistoryReader answers each with a signal of its own. Every request and every
/// answer can be written to a QDataStream and read back (encodeRequest / decodeRequest and the
/// operators below), for a history served over a channel.
// The fields of every request and answer type, in order (historyrequests.cpp).
#define OMV_HISTORY_STREAMS(T)                                                                                         \
    QDataStream& operator<<(QDataStream& s, const T& v);                                                               \
    QDataStream& operator>>(QDataStream& s, T& v);
OMV_HISTORY_STREAMS(ProcessFilter)
OMV_HISTORY_STREAMS(TimeExtent)
OMV_HISTORY_STREAMS(SeriesPoint)
/// Series, the bulk of the analyzer's answers, as one block: the same bytes as point by point,
/// without a device call per field (which cost more than the query on the far side).
QDataStream& operator<<(QDataStream& s, const QVector<SeriesPoint>& v);
/// Every node's points as history::RowsWriter's chunks, in node order.
QDataStream& operator<<(QDataStream& s, const QHash<NodeId, QVector<SeriesPoint>>& rows);
OMV_HISTORY_STREAMS(SpanRow)
OMV_HISTORY_STREAMS(MigrationRow)
OMV_HISTORY_STREAMS(ProcessSampleRow)
OMV_HISTORY_STREAMS(EventRow)
OMV_HISTORY_STREAMS(NodeStats)
OMV_HISTORY_STREAMS(RangeStats)
OMV_HISTORY_STREAMS(StoreReader::Life)
OMV_HISTORY_STREAMS(StoreReader::Moment)
OMV_HISTORY_STREAMS(StoreReader::Change)

namespace history
{

/// What comes with every answer: which request it is (HistoryReader::request's id), its channel,
/// and how long it took on the reader's thread.
struct Head {
    quint64 id = 0;
    QString channel;
    qint64 elapsedMs = 0;
};

/// The file's first and last moment, and its nodes.
struct Extent {
    static constexpr const char* kName = "extent";
    using Answer = TimeExtent;
    Answer ask(StoreReader& r) const { return r.extent(); }
};

/// One node over [from, to) at `points` points.
struct NodeSeries {
    static constexpr const char* kName = "nodeSeries";
    using Answer = QVector<SeriesPoint>;
    NodeId node = 0;
    qint64 from = 0, to = 0;
    int points = 0;
    Answer ask(StoreReader& r) const { return r.nodeSeries(node, from, to, points); }
};

/// Every node over [from, to) at `points` points, in one query.
struct AllNodeSeries {
    static constexpr const char* kName = "allNodeSeries";
    using Answer = QHash<NodeId, QVector<SeriesPoint>>;
    qint64 from = 0, to = 0;
    int points = 0;
    Answer ask(StoreReader& r) const { return r.allNodeSeries(from, to, points); }
};

/// The cluster over [from, to) at `points` points.
struct ClusterSeries {
    static constexpr const char* kName = "clusterSeries";
    using Answer = QVector<SeriesPoint>;
    qint64 from = 0, to = 0;
    int points = 0;
    Answer ask(StoreReader& r) const { return r.clusterSeries(from, to, points); }
};

/// Every node's rows of `tier` (seconds; 0: raw samples) over [from, to), as stored.
struct NodeRows {
    static constexpr const char* kName = "nodeRows";
    using Answer = QHash<NodeId, QVector<SeriesPoint>>;
    int tier = 0;
    qint64 from = 0, to = 0;
    Answer ask(StoreReader& r) const { return r.nodeRows(tier, from, to); }
};

/// The processes at `at`.
struct ProcessesAt {
    static constexpr const char* kName = "processesAt";
    using Answer = QVector<SpanRow>;
    qint64 at = 0;
    ProcessFilter filter;
    Answer ask(StoreReader& r) const { return r.processesAt(at, filter); }
};

/// Stays that began or ended in [from, to), up to `limit`.
struct SpansBetween {
    static constexpr const char* kName = "spansBetween";
    using Answer = QVector<SpanRow>;
    qint64 from = 0, to = 0;
    ProcessFilter filter;
    int limit = 100000;
    Answer ask(StoreReader& r) const { return r.spansBetween(from, to, filter, limit); }
};

/// The life of the process (home, pid) that ran at `at`: its stays, moves and logged samples.
struct ProcessLife {
    static constexpr const char* kName = "processLife";
    using Answer = StoreReader::Life;
    NodeId home = 0;
    int pid = 0;
    qint64 at = 0;
    Answer ask(StoreReader& r) const { return r.lifeAt(home, pid, at); }
};

/// The lives (ProcessLife's answers) of every process at `at`, asked once when a moment is shown
/// so that a click shows a life without a round trip.
struct LivesAt {
    static constexpr const char* kName = "livesAt";
    using Answer = QVector<StoreReader::Life>;
    qint64 at = 0;
    Answer ask(StoreReader& r) const { return r.livesAt(at); }
};

struct Migrations {
    static constexpr const char* kName = "migrations";
    using Answer = QVector<MigrationRow>;
    qint64 from = 0, to = 0;
    Answer ask(StoreReader& r) const { return r.migrations(from, to); }
};

struct Events {
    static constexpr const char* kName = "events";
    using Answer = QVector<EventRow>;
    qint64 from = 0, to = 0;
    Answer ask(StoreReader& r) const { return r.events(from, to); }
};

/// Per node and the cluster over [from, to), with the time the load was above `threshold`.
struct Statistics {
    static constexpr const char* kName = "statistics";
    using Answer = RangeStats;
    qint64 from = 0, to = 0;
    double threshold = 75;
    Answer ask(StoreReader& r) const { return r.statistics(from, to, threshold); }
};

/// The cluster as recorded at `at`, its processes by `filter` (StoreReader::momentAt).
struct Moment {
    static constexpr const char* kName = "moment";
    using Answer = StoreReader::Moment;
    qint64 at = 0;
    ProcessFilter filter;
    Answer ask(StoreReader& r) const { return r.momentAt(at, filter); }
};

/// What started, ended and moved in [from, to) (StoreReader::changesBetween).
struct ChangeList {
    QVector<StoreReader::Change> changes;
    qint64 cutAt = -1; ///< the list stops at this time (too many); -1: whole
};
struct Changes {
    static constexpr const char* kName = "changes";
    using Answer = ChangeList;
    qint64 from = 0, to = 0;
    ProcessFilter filter;
    Answer ask(StoreReader& r) const
    {
        ChangeList out;
        out.changes = r.changesBetween(from, to, filter, StoreReader::kChangesLimit, &out.cutAt);
        return out;
    }
};

/// The file's identity and data version (StoreReader::dataVersion): a new version when a
/// collector wrote, a new identity when the file was replaced. For a reader at the other end of
/// a channel, which cannot stat the file (historywire.h answers it).
struct FileVersion {
    quint64 device = 0, inode = 0;
    qint64 data = -1; ///< -1: not open
    bool operator==(const FileVersion& o) const { return device == o.device && inode == o.inode && data == o.data; }
    bool operator!=(const FileVersion& o) const { return !(*this == o); }
};
struct Version {
    static constexpr const char* kName = "version";
    using Answer = FileVersion;
    Answer ask(StoreReader& r) const { return FileVersion { 0, 0, r.dataVersion() }; }
};

/// The samples kept of one process by "log process" (`openmosixhistory --log`), and whether it
/// was ever logged (marked) at all.
struct LoggedSamples {
    QVector<ProcessSampleRow> samples;
    bool everLogged = false;
};
struct ProcessLog {
    static constexpr const char* kName = "processLog";
    using Answer = LoggedSamples;
    NodeId home = 0;
    int pid = 0;
    Answer ask(StoreReader& r) const
    {
        LoggedSamples out;
        out.samples = r.processSamples(home, pid, 0, std::numeric_limits<qint64>::max());
        out.everLogged = !out.samples.isEmpty() || !r.logMarks(home, pid).isEmpty();
        return out;
    }
};

OMV_HISTORY_STREAMS(Extent)
OMV_HISTORY_STREAMS(Version)
OMV_HISTORY_STREAMS(FileVersion)
OMV_HISTORY_STREAMS(ProcessLog)
OMV_HISTORY_STREAMS(LoggedSamples)
OMV_HISTORY_STREAMS(NodeSeries)
OMV_HISTORY_STREAMS(AllNodeSeries)
OMV_HISTORY_STREAMS(ClusterSeries)
OMV_HISTORY_STREAMS(NodeRows)
OMV_HISTORY_STREAMS(ProcessesAt)
OMV_HISTORY_STREAMS(SpansBetween)
OMV_HISTORY_STREAMS(ProcessLife)
OMV_HISTORY_STREAMS(LivesAt)
OMV_HISTORY_STREAMS(Migrations)
OMV_HISTORY_STREAMS(Events)
OMV_HISTORY_STREAMS(Statistics)
OMV_HISTORY_STREAMS(Moment)
OMV_HISTORY_STREAMS(Changes)
OMV_HISTORY_STREAMS(ChangeList)

/// Reads what a stream from elsewhere holds without trusting its counts: Qt 5 reserves a list's
/// or a vector's count before it reads the elements, so a count of four billion in a few bytes
/// would ask for gigabytes. Here a count larger than the bytes left is corrupt data (every
/// element takes at least one byte).
template <class T> void readGuarded(QDataStream& s, T& v)
{
    s >> v;
}
/// operator<<(QVector<SeriesPoint>)'s block, read at once.
void readGuarded(QDataStream& s, QVector<SeriesPoint>& v);
/// Every node's points (NodeRows, AllNodeSeries) as RowsWriter's chunks.
void readGuarded(QDataStream& s, QHash<NodeId, QVector<SeriesPoint>>& rows);
/// A QVector<SeriesPoint>'s block appended to `v` (its count checked against the bytes left).
void appendSeries(QDataStream& s, QVector<SeriesPoint>& v);

/// Every node's points as a stream of chunks, so that they can be written as a query steps,
/// without holding them (the history channel's NodeRows): each chunk is u8 1, the node (i32) and
/// up to kChunk of its points as a QVector<SeriesPoint> (a block); u8 0 ends them. A node's
/// chunks add up in order; nodes' chunks may interleave (raw samples come by time). At most
/// kPending points wait here.
class RowsWriter
{
public:
    static constexpr int kChunk = 4096;
    static constexpr int kPending = 65536;
    explicit RowsWriter(QDataStream& s)
        : m_s(s)
    {
    }
    void add(NodeId node, const SeriesPoint& p);
    /// A node's points at once; a node with none is written too (as an empty chunk).
    void add(NodeId node, const QVector<SeriesPoint>& points);
    /// What waits, and the end.
    void finish();

private:
    void write(NodeId node, const QVector<SeriesPoint>& points);
    void flushAll();
    QDataStream& m_s;
    QHash<NodeId, QVector<SeriesPoint>> m_pending;
    NodeId m_last = 0;
    QVector<SeriesPoint>* m_lastChunk = nullptr; // m_pending's (a QHash's values stay put)
    int m_count = 0;
};

template <class C> void readSequenceGuarded(QDataStream& s, C& c)
{
    c.clear();
    quint32 n = 0;
    s >> n;
    if (s.status() != QDataStream::Ok)
        return;
    if (!s.device() || qint64(n) > s.device()->bytesAvailable()) {
        s.setStatus(QDataStream::ReadCorruptData);
        return;
    }
    c.reserve(int(n));
    for (quint32 i = 0; i < n; ++i) {
        typename C::value_type t;
        readGuarded(s, t);
        if (s.status() != QDataStream::Ok) {
            c.clear();
            return;
        }
        c.append(t);
    }
}
template <class T> void readGuarded(QDataStream& s, QVector<T>& v)
{
    readSequenceGuarded(s, v);
}
template <class T> void readGuarded(QDataStream& s, QList<T>& v)
{
    readSequenceGuarded(s, v);
}
template <class K, class V> void readGuarded(QDataStream& s, QHash<K, V>& h)
{
    h.clear();
    quint32 n = 0;
    s >> n;
    if (s.status() == QDataStream::Ok && (!s.device() || qint64(n) > s.device()->bytesAvailable()))
        s.setStatus(QDataStream::ReadCorruptData);
    for (quint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
        K k;
        V v;
        readGuarded(s, k);
        readGuarded(s, v);
        if (s.status() == QDataStream::Ok)
            h.insert(k, v);
    }
    if (s.status() != QDataStream::Ok)
        h.clear();
}

/// A request on the wire: its name, then its fields.
template <class Q> QByteArray encodeRequest(const Q& q)
{
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_5_15);
    s << QByteArray(Q::kName) << q;
    return bytes;
}
/// The request `bytes` hold, when it is a Q and whole.
template <class Q> std::optional<Q> decodeRequest(const QByteArray& bytes)
{
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_5_15);
    QByteArray name;
    Q q;
    s >> name >> q;
    if (name != Q::kName || s.status() != QDataStream::Ok || !s.atEnd())
        return std::nullopt;
    return q;
}
/// An answer on the wire, and back.
template <class Q> QByteArray encodeAnswer(const typename Q::Answer& a)
{
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_5_15);
    s << a;
    return bytes;
}
/// The same bytes written to `device` as they are made (the history channel's compressing
/// sink: no buffer of the whole answer).
template <class Q> void writeAnswer(QIODevice* device, const typename Q::Answer& a)
{
    QDataStream s(device);
    s.setVersion(QDataStream::Qt_5_15);
    s << a;
}
/// An answer read from `s` to its end; nullopt when it does not read or something is left over.
template <class Q> std::optional<typename Q::Answer> readAnswer(QDataStream& s)
{
    s.setVersion(QDataStream::Qt_5_15);
    typename Q::Answer a;
    readGuarded(s, a);
    if (s.status() != QDataStream::Ok || !s.atEnd())
        return std::nullopt;
    return a;
}
template <class Q> std::optional<typename Q::Answer> decodeAnswer(const QByteArray& bytes)
{
    QDataStream s(bytes);
    return readAnswer<Q>(s);
}

} // namespace history

} // namespace omv
