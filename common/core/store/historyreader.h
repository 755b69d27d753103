#pragma once

#include "store.h"

#include <QMetaType>
#include <QObject>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace omv
{

/// One question for the history: what, over which time, on which channel. Requests on the same
/// channel replace each other (latest wins); different channels (the cluster chart, the node
/// charts, the events) are all answered, in the order asked.
struct HistoryQuery {
    enum class Kind {
        Extent, ///< the file's first and last moment, and its nodes
        NodeSeries, ///< `node` over [from, to) at `points`
        AllNodeSeries, ///< every node over [from, to) at `points`, in one query
        ClusterSeries, ///< the cluster over [from, to) at `points`
        ProcessesAt, ///< the processes at `from`, with `filter`
        SpansBetween, ///< spans that began or ended in [from, to), with `filter`, up to `limit`
        ProcessLife, ///< every stay of (`node` = home, `pid`) and its migrations
        Migrations, ///< in [from, to)
        Events, ///< in [from, to)
        Statistics, ///< per node and the cluster over [from, to), load above `threshold`
        NodeRows, ///< every node's rows of `tier` over [from, to) as stored (StoreReader::nodeRows)
        Moment, ///< the cluster at `from`, processes with `filter` (StoreReader::momentAt)
        Changes, ///< started, ended, moved in [from, to) with `filter` (StoreReader::changesBetween)
    };
    Kind kind = Kind::Extent;
    QString channel; ///< empty: the kind's name
    qint64 from = 0, to = 0;
    int points = 0;
    NodeId node = 0;
    int pid = 0;
    int limit = 100000;
    ProcessFilter filter;
    double threshold = 75;
    int tier = 0; ///< NodeRows: seconds, 0 = raw samples

    static HistoryQuery extent() { return make(Kind::Extent, 0, 0); }
    static HistoryQuery nodeSeries(NodeId node, qint64 from, qint64 to, int points)
    {
        HistoryQuery q = make(Kind::NodeSeries, from, to);
        q.node = node;
        q.points = points;
        return q;
    }
    static HistoryQuery allNodeSeries(qint64 from, qint64 to, int points)
    {
        HistoryQuery q = make(Kind::AllNodeSeries, from, to);
        q.points = points;
        return q;
    }
    static HistoryQuery nodeRows(int tier, qint64 from, qint64 to)
    {
        HistoryQuery q = make(Kind::NodeRows, from, to);
        q.tier = tier;
        return q;
    }
    static HistoryQuery moment(qint64 t, const ProcessFilter& filter = {})
    {
        HistoryQuery q = make(Kind::Moment, t, t);
        q.filter = filter;
        return q;
    }
    static HistoryQuery changes(qint64 from, qint64 to, const ProcessFilter& filter = {})
    {
        HistoryQuery q = make(Kind::Changes, from, to);
        q.filter = filter;
        return q;
    }
    static HistoryQuery clusterSeries(qint64 from, qint64 to, int points)
    {
        HistoryQuery q = make(Kind::ClusterSeries, from, to);
        q.points = points;
        return q;
    }
    static HistoryQuery processesAt(qint64 t, const ProcessFilter& filter = {})
    {
        HistoryQuery q = make(Kind::ProcessesAt, t, t);
        q.filter = filter;
        return q;
    }
    static HistoryQuery spansBetween(qint64 from, qint64 to, const ProcessFilter& filter = {})
    {
        HistoryQuery q = make(Kind::SpansBetween, from, to);
        q.filter = filter;
        return q;
    }
    /// The life of the process (home, pid) that ran at `at` (StoreReader::lifeAt).
    static HistoryQuery processLife(NodeId home, int pid, qint64 at)
    {
        HistoryQuery q = make(Kind::ProcessLife, at, at);
        q.node = home;
        q.pid = pid;
        return q;
    }
    static HistoryQuery migrations(qint64 from, qint64 to) { return make(Kind::Migrations, from, to); }
    static HistoryQuery events(qint64 from, qint64 to) { return make(Kind::Events, from, to); }
    static HistoryQuery statistics(qint64 from, qint64 to, double threshold)
    {
        HistoryQuery q = make(Kind::Statistics, from, to);
        q.threshold = threshold;
        return q;
    }
    /// The same request on another channel.
    HistoryQuery on(const QString& name) const
    {
        HistoryQuery q = *this;
        q.channel = name;
        return q;
    }

private:
    static HistoryQuery make(Kind kind, qint64 from, qint64 to)
    {
        HistoryQuery q;
        q.kind = kind;
        q.from = from;
        q.to = to;
        return q;
    }
};

struct HistoryAnswer {
    quint64 id = 0; ///< what request() returned
    HistoryQuery query;
    bool ok = true;
    QString error;
    qint64 elapsedMs = 0; ///< time the query took on the reader's thread
    QVector<SeriesPoint> series;
    QHash<NodeId, QVector<SeriesPoint>> nodeSeries; ///< AllNodeSeries, NodeRows
    QVector<SpanRow> spans;
    QVector<MigrationRow> migrations;
    QVector<ProcessSampleRow> samples; ///< ProcessLife: its logged samples
    QVector<EventRow> events;
    TimeExtent extent;
    RangeStats statistics;
    StoreReader::Moment moment;
    QVector<StoreReader::Change> changes;
    qint64 changesCut = -1; ///< the changes stop at this time (StoreReader::changesBetween's limit); -1: whole
};

/// Reads a history database for a window without ever blocking it: its own thread and read-only
/// connection, answers as value structs by queued signal. A newer request on a channel cancels
/// the one running there (sqlite3_interrupt) and drops one waiting. It follows the file: a
/// collector's new rows are announced within `pollMs` (changed()), and a file replaced under its
/// name (a rotate by an older collector, a restore) is opened anew.
class HistoryReader : public QObject
{
    Q_OBJECT
public:
    explicit HistoryReader(QString path, int pollMs = 1000, QObject* parent = nullptr);
    /// Cancels what runs and waits for the thread (at most one SQLite step after the interrupt).
    ~HistoryReader() override;

    QString path() const { return m_path; }
    /// Queues a request; its answer comes by answered() with the same id.
    quint64 request(HistoryQuery query);
    /// Drops what waits on `channel` and cancels what runs there.
    void cancel(const QString& channel);

signals:
    /// The file opened (or not: `error` says why — missing, not a history database, a newer major).
    void opened(bool ok, const QString& error);
    void answered(const omv::HistoryAnswer& answer);
    /// The file has new rows (or was emptied by a rotate, or replaced).
    void changed();

private:
    void run();
    bool openFile(QString* error);
    HistoryAnswer answer(quint64 id, const HistoryQuery& q);
    static QString channelOf(const HistoryQuery& q);
    void dropLocked(const QString& channel); ///< with m_mutex held

    const QString m_path;
    const int m_pollMs;
    std::thread m_thread;
    std::mutex m_mutex; // guards everything below
    std::condition_variable m_wake;
    bool m_stop = false;
    quint64 m_nextId = 1;
    std::deque<std::pair<quint64, HistoryQuery>> m_queue;
    QString m_runningChannel;
    bool m_cancelRunning = false;
    StoreReader m_reader; // used on the thread only; interrupted under m_mutex
};

} // namespace omv

Q_DECLARE_METATYPE(omv::HistoryAnswer)
