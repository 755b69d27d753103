#pragma once

#include "clustersnapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace omv
{

/// What a collector sends the windows that take the cluster from it (issue 17): a whole snapshot,
/// or what changed since the one before — every node row (they change each sample anyway and are
/// few), the processes that started or changed (whole rows), the keys of those that ended, the
/// guests. Numbered: a delta names the snapshot it applies to, so a subscriber that missed one
/// knows it and asks for a whole one. Binary (QDataStream, versioned), compact: the processes'
/// strings go once per message in a table, their rows as one block of big-endian fields (version 3).
struct FeedMessage {
    Q_DECLARE_TR_FUNCTIONS(omv::FeedMessage)
public: // the macro leaves it private
    enum class Kind : quint8 { Full = 1, Delta = 2 };
    Kind kind = Kind::Full;
    quint64 sequence = 0; ///< the snapshot this message brings the subscriber to
    quint64 base = 0; ///< Delta: the snapshot it applies to
    /// How often the collector samples: a window that wants more samples itself.
    quint32 intervalMs = 0;

    ClusterSnapshot full; ///< Full only

    // Delta only
    qint64 timeMs = 0;
    QString gatewayError;
    QString gatewayErrorDetail;
    QMap<NodeId, QString> nodeErrors;
    QVector<NodeSample> nodes;
    QVector<ProcessInfo> upserts; ///< started or changed, sorted by key
    /// Processes whose only change is what moves every sample: a short record each, sorted by key.
    struct Figures {
        quint64 key = 0;
        qint64 cpuTicks = -1;
        double cpuPercent = -1;
        QChar state;
        qint64 rssBytes = -1, vsizeBytes = -1;
    };
    QVector<Figures> figures;
    QVector<quint64> removed; ///< ended, by processKey, sorted
    QVector<GuestProcess> guests;
};

/// The delta from `before` to `after` (both complete: every process listed, sorted by key).
FeedMessage feedDelta(
    const ClusterSnapshot& before, const ClusterSnapshot& after, quint64 baseSequence, quint64 sequence);
FeedMessage feedFull(const ClusterSnapshot& snapshot, quint64 sequence);

/// Applies a delta to the snapshot it was made from; false (and `snapshot` untouched) when it
/// does not follow on, with `error` saying why.
bool applyFeedDelta(ClusterSnapshot* snapshot, quint64* sequence, const FeedMessage& delta, QString* error);

QByteArray encodeFeed(const FeedMessage& message);
std::optional<FeedMessage> decodeFeed(const QByteArray& bytes, QString* error);

} // namespace omv
