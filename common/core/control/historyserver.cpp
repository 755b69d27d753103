#include "historyserver.h"

#include "../store/historywire.h"
#include "../store/store.h"
#include "../util/logging.h"
#include "remote.h"
#include "socketdir.h"

#include <QHostInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace omv::control
{

HistoryServer::HistoryServer(QString dbPath, std::shared_ptr<LogThrottle> log)
    : m_path(std::move(dbPath))
    , m_log(std::move(log))
{
}

HistoryServer::~HistoryServer()
{
    close();
}

bool HistoryServer::listen(const QByteArray& path, QString* error)
{
    close();
    QString why;
    if (!m_loop.listenOn(
            path, [this] { run(); }, &why)) {
        *error = Text::tr("cannot serve the history: %1").arg(why);
        return false;
    }
    return true;
}

void HistoryServer::close()
{
    m_loop.stop();
    reap(true);
}

void HistoryServer::reap(bool all)
{
    std::list<Reader> ended;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        for (auto it = m_readers.begin(); it != m_readers.end();) {
            if (all && !it->done)
                ::shutdown(it->fd, SHUT_RDWR); // its reads and writes return: the serve ends
            if (all || it->done) {
                auto next = std::next(it);
                ended.splice(ended.end(), m_readers, it);
                it = next;
            } else {
                ++it;
            }
        }
        m_count = int(m_readers.size());
    }
    for (Reader& r : ended) {
        if (r.thread.joinable())
            r.thread.join();
        ::close(r.fd);
    }
}

void HistoryServer::serveOne(Reader* r)
{
    yieldToSampling(); // a month's statistics for a window wait rather than a sample
    const int flags = ::fcntl(r->fd, F_GETFL);
    ::fcntl(r->fd, F_SETFL, flags & ~O_NONBLOCK);
    StoreReader reader;
    QString error;
    if (!reader.open(m_path, &error)) {
        const QByteArray line = "error " + error.toUtf8().replace('\n', ' ') + '\n';
        writeAll(r->fd, line.constData(), line.size());
    } else if (writeAll(r->fd, "ok\n", 3)) {
        if (history::wire::serve(reader, m_path, r->fd, r->fd, &error) != 0 && m_log)
            m_log->say(QString::number(r->uid), [error, uid = r->uid] {
                return Text::tr("history: dropped uid %1 (%2): %3").arg(uid).arg(userName(uid), error);
            });
    }
    r->done = true; // reaped by the loop's next round (within a second)
}

void HistoryServer::run()
{
    RefusalBudget refusals;
    std::vector<pollfd> fds;
    while (true) {
        int refuseWait = 1000;
        const bool accepting = refusals.open(&refuseWait);
        m_loop.begin(fds, accepting);
        if (!m_loop.wait(fds, accepting ? 1000 : refuseWait))
            break;
        reap(false);
        if (!PollLoop::listenerReady(fds))
            continue;
        m_loop.acceptAll(
            refusals, *m_access,
            [this](int fd, const std::optional<Peer>& peer) {
                if (m_log)
                    m_log->say(QString::number(peer ? peer->uid : uint(-1)), [peer, access = m_access] {
                        return Text::tr("history: refused %1: only %2 may read it")
                            .arg(peer ? describe(*peer) : Text::tr("an unknown peer"), access->allowed());
                    });
                // Told in a line: the desk's serve passes it on (also for a feed that was refused).
                if (peer) {
                    const QByteArray line
                        = "error " + m_access->turnedAway(*peer, QHostInfo::localHostName()).toUtf8() + '\n';
                    ::send(fd, line.constData(), size_t(line.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
                }
            },
            [this](int fd, const Peer& peer, bool owner) {
                std::lock_guard<std::mutex> lock(m_mutex);
                int mine = 0, owners = 0, viewers = 0;
                for (const Reader& r : m_readers) {
                    mine += r.uid == peer.uid;
                    (r.owner ? owners : viewers) += 1;
                }
                if (owner ? owners >= kOwnerReaders : (mine >= kReadersPerViewer || viewers >= kViewerReaders)) {
                    const QByteArray line = "error "
                        + Text::tr("the collector is reading %1 histories for this user already")
                              .arg(owner ? owners : mine)
                              .toUtf8()
                        + '\n';
                    ::send(fd, line.constData(), size_t(line.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
                    return false;
                }
                m_readers.emplace_back();
                Reader& r = m_readers.back();
                r.fd = fd;
                r.uid = peer.uid;
                r.owner = owner;
                r.thread = std::thread([this, rp = &r] { serveOne(rp); });
                m_count = int(m_readers.size());
                return true;
            });
    }
}

int openHistorySocket(const QString& dbPath, QString* error, bool* noCollector)
{
    *noCollector = false;
    const std::optional<SocketPaths> paths = socketPaths(dbPath, error);
    if (!paths)
        return -1;
    const int fd = connectTo(paths->history);
    if (fd < 0) {
        *noCollector = errno == ENOENT || errno == ECONNREFUSED;
        *error = *noCollector ? Text::tr("no collector publishes %1").arg(dbPath) : connectError(dbPath, errno);
        return -1;
    }
    const std::optional<Peer> peer = peerOf(fd);
    if (!peer || (peer->uid != paths->owner && peer->uid != 0)) {
        ::close(fd);
        *error = Text::tr("refusing the history of %1: it is not served by uid %2 (its owner) or root")
                     .arg(dbPath)
                     .arg(paths->owner);
        return -1;
    }
    // Its first line, byte by byte (frames follow it): "ok", or why not.
    const int flags = ::fcntl(fd, F_GETFL);
    ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    QByteArray line;
    const qint64 deadline = monotonicMs() + 10000;
    while (!line.endsWith('\n') && line.size() < 4096) {
        pollfd p { fd, POLLIN, 0 };
        const qint64 left = deadline - monotonicMs();
        char c = 0;
        if (left <= 0 || ::poll(&p, 1, int(left)) <= 0 || ::recv(fd, &c, 1, 0) != 1) {
            ::close(fd);
            // Closed before a word: turned away (not a viewer, or too many at once).
            *error = Text::tr("the collector recording %1 did not let this user read its history").arg(dbPath);
            return -1;
        }
        line += c;
    }
    if (line != "ok\n") {
        ::close(fd);
        *error = QString::fromUtf8(line.mid(6).trimmed());
        return -1;
    }
    return fd;
}

} // namespace omv::control
