#include "remote.h"

#include "../transport/sshmux.h"
#include "../util/logging.h"
#include "../util/shellquote.h"
#include "controlserver.h"
#include "protocol.h"

#include <QCoreApplication>

#include <condition_variable>
#include <cstring>
#include <map>
#include <mutex>
#include <thread>

#include <cerrno>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace omv::control
{

namespace
{

// A channel that runs as long as the windows follow it; the transport's deadline is a whole
// command's, so this is only the bound on one channel's life (the desk opens another after it).
constexpr int kChannelLifeMs = 24 * 3600 * 1000;
// Longer than any header line.
constexpr int kMaxHeader = 256;

// "omv-serve 1 0.9.0 feed": the protocol this desk speaks and the mode it asked for.
bool headerFits(const QByteArray& line, const QString& mode, const QString& host, QString* why)
{
    const QList<QByteArray> words = line.split(' ');
    if (words.size() != 4 || words[0] != "omv-serve") {
        // What it said, short and printable: it is the host's text, shown in a window.
        QString said = QString::fromUtf8(line.left(80));
        for (QChar& c : said)
            if (!c.isPrint())
                c = QLatin1Char('?');
        *why = Text::tr("%1 did not answer as openmosixcollector --serve does (it said \"%2\")").arg(host, said);
        return false;
    }
    if (words[1].toInt() != kServeProtocol) {
        *why = Text::tr("the collector on %1 is version %2, which speaks protocol %3; this suite (version %4) speaks "
                        "protocol %5")
                   .arg(host, QString::fromUtf8(words[2].left(32)), QString::fromUtf8(words[1].left(8)),
                       QCoreApplication::applicationVersion())
                   .arg(kServeProtocol);
        return false;
    }
    if (QString::fromUtf8(words[3]) != mode) {
        *why = Text::tr("the collector on %1 answered for \"%2\", not \"%3\"")
                   .arg(host, QString::fromUtf8(words[3].left(32)), mode);
        return false;
    }
    return true;
}

enum class HeaderEnd { Fits, NotServe, Closed, TimedOut };

// The serve's header line read off `fd` a byte at a time (up to its newline and not a byte more:
// what follows is the mode's stream, the caller's to read).
HeaderEnd readHeader(int fd, qint64 deadline, const QString& mode, const QString& host, QString* why)
{
    QByteArray line;
    for (;;) {
        const qint64 left = deadline - monotonicMs();
        if (left <= 0)
            return HeaderEnd::TimedOut;
        pollfd p { fd, POLLIN, 0 };
        const int ready = ::poll(&p, 1, int(left));
        if (ready < 0 && errno != EINTR)
            return HeaderEnd::Closed;
        if (ready <= 0)
            continue;
        char c;
        const ssize_t n = ::recv(fd, &c, 1, MSG_DONTWAIT);
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            continue;
        if (n <= 0)
            return HeaderEnd::Closed;
        if (c == '\n')
            return headerFits(line, mode, host, why) ? HeaderEnd::Fits : HeaderEnd::NotServe;
        line.append(c);
        if (line.size() >= kMaxHeader) {
            *why = Text::tr("%1 did not answer as openmosixcollector --serve does").arg(host);
            return HeaderEnd::NotServe;
        }
    }
}

// Why a channel ended: the serve's own sentence (its stderr's first line) when it said one.
QString endOf(const CommandResult& r, const CollectorHost& where)
{
    // Its last line: sshd may say something first ("Could not chdir to home directory …").
    QString said = QString::fromUtf8(r.err).trimmed().section(QLatin1Char('\n'), -1).trimmed();
    if (r.status == CommandResult::Status::Ok && r.exitStatus == 127)
        return Text::tr("no %1 on %2 (%3)").arg(where.program, where.host, said);
    if (!said.isEmpty())
        return said;
    if (r.status != CommandResult::Status::Ok)
        return r.failureText();
    return r.exitStatus == 0
        ? QString()
        : Text::tr("%1 on %2 ended with status %3").arg(where.program, where.host).arg(r.exitStatus);
}

// One ssh session per collector host for the short requests of the whole program (the status
// every few seconds, every command's audit record): a channel on it costs a round trip, a new
// session a key exchange and an authentication. Kept until the program ends.
std::shared_ptr<SshTransport> requestTransport(const CollectorHost& where)
{
    static std::mutex mutex;
    static std::map<QString, std::shared_ptr<SshTransport>> transports;
    // Everything that decides whom the session trusts and as whom it logs in: a profile with
    // another known_hosts file must not ride on a session another one's trust made.
    const QString key = where.host + QLatin1Char('\n') + where.ssh.user + QLatin1Char('\n')
        + QString::number(where.ssh.port) + QLatin1Char('\n') + where.ssh.identityFile + QLatin1Char('\n')
        + where.ssh.knownHostsFile + QLatin1Char('\n') + where.ssh.configFile + QLatin1Char('\n')
        + QString::number(where.ssh.useAgent);
    std::lock_guard<std::mutex> lock(mutex);
    std::shared_ptr<SshTransport>& t = transports[key];
    if (!t) {
        SshOptions options = where.ssh;
        options.host = where.host;
        t = std::make_shared<SshTransport>(options);
    }
    return t;
}

} // namespace

bool writeAll(int fd, const char* data, qint64 size)
{
    while (size > 0) {
        // A socket: never SIGPIPE (a window that closed its end); a pipe (the serve's stdout):
        // the collector ignores SIGPIPE.
        ssize_t n = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
        if (n < 0 && errno == ENOTSOCK)
            n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

QString serveCommandLine(const CollectorHost& where, const QString& mode, const QString& dbPath)
{
    // exec: the channel's process is the serve itself (ended with the channel).
    return QStringLiteral("exec ") + shellQuote(where.program) + QStringLiteral(" --serve ") + shellQuote(mode)
        + QStringLiteral(" --db ") + shellQuote(dbPath);
}

QByteArray serveHeader(const QString& mode)
{
    return "omv-serve " + QByteArray::number(kServeProtocol) + ' ' + QCoreApplication::applicationVersion().toUtf8()
        + ' ' + mode.toUtf8() + '\n';
}

struct RemoteStream::State {
    std::mutex mutex;
    std::condition_variable changed;
    enum class Phase { Starting, Open, Ended } phase = Phase::Starting;
    bool answered = false; ///< the header came: what follows is the mode's stream
    QString error;
    std::shared_ptr<Transport> transport;
    bool shared = false; ///< the transport is requestTransport()'s: never aborted
    bool closing = false; ///< close() was called: no second try
    bool keptFailed = false; ///< the kept session failed (ssh's own error): try a session of its own
    std::thread thread;
    int writeFd = -1; // the relay's end; closed by the relay thread when the channel ends
};

RemoteStream::~RemoteStream()
{
    close();
}

int RemoteStream::open(const CollectorHost& where, const QString& mode, const QString& dbPath, int timeoutMs,
    QString* error, const QByteArray& input, std::shared_ptr<SshTransport> shared)
{
    return start(where, mode, dbPath, timeoutMs, error, input, std::move(shared), false, true);
}

int RemoteStream::openDuplex(
    const CollectorHost& where, const QString& mode, const QString& dbPath, int timeoutMs, QString* error)
{
    return start(where, mode, dbPath, timeoutMs, error, QByteArray(), nullptr, true, true);
}

int RemoteStream::start(const CollectorHost& where, const QString& mode, const QString& dbPath, int timeoutMs,
    QString* error, const QByteArray& input, std::shared_ptr<SshTransport> shared, bool duplex, bool mayUseKept)
{
    const qint64 deadline = monotonicMs() + timeoutMs;
    close();
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        *error = Text::tr("cannot make a local socket: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return -1;
    }
    auto st = std::make_shared<State>();
    st->writeFd = fds[1];
    SshOptions options = where.ssh;
    options.host = where.host;
    // A session an earlier program left (sshmux.h) makes this one a channel: no key exchange.
    const QString muxPath = where.keepSessionS > 0 ? sshmux::controlPath(options) : QString();
    const bool viaMux = mayUseKept && sshmux::alive(muxPath);
    if (viaMux)
        st->transport = std::make_shared<SshMuxTransport>(options, muxPath);
    else if (shared)
        st->transport = shared;
    else
        st->transport = std::make_shared<SshTransport>(options);
    st->shared = !viaMux && shared;
    m_state = st;
    // A channel of its own runs as long as it is followed; a request's has the request's
    // deadline (on a shared session it cannot be cut without cutting the others').
    const int life = shared ? timeoutMs : kChannelLifeMs;
    const QString command = serveCommandLine(where, mode, dbPath);
    const int keep = where.keepSessionS;
    // Through a kept session the socket itself is the channel's stdin and stdout (the session's
    // master reads and writes it): no thread of ours between the reader and ssh, a hop less each
    // way for every history request. The header is then read here, off the socket.
    const bool direct = viaMux && st->transport->canStreamDirect();
    if (direct) {
        qCDebug(log::feed).noquote() << "serve" << mode << "on" << where.host << "through the kept session, direct";
        st->thread = std::thread([st, where, mode, command, life] {
            StreamIo io;
            io.directFd = st->writeFd;
            const CommandResult r = st->transport->runStreamed(command, life, io);
            const QString why = endOf(r, where);
            qCDebug(log::feed).noquote() << "serve" << mode << "on" << where.host << "ended:" << why;
            std::lock_guard<std::mutex> lock(st->mutex);
            st->error = why;
            st->keptFailed = r.status != CommandResult::Status::Ok && !st->closing;
            st->phase = State::Phase::Ended;
            ::close(st->writeFd);
            st->writeFd = -1;
            st->changed.notify_all();
        });
        if (!duplex) {
            // What the serve reads, then its end (a socket's buffer holds a request's few bytes).
            if (!input.isEmpty())
                writeAll(fds[0], input.constData(), input.size());
            ::shutdown(fds[0], SHUT_WR);
        }
        QString refused;
        switch (readHeader(fds[0], deadline, mode, where.host, &refused)) {
        case HeaderEnd::Fits: {
            std::lock_guard<std::mutex> lock(st->mutex);
            st->answered = true;
            if (st->phase == State::Phase::Starting)
                st->phase = State::Phase::Open;
            return fds[0];
        }
        case HeaderEnd::Closed: {
            ::close(fds[0]);
            // The end of the socket comes after the thread's last word (it closes its copy
            // last); only a failing poll comes sooner, and then the channel is cut.
            bool ended;
            {
                std::lock_guard<std::mutex> lock(st->mutex);
                ended = st->phase == State::Phase::Ended;
            }
            if (!ended)
                st->transport->abort();
            st->thread.join();
            if (st->keptFailed) {
                // The kept session ended between the look and the channel: a session of its own.
                qCDebug(log::feed).noquote() << "kept session to" << where.host << "failed:" << st->error;
                m_state.reset();
                return start(where, mode, dbPath, int(std::max<qint64>(1, deadline - monotonicMs())), error, input,
                    std::move(shared), duplex, false);
            }
            *error = !st->error.isEmpty()
                ? st->error
                : Text::tr("%1 on %2 ended before it answered").arg(where.program, where.host);
            m_state.reset();
            return -1;
        }
        case HeaderEnd::NotServe:
            *error = refused;
            break;
        case HeaderEnd::TimedOut:
            *error = Text::tr("the collector on %1 did not answer within %2 s").arg(where.host).arg(timeoutMs / 1000.0);
            break;
        }
        ::close(fds[0]);
        close();
        return -1;
    }
    // Else a session of this program's own (libssh): a thread relays between it and the socket,
    // and checks the header on the way.
    st->thread = std::thread([st, where, mode, command, input, life, duplex, options, muxPath, keep] {
        QByteArray head;
        bool opened = false;
        QString refused;
        StreamIo io;
        qint64 given = 0;
        if (!input.isEmpty())
            io.input = [&](char* buf, qint64 max) {
                const qint64 n = std::min<qint64>(max, input.size() - given);
                std::memcpy(buf, input.constData() + given, size_t(n));
                given += n;
                return n;
            };
        if (duplex) {
            // What the caller wrote, as it comes; nothing yet: the transport waits on the socket.
            io.inputFd = st->writeFd;
            io.input = [&](char* buf, qint64 max) -> qint64 {
                const ssize_t n = ::recv(st->writeFd, buf, size_t(max), MSG_DONTWAIT);
                if (n >= 0)
                    return n; // 0: the caller ended its side
                return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? StreamIo::kWait : -1;
            };
        }
        io.output = [&](const char* data, qint64 size) {
            if (opened)
                return writeAll(st->writeFd, data, size);
            head.append(data, int(size));
            const int nl = head.indexOf('\n');
            if (nl < 0)
                return head.size() < kMaxHeader;
            if (!headerFits(head.left(nl), mode, where.host, &refused))
                return false;
            opened = true;
            {
                std::lock_guard<std::mutex> lock(st->mutex);
                st->phase = State::Phase::Open;
                st->answered = true;
            }
            st->changed.notify_all();
            // The host key was accepted and the key taken: a session may now be kept for the
            // programs after this one (it asks nothing, and checks the same known_hosts).
            sshmux::startMaster(options, muxPath, keep);
            const QByteArray rest = head.mid(nl + 1);
            head.clear();
            return writeAll(st->writeFd, rest.constData(), rest.size());
        };
        const CommandResult r = st->transport->runStreamed(command, life, io);
        QString why = !refused.isEmpty() ? refused : endOf(r, where);
        if (why.isEmpty() && !opened)
            why = head.size() >= kMaxHeader
                ? Text::tr("%1 did not answer as openmosixcollector --serve does").arg(where.host)
                : Text::tr("%1 on %2 ended before it answered").arg(where.program, where.host);
        qCDebug(log::feed).noquote() << "serve" << mode << "on" << where.host << "ended:" << why;
        std::lock_guard<std::mutex> lock(st->mutex);
        st->error = why;
        st->phase = State::Phase::Ended;
        ::close(st->writeFd);
        st->writeFd = -1;
        st->changed.notify_all();
    });
    std::unique_lock<std::mutex> lock(st->mutex);
    st->changed.wait_for(lock, std::chrono::milliseconds(std::max<qint64>(0, deadline - monotonicMs())),
        [&] { return st->phase != State::Phase::Starting; });
    // Answered: what it said waits in the socket, also when the channel has ended by now (a
    // control request's channel ends as soon as the answer is out).
    if (st->answered)
        return fds[0];
    *error = st->phase == State::Phase::Ended
        ? st->error
        : Text::tr("the collector on %1 did not answer within %2 s").arg(where.host).arg(timeoutMs / 1000.0);
    lock.unlock();
    ::close(fds[0]);
    close();
    return -1;
}

QString RemoteStream::error() const
{
    if (!m_state)
        return QString();
    std::lock_guard<std::mutex> lock(m_state->mutex);
    return m_state->error;
}

void RemoteStream::close()
{
    if (!m_state)
        return;
    // The transport's socket is shut down: the relay's libssh calls return at once. A shared
    // one is left alone: its channel ends by its deadline.
    std::shared_ptr<Transport> t;
    {
        std::lock_guard<std::mutex> lock(m_state->mutex);
        m_state->closing = true;
        t = m_state->transport;
    }
    if (!m_state->shared)
        t->abort();
    if (m_state->thread.joinable())
        m_state->thread.join();
    m_state.reset();
}

bool requestOn(const CollectorHost& where, const QString& dbPath, const QList<QByteArray>& message, QString* answer,
    int deadlineMs)
{
    if (!where.isRemote())
        return request(dbPath, message, answer, deadlineMs);
    // The deadline is the collector's; reaching the host takes its own (ssh connect) on top.
    const qint64 deadline = monotonicMs() + where.ssh.connectTimeoutMs + deadlineMs + 5000;
    RemoteStream stream;
    const int fd = stream.open(where, QStringLiteral("control"), dbPath, int(deadline - monotonicMs()), answer,
        encode(message), requestTransport(where));
    if (fd < 0)
        return false;
    Decoder reply;
    switch (readMessage(fd, deadline, &reply)) {
    case ReadEnd::TimedOut:
        *answer = Text::tr("the collector on %1 did not answer within %2 ms").arg(where.host).arg(deadlineMs);
        break;
    case ReadEnd::Closed: {
        ::close(fd);
        const QString why = stream.error(); // set before the relay closed its end
        *answer = !why.isEmpty() ? why : Text::tr("the collector on %1 gave no answer").arg(where.host);
        return false;
    }
    case ReadEnd::Whole:
        break;
    }
    ::close(fd);
    if (reply.state() != Decoder::State::Done) {
        if (reply.state() == Decoder::State::Error)
            *answer = Text::tr("the collector on %1 answered with a bad frame: %2").arg(where.host, reply.error());
        return false;
    }
    const QList<QByteArray>& m = reply.message();
    *answer = QString::fromUtf8(m.value(1));
    return m.value(0) == "ok";
}

} // namespace omv::control
