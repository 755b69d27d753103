#include "feed.h"

#include "../util/logging.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace omv::control
{

QByteArray feedFrame(const FeedMessage& message)
{
    const QByteArray body = encodeFeed(message);
    QByteArray out;
    out.reserve(4 + body.size());
    const quint32 n = quint32(body.size());
    out.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
    return out + body;
}

FeedServer::FeedServer(std::shared_ptr<LogThrottle> log)
    : m_log(std::move(log))
{
}

FeedServer::~FeedServer()
{
    close();
}

bool FeedServer::listen(const QByteArray& path, QString* error)
{
    close();
    if (path.isEmpty()) {
        *error = Text::tr("no socket to publish the feed on (is the database there?)");
        return false;
    }
    QString why;
    if (!m_loop.listenOn(
            path, [this] { run(); }, &why)) {
        *error = Text::tr("cannot publish the snapshot feed: %1").arg(why);
        return false;
    }
    return true;
}

void FeedServer::close()
{
    m_loop.stop();
    std::lock_guard<std::mutex> lock(m_mutex);
    for (auto& [fd, s] : m_subs)
        ::close(fd);
    m_subs.clear();
    m_count = 0;
}

std::shared_ptr<const QByteArray> FeedServer::fullFrame()
{
    if (!m_latestFull && m_latest) {
        FeedMessage full = feedFull(*m_latest, m_latestSequence);
        full.intervalMs = quint32(m_intervalMs.load());
        m_latestFull = std::make_shared<const QByteArray>(feedFrame(full));
    }
    return m_latestFull;
}

void FeedServer::forget()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_latest.reset();
    m_latestFull.reset();
}

qint64 FeedServer::mostQueuedBytes() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    qint64 most = 0;
    for (const auto& [fd, s] : m_subs)
        most = std::max(most, s.queued);
    return most;
}

void FeedServer::publish(const ClusterSnapshot& complete, quint64 sequence, const QByteArray& deltaFrame)
{
    auto delta = std::make_shared<const QByteArray>(deltaFrame);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_latest = std::make_shared<const ClusterSnapshot>(complete);
        m_latestSequence = sequence;
        m_latestFull.reset();
        for (auto& [fd, s] : m_subs) {
            if (s.needsFull || delta->isEmpty()) {
                s.needsFull = true; // a whole one, made on the feed's thread when it can go
                continue;
            }
            if (s.queued + delta->size() > m_maxQueued) {
                // Behind: what waits is dropped (the frame being sent is finished first, so the
                // stream stays whole) and a whole snapshot follows.
                while (s.frames.size() > (s.sentOfFront > 0 ? 1u : 0u)) {
                    s.queued -= s.frames.back()->size();
                    s.frames.pop_back();
                }
                s.needsFull = true;
                ++m_resets;
                continue;
            }
            s.frames.push_back(delta);
            s.queued += delta->size();
        }
    }
    m_loop.wake();
}

void FeedServer::run()
{
    RefusalBudget refusals; // a flood of turned-away subscriptions waits in the backlog
    std::vector<pollfd> fds;
    while (true) {
        int refuseWait = 1000;
        const bool accepting = refusals.open(&refuseWait);
        m_loop.begin(fds, accepting);
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            for (auto& [fd, s] : m_subs) {
                if (s.needsFull && s.sentOfFront == 0 && s.frames.empty()) {
                    if (std::shared_ptr<const QByteArray> full = fullFrame()) {
                        s.frames.push_back(full);
                        s.queued += full->size();
                        s.needsFull = false;
                    }
                }
                // POLLIN too: a subscriber that hangs up is seen at once.
                fds.push_back({ fd, short(POLLIN | (s.frames.empty() ? 0 : POLLOUT)), 0 });
            }
        }
        if (!m_loop.wait(fds, accepting ? 1000 : refuseWait))
            break;
        if (PollLoop::listenerReady(fds)) {
            m_loop.acceptAll(
                refusals, *m_access,
                [this](int, const std::optional<Peer>& peer) {
                    if (m_log)
                        m_log->say(QString::number(peer ? peer->uid : uint(-1)), [peer, access = m_access] {
                            return Text::tr("feed: refused %1: only %2 may subscribe")
                                .arg(peer ? describe(*peer) : Text::tr("an unknown peer"), access->allowed());
                        });
                },
                [this](int fd, const Peer& peer, bool owner) {
                    std::unique_lock<std::mutex> lock(m_mutex);
                    int mine = 0, viewers = 0, owners = 0;
                    for (const auto& [other, s] : m_subs) {
                        mine += s.uid == peer.uid;
                        (s.owner ? owners : viewers) += 1;
                    }
                    if (owner ? owners >= kOwnerSubscribers
                              : (mine >= kSubscribersPerViewer || viewers >= kViewerSubscribers)) {
                        lock.unlock();
                        if (m_log)
                            m_log->say(QString::number(peer.uid), [p = peer, mine, viewers] {
                                return Text::tr(
                                    "feed: turned away %1: %2 subscriptions of this user, %3 of all viewers")
                                    .arg(describe(p))
                                    .arg(mine)
                                    .arg(viewers);
                            });
                        return false;
                    }
                    Subscriber& s = m_subs[fd]; // needs a whole snapshot first
                    s.uid = peer.uid;
                    s.owner = owner;
                    m_count = int(m_subs.size());
                    return true;
                });
        }
        std::vector<int> gone;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            for (size_t i = PollLoop::kFirst; i < fds.size(); ++i) {
                const int fd = fds[i].fd;
                auto it = m_subs.find(fd);
                if (it == m_subs.end())
                    continue;
                Subscriber& s = it->second;
                if (fds[i].revents & (POLLERR | POLLHUP | POLLNVAL)) {
                    gone.push_back(fd);
                    continue;
                }
                if (fds[i].revents & POLLIN) { // a subscriber says nothing: anything is a hang-up or junk
                    char junk[256];
                    const ssize_t n = ::recv(fd, junk, sizeof junk, 0);
                    if (n == 0 || (n < 0 && errno != EAGAIN)) {
                        gone.push_back(fd);
                        continue;
                    }
                }
                while (!s.frames.empty() && (fds[i].revents & POLLOUT)) {
                    const QByteArray& f = *s.frames.front();
                    const ssize_t n
                        = ::send(fd, f.constData() + s.sentOfFront, size_t(f.size() - s.sentOfFront), MSG_NOSIGNAL);
                    if (n <= 0)
                        break;
                    s.sentOfFront += n;
                    if (s.sentOfFront == f.size()) {
                        s.queued -= f.size();
                        s.frames.pop_front();
                        s.sentOfFront = 0;
                    }
                }
            }
            for (int fd : gone) {
                ::close(fd);
                m_subs.erase(fd);
            }
            m_count = int(m_subs.size());
        }
    }
}

FeedSubscriber::~FeedSubscriber()
{
    disconnect();
}

void FeedSubscriber::disconnect()
{
    if (m_remote) {
        // Our end shut first: a relay blocked writing to it returns, then its channel ends.
        if (m_fd >= 0)
            ::shutdown(m_fd, SHUT_RDWR);
        m_remote.reset();
    }
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_buf.clear();
    m_haveFull = false;
}

int openFeedSocket(const QString& dbPath, QString* error)
{
    const std::optional<SocketPaths> paths = socketPaths(dbPath, error);
    if (!paths)
        return -1;
    const int fd = connectTo(paths->feed);
    if (fd < 0) {
        *error = errno == ENOENT || errno == ECONNREFUSED ? Text::tr("no collector publishes %1").arg(dbPath)
                                                          : connectError(dbPath, errno);
        return -1;
    }
    // Only the database's owner (its collector) or root is believed.
    const std::optional<Peer> peer = peerOf(fd);
    if (!peer || (peer->uid != paths->owner && peer->uid != 0)) {
        ::close(fd);
        *error = Text::tr("refusing the feed of %1: it is not published by uid %2 (its owner) or root")
                     .arg(dbPath)
                     .arg(paths->owner);
        qCWarning(log::feed).noquote() << *error;
        return -1;
    }
    return fd;
}

bool FeedSubscriber::connect(const QString& dbPath, QString* error)
{
    disconnect();
    const int fd = openFeedSocket(dbPath, error);
    if (fd < 0)
        return false;
    m_fd = fd;
    qCDebug(log::feed).noquote() << "following the collector of" << dbPath;
    return true;
}

bool FeedSubscriber::connect(const CollectorHost& where, const QString& dbPath, QString* error)
{
    if (!where.isRemote())
        return connect(dbPath, error);
    disconnect();
    // The serve there checked who publishes the feed, as connect() does here.
    auto remote = std::make_unique<RemoteStream>();
    const int fd = remote->open(where, QStringLiteral("feed"), dbPath, where.ssh.connectTimeoutMs + 10000, error);
    if (fd < 0)
        return false;
    m_remote = std::move(remote);
    m_fd = fd;
    qCDebug(log::feed).noquote() << "following the collector of" << dbPath << "on" << where.host;
    return true;
}

bool FeedSubscriber::next(ClusterSnapshot* out, int timeoutMs, QString* error)
{
    error->clear();
    const qint64 deadline = monotonicMs() + timeoutMs;
    while (m_fd >= 0) {
        // A whole frame in the buffer?
        if (m_buf.size() >= 4) {
            const auto* p = reinterpret_cast<const uchar*>(m_buf.constData());
            const quint32 n = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
            if (n > quint32(512) << 20) {
                *error = Text::tr("the feed sent a frame of %1 bytes").arg(n);
                disconnect();
                return false;
            }
            if (quint32(m_buf.size()) >= 4 + n) {
                const std::optional<FeedMessage> m = decodeFeed(m_buf.mid(4, int(n)), error);
                m_buf.remove(0, int(4 + n));
                if (!m) {
                    disconnect();
                    return false;
                }
                if (m->kind == FeedMessage::Kind::Full) {
                    m_snapshot = m->full;
                    m_sequence = m->sequence;
                    m_haveFull = true;
                } else if (!m_haveFull || !applyFeedDelta(&m_snapshot, &m_sequence, *m, error)) {
                    if (error->isEmpty())
                        *error = Text::tr("the feed sent a delta before a whole snapshot");
                    disconnect();
                    return false;
                }
                m_intervalMs = int(m->intervalMs);
                *out = m_snapshot;
                return true;
            }
        }
        // A timeout of 0 still looks once: what has arrived is read.
        const qint64 left = std::max<qint64>(0, deadline - monotonicMs());
        pollfd pfd { m_fd, POLLIN, 0 };
        if (::poll(&pfd, 1, int(std::min<qint64>(left, 1000))) < 0 && errno != EINTR)
            break;
        if (!(pfd.revents & (POLLIN | POLLHUP | POLLERR)) && left == 0)
            return false;
        if (pfd.revents & (POLLIN | POLLHUP | POLLERR)) {
            char buf[65536];
            const ssize_t n = ::recv(m_fd, buf, sizeof buf, 0);
            if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
                // From another machine, the serve's reason when it gave one.
                const QString remote = m_remote ? m_remote->error() : QString();
                *error = remote.isEmpty() ? Text::tr("the collector closed its feed") : remote;
                disconnect();
                return false;
            }
            if (n > 0) {
                m_buf.append(buf, int(n));
                m_received += n;
            }
        }
    }
    if (error->isEmpty())
        *error = Text::tr("not connected to a feed");
    return false;
}

} // namespace omv::control
