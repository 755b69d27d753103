#include "serve.h"

#include "collectorstart.h"
#include "controlserver.h"
#include "feed.h"
#include "historyserver.h"
#include "protocol.h"
#include "remote.h"
#include "socketdir.h"

#include "../store/historywire.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostInfo>

#include <QFile>

#include <cerrno>
#include <grp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace omv::control
{

namespace
{

// The feed, frame bytes as the socket gives them: the desk's subscriber reassembles them. The
// desk going away shows as an error on `out` (the channel's pipe closed) even while the feed is
// quiet between snapshots.
int relayFeed(int feed, int out, const QString& dbPath, QString* error)
{
    char buf[65536];
    bool any = false;
    for (;;) {
        pollfd pfd[2] = { { feed, POLLIN, 0 }, { out, 0, 0 } };
        if (::poll(pfd, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            *error = Text::tr("poll: %1").arg(QString::fromLocal8Bit(strerror(errno)));
            return 1;
        }
        if (pfd[1].revents & (POLLERR | POLLHUP | POLLNVAL))
            return 0;
        if (!(pfd[0].revents & (POLLIN | POLLHUP | POLLERR)))
            continue;
        const ssize_t n = ::recv(feed, buf, sizeof buf, 0);
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            continue;
        if (n <= 0) {
            *error = Text::tr("the collector recording into %1 on %2 stopped").arg(dbPath, QHostInfo::localHostName());
            if (!any) {
                // Closed before a frame: turned away (a collector whose sockets' folder anyone may
                // pass checks viewers itself). Its history socket says why in words.
                QString why;
                bool noCollector = false;
                const int history = openHistorySocket(dbPath, &why, &noCollector);
                if (history >= 0)
                    ::close(history);
                else if (!noCollector) {
                    *error = why;
                    return 3;
                }
            }
            return 4;
        }
        any = true;
        if (!writeAll(out, buf, n))
            return 0;
    }
}

// One request from the desk on `in`, the collector's answer on `out`. The request is read
// with the control socket's own limits (Decoder: kMaxFrame, kMaxFields) and a deadline, so a
// desk that stalls or sends garbage costs one short-lived process here and nothing more.
int relayRequest(const QString& dbPath, int in, int out, QString* error)
{
    constexpr int kReadMs = 10000;
    const qint64 deadline = monotonicMs() + kReadMs;
    Decoder request;
    switch (readMessage(in, deadline, &request)) {
    case ReadEnd::TimedOut:
        *error = Text::tr("no whole request came within %1 s").arg(kReadMs / 1000);
        return 2;
    case ReadEnd::Closed:
        *error = Text::tr("the request ended before it was whole");
        return 2;
    case ReadEnd::Whole:
        break;
    }
    if (request.state() == Decoder::State::Error) {
        *error = Text::tr("a bad request: %1").arg(request.error());
        return 2;
    }
    QString answer;
    const Message& m = request.message();
    // A start has no collector to go to: this program starts it (collectorstart.h).
    const bool ok = m.value(0) == "start"
        ? (m.size() == 2 ? startCollector(QCoreApplication::applicationFilePath(), dbPath, m[1].toInt(), &answer)
                         : (answer = Text::tr("a start names its interval"), false))
        : control::request(dbPath, m, &answer);
    const QByteArray reply = encode({ ok ? QByteArrayLiteral("ok") : QByteArrayLiteral("error"), answer.toUtf8() });
    return writeAll(out, reply.constData(), reply.size()) ? 0 : 1;
}

// A connect the collector's folder turned away: who is asking, and why in the words an admin
// acts on ("alice on ctl may not follow the collector: not a member of group omvviewers").
QString refusedBy(const QString& dbPath, const QString& why)
{
    const QString who = Text::tr("%1 on %2").arg(userName(::geteuid()), QHostInfo::localHostName());
    QString error;
    const std::optional<SocketPaths> paths = socketPaths(dbPath, &error);
    struct stat st {
    };
    if (paths && ::stat(QFile::encodeName(paths->dir).constData(), &st) == 0
        && ::access(QFile::encodeName(paths->dir).constData(), X_OK) != 0) {
        if ((st.st_mode & 0050) == 0050) {
            const struct group* g = ::getgrgid(st.st_gid);
            return Text::tr("%1 may not follow the collector: not a member of group %2")
                .arg(who, g ? QString::fromLocal8Bit(g->gr_name) : QString::number(st.st_gid));
        }
        return Text::tr("%1 may not follow the collector: it lets no viewers in (no viewers= in its profile)").arg(who);
    }
    // The collector's own words name who already ("… may not follow the collector: …").
    return why.startsWith(who) ? why : Text::tr("%1: %2").arg(who, why);
}

} // namespace

int relayBoth(int socket, int in, int out)
{
    char buf[65536];
    bool inOpen = true;
    for (;;) {
        // A closed `in` is left out (a negative fd): its hang-up would wake every round.
        pollfd pfd[2] = { { socket, POLLIN, 0 }, { inOpen ? in : -1, POLLIN, 0 } };
        if (::poll(pfd, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            return 1;
        }
        if (pfd[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t n = ::recv(socket, buf, sizeof buf, 0);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0 || !writeAll(out, buf, n))
                return 0;
        }
        if (inOpen && (pfd[1].revents & (POLLIN | POLLHUP | POLLERR))) {
            const ssize_t n = ::read(in, buf, sizeof buf);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                ::shutdown(socket, SHUT_WR);
                inOpen = false;
            } else if (!writeAll(socket, buf, n)) {
                return 0;
            }
        }
    }
}

int serve(const QString& mode, const QString& given, int in, int out, QString* error)
{
    const QString dbPath
        = given.startsWith(QLatin1String("~/")) ? QDir::homePath() + given.mid(1) : QDir(given).absolutePath();
    if (mode == QLatin1String("control")) {
        const QByteArray header = serveHeader(mode);
        return writeAll(out, header.constData(), header.size()) ? relayRequest(dbPath, in, out, error) : 0;
    }
    if (mode == QLatin1String("history")) {
        // The collector answers when it runs (its user may read the file, this one need not);
        // else the file itself, as this user may read it, with the reader the desk would use.
        bool noCollector = false;
        QString why;
        const int history = openHistorySocket(dbPath, &why, &noCollector);
        if (history >= 0) {
            const QByteArray header = serveHeader(mode);
            const int status = writeAll(out, header.constData(), header.size()) ? relayBoth(history, in, out) : 0;
            ::close(history);
            return status;
        }
        if (!noCollector) {
            *error = refusedBy(dbPath, why);
            return 3;
        }
        StoreReader reader;
        if (!reader.open(dbPath, &why)) {
            *error = Text::tr("%1 on %2: %3").arg(userName(::geteuid()), QHostInfo::localHostName(), why);
            return 3;
        }
        const QByteArray header = serveHeader(mode);
        if (!writeAll(out, header.constData(), header.size()))
            return 0;
        return history::wire::serve(reader, dbPath, in, out, error);
    }
    if (mode != QLatin1String("feed")) {
        *error = Text::tr("openmosixcollector --serve: no mode \"%1\" (this version serves: feed, control, history)")
                     .arg(mode);
        return 2;
    }
    const int feed = openFeedSocket(dbPath, error);
    if (feed < 0) {
        *error = refusedBy(dbPath, *error);
        return 3;
    }
    const QByteArray header = serveHeader(mode);
    const int status = writeAll(out, header.constData(), header.size()) ? relayFeed(feed, out, dbPath, error) : 0;
    ::close(feed);
    return status;
}

} // namespace omv::control
