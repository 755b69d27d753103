#include "protocol.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QPair>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <vector>

namespace omv::control
{

namespace
{

QString lookUpUserName(uid_t uid);

void putU32(QByteArray* out, quint32 v)
{
    const char b[4] = { char(v >> 24), char(v >> 16), char(v >> 8), char(v) };
    out->append(b, 4);
}

quint32 getU32(const char* p)
{
    return (quint32(quint8(p[0])) << 24) | (quint32(quint8(p[1])) << 16) | (quint32(quint8(p[2])) << 8)
        | quint32(quint8(p[3]));
}

} // namespace

void RefusalBudget::refill(qint64 now)
{
    if (m_at > 0)
        m_tokens = std::min(kPerSecond, m_tokens + double(now - m_at) * kPerSecond / 1000.0);
    m_at = now;
}

void RefusalBudget::spend()
{
    refill(monotonicMs());
    m_tokens -= 1;
}

bool RefusalBudget::open(int* waitMs)
{
    refill(monotonicMs());
    if (m_tokens >= 1)
        return true;
    *waitMs = int((1 - m_tokens) * 1000.0 / kPerSecond) + 1;
    return false;
}

void yieldToSampling(int steps)
{
    const auto tid = id_t(::syscall(SYS_gettid));
    errno = 0;
    const int now = ::getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        ::setpriority(PRIO_PROCESS, tid, std::min(19, now + steps));
}

QByteArray encode(const Message& message)
{
    QByteArray body;
    for (const QByteArray& f : message) {
        putU32(&body, quint32(f.size()));
        body += f;
    }
    QByteArray out;
    out.reserve(4 + body.size());
    putU32(&out, quint32(body.size()));
    return out + body;
}

Decoder::State Decoder::fail(const QString& why)
{
    m_error = why;
    m_buf.clear();
    return m_state = State::Error;
}

int Decoder::wanted() const
{
    if (m_state != State::NeedMore)
        return 0;
    if (m_buf.size() < 4)
        return 4 - m_buf.size();
    return int(getU32(m_buf.constData())) + 4 - m_buf.size();
}

Decoder::State Decoder::feed(const char* data, int size)
{
    if (m_state == State::Error)
        return m_state;
    if (m_state == State::Done)
        return size > 0 ? fail(Text::tr("more than one message on a connection")) : m_state;
    m_buf.append(data, size);
    if (m_buf.size() < 4)
        return m_state;
    const quint32 length = getU32(m_buf.constData());
    if (length > quint32(kMaxFrame))
        return fail(Text::tr("a message of %1 bytes (at most %2)").arg(length).arg(kMaxFrame));
    if (quint32(m_buf.size()) - 4 < length)
        return m_state;
    if (quint32(m_buf.size()) - 4 > length)
        return fail(Text::tr("more than one message on a connection"));
    Message fields;
    quint32 at = 4;
    const quint32 end = 4 + length;
    while (at < end) {
        if (fields.size() == kMaxFields)
            return fail(Text::tr("more than %1 fields").arg(kMaxFields));
        if (end - at < 4)
            return fail(Text::tr("a field is cut off"));
        const quint32 n = getU32(m_buf.constData() + at);
        at += 4;
        if (n > end - at)
            return fail(Text::tr("a field is cut off"));
        fields << m_buf.mid(int(at), int(n));
        at += n;
    }
    if (fields.isEmpty())
        return fail(Text::tr("an empty message"));
    m_message = fields;
    m_buf.clear();
    return m_state = State::Done;
}

ReadEnd readMessage(int fd, qint64 deadline, Decoder* decoder)
{
    char buf[4096];
    while (decoder->state() == Decoder::State::NeedMore) {
        const qint64 left = deadline - monotonicMs();
        pollfd p { fd, POLLIN, 0 };
        if (left <= 0)
            return ReadEnd::TimedOut;
        const int ready = ::poll(&p, 1, int(left));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0)
            return ReadEnd::TimedOut;
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return ReadEnd::Closed;
        decoder->feed(buf, int(n));
    }
    return ReadEnd::Whole;
}

std::optional<Message> decode(const QByteArray& frame, QString* error)
{
    Decoder d;
    if (d.feed(frame.constData(), frame.size()) == Decoder::State::Done)
        return d.message();
    if (error)
        *error = d.state() == Decoder::State::Error ? d.error() : Text::tr("the message is cut off");
    return std::nullopt;
}

std::optional<Peer> peerOf(int fd)
{
    ucred cred {};
    socklen_t len = sizeof cred;
    if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0 || len != sizeof cred)
        return std::nullopt;
    Peer peer { cred.uid, cred.gid, cred.pid, {} };
    // The groups as they were at connect(), kept by the kernel: asking the group database for the
    // user's groups would believe memberships the peer does not hold (dropped with setgroups).
    std::vector<gid_t> groups(64);
    socklen_t size = socklen_t(groups.size() * sizeof(gid_t));
    if (::getsockopt(fd, SOL_SOCKET, SO_PEERGROUPS, groups.data(), &size) != 0 && errno == ERANGE) {
        groups.resize(size / sizeof(gid_t));
        size = socklen_t(groups.size() * sizeof(gid_t));
        if (::getsockopt(fd, SOL_SOCKET, SO_PEERGROUPS, groups.data(), &size) != 0)
            size = 0;
    }
    groups.resize(size / sizeof(gid_t));
    peer.groups = std::move(groups);
    return peer;
}

Access::Level Access::of(const Peer& peer) const
{
    if (peer.uid == ::getuid() || peer.uid == 0)
        return Level::Owner;
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_viewers
        && (peer.gid == *m_viewers
            || std::find(peer.groups.cbegin(), peer.groups.cend(), *m_viewers) != peer.groups.cend()))
        return Level::Viewer;
    return Level::None;
}

void Access::setViewers(std::optional<gid_t> gid, const QString& name)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_viewers = gid;
    m_name = name;
}

QString Access::allowed() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_viewers)
        return Text::tr("uid %1 and root").arg(::getuid());
    return Text::tr("uid %1, root and group %2 (gid %3)").arg(::getuid()).arg(m_name).arg(*m_viewers);
}

QString Access::turnedAway(const Peer& peer, const QString& host) const
{
    const QString who = Text::tr("%1 on %2").arg(userName(peer.uid), host);
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_viewers)
        return Text::tr("%1 may not follow the collector: it lets no viewers in (no viewers= in its profile)").arg(who);
    return Text::tr("%1 may not follow the collector: not a member of group %2").arg(who, m_name);
}

std::optional<gid_t> groupId(const QString& name, QString* error)
{
    const long size = ::sysconf(_SC_GETGR_R_SIZE_MAX);
    std::vector<char> buf(size_t(size > 0 ? size : 16384));
    group gr {};
    group* found = nullptr;
    for (;;) {
        const int e = ::getgrnam_r(QFile::encodeName(name).constData(), &gr, buf.data(), buf.size(), &found);
        if (e == ERANGE && buf.size() < (size_t(1) << 24)) {
            buf.resize(buf.size() * 2); // a group with many members
            continue;
        }
        break;
    }
    if (!found) {
        *error = Text::tr("no group called %1").arg(name);
        return std::nullopt;
    }
    return found->gr_gid;
}

QString userName(uid_t uid)
{
    // Remembered for a minute: a log line per refused connection looked the name up each time.
    static std::mutex mutex;
    static QHash<uid_t, QPair<qint64, QString>> known;
    const qint64 now = monotonicMs();
    {
        std::lock_guard<std::mutex> lock(mutex);
        const auto it = known.constFind(uid);
        if (it != known.cend() && now - it->first < 60000)
            return it->second;
    }
    QString name = lookUpUserName(uid);
    std::lock_guard<std::mutex> lock(mutex);
    if (known.size() > 1024)
        known.clear();
    known.insert(uid, qMakePair(now, name));
    return name;
}

namespace
{

QString lookUpUserName(uid_t uid)
{
    long size = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buf(size_t(size > 0 ? size : 16384));
    passwd pw {};
    passwd* found = nullptr;
    if (::getpwuid_r(uid, &pw, buf.data(), buf.size(), &found) == 0 && found && found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    return QStringLiteral("uid %1").arg(uid);
}

} // namespace

QString describe(const Peer& peer)
{
    return Text::tr("uid %1 (%2), pid %3").arg(peer.uid).arg(userName(peer.uid)).arg(peer.pid);
}

Message statusRequest()
{
    return { QByteArrayLiteral("status") };
}

Message stopRequest()
{
    return { QByteArrayLiteral("stop") };
}

Message startRequest(int intervalS)
{
    return { QByteArrayLiteral("start"), QByteArray::number(intervalS) };
}

Message rotateRequest()
{
    return { QByteArrayLiteral("rotate") };
}

Message checkpointRequest(const QString& text)
{
    return { QByteArrayLiteral("checkpoint"), text.toUtf8() };
}

Message logRequest(NodeId home, int pid, bool on)
{
    return { QByteArrayLiteral("log"), QByteArray::number(home), QByteArray::number(pid),
        on ? QByteArrayLiteral("on") : QByteArrayLiteral("off") };
}

Message loggedRequest()
{
    return { QByteArrayLiteral("logged") };
}

std::optional<LogTarget> parseLogRequest(const Message& request)
{
    if (request.size() != 4 || request[0] != "log" || (request[3] != "on" && request[3] != "off"))
        return std::nullopt;
    bool okHome = false, okPid = false;
    const int home = request[1].toInt(&okHome);
    const int pid = request[2].toInt(&okPid);
    if (!okHome || !okPid || home <= 0 || pid <= 0)
        return std::nullopt;
    return LogTarget { NodeId(home), pid, request[3] == "on" };
}

QString loggedText(const QVector<QPair<NodeId, int>>& processes)
{
    QStringList words;
    for (const auto& [home, pid] : processes)
        words << QStringLiteral("%1:%2").arg(home).arg(pid);
    return words.join(QLatin1Char(' '));
}

QVector<QPair<NodeId, int>> parseLoggedText(const QString& text)
{
    QVector<QPair<NodeId, int>> out;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int colon = word.indexOf(QLatin1Char(':'));
        bool a = false, b = false;
        const int home = word.left(colon).toInt(&a);
        const int pid = word.mid(colon + 1).toInt(&b);
        if (colon > 0 && a && b && home > 0 && pid > 0)
            out << qMakePair(NodeId(home), pid);
    }
    return out;
}

Message commandRequest(const CommandRecord& r)
{
    const Command& c = r.command;
    return { QByteArrayLiteral("command"), QByteArray::number(int(c.kind)), QByteArray::number(c.node),
        QByteArray::number(c.pid), QByteArray::number(c.value), QByteArray::number(int(c.on)),
        QByteArray::number(int(c.signal)), QByteArray::number(int(c.runMode)), QByteArray::number(int(r.ok)),
        r.program.toUtf8(), r.commandLine.toUtf8(), r.result.toUtf8() };
}

std::optional<CommandRecord> parseCommandRequest(const Message& m)
{
    if (m.size() != 12 || m[0] != "command")
        return std::nullopt;
    bool good = true;
    auto number = [&](int i, qint64 lo, qint64 hi) {
        bool ok = false;
        const qint64 v = m[i].toLongLong(&ok);
        good = good && ok && v >= lo && v <= hi;
        return v;
    };
    CommandRecord r;
    Command& c = r.command;
    c.kind = Command::Kind(number(1, 0, int(Command::kLastKind)));
    c.node = NodeId(number(2, INT_MIN, INT_MAX));
    c.pid = int(number(3, INT_MIN, INT_MAX));
    c.value = number(4, LLONG_MIN, LLONG_MAX);
    c.on = number(5, 0, 1) != 0;
    c.signal = ProcessSignal(number(6, 0, int(ProcessSignal::Usr2)));
    c.runMode = RunMode(number(7, 0, int(RunMode::FastDecay)));
    r.ok = number(8, 0, 1) != 0;
    if (!good)
        return std::nullopt;
    r.program = QString::fromUtf8(m[9]);
    r.commandLine = QString::fromUtf8(m[10]);
    r.result = QString::fromUtf8(m[11]);
    return r;
}

Message okReply(const QString& text)
{
    return { QByteArrayLiteral("ok"), text.toUtf8() };
}

Message errorReply(const QString& text)
{
    return { QByteArrayLiteral("error"), text.toUtf8() };
}

} // namespace omv::control
