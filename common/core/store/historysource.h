#pragma once

#include "../control/remote.h"
#include "historyrequests.h"
#include "historywire.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <type_traits>

namespace omv
{

/// Where a history's questions are answered: the file on this machine (a StoreReader), or the
/// collector's host over an ssh channel that runs `openmosixcollector --serve history` there
/// (historywire.h) — the same questions, the same answers. Used by one thread at a time;
/// interrupt() may come from another.
class HistorySource
{
    Q_DECLARE_TR_FUNCTIONS(omv::HistorySource)
public:
    HistorySource();
    ~HistorySource();
    HistorySource(const HistorySource&) = delete;
    HistorySource& operator=(const HistorySource&) = delete;

    /// Opens `path` on this machine, or on `where` when that is another; false with why (the
    /// serve's own sentence when it refused).
    bool open(const QString& path, const control::CollectorHost& where, QString* error);
    void close();
    bool isRemote() const { return m_remote != nullptr; }
    /// "history.db" or "/var/lib/openmosixview/history.db on ctl", for messages.
    QString describe() const;

    /// The answer to `q`; a default one when it failed (takeError() says why).
    template <class Q> typename Q::Answer ask(const Q& q)
    {
        if (!m_remote)
            return q.ask(m_local);
        if constexpr (std::is_same_v<typename Q::Answer, QHash<NodeId, QVector<SeriesPoint>>>) {
            // Every node's points: decoded piece by piece as they come (the serve is still
            // reading rows while the first are decoded here).
            history::wire::RowsAnswerReader rows;
            if (!roundTrip(history::encodeRequest(q), nullptr,
                    [&](history::wire::Kind kind, const QByteArray& body, QString* why) {
                        return rows.add(kind, body, why);
                    }))
                return typename Q::Answer();
            return rows.take();
        }
        history::wire::Packed packed;
        if (!roundTrip(history::encodeRequest(q), &packed))
            return typename Q::Answer();
        // Uncompressed as it is decoded: the whole answer is never held twice.
        QString why;
        std::optional<typename Q::Answer> a = history::wire::readPacked<Q>(packed, &why);
        if (!a) {
            failRemote(tr("%1 answered a %2 request with data that does not read: %3")
                           .arg(describe(), QString::fromLatin1(Q::kName), why));
            return typename Q::Answer();
        }
        return std::move(*a);
    }
    /// The first failure since the last call — a query that failed part way, the channel lost
    /// — cleared; empty when everything was answered whole.
    QString takeError();
    /// A remote channel that ended (open it anew); never for a file here.
    bool lost() const;
    /// Cuts the running question short (any thread); holds until resetInterrupt().
    void interrupt();
    void resetInterrupt();
    /// The file's version: here only the data version (the caller watches the file itself);
    /// over a channel also its identity there (a replaced file is opened anew there).
    history::FileVersion version();
    /// Bytes every remote source of this process has received so far (benchmarks).
    static qint64 bytesReceived();

private:
    /// Asks `request` and gathers its answer's pieces into `answer`, or hands each to `piece`
    /// as it comes (false from it: the answer is bad, the channel is given up).
    using Piece = std::function<bool(history::wire::Kind, const QByteArray&, QString*)>;
    bool roundTrip(const QByteArray& request, history::wire::Packed* answer, const Piece& piece = Piece());
    void failRemote(const QString& why);
    StoreReader m_local;
    struct Remote;
    std::unique_ptr<Remote> m_remote;
};

} // namespace omv
