#include "historysource.h"

#include "../control/protocol.h"
#include "../util/logging.h"
#include "historywire.h"

#include <atomic>
#include <cerrno>
#include <mutex>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace omv
{

namespace
{

// One answer may take long on a month (statistics over every sample); a host that says nothing
// for this long is taken for gone.
constexpr int kAnswerMs = 300 * 1000;
constexpr int kOpenMs = 30 * 1000; // on top of the ssh connect timeout
std::atomic<qint64> received { 0 };

} // namespace

struct HistorySource::Remote {
    control::CollectorHost where;
    QString path;
    control::RemoteStream stream;
    int fd = -1;
    history::wire::FrameReader frames;
    std::mutex mutex; // guards what follows, and writes to `fd`
    quint64 nextId = 1;
    quint64 running = 0;
    bool interrupted = false;
    bool lost = false;
    QString error;

    bool send(const QByteArray& bytes) { return control::writeAll(fd, bytes.constData(), bytes.size()); }
};

HistorySource::HistorySource() = default;

HistorySource::~HistorySource()
{
    close();
}

bool HistorySource::open(const QString& path, const control::CollectorHost& where, QString* error)
{
    close();
    if (!where.isRemote())
        return m_local.open(path, error);
    auto r = std::make_unique<Remote>();
    r->where = where;
    r->path = path;
    r->fd = r->stream.openDuplex(where, QStringLiteral("history"), path, where.ssh.connectTimeoutMs + kOpenMs, error);
    if (r->fd < 0)
        return false;
    m_remote = std::move(r);
    return true;
}

void HistorySource::close()
{
    m_local.close();
    if (!m_remote)
        return;
    {
        std::lock_guard<std::mutex> lock(m_remote->mutex);
        if (m_remote->fd >= 0)
            ::close(m_remote->fd); // the serve's stdin ends: it ends too
        m_remote->fd = -1;
    }
    m_remote->stream.close();
    m_remote.reset();
}

QString HistorySource::describe() const
{
    return m_remote ? tr("%1 on %2").arg(m_remote->path, m_remote->where.host) : QString();
}

QString HistorySource::takeError()
{
    if (!m_remote)
        return m_local.takeError();
    std::lock_guard<std::mutex> lock(m_remote->mutex);
    QString e;
    e.swap(m_remote->error);
    return e;
}

bool HistorySource::lost() const
{
    if (!m_remote)
        return false;
    std::lock_guard<std::mutex> lock(m_remote->mutex);
    return m_remote->lost;
}

void HistorySource::interrupt()
{
    if (!m_remote) {
        m_local.interrupt();
        return;
    }
    // The serve cuts the running query short and answers "cancelled" at once. Never waits (the
    // window's thread calls this): a channel too full to take 13 bytes more is one whose answer
    // will be dropped anyway when it comes.
    std::lock_guard<std::mutex> lock(m_remote->mutex);
    m_remote->interrupted = true;
    if (m_remote->running != 0 && m_remote->fd >= 0) {
        const QByteArray cancel = history::wire::encodeFrame(history::wire::Kind::Cancel, m_remote->running);
        const ssize_t n = ::send(m_remote->fd, cancel.constData(), size_t(cancel.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n > 0 && n < cancel.size())
            m_remote->lost = true; // a frame cut short: this channel is done, the next is opened
    }
}

void HistorySource::resetInterrupt()
{
    if (!m_remote) {
        m_local.resetInterrupt();
        return;
    }
    std::lock_guard<std::mutex> lock(m_remote->mutex);
    m_remote->interrupted = false;
}

history::FileVersion HistorySource::version()
{
    if (!m_remote)
        return history::FileVersion { 0, 0, m_local.dataVersion() };
    return ask(history::Version());
}

qint64 HistorySource::bytesReceived()
{
    return received;
}

void HistorySource::failRemote(const QString& why)
{
    std::lock_guard<std::mutex> lock(m_remote->mutex);
    if (m_remote->error.isEmpty())
        m_remote->error = why;
}

bool HistorySource::roundTrip(const QByteArray& request, history::wire::Packed* answer, const Piece& piece)
{
    Remote& r = *m_remote;
    quint64 id;
    {
        std::lock_guard<std::mutex> lock(r.mutex);
        if (r.lost || r.fd < 0) {
            if (r.error.isEmpty())
                r.error = tr("the channel to %1 is closed").arg(r.where.host);
            return false;
        }
        if (r.interrupted) {
            r.error = QStringLiteral("cancelled");
            return false;
        }
        id = r.nextId++;
        r.running = id;
        if (!r.send(history::wire::encodeFrame(history::wire::Kind::Ask, id, request)))
            r.lost = true;
    }
    const auto end = [&](const QString& why, bool lost) {
        std::lock_guard<std::mutex> lock(r.mutex);
        r.running = 0;
        r.lost = r.lost || lost;
        if (!why.isEmpty() && r.error.isEmpty())
            r.error = why;
        return why.isEmpty();
    };
    history::wire::Packed packed;
    const qint64 asked = control::monotonicMs();
    qint64 firstAt = -1;
    qint64 compressed = 0;
    const qint64 deadline = asked + kAnswerMs;
    char buf[65536];
    for (;;) {
        // Frames already read first (an answer can come in one read with the previous one's end).
        while (std::optional<history::wire::Frame> f = r.frames.next()) {
            if (f->id != id)
                continue; // the end of a request given up earlier
            switch (f->kind) {
            case history::wire::Kind::Part:
            case history::wire::Kind::End: {
                QString why;
                if (!(piece ? piece(f->kind, f->body, &why) : history::wire::addPiece(&packed, f->kind, f->body, &why)))
                    return end(tr("%1 sent %2").arg(describe(), why), true);
                compressed += f->body.size();
                if (f->kind == history::wire::Kind::End) {
                    qCDebug(log::history).noquote()
                        << describe() << "answer" << id << ": first bytes after" << firstAt - asked << "ms, whole after"
                        << control::monotonicMs() - asked << "ms," << compressed << "bytes";
                    if (answer)
                        *answer = std::move(packed);
                    return end(QString(), false);
                }
                break;
            }
            case history::wire::Kind::Failed:
                return end(QString::fromUtf8(f->body.left(4096)), false);
            default:
                return end(tr("%1 sent a request where an answer belongs").arg(describe()), true);
            }
        }
        {
            std::lock_guard<std::mutex> lock(r.mutex);
            if (r.lost)
                break;
        }
        const qint64 left = deadline - control::monotonicMs();
        pollfd pfd { r.fd, POLLIN, 0 };
        const int ready = left > 0 ? ::poll(&pfd, 1, int(left)) : 0;
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0)
            return end(tr("%1 did not answer within %2 s").arg(describe()).arg(kAnswerMs / 1000), true);
        const ssize_t n = ::recv(r.fd, buf, sizeof buf, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        received += n;
        if (firstAt < 0)
            firstAt = control::monotonicMs();
        if (!r.frames.feed(buf, int(n)))
            return end(tr("%1 sent a bad frame: %2").arg(describe(), r.frames.error()), true);
    }
    const QString why = r.stream.error(); // set before the relay closed its end
    return end(why.isEmpty() ? tr("the channel to %1 closed").arg(r.where.host) : why, true);
}

} // namespace omv
