#pragma once

#include "historyrequests.h"

#include <QByteArray>
#include <QIODevice>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>
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
/// An answer is encodeAnswer()'s bytes as one zlib stream, compressed as they are encoded and sent
/// in pieces as the compressed bytes come (AnswerSink: kPiece at a time, never more than kMaxPiece),
/// so the serve never holds the whole answer, and the desk takes one piece in while the serve makes
/// the next. The End's body is the answer's uncompressed size (u64 big-endian, at most kMaxAnswer)
/// and the stream's last bytes — or, for an answer of at most kStored bytes, its bytes as they are
/// (no Part before it; the size's top bit set: kStoredBit), since compressing a few bytes costs
/// more than it saves; the desk reads the answer by uncompressing as it decodes
/// (AnswerDevice), never holding the whole of it uncompressed either. Every Ask gets exactly one
/// End or Failed (a cancelled one too), in the order asked.
namespace omv::history::wire
{

enum class Kind : quint8 { Ask = 'Q', Cancel = 'C', Part = 'P', End = 'E', Failed = 'F' };

constexpr int kMaxRequest = 64 * 1024; ///< an Ask's body: a request is a few numbers and strings
constexpr int kMaxPiece = 256 * 1024;
constexpr int kPiece = 64 * 1024; ///< what the serve sends at a time
constexpr int kStored = 16 * 1024; ///< an answer this small goes as it is
constexpr quint64 kStoredBit = quint64(1) << 63;
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

/// The serve's end of an answer: what is written is compressed at once, and every kPiece
/// compressed bytes go to `send` as a Part frame for request `id`; finish() sends the End. A
/// send that fails (the desk gone) fails the writes after it.
class AnswerSink : public QIODevice
{
public:
    AnswerSink(quint64 id, std::function<bool(const QByteArray& frames)> send);
    ~AnswerSink() override;
    /// The rest and the End; false when a send failed.
    bool finish();
    /// Bytes written (uncompressed) and sent (frames).
    qint64 written() const { return m_written; }
    qint64 sent() const { return m_sent; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    bool startDeflating();
    bool deflateIn(const char* data, qint64 size);
    bool deflateSome(int flush);
    bool sendPiece(Kind kind);
    quint64 m_id;
    std::function<bool(const QByteArray&)> m_send;
    struct Z;
    std::unique_ptr<Z> m_z;
    QByteArray m_out; ///< compressed bytes not yet sent; until deflating: the answer as it is
    QByteArray m_in; ///< small writes gathered for one deflate call (a field at a time costs)
    qint64 m_written = 0, m_sent = 0;
    bool m_failed = false, m_deflating = false;
};

/// Compresses an answer and cuts it into frames for request `id` (AnswerSink, all at once).
QByteArray answerFrames(quint64 id, const QByteArray& answer);

/// An answer as the desk gathers it: the Parts' bodies and the End's stream bytes, and the size
/// the End says.
struct Packed {
    QByteArray compressed; ///< or, stored, the answer itself
    qint64 size = -1; ///< -1 until the End
    bool stored = false;
};
/// Adds a Part's or an End's body; false with `error` when the answer grows beyond kMaxAnswer
/// compressed or its End claims more than kMaxAnswer (before anything is uncompressed).
bool addPiece(Packed* packed, Kind kind, const QByteArray& body, QString* error);

/// The desk's end of an answer: its bytes as they uncompress, read by QDataStream (sequential;
/// bytesAvailable() is what the End said is left, so counts are checked against it as against a
/// buffer). whole() afterwards: the stream ended exactly at that size.
class AnswerDevice : public QIODevice
{
public:
    explicit AnswerDevice(const Packed& packed);
    ~AnswerDevice() override;
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool whole();

protected:
    qint64 readData(char* data, qint64 size) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    const Packed& m_packed;
    struct Z;
    std::unique_ptr<Z> m_z;
    qint64 m_out = 0;
    bool m_end = false, m_failed = false;
};

/// A whole answer read from its pieces: nullopt with `error` when it does not uncompress to the
/// size its End says.
template <class Q> std::optional<typename Q::Answer> readPacked(const Packed& packed, QString* error)
{
    AnswerDevice device(packed);
    QDataStream s(&device);
    std::optional<typename Q::Answer> a = readAnswer<Q>(s);
    if (!device.whole()) {
        *error = QStringLiteral("an answer that does not uncompress to its %1 bytes").arg(packed.size);
        return std::nullopt;
    }
    if (!a)
        *error = QStringLiteral("an answer that does not read as %1").arg(QLatin1String(Q::kName));
    return a;
}
/// The uncompressed bytes of a whole answer (tests, fuzzing).
std::optional<QByteArray> uncompressAnswer(const Packed& packed, QString* error);

/// The desk's end of an answer of every node's points (NodeRows, AllNodeSeries: RowsWriter's
/// chunks), read as its pieces come: each uncompressed and its whole chunks decoded at once, so
/// the desk decodes while the serve is still reading rows, and holds neither the compressed nor
/// the uncompressed answer whole. Bounded: a chunk of more than RowsWriter::kChunk points, more
/// than kMaxAnswer bytes, anything after the end, or an end other than the End's size is an error.
class RowsAnswerReader
{
public:
    RowsAnswerReader();
    ~RowsAnswerReader();
    /// A Part's or the End's body; false with `error` when the answer is bad.
    bool add(Kind kind, const QByteArray& body, QString* error);
    /// After the End: the rows.
    QHash<NodeId, QVector<SeriesPoint>> take() { return std::move(m_rows); }

private:
    bool inflateSome(const char* data, int size, QString* error);
    bool parse(QString* error);
    struct Z;
    std::unique_ptr<Z> m_z;
    QByteArray m_plain; ///< uncompressed, not yet decoded (from m_pos)
    int m_pos = 0;
    qint64 m_total = 0; ///< uncompressed so far
    bool m_streamEnd = false, m_rowsEnd = false, m_anyPart = false;
    QHash<NodeId, QVector<SeriesPoint>> m_rows;
};

/// A file's device and inode.
using FileIdentity = QPair<quint64, quint64>;
/// Answers an encoded request from `reader`: its answer's bytes, or nullopt with why (a request
/// of no known type, or malformed). Version requests see whether `path` is still the file
/// `opened` (set by the first) and open it anew when it was replaced (a rotate by an older
/// collector, a restore), under `guard` when given (the lock of whoever may interrupt `reader`).
std::optional<QByteArray> answer(StoreReader& reader, const QString& path, const QByteArray& request, QString* error,
    FileIdentity* opened, std::mutex* guard = nullptr);
/// The same, asked now and written later: the query runs here; the returned function writes
/// its answer's bytes to a device (an AnswerSink, as they are encoded).
using AnswerWriter = std::function<void(QIODevice*)>;
std::optional<AnswerWriter> prepareAnswer(StoreReader& reader, const QString& path, const QByteArray& request,
    QString* error, FileIdentity* opened, std::mutex* guard = nullptr);

/// Serves the channel until `in` ends: Asks and Cancels read on `in` (on this thread, so a
/// Cancel reaches a query while it runs), answered one at a time on a thread of its own from
/// `reader` (open on `path`), written to `out`. 0 when the desk ended it or went away; 2 with
/// `error` for a stream that is not frames.
int serve(StoreReader& reader, const QString& path, int in, int out, QString* error);

} // namespace omv::history::wire
