#pragma once

#include "historysource.h"

#include <QMetaType>
#include <QObject>

#include <functional>
#include <memory>

namespace omv
{

/// Reads a history database for a window without ever blocking it: its own thread and read-only
/// connection, answers as value structs by queued signal. A newer request on a channel cancels
/// the one running there (sqlite3_interrupt) and drops one waiting. It follows the file: a
/// collector's new rows are announced within `pollMs` (changed()), and a file replaced under its
/// name (a rotate by an older collector, a restore) is opened anew. With a remote `where`, the
/// file is the one on the collector's host, read over an ssh channel (HistorySource): the same
/// requests, answers and cancelling; a channel that ends is opened again (opened() says so).
class HistoryReader : public QObject
{
    Q_OBJECT
public:
    explicit HistoryReader(QString path, int pollMs = 1000, QObject* parent = nullptr,
        const control::CollectorHost& where = control::CollectorHost());
    /// Cancels what runs and drops what waits; the thread ends on its own (waited for a moment,
    /// then left to finish — never joined for longer on the owner's thread).
    ~HistoryReader() override;

    QString path() const { return m_path; }
    /// The path, and the host when it is on another.
    QString describe() const;
    /// Queues a question (historyrequests.h) on `channel` (empty: its type's name); its answer
    /// comes by that type's signal with the same id in its Head, or by failed(). Requests on one
    /// channel replace each other (latest wins); different channels are all answered, in order.
    template <class Q> quint64 request(const Q& question, const QString& channel = QString())
    {
        return enqueue(
            channel.isEmpty() ? QString::fromLatin1(Q::kName) : channel, [question](HistorySource& reader) -> Delivery {
                auto answer = reader.ask(question);
                return [question, answer = std::move(answer)](
                           HistoryReader* self, const history::Head& head) { self->deliver(head, question, answer); };
            });
    }
    /// Drops what waits on `channel` and cancels what runs there.
    void cancel(const QString& channel);

signals:
    /// The file opened (or not: `error` says why — missing, not a history database, a newer major).
    void opened(bool ok, const QString& error);
    /// The file has new rows (or was emptied by a rotate, or replaced).
    void changed();
    /// A request could not be answered (the file is not open, or a query failed part way).
    void failed(const omv::history::Head& head, const QString& error);
    void extentAnswered(const omv::history::Head& head, const omv::TimeExtent& extent);
    void nodeSeriesAnswered(
        const omv::history::Head& head, const omv::history::NodeSeries& asked, const QVector<omv::SeriesPoint>& series);
    void allNodeSeriesAnswered(const omv::history::Head& head, const omv::history::AllNodeSeries& asked,
        const QHash<omv::NodeId, QVector<omv::SeriesPoint>>& series);
    void clusterSeriesAnswered(const omv::history::Head& head, const omv::history::ClusterSeries& asked,
        const QVector<omv::SeriesPoint>& series);
    void nodeRowsAnswered(const omv::history::Head& head, const omv::history::NodeRows& asked,
        const QHash<omv::NodeId, QVector<omv::SeriesPoint>>& rows);
    void processesAtAnswered(
        const omv::history::Head& head, const omv::history::ProcessesAt& asked, const QVector<omv::SpanRow>& spans);
    void spansBetweenAnswered(
        const omv::history::Head& head, const omv::history::SpansBetween& asked, const QVector<omv::SpanRow>& spans);
    void processLifeAnswered(
        const omv::history::Head& head, const omv::history::ProcessLife& asked, const omv::StoreReader::Life& life);
    void livesAtAnswered(const omv::history::Head& head, const omv::history::LivesAt& asked,
        const QVector<omv::StoreReader::Life>& lives);
    void migrationsAnswered(const omv::history::Head& head, const omv::history::Migrations& asked,
        const QVector<omv::MigrationRow>& migrations);
    void eventsAnswered(
        const omv::history::Head& head, const omv::history::Events& asked, const QVector<omv::EventRow>& events);
    void statisticsAnswered(
        const omv::history::Head& head, const omv::history::Statistics& asked, const omv::RangeStats& stats);
    void momentAnswered(
        const omv::history::Head& head, const omv::history::Moment& asked, const omv::StoreReader::Moment& moment);
    void changesAnswered(
        const omv::history::Head& head, const omv::history::Changes& asked, const omv::history::ChangeList& changes);

private:
    /// What a question's answer does on the owner's thread: emits its signal.
    using Delivery = std::function<void(HistoryReader*, const history::Head&)>;
    /// Runs on the reader's thread: asks the reader, returns the delivery.
    using Job = std::function<Delivery(HistorySource&)>;
    struct Queued {
        quint64 id = 0;
        QString channel;
        Job job;
    };
    quint64 enqueue(const QString& channel, Job job);
    void deliver(const history::Head& h, const history::Extent&, const TimeExtent& a) { emit extentAnswered(h, a); }
    void deliver(const history::Head& h, const history::NodeSeries& q, const QVector<SeriesPoint>& a)
    {
        emit nodeSeriesAnswered(h, q, a);
    }
    void deliver(const history::Head& h, const history::AllNodeSeries& q, const QHash<NodeId, QVector<SeriesPoint>>& a)
    {
        emit allNodeSeriesAnswered(h, q, a);
    }
    void deliver(const history::Head& h, const history::ClusterSeries& q, const QVector<SeriesPoint>& a)
    {
        emit clusterSeriesAnswered(h, q, a);
    }
    void deliver(const history::Head& h, const history::NodeRows& q, const QHash<NodeId, QVector<SeriesPoint>>& a)
    {
        emit nodeRowsAnswered(h, q, a);
    }
    void deliver(const history::Head& h, const history::ProcessesAt& q, const QVector<SpanRow>& a)
    {
        emit processesAtAnswered(h, q, a);
    }
    void deliver(const history::Head& h, const history::SpansBetween& q, const QVector<SpanRow>& a)
    {
        emit spansBetweenAnswered(h, q, a);
    }
    void deliver(const history::Head& h, const history::ProcessLife& q, const StoreReader::Life& a)
    {
        emit processLifeAnswered(h, q, a);
    }
    void deliver(const history::Head& h, const history::LivesAt& q, const QVector<StoreReader::Life>& a)
    {
        emit livesAtAnswered(h, q, a);
    }
    void deliver(const history::Head& h, const history::Migrations& q, const QVector<MigrationRow>& a)
    {
        emit migrationsAnswered(h, q, a);
    }
    void deliver(const history::Head& h, const history::Events& q, const QVector<EventRow>& a)
    {
        emit eventsAnswered(h, q, a);
    }
    void deliver(const history::Head& h, const history::Statistics& q, const RangeStats& a)
    {
        emit statisticsAnswered(h, q, a);
    }
    void deliver(const history::Head& h, const history::Moment& q, const StoreReader::Moment& a)
    {
        emit momentAnswered(h, q, a);
    }
    void deliver(const history::Head& h, const history::Changes& q, const history::ChangeList& a)
    {
        emit changesAnswered(h, q, a);
    }

    /// Everything the reader's thread uses: shared with it, so that a reader closed while a
    /// query runs hands the thread off instead of waiting for it (historyreader.cpp).
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    const QString m_path;
    const control::CollectorHost m_where;
};

} // namespace omv
