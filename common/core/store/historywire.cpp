#include "historywire.h"

#include "../control/remote.h"
#include "../util/logging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtEndian>

#include <sys/stat.h>

#include <cerrno>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <poll.h>
#include <thread>
#include <unistd.h>

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

// Every request type the channel answers, tried by name.
template <class Q>
bool tryType(const QByteArray& name, const QByteArray& request, StoreReader& reader, std::optional<QByteArray>* out,
    QString* error)
{
    if (name != Q::kName)
        return false;
    if (const std::optional<Q> q = decodeRequest<Q>(request))
        *out = encodeAnswer<Q>(q->ask(reader));
    else
        *error = QStringLiteral("a malformed %1 request").arg(QLatin1String(Q::kName));
    return true;
}
template <class... Q>
std::optional<QByteArray> dispatch(
    const QByteArray& name, const QByteArray& request, StoreReader& reader, QString* error)
{
    std::optional<QByteArray> out;
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

QByteArray answerFrames(quint64 id, const QByteArray& answer)
{
    const QByteArray packed = qCompress(answer, 1); // fast: the link is the slow part, not the CPU
    QByteArray out;
    out.reserve(packed.size() + (packed.size() / kMaxPiece + 1) * kHead);
    int at = 0;
    do {
        const int n = std::min(kMaxPiece, packed.size() - at);
        out += encodeFrame(at + n >= packed.size() ? Kind::End : Kind::Part, id, packed.mid(at, n));
        at += n;
    } while (at < packed.size());
    return out;
}

std::optional<QByteArray> uncompressAnswer(const QByteArray& compressed, QString* error)
{
    // qCompress's first four bytes are the uncompressed size, big-endian: checked before
    // qUncompress allocates it.
    if (compressed.size() < 4) {
        *error = QStringLiteral("an answer of %1 bytes is not compressed data").arg(compressed.size());
        return std::nullopt;
    }
    const quint32 size = qFromBigEndian<quint32>(compressed.constData());
    if (qint64(size) > kMaxAnswer) {
        *error = QStringLiteral("an answer of %1 bytes (at most %2)").arg(size).arg(kMaxAnswer);
        return std::nullopt;
    }
    QByteArray plain = qUncompress(compressed);
    if (plain.size() != int(size)) {
        *error = QStringLiteral("an answer that does not uncompress");
        return std::nullopt;
    }
    return plain;
}

std::optional<QByteArray> answer(StoreReader& reader, const QString& path, const QByteArray& request, QString* error,
    FileIdentity* opened, std::mutex* guard)
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
        return encodeAnswer<Version>(v);
    }
    return dispatch<Extent, ProcessLog, NodeSeries, AllNodeSeries, ClusterSeries, NodeRows, ProcessesAt, SpansBetween,
        ProcessLife, Migrations, Events, Statistics, Moment, Changes>(name, request, reader, error);
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
            const std::optional<QByteArray> a = answer(reader, path, ask.body, &why, &opened, &mutex);
            const qint64 askedMs = took.elapsed();
            const QString failed = reader.takeError();
            lock.lock();
            const bool cancelled = reader.interrupted();
            running = 0;
            lock.unlock();
            bool ok;
            if (cancelled)
                ok = send(encodeFrame(Kind::Failed, ask.id, QByteArrayLiteral("cancelled")));
            else if (!failed.isEmpty() || !a)
                ok = send(encodeFrame(Kind::Failed, ask.id, (failed.isEmpty() ? why : failed).toUtf8()));
            else
                ok = send(answerFrames(ask.id, *a));
            qCDebug(log::history).noquote() << "served" << ask.id << "in" << askedMs << "ms, sent"
                                            << (a ? a->size() : 0) << "bytes at" << took.elapsed() << "ms";
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
