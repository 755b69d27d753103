#include "controlserver.h"

#include "../util/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#include <vector>

namespace omv::control
{

namespace
{

QString lastError()
{
    return QString::fromLocal8Bit(strerror(errno));
}

} // namespace

qint64 monotonicMs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

void ignoreSigpipe()
{
    struct sigaction sa {
    };
    sa.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &sa, nullptr);
}

struct ControlServer::Client {
    int fd = -1;
    Peer peer;
    bool owner = false;
    qint64 deadline = 0;
    Decoder decoder;
    enum class Phase { Reading, Waiting, Writing } phase = Phase::Reading;
    QByteArray out;
    int sent = 0;
};

ControlServer::ControlServer(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
}

ControlServer::~ControlServer()
{
    close();
}

bool ControlServer::listen(const QByteArray& path, QString* error)
{
    close();
    if (path.isEmpty()) {
        *error = Text::tr("no socket to listen on (is the database there?)");
        return false;
    }
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    socklen_t len = 0;
    const sockaddr_un addr = unixAddress(path, &len);
    if (fd < 0) {
        *error = Text::tr("cannot listen for control requests: %1").arg(lastError());
        return false;
    }
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&addr), len) != 0) {
        const int e = errno;
        ::close(fd);
        if (e != EADDRINUSE) {
            errno = e;
            *error = Text::tr("cannot listen for control requests: %1").arg(lastError());
            return false;
        }
        // Somebody listens there already (only this user can have put it there): say who,
        // rather than run without control.
        const int probe = connectTo(path);
        const std::optional<Peer> holder = probe >= 0 ? peerOf(probe) : std::nullopt;
        if (probe >= 0)
            ::close(probe);
        *error = holder
            ? Text::tr("the control socket %1 is taken by %2").arg(QFile::decodeName(path), describe(*holder))
            : Text::tr("the control socket %1 is taken").arg(QFile::decodeName(path));
        return false;
    }
    // The folder decides who may come this far (socketdir.h); the socket itself is open.
    ::chmod(path.constData(), 0666);
    if (::listen(fd, 32) != 0) {
        *error = Text::tr("cannot listen for control requests: %1").arg(lastError());
        ::close(fd);
        return false;
    }
    QString why;
    if (!m_loop.start(
            fd, [this] { run(); }, &why)) {
        *error = Text::tr("cannot listen for control requests: %1").arg(why);
        return false;
    }
    return true;
}

void ControlServer::close()
{
    m_loop.stop();
    std::lock_guard<std::mutex> lock(m_mutex);
    m_replies.clear();
}

void ControlServer::setViewerBudget(const QSet<QByteArray>& verbs, double perMinute, double bytesPerMinute)
{
    m_budgetVerbs = verbs;
    m_perMinute = perMinute;
    m_bytesPerMinute = bytesPerMinute;
}

QByteArray ControlServer::screen(const Message& request, const Peer& peer)
{
    const QByteArray& verb = request.first();
    if (!m_viewerVerbs.isEmpty() && !m_viewerVerbs.contains(verb)) {
        refuse(peer.uid, [verb, peer] {
            return Text::tr("refused %1 to %2: a viewer may not").arg(QString::fromUtf8(verb), describe(peer));
        });
        return encode(errorReply(Text::tr("not allowed: viewers may ask for the status and follow the feed")));
    }
    if (!m_budgetVerbs.contains(verb))
        return QByteArray();
    qint64 bytes = 0;
    for (const QByteArray& field : request)
        bytes += field.size();
    const qint64 now = monotonicMs();
    auto it = m_budgets.find(peer.uid);
    if (it == m_budgets.end())
        it = m_budgets.insert(peer.uid, Budget { m_perMinute, m_bytesPerMinute, now });
    Budget& b = *it;
    const double minutes = double(now - b.atMs) / 60000.0;
    b.requests = std::min(m_perMinute, b.requests + minutes * m_perMinute);
    b.bytes = std::min(m_bytesPerMinute, b.bytes + minutes * m_bytesPerMinute);
    b.atMs = now;
    if (b.requests >= 1 && b.bytes >= double(bytes)) {
        b.requests -= 1;
        b.bytes -= double(bytes);
        return QByteArray();
    }
    ++m_overBudget;
    const double perMinute = m_perMinute, kib = m_bytesPerMinute / 1024;
    refuse(peer.uid, [peer, perMinute, kib] {
        return Text::tr("refused a record of %1: over a viewer's budget (%2 a minute, %3 KiB a minute)")
            .arg(describe(peer))
            .arg(perMinute)
            .arg(kib);
    });
    return encode(errorReply(
        Text::tr("too many records: a viewer may send %1 a minute, %2 KiB a minute").arg(perMinute).arg(kib)));
}

void ControlServer::refuse(uint uid, const LogThrottle::Line& line)
{
    m_refusals.spend();
    if (m_log)
        m_log->say(QString::number(uid), line);
}

void ControlServer::dispatch(quint64 id, const Message& request, const Peer& peer)
{
    // Runs on this object's thread (the collector's): the handler may touch the store.
    QMetaObject::invokeMethod(
        this,
        [this, id, request, peer] {
            const QByteArray reply = encode(m_handler(request, peer));
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_replies.emplace_back(id, reply);
            }
            m_loop.wake();
        },
        Qt::QueuedConnection);
}

void ControlServer::run()
{
    QHash<quint64, Client> clients;
    quint64 nextId = 1;
    std::vector<pollfd> fds;
    std::vector<quint64> ids;
    QHash<uid_t, int> perUser; // open connections by uid
    int owners = 0, viewers = 0;
    // `why` (made only if the log wants it) for a connection the log should hear of.
    auto drop = [&](quint64 id, const LogThrottle::Line& why) {
        auto it = clients.find(id);
        if (it == clients.end())
            return;
        if (why)
            refuse(it->peer.uid, why);
        ::close(it->fd);
        (it->owner ? owners : viewers) -= 1;
        if (--perUser[it->peer.uid] == 0)
            perUser.remove(it->peer.uid);
        clients.erase(it);
    };
    auto sendNow = [](int fd, const QByteArray& bytes) {
        (void)!::send(fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
    };
    while (true) {
        ids.clear();
        // Accepting (who it is decides which pool it takes a slot from, or that it goes) while
        // the refusal budget lasts; a flood waits in the backlog meanwhile.
        int refuseWait = 0;
        const bool accepting = m_refusals.open(&refuseWait);
        m_loop.begin(fds, accepting);
        qint64 now = monotonicMs();
        qint64 nearest = now + 60000;
        for (auto it = clients.cbegin(); it != clients.cend(); ++it) {
            const Client& c = it.value();
            if (c.phase == Client::Phase::Waiting)
                continue; // the handler has it; its reply wakes us
            fds.push_back({ c.fd, short(c.phase == Client::Phase::Reading ? POLLIN : POLLOUT), 0 });
            ids.push_back(it.key());
            nearest = std::min(nearest, c.deadline);
        }
        int timeout = int(std::max<qint64>(0, nearest - now));
        if (!accepting)
            timeout = std::min(timeout, refuseWait);
        if (!m_loop.wait(fds, timeout))
            break;
        now = monotonicMs();
        if (m_loop.woken()) {
            std::deque<std::pair<quint64, QByteArray>> replies;
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                replies.swap(m_replies);
            }
            for (auto& r : replies) {
                auto it = clients.find(r.first);
                if (it == clients.end())
                    continue;
                it->phase = Client::Phase::Writing;
                it->out = r.second;
                it->deadline = now + m_deadlineMs;
            }
        }
        for (size_t i = PollLoop::kFirst; i < fds.size(); ++i) {
            const quint64 id = ids[i - PollLoop::kFirst];
            auto it = clients.find(id);
            if (it == clients.end())
                continue;
            Client& c = it.value();
            if (fds[i].revents & (POLLERR | POLLNVAL)) {
                drop(id, nullptr);
                continue;
            }
            if (c.phase == Client::Phase::Reading && (fds[i].revents & (POLLIN | POLLHUP))) {
                char buf[16384];
                const int want = std::clamp(c.decoder.wanted(), 1, int(sizeof buf));
                const ssize_t n = ::recv(c.fd, buf, size_t(want), MSG_DONTWAIT);
                if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
                    drop(id, nullptr); // gone before it asked anything: nothing to answer
                    continue;
                }
                if (n > 0) {
                    const Decoder::State s = c.decoder.feed(buf, int(n));
                    if (s == Decoder::State::Error) {
                        sendNow(c.fd, encode(errorReply(c.decoder.error())));
                        drop(id, [peer = c.peer, e = c.decoder.error()] {
                            return Text::tr("%1: %2").arg(describe(peer), e);
                        });
                        continue;
                    }
                    if (s == Decoder::State::Done && !c.owner) {
                        const QByteArray answered = screen(c.decoder.message(), c.peer);
                        if (!answered.isEmpty()) {
                            sendNow(c.fd, answered);
                            drop(id, nullptr); // screen() told the log
                            continue;
                        }
                    }
                    if (s == Decoder::State::Done) {
                        c.phase = Client::Phase::Waiting;
                        dispatch(id, c.decoder.message(), c.peer);
                        continue;
                    }
                }
            } else if (c.phase == Client::Phase::Writing && (fds[i].revents & (POLLOUT | POLLHUP))) {
                const ssize_t n = ::send(
                    c.fd, c.out.constData() + c.sent, size_t(c.out.size() - c.sent), MSG_NOSIGNAL | MSG_DONTWAIT);
                if (n < 0 && errno != EAGAIN && errno != EINTR) {
                    drop(id, nullptr); // it went away before the answer: its loss
                    continue;
                }
                if (n > 0)
                    c.sent += int(n);
                if (c.sent >= c.out.size()) {
                    drop(id, nullptr);
                    continue;
                }
            }
            if (now >= c.deadline) {
                if (c.phase == Client::Phase::Reading)
                    sendNow(c.fd, encode(errorReply(Text::tr("the request took too long"))));
                drop(id, [peer = c.peer, ms = c.owner ? m_deadlineMs : std::min(m_deadlineMs, kViewerDeadlineMs)] {
                    return Text::tr("%1: no whole request within %2 ms").arg(describe(peer)).arg(ms);
                });
            }
        }
        if (PollLoop::listenerReady(fds)) {
            int wait = 0;
            for (int accepted = 0; accepted < 256 && m_refusals.open(&wait); ++accepted) { // then the others
                const int fd = ::accept4(m_loop.listenFd(), nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
                if (fd < 0)
                    break;
                const std::optional<Peer> peer = peerOf(fd);
                const Access::Level level = peer ? m_access->of(*peer) : Access::Level::None;
                if (level == Access::Level::None) {
                    sendNow(fd, encode(errorReply(Text::tr("not allowed"))));
                    ::close(fd);
                    refuse(peer ? peer->uid : uint(-1), [peer, access = m_access] {
                        return Text::tr("refused %1: only %2 may use this collector")
                            .arg(peer ? describe(*peer) : Text::tr("an unknown peer"), access->allowed());
                    });
                    continue;
                }
                const bool owner = level == Access::Level::Owner;
                if (owner && owners >= kOwnerSlots) {
                    // The owner is never turned away for its own idle connections: the one
                    // that has waited longest for a request makes room.
                    quint64 oldest = 0;
                    for (auto it = clients.cbegin(); it != clients.cend(); ++it) {
                        if (it->owner && it->phase == Client::Phase::Reading && (oldest == 0 || it.key() < oldest))
                            oldest = it.key();
                    }
                    if (oldest != 0) {
                        sendNow(clients.value(oldest).fd,
                            encode(errorReply(Text::tr("dropped: no request while others waited"))));
                        drop(oldest, [peer = clients.value(oldest).peer] {
                            return Text::tr("%1: dropped, idle while the owner's slots were full").arg(describe(peer));
                        });
                    }
                }
                const int mine = perUser.value(peer->uid);
                if (owner ? owners >= kOwnerSlots : (mine >= kSlotsPerViewer || viewers >= kViewerSlots)) {
                    sendNow(fd, encode(errorReply(Text::tr("busy: too many connections open"))));
                    ::close(fd);
                    refuse(peer->uid, [p = *peer, mine, viewers] {
                        return Text::tr("turned away %1: %2 connections of this user open, %3 of all viewers")
                            .arg(describe(p))
                            .arg(mine)
                            .arg(viewers);
                    });
                    continue;
                }
                Client c;
                c.fd = fd;
                c.peer = *peer;
                c.owner = owner;
                c.deadline = now + (owner ? m_deadlineMs : std::min(m_deadlineMs, kViewerDeadlineMs));
                clients.insert(nextId++, std::move(c));
                (owner ? owners : viewers) += 1;
                perUser[peer->uid] += 1;
            }
        }
    }
    for (const Client& c : std::as_const(clients))
        ::close(c.fd);
}

bool request(const QString& dbPath, const Message& message, QString* answer, int deadlineMs)
{
    qCDebug(log::control).noquote() << dbPath << "asking" << QString::fromUtf8(message.value(0).left(40));
    const qint64 deadline = monotonicMs() + deadlineMs;
    const std::optional<SocketPaths> paths = socketPaths(dbPath, answer);
    if (!paths)
        return false;
    int fd = -1;
    // A full backlog (EAGAIN) is a busy collector: try again until the deadline.
    while ((fd = connectTo(paths->control)) < 0 && errno == EAGAIN && monotonicMs() < deadline)
        ::usleep(20000);
    if (fd < 0) {
        *answer = connectError(dbPath, errno);
        return false;
    }
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer { fd };
    // Whoever listens under the name must be the database's owner (its collector) or root: a
    // squatter is told nothing, audit records included.
    const std::optional<Peer> peer = peerOf(fd);
    if (!peer || (peer->uid != paths->owner && peer->uid != 0)) {
        *answer = Text::tr("refusing to talk to %1: the collector of %2 runs as uid %3 (its owner) or root")
                      .arg(peer ? describe(*peer) : Text::tr("an unknown listener"), dbPath)
                      .arg(paths->owner);
        return false;
    }
    const QByteArray out = encode(message);
    int sent = 0;
    Decoder in;
    while (in.state() == Decoder::State::NeedMore) {
        const qint64 left = deadline - monotonicMs();
        if (left <= 0) {
            *answer
                = Text::tr("the collector recording into %1 did not answer within %2 ms").arg(dbPath).arg(deadlineMs);
            return false;
        }
        pollfd p { fd, short(sent < out.size() ? POLLOUT : POLLIN), 0 };
        if (::poll(&p, 1, int(left)) < 0 && errno != EINTR) {
            *answer = lastError();
            return false;
        }
        if (sent < out.size() && (p.revents & POLLOUT)) {
            const ssize_t n
                = ::send(fd, out.constData() + sent, size_t(out.size() - sent), MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n < 0 && errno != EAGAIN && errno != EINTR) {
                // It may have answered already (a refusal) before hanging up: read that below.
                sent = out.size();
                continue;
            }
            sent += int(std::max<ssize_t>(0, n));
        } else if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
            char buf[16384];
            const int want = std::clamp(in.wanted(), 1, int(sizeof buf));
            const ssize_t n = ::recv(fd, buf, size_t(want), MSG_DONTWAIT);
            if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
                *answer
                    = Text::tr("the collector recording into %1 closed the connection without an answer").arg(dbPath);
                return false;
            }
            if (n > 0)
                in.feed(buf, int(n));
        }
    }
    if (in.state() == Decoder::State::Error || in.message().size() < 2
        || (in.message()[0] != "ok" && in.message()[0] != "error")) {
        *answer = Text::tr("the collector's answer is malformed: %1").arg(in.error());
        return false;
    }
    *answer = QString::fromUtf8(in.message()[1]);
    return in.message()[0] == "ok";
}

} // namespace omv::control
