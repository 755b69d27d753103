#include "historywire.h"

#include "../control/remote.h"
#include "../util/logging.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QtEndian>

#include <sys/stat.h>

#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <poll.h>
#include <thread>
#include <type_traits>
#include <unistd.h>
#include <zlib.h>

namespace omv::history::wire
{

namespace
{

constexpr int kHead = 4 + 1 + 8; // length, kind, id

bool knownKind(quint8 k)
{
    switch (Kind(k)) {
    case Kind::Ask:
    case Kind::Cancel:
    case Kind::Part:
    case Kind::End:
    case Kind::Failed:
        return true;
    }
    return false;
}

// Every request type the channel answers, tried by name: asked now, its answer written later.
template <class Q>
bool tryType(const QByteArray& name, const QByteArray& request, StoreReader& reader, std::optional<AnswerWriter>* out,
    QString* error)
{
    if (name != Q::kName)
        return false;
    if (const std::optional<Q> q = decodeRequest<Q>(request)) {
        if constexpr (std::is_same_v<Q, NodeRows>) {
            // The bulk of the analyzer's answers: written as the query steps, so none of it is
            // held here and the desk takes in the first rows while the query reads the rest.
            *out = [&reader, q = *q](QIODevice* device) {
                QDataStream s(device);
                s.setVersion(QDataStream::Qt_5_15);
                RowsWriter rows(s);
                reader.nodeRows(q.tier, q.from, q.to, [&](NodeId node, const SeriesPoint& p) {
                    rows.add(node, p);
                    if (s.status() != QDataStream::Ok)
                        reader.interrupt(); // the desk is gone: no use reading on
                });
                rows.finish();
            };
        } else {
            auto a = std::make_shared<typename Q::Answer>(q->ask(reader));
            *out = [a](QIODevice* device) { writeAnswer<Q>(device, *a); };
        }
    } else {
        *error = QStringLiteral("a malformed %1 request").arg(QLatin1String(Q::kName));
    }
    return true;
}
template <class... Q>
std::optional<AnswerWriter> dispatch(
    const QByteArray& name, const QByteArray& request, StoreReader& reader, QString* error)
{
    std::optional<AnswerWriter> out;
    if (!(tryType<Q>(name, request, reader, &out, error) || ...))
        *error = QStringLiteral("no request \"%1\" here").arg(QString::fromLatin1(name.left(40).toPercentEncoding()));
    return out;
}

FileIdentity identity(const QString& path)
{
    struct stat st {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return { 0, 0 };
    return { quint64(st.st_dev), quint64(st.st_ino) };
}

} // namespace

QByteArray encodeFrame(Kind kind, quint64 id, const QByteArray& body)
{
    QByteArray f(kHead, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(1 + 8 + body.size()), f.data());
    f[4] = char(kind);
    qToBigEndian<quint64>(id, f.data() + 5);
    return f + body;
}

bool FrameReader::feed(const char* data, int size)
{
    if (!m_error.isEmpty())
        return false;
    if (m_pos > 0 && m_pos == m_buf.size()) {
        m_buf.clear();
        m_pos = 0;
    }
    m_buf.append(data, size);
    // Checked as soon as a head is in, before the body is waited for.
    for (int at = m_pos; m_buf.size() - at >= 4;) {
        const quint32 len = qFromBigEndian<quint32>(m_buf.constData() + at);
        if (len < 9 || len > quint32(kMaxFrame)) {
            m_error = QStringLiteral("a frame of %1 bytes (at most %2)").arg(len).arg(kMaxFrame);
            return false;
        }
        if (m_buf.size() - at < 5)
            break;
        const quint8 kind = quint8(m_buf[at + 4]);
        if (!knownKind(kind)) {
            m_error = QStringLiteral("a frame of unknown kind %1").arg(kind);
            return false;
        }
        if (Kind(kind) == Kind::Ask && len - 9 > quint32(kMaxRequest)) {
            m_error = QStringLiteral("a request of %1 bytes (at most %2)").arg(len - 9).arg(kMaxRequest);
            return false;
        }
        at += 4 + int(len);
    }
    return true;
}

std::optional<Frame> FrameReader::next()
{
    if (!m_error.isEmpty() || m_buf.size() - m_pos < kHead)
        return std::nullopt;
    const quint32 len = qFromBigEndian<quint32>(m_buf.constData() + m_pos);
    if (m_buf.size() - m_pos < 4 + int(len))
        return std::nullopt;
    Frame f;
    f.kind = Kind(quint8(m_buf[m_pos + 4]));
    f.id = qFromBigEndian<quint64>(m_buf.constData() + m_pos + 5);
    f.body = m_buf.mid(m_pos + kHead, int(len) - 9);
    m_pos += 4 + int(len);
    if (m_pos > 1024 * 1024) { // keep the buffer to what is unread
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    return f;
}

struct AnswerSink::Z {
    z_stream z {};
};

AnswerSink::AnswerSink(quint64 id, std::function<bool(const QByteArray&)> send)
    : m_id(id)
    , m_send(std::move(send))
    , m_z(std::make_unique<Z>())
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

AnswerSink::~AnswerSink()
{
    if (m_deflating)
        deflateEnd(&m_z->z);
}

// Past kStored: what was kept as it is goes into the stream first.
bool AnswerSink::startDeflating()
{
    m_deflating = true;
    // Level 1: the link is the slow part, not the CPU.
    if (deflateInit(&m_z->z, 1) != Z_OK) {
        m_failed = true;
        return false;
    }
    const QByteArray kept = std::move(m_out);
    m_out = QByteArray();
    m_out.reserve(kPiece + 1024);
    m_z->z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(kept.constData()));
    m_z->z.avail_in = uInt(kept.size());
    return deflateSome(Z_NO_FLUSH);
}

bool AnswerSink::sendPiece(Kind kind)
{
    QByteArray body;
    if (kind == Kind::End) {
        body.resize(8);
        qToBigEndian<quint64>(quint64(m_written) | (m_deflating ? 0 : kStoredBit), body.data());
    }
    body += m_out;
    m_out.clear();
    const QByteArray frame = encodeFrame(kind, m_id, body);
    m_sent += frame.size();
    if (!m_send(frame))
        m_failed = true;
    return !m_failed;
}

// Runs deflate over what is in `z`'s input, sending a Part whenever kPiece bytes are out.
bool AnswerSink::deflateSome(int flush)
{
    z_stream& z = m_z->z;
    for (;;) {
        const int had = m_out.size();
        m_out.resize(kPiece);
        z.next_out = reinterpret_cast<Bytef*>(m_out.data() + had);
        z.avail_out = uInt(kPiece - had);
        const int r = deflate(&z, flush);
        m_out.resize(kPiece - int(z.avail_out));
        if (r == Z_STREAM_ERROR) {
            m_failed = true;
            return false;
        }
        if (m_out.size() == kPiece && !(flush == Z_FINISH && r == Z_STREAM_END) && !sendPiece(Kind::Part))
            return false;
        if (flush == Z_FINISH ? r == Z_STREAM_END : z.avail_in == 0 && z.avail_out > 0)
            return true;
    }
}

bool AnswerSink::deflateIn(const char* data, qint64 size)
{
    z_stream& z = m_z->z;
    for (qint64 at = 0; at < size;) {
        const qint64 n = std::min<qint64>(size - at, 1 << 30);
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data + at));
        z.avail_in = uInt(n);
        if (!deflateSome(Z_NO_FLUSH))
            return false;
        at += n;
    }
    return true;
}

qint64 AnswerSink::writeData(const char* data, qint64 size)
{
    constexpr int kGather = 64 * 1024;
    if (m_failed)
        return -1;
    if (!m_deflating) {
        if (m_written + size <= kStored) {
            m_out.append(data, int(size));
            m_written += size;
            return size;
        }
        if (!startDeflating())
            return -1;
    }
    if (m_in.size() + size <= kGather) {
        m_in.append(data, int(size));
    } else {
        if (!deflateIn(m_in.constData(), m_in.size()))
            return -1;
        m_in.resize(0);
        if (size < kGather)
            m_in.append(data, int(size));
        else if (!deflateIn(data, size))
            return -1;
    }
    m_written += size;
    return size;
}

bool AnswerSink::finish()
{
    if (m_failed)
        return false;
    if (!m_deflating)
        return sendPiece(Kind::End);
    if (!deflateIn(m_in.constData(), m_in.size()))
        return false;
    m_in.resize(0);
    m_z->z.next_in = nullptr;
    m_z->z.avail_in = 0;
    return deflateSome(Z_FINISH) && sendPiece(Kind::End);
}

QByteArray answerFrames(quint64 id, const QByteArray& answer)
{
    QByteArray out;
    AnswerSink sink(id, [&](const QByteArray& frame) {
        out += frame;
        return true;
    });
    sink.write(answer);
    sink.finish();
    return out;
}

bool addPiece(Packed* packed, Kind kind, const QByteArray& body, QString* error)
{
    QByteArray bytes = body;
    if (kind == Kind::End) {
        if (body.size() < 8) {
            *error = QStringLiteral("an answer's end without its size");
            return false;
        }
        const quint64 said = qFromBigEndian<quint64>(body.constData());
        const quint64 size = said & ~kStoredBit;
        if (size > quint64(kMaxAnswer)) {
            *error = QStringLiteral("an answer of %1 bytes (at most %2)").arg(size).arg(kMaxAnswer);
            return false;
        }
        packed->size = qint64(size);
        packed->stored = said & kStoredBit;
        bytes = body.mid(8);
        if (packed->stored && (!packed->compressed.isEmpty() || quint64(bytes.size()) != size)) {
            *error = QStringLiteral("an answer of %1 bytes as it is that is not").arg(size);
            return false;
        }
    }
    if (packed->compressed.size() + qint64(bytes.size()) > kMaxAnswer) {
        *error = QStringLiteral("an answer of more than %1 bytes").arg(kMaxAnswer);
        return false;
    }
    packed->compressed += bytes;
    return true;
}

struct AnswerDevice::Z {
    z_stream z {};
};

AnswerDevice::AnswerDevice(const Packed& packed)
    : m_packed(packed)
    , m_z(std::make_unique<Z>())
{
    m_z->z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.compressed.constData()));
    m_z->z.avail_in = uInt(packed.compressed.size());
    m_failed = packed.size < 0 || (!packed.stored && inflateInit(&m_z->z) != Z_OK);
    open(QIODevice::ReadOnly);
}

AnswerDevice::~AnswerDevice()
{
    if (!m_packed.stored)
        inflateEnd(&m_z->z);
}

qint64 AnswerDevice::bytesAvailable() const
{
    return std::max<qint64>(0, m_packed.size - m_out) + QIODevice::bytesAvailable();
}

qint64 AnswerDevice::readData(char* data, qint64 size)
{
    size = std::min(size, m_packed.size - m_out);
    if (m_failed || size <= 0)
        return m_failed ? -1 : 0;
    if (m_packed.stored) {
        std::memcpy(data, m_packed.compressed.constData() + m_out, size_t(size));
        m_out += size;
        return size;
    }
    z_stream& z = m_z->z;
    z.next_out = reinterpret_cast<Bytef*>(data);
    z.avail_out = uInt(size);
    while (z.avail_out > 0 && !m_end) {
        const int r = inflate(&z, Z_NO_FLUSH);
        if (r == Z_STREAM_END)
            m_end = true;
        else if (r != Z_OK) { // the input ran out before the answer, or is not zlib's
            m_failed = true;
            break;
        }
    }
    const qint64 got = size - qint64(z.avail_out);
    m_out += got;
    return got > 0 || !m_failed ? got : -1;
}

bool AnswerDevice::whole()
{
    if (m_failed || m_out != m_packed.size)
        return false;
    if (m_packed.stored)
        return QIODevice::bytesAvailable() == 0;
    if (!m_end) {
        // All the bytes the End said are out: the stream must end here, with nothing after.
        char extra;
        z_stream& z = m_z->z;
        z.next_out = reinterpret_cast<Bytef*>(&extra);
        z.avail_out = 1;
        m_end = inflate(&z, Z_NO_FLUSH) == Z_STREAM_END && z.avail_out == 1;
    }
    return m_end && QIODevice::bytesAvailable() == 0 && m_z->z.avail_in == 0;
}

std::optional<QByteArray> uncompressAnswer(const Packed& packed, QString* error)
{
    AnswerDevice device(packed);
    QByteArray plain = device.readAll();
    if (!device.whole()) {
        *error = QStringLiteral("an answer that does not uncompress to its %1 bytes").arg(packed.size);
        return std::nullopt;
    }
    return plain;
}

struct RowsAnswerReader::Z {
    z_stream z {};
    bool ok = false;
};

RowsAnswerReader::RowsAnswerReader()
    : m_z(std::make_unique<Z>())
{
}

RowsAnswerReader::~RowsAnswerReader()
{
    if (m_z->ok)
        inflateEnd(&m_z->z);
}

bool RowsAnswerReader::inflateSome(const char* data, int size, QString* error)
{
    // Set up at the first compressed bytes: a small answer comes as it is, with none.
    if (!m_z->ok && !(m_z->ok = inflateInit(&m_z->z) == Z_OK)) {
        *error = QStringLiteral("zlib cannot be set up");
        return false;
    }
    z_stream& z = m_z->z;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
    z.avail_in = uInt(size);
    // Until this piece is in and zlib holds nothing more back (a full buffer may leave some).
    for (bool more = size > 0; more;) {
        if (m_streamEnd) {
            *error = QStringLiteral("bytes after the end of an answer");
            return false;
        }
        // Room for what this piece may give: decoded chunks leave the buffer as they come.
        if (m_pos > 0 && m_pos == m_plain.size()) {
            m_plain.resize(0);
            m_pos = 0;
        } else if (m_pos > 1024 * 1024) {
            m_plain.remove(0, m_pos);
            m_pos = 0;
        }
        const int had = m_plain.size();
        m_plain.resize(had + 256 * 1024);
        z.next_out = reinterpret_cast<Bytef*>(m_plain.data() + had);
        z.avail_out = 256 * 1024;
        const int r = inflate(&z, Z_NO_FLUSH);
        m_plain.resize(had + 256 * 1024 - int(z.avail_out));
        m_total += m_plain.size() - had;
        if (r == Z_STREAM_END) {
            m_streamEnd = true;
        } else if (!(r == Z_OK || (r == Z_BUF_ERROR && z.avail_in == 0))) { // BUF: nothing more yet
            *error = QStringLiteral("an answer that does not uncompress");
            return false;
        }
        if (m_total > kMaxAnswer) {
            *error = QStringLiteral("an answer of more than %1 bytes").arg(kMaxAnswer);
            return false;
        }
        if (!parse(error))
            return false;
        more = z.avail_in > 0 || (z.avail_out == 0 && !m_streamEnd);
    }
    return true;
}

bool RowsAnswerReader::parse(QString* error)
{
    constexpr int kHeadBytes = 1 + 4 + 4; // tag, node, count
    constexpr int kPointBytes = 100;
    while (!m_rowsEnd && m_plain.size() - m_pos >= 1) {
        const char* at = m_plain.constData() + m_pos;
        const int left = m_plain.size() - m_pos;
        if (at[0] == 0) {
            m_rowsEnd = true;
            ++m_pos;
            break;
        }
        if (at[0] != 1) {
            *error = QStringLiteral("node rows with a chunk of kind %1").arg(int(quint8(at[0])));
            return false;
        }
        if (left < kHeadBytes)
            return true;
        const quint32 n = qFromBigEndian<quint32>(at + 5);
        if (n > quint32(RowsWriter::kChunk)) {
            *error = QStringLiteral("node rows with a chunk of %1 points (at most %2)").arg(n).arg(RowsWriter::kChunk);
            return false;
        }
        const int size = kHeadBytes + int(n) * kPointBytes;
        if (left < size)
            return true;
        QDataStream s(QByteArray::fromRawData(at + 5, size - 5));
        s.setVersion(QDataStream::Qt_5_15);
        appendSeries(s, m_rows[NodeId(qFromBigEndian<qint32>(at + 1))]);
        if (s.status() != QDataStream::Ok) {
            *error = QStringLiteral("node rows that do not read");
            return false;
        }
        m_pos += size;
    }
    if (m_rowsEnd && m_pos != m_plain.size()) {
        *error = QStringLiteral("bytes after the end of node rows");
        return false;
    }
    return true;
}

bool RowsAnswerReader::add(Kind kind, const QByteArray& body, QString* error)
{
    if (kind != Kind::End) {
        m_anyPart = true;
        return inflateSome(body.constData(), body.size(), error);
    }
    if (body.size() < 8) {
        *error = QStringLiteral("an answer's end without its size");
        return false;
    }
    const quint64 said = qFromBigEndian<quint64>(body.constData());
    const quint64 size = said & ~kStoredBit;
    if (said & kStoredBit) {
        // A small answer as it is: no stream, no Part before it.
        if (m_anyPart || quint64(body.size() - 8) != size) {
            *error = QStringLiteral("an answer of %1 bytes as it is that is not").arg(size);
            return false;
        }
        m_plain.append(body.constData() + 8, body.size() - 8);
        m_total = qint64(size);
        m_streamEnd = true;
        if (!parse(error))
            return false;
    } else if (!inflateSome(body.constData() + 8, body.size() - 8, error)) {
        return false;
    }
    if (!m_streamEnd || !m_rowsEnd || quint64(m_total) != size) {
        *error = QStringLiteral("an answer that does not uncompress to its %1 bytes").arg(size);
        return false;
    }
    return true;
}

std::optional<AnswerWriter> prepareAnswer(StoreReader& reader, const QString& path, const QByteArray& request,
    QString* error, FileIdentity* opened, std::mutex* guard)
{
    QDataStream s(request);
    s.setVersion(QDataStream::Qt_5_15);
    QByteArray name;
    s >> name;
    if (s.status() != QDataStream::Ok) {
        *error = QStringLiteral("a request without a name");
        return std::nullopt;
    }
    if (name == Version::kName) {
        const FileIdentity now = identity(path);
        if (opened->second == 0)
            *opened = now;
        FileVersion v { now.first, now.second, -1 };
        if (now != *opened && now.second != 0) {
            // Not while another thread interrupts the connection being closed.
            std::unique_lock<std::mutex> lock;
            if (guard)
                lock = std::unique_lock<std::mutex>(*guard);
            reader.close();
            QString why;
            if (reader.open(path, &why))
                *opened = now;
            else
                qCWarning(log::history).noquote() << path << "replaced, and cannot be opened:" << why;
        }
        if (now == *opened)
            v.data = reader.dataVersion();
        return AnswerWriter([v](QIODevice* device) { writeAnswer<Version>(device, v); });
    }
    return dispatch<Extent, ProcessLog, NodeSeries, AllNodeSeries, ClusterSeries, NodeRows, ProcessesAt, SpansBetween,
        ProcessLife, LivesAt, Migrations, Events, Statistics, Moment, Changes>(name, request, reader, error);
}

std::optional<QByteArray> answer(StoreReader& reader, const QString& path, const QByteArray& request, QString* error,
    FileIdentity* opened, std::mutex* guard)
{
    const std::optional<AnswerWriter> writer = prepareAnswer(reader, path, request, error, opened, guard);
    if (!writer)
        return std::nullopt;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    (*writer)(&buffer);
    return bytes;
}

int serve(StoreReader& reader, const QString& path, int in, int out, QString* error)
{
    // The reading thread takes frames; the answering thread asks the file and writes. A Cancel
    // of the running request interrupts its query; of a waiting one, drops it. Either way its
    // answer is a Failed "cancelled", so the desk always hears the end of what it asked.
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<Frame> asks;
    quint64 running = 0;
    bool ended = false;
    std::mutex writing; // the answers and the cancelled ones' ends
    bool outGone = false;
    const auto send = [&](const QByteArray& bytes) {
        std::lock_guard<std::mutex> lock(writing);
        if (!outGone && !control::writeAll(out, bytes.constData(), bytes.size()))
            outGone = true;
        return !outGone;
    };
    FileIdentity opened { 0, 0 };
    std::thread answering([&] {
        std::unique_lock<std::mutex> lock(mutex);
        for (;;) {
            wake.wait(lock, [&] { return ended || !asks.empty(); });
            if (ended)
                return;
            const Frame ask = std::move(asks.front());
            asks.pop_front();
            running = ask.id;
            reader.resetInterrupt();
            lock.unlock();
            QString why;
            QElapsedTimer took;
            took.start();
            // The query runs here, or (node rows) while its answer is written.
            const std::optional<AnswerWriter> a = prepareAnswer(reader, path, ask.body, &why, &opened, &mutex);
            const qint64 askedMs = took.elapsed();
            QString failed = reader.takeError();
            std::optional<AnswerSink> sink;
            if (a && failed.isEmpty() && !reader.interrupted()) {
                // Encoded, compressed and sent as it goes: the desk takes in the first pieces
                // while the rest is made.
                sink.emplace(ask.id, send);
                (*a)(&*sink);
                failed = reader.takeError();
            }
            lock.lock();
            const bool cancelled = reader.interrupted();
            running = 0;
            lock.unlock();
            // Pieces sent before a failure are dropped by the desk: the Failed is the answer.
            bool ok;
            if (cancelled)
                ok = send(encodeFrame(Kind::Failed, ask.id, QByteArrayLiteral("cancelled")));
            else if (!failed.isEmpty() || !a)
                ok = send(encodeFrame(Kind::Failed, ask.id, (failed.isEmpty() ? why : failed).toUtf8()));
            else
                ok = sink->finish();
            qCDebug(log::history).noquote() << "served" << ask.id << "in" << askedMs << "ms, sent"
                                            << (sink ? sink->written() : 0) << "bytes at" << took.elapsed() << "ms";
            lock.lock();
            if (!ok)
                return;
        }
    });
    FrameReader frames;
    char buf[65536];
    int status = 0;
    for (;;) {
        const ssize_t n = ::read(in, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // the desk closed the channel
        if (!frames.feed(buf, int(n))) {
            *error = QStringLiteral("a bad history request: %1").arg(frames.error());
            status = 2;
            break;
        }
        bool bad = false;
        while (std::optional<Frame> f = frames.next()) {
            std::lock_guard<std::mutex> lock(mutex);
            if (f->kind == Kind::Ask) {
                // At most a few requests wait: a desk asks one at a time (HistoryReader).
                if (asks.size() >= 64) {
                    *error = QStringLiteral("more than 64 history requests waiting");
                    bad = true;
                    break;
                }
                asks.push_back(std::move(*f));
                wake.notify_all();
            } else if (f->kind == Kind::Cancel) {
                if (running == f->id) {
                    reader.interrupt();
                    continue;
                }
                for (auto it = asks.begin(); it != asks.end(); ++it)
                    if (it->id == f->id) {
                        asks.erase(it);
                        send(encodeFrame(Kind::Failed, f->id, QByteArrayLiteral("cancelled")));
                        break;
                    }
            } else {
                *error = QStringLiteral("a history answer sent as a request");
                bad = true;
                break;
            }
        }
        if (bad) {
            status = 2;
            break;
        }
    }
    {
        std::lock_guard<std::mutex> lock(mutex);
        ended = true;
        asks.clear();
        reader.interrupt();
    }
    wake.notify_all();
    answering.join();
    return status;
}

} // namespace omv::history::wire
