#pragma once

#include "historyrequests.h"

#include <QByteArray>
#include <QPair>
#include <QString>

#include <mutex>
#include <optional>

/// The history channel of issue 30 (`openmosixcollector --serve history`), after the serve's
/// header line (control/remote.h): frames both ways, each a u32 big-endian length (at most
/// kMaxFrame) and then a kind byte, a u64 big-endian request id and the kind's body.
///
///   desk → serve: Ask (body: encodeRequest()), Cancel (no body: request `id` is no longer wanted).
///   serve → desk: Part (body: a piece of the answer), End (its last piece), Failed (body: a
///                 sentence, UTF-8).
///
/// An answer is encodeAnswer()'s bytes compressed (qCompress) and cut into pieces of at most
/// kMaxPiece, so the serve never writes more than a piece ahead of a desk that reads slowly. Every
/// Ask gets exactly one End or Failed (a cancelled one too), in the order asked.
namespace omv::history::wire
{

enum class Kind : quint8 { Ask = 'Q', Cancel = 'C', Part = 'P', End = 'E', Failed = 'F' };

constexpr int kMaxRequest = 64 * 1024; ///< an Ask's body: a request is a few numbers and strings
constexpr int kMaxPiece = 256 * 1024;
constexpr int kMaxFrame = kMaxPiece + 9;
/// An answer, uncompressed: the largest the readers give (kChangesLimit changes, ~50 MB) with room.
constexpr qint64 kMaxAnswer = 256LL * 1024 * 1024;

struct Frame {
    Kind kind = Kind::Ask;
    quint64 id = 0;
    QByteArray body;
};
QByteArray encodeFrame(Kind kind, quint64 id, const QByteArray& body = QByteArray());

/// Frames from a byte stream that arrives in pieces. Bounded: a frame longer than kMaxFrame, of
/// an unknown kind, or an Ask longer than kMaxRequest ends the stream with error().
class FrameReader
{
public:
    /// Appends bytes; false once the stream is bad.
    bool feed(const char* data, int size);
    /// The next whole frame, if one is in.
    std::optional<Frame> next();
    QString error() const { return m_error; }

private:
    QByteArray m_buf;
    int m_pos = 0;
    QString m_error;
};

/// Compresses an answer and cuts it into frames for request `id`.
QByteArray answerFrames(quint64 id, const QByteArray& answer);
/// Puts an answer back together from its pieces (the compressed bytes): nullopt with `error`
/// when it claims more than kMaxAnswer or does not uncompress.
std::optional<QByteArray> uncompressAnswer(const QByteArray& compressed, QString* error);

/// A file's device and inode.
using FileIdentity = QPair<quint64, quint64>;
/// Answers an encoded request from `reader`: its answer's bytes, or nullopt with why (a request
/// of no known type, or malformed). Version requests see whether `path` is still the file
/// `opened` (set by the first) and open it anew when it was replaced (a rotate by an older
/// collector, a restore), under `guard` when given (the lock of whoever may interrupt `reader`).
std::optional<QByteArray> answer(StoreReader& reader, const QString& path, const QByteArray& request, QString* error,
    FileIdentity* opened, std::mutex* guard = nullptr);

/// Serves the channel until `in` ends: Asks and Cancels read on `in` (on this thread, so a
/// Cancel reaches a query while it runs), answered one at a time on a thread of its own from
/// `reader` (open on `path`), written to `out`. 0 when the desk ended it or went away; 2 with
/// `error` for a stream that is not frames.
int serve(StoreReader& reader, const QString& path, int in, int out, QString* error);

} // namespace omv::history::wire
