#include "sshmux.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace omv
{

namespace
{

QString sshClient()
{
    static const QString path = QStandardPaths::findExecutable(QStringLiteral("ssh"));
    return path;
}

// A folder only this user may enter: made when missing, refused when it is anyone else's, a
// link, or open to others (a control socket there is a logged-in session to a cluster).
bool privateFolder(const QString& path)
{
    if (!QDir().mkpath(path))
        return false;
    struct stat st {
    };
    const QByteArray p = QFile::encodeName(path);
    if (::lstat(p.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid())
        return false;
    return (st.st_mode & 077) == 0 || ::chmod(p.constData(), 0700) == 0;
}

// What every ssh client of a kept session is given: the suite's own settings, never a question.
QStringList baseArguments(const SshOptions& o, const QString& path)
{
    QStringList a;
    if (o.configFile == QLatin1String("none"))
        a << QStringLiteral("-F") << QStringLiteral("/dev/null");
    else if (!o.configFile.isEmpty())
        a << QStringLiteral("-F") << o.configFile;
    a << QStringLiteral("-o") << QStringLiteral("BatchMode=yes") << QStringLiteral("-o")
      << QStringLiteral("StrictHostKeyChecking=yes") << QStringLiteral("-o")
      << QStringLiteral("ConnectTimeout=%1").arg(std::max(1, o.connectTimeoutMs / 1000));
    if (!o.knownHostsFile.isEmpty())
        a << QStringLiteral("-o") << QStringLiteral("UserKnownHostsFile=") + o.knownHostsFile;
    if (!o.identityFile.isEmpty())
        a << QStringLiteral("-i") << o.identityFile << QStringLiteral("-o") << QStringLiteral("IdentitiesOnly=yes");
    if (!o.useAgent)
        a << QStringLiteral("-o") << QStringLiteral("IdentityAgent=none");
    if (o.port > 0)
        a << QStringLiteral("-p") << QString::number(o.port);
    if (!o.user.isEmpty())
        a << QStringLiteral("-l") << o.user;
    a << QStringLiteral("-S") << path;
    return a;
}

struct Spawned {
    pid_t pid = -1;
    int in = -1, out = -1, err = -1; // our ends; -1 where the child got /dev/null
};

// posix_spawn, not fork: the desk's programs have threads. Nothing of ours but the pipes is
// inherited (close from 3), so a master that outlives us holds none of our files open.
// `direct` (piped only): the child's stdin and stdout are that socket; only stderr is piped.
Spawned spawn(const QStringList& args, bool piped, int direct = -1)
{
    Spawned s;
    int in[2] = { -1, -1 }, out[2] = { -1, -1 }, err[2] = { -1, -1 };
    if (piped
        && ((direct < 0 && (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0))
            || ::pipe2(err, O_CLOEXEC) != 0)) {
        for (int fd : { in[0], in[1], out[0], out[1], err[0], err[1] })
            if (fd >= 0)
                ::close(fd);
        return s;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    if (piped) {
        posix_spawn_file_actions_adddup2(&fa, direct >= 0 ? direct : in[0], 0);
        posix_spawn_file_actions_adddup2(&fa, direct >= 0 ? direct : out[1], 1);
        posix_spawn_file_actions_adddup2(&fa, err[1], 2);
    } else {
        posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
        posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    }
    posix_spawn_file_actions_addclosefrom_np(&fa, 3);
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(sshClient()));
    for (const QString& a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& b : storage)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    const int rc = ::posix_spawn(&s.pid, argv[0], &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    if (piped) {
        for (int fd : { in[0], out[1], err[1] })
            if (fd >= 0)
                ::close(fd);
        if (rc != 0) {
            for (int fd : { in[1], out[0], err[0] })
                if (fd >= 0)
                    ::close(fd);
            s.pid = -1;
            return s;
        }
        s.in = in[1];
        s.out = out[0];
        s.err = err[0];
    } else if (rc != 0) {
        s.pid = -1;
    }
    return s;
}

int waitFor(pid_t pid)
{
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
    return status;
}

} // namespace

namespace sshmux
{

QString controlPath(const SshOptions& o)
{
    if (sshClient().isEmpty() || o.host.isEmpty() || o.host.startsWith(QLatin1Char('-')))
        return QString();
    const QByteArray xdg = qgetenv("XDG_RUNTIME_DIR");
    const QString folder = (!xdg.isEmpty() ? QFile::decodeName(xdg) + QStringLiteral("/openmosixview/ssh")
                                           : QDir::homePath() + QStringLiteral("/.cache/openmosixview/ssh"));
    // Named by everything that makes it a different session: another key or known_hosts file
    // must not ride on this one.
    const QByteArray who = (o.user + QLatin1Char('@') + o.host + QLatin1Char(':') + QString::number(o.port)
        + QLatin1Char('\n') + o.identityFile + QLatin1Char('\n') + o.knownHostsFile + QLatin1Char('\n') + o.configFile
        + QLatin1Char('\n') + QString::number(o.useAgent))
                               .toUtf8();
    const QString path = folder + QLatin1Char('/')
        + QString::fromLatin1(QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(20));
    // ssh makes PATH.XXXXXXXXXXXXXXXX first: both must fit a socket address.
    if (QFile::encodeName(path).size() + 17 >= int(sizeof(sockaddr_un::sun_path)) || !privateFolder(folder))
        return QString();
    return path;
}

bool alive(const QString& path)
{
    if (path.isEmpty())
        return false;
    const QByteArray p = QFile::encodeName(path);
    struct stat st {
    };
    if (::lstat(p.constData(), &st) != 0 || !S_ISSOCK(st.st_mode) || st.st_uid != ::geteuid())
        return false;
    sockaddr_un sa {};
    sa.sun_family = AF_UNIX;
    std::memcpy(sa.sun_path, p.constData(), size_t(p.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const bool ok = fd >= 0 && ::connect(fd, reinterpret_cast<const sockaddr*>(&sa), sizeof sa) == 0;
    if (fd >= 0)
        ::close(fd);
    return ok;
}

void startMaster(const SshOptions& o, const QString& path, int keepS)
{
    // A master that could not log in (a key with a passphrase and no agent) is not tried again
    // for a minute; one that did may be started again as soon as it is gone.
    // Never destroyed: the thread that waits for a master's start may outlive main().
    static std::mutex& mutex = *new std::mutex;
    static std::map<QString, qint64>& tried = *new std::map<QString, qint64>; // path → when a try began or failed
    static QElapsedTimer& clock = *new QElapsedTimer;
    if (path.isEmpty() || keepS <= 0 || alive(path))
        return;
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (!clock.isValid())
            clock.start();
        const auto it = tried.find(path);
        if (it != tried.end() && clock.elapsed() - it->second < 60000)
            return;
        tried[path] = clock.elapsed();
    }
    // A socket no master answers on (one killed, the machine restarted: ~/.cache outlives both)
    // would make every new master give up multiplexing ("already exists"): ours, so removed.
    // A master being started is never such a one: ssh puts its socket there already listening.
    struct stat st {
    };
    const QByteArray p = QFile::encodeName(path);
    if (::lstat(p.constData(), &st) == 0 && S_ISSOCK(st.st_mode) && st.st_uid == ::geteuid())
        ::unlink(p.constData());
    const QStringList args = baseArguments(o, path)
        // One log for all of them, in the same folder: what a master says is rare (it could
        // not log in, its connection broke), and a file per session would pile up.
        << QStringLiteral("-E") << QFileInfo(path).path() + QStringLiteral("/ssh.log") << QStringLiteral("-o")
        << QStringLiteral("ControlMaster=yes") << QStringLiteral("-o") << QStringLiteral("ControlPersist=%1").arg(keepS)
        << QStringLiteral("-f") << QStringLiteral("--")
        << o.host
        // A first session that ends at once (not -N): the master stays for ControlPersist; one
        // that lost the race for the socket to another program's ("disabling multiplexing")
        // is a plain session, and ends with it instead of holding a login open for ever.
        << QStringLiteral("true");
    const Spawned s = spawn(args, false);
    // -f: it goes to the background once authenticated; the first process ends then, 0 when
    // the master runs.
    if (s.pid > 0)
        std::thread([pid = s.pid, path] {
            const int status = waitFor(pid);
            std::lock_guard<std::mutex> lock(mutex);
            if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
                tried.erase(path);
            else
                tried[path] = clock.elapsed();
        }).detach();
}

bool stopMaster(const SshOptions& o, const QString& path)
{
    if (!alive(path))
        return false;
    const Spawned s = spawn(
        baseArguments(o, path) << QStringLiteral("-O") << QStringLiteral("exit") << QStringLiteral("--") << o.host,
        false);
    return s.pid > 0 && WIFEXITED(waitFor(s.pid));
}

} // namespace sshmux

SshMuxTransport::SshMuxTransport(SshOptions options, QString controlPath)
    : m_options(std::move(options))
    , m_path(std::move(controlPath))
{
}

QString SshMuxTransport::describe() const
{
    return QStringLiteral("ssh -S %1 %2").arg(m_path, m_options.host);
}

void SshMuxTransport::abort()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_aborted = true;
    if (m_pid > 0)
        ::kill(m_pid, SIGTERM); // its pipes close: the loop below ends at once
}

CommandResult SshMuxTransport::run(const QString& commandLine, int timeoutMs)
{
    return execute(commandLine, timeoutMs, nullptr);
}

CommandResult SshMuxTransport::runStreamed(const QString& commandLine, int timeoutMs, const StreamIo& io)
{
    return execute(commandLine, timeoutMs, &io);
}

CommandResult SshMuxTransport::execute(const QString& commandLine, int timeoutMs, const StreamIo* io)
{
    QElapsedTimer timer;
    timer.start();
    CommandResult r;
    Spawned child;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_aborted)
            child = spawn(baseArguments(m_options, m_path)
                    << QStringLiteral("-o") << QStringLiteral("ControlMaster=no") << QStringLiteral("-T")
                    << QStringLiteral("--") << m_options.host << commandLine,
                true, io ? io->directFd : -1);
        m_pid = child.pid;
    }
    if (child.pid <= 0) {
        r.status = CommandResult::Status::Failed;
        r.error = m_aborted ? tr("stopped")
                            : tr("cannot start %1: %2").arg(sshClient(), QString::fromLocal8Bit(strerror(errno)));
        return r;
    }
    for (int fd : { child.in, child.out, child.err })
        if (fd >= 0)
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    QByteArray pending;
    // Direct: the client has the socket as stdin and stdout; only its stderr comes here.
    bool inputDone = !io || !io->input || io->directFd >= 0, waitInput = false, stopped = false, timedOut = false;
    if (inputDone && child.in >= 0) {
        ::close(child.in);
        child.in = -1;
    }
    char buf[65536];
    while (child.out >= 0 || child.err >= 0) {
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0) {
            timedOut = true;
            break;
        }
        if (!inputDone && pending.isEmpty() && !waitInput) {
            const qint64 n = io->input(buf, sizeof buf);
            if (n == StreamIo::kWait) {
                waitInput = true;
            } else if (n < 0) {
                stopped = true;
                break;
            } else if (n == 0) {
                inputDone = true;
                ::close(child.in);
                child.in = -1;
            } else {
                pending = QByteArray(buf, int(n));
            }
        }
        pollfd p[4];
        int np = 0;
        const auto add = [&](int fd, short events) {
            p[np] = { fd, events, 0 };
            return fd >= 0 ? np++ : -1;
        };
        const int iOut = add(child.out, POLLIN), iErr = add(child.err, POLLIN);
        const int iIn = child.in >= 0 && !pending.isEmpty() ? add(child.in, POLLOUT) : -1;
        const int iWait = waitInput && io->inputFd >= 0 ? add(io->inputFd, POLLIN) : -1;
        if (::poll(p, nfds_t(np), int(std::min<qint64>(left, 250))) < 0 && errno != EINTR)
            break;
        if (iWait >= 0 && p[iWait].revents)
            waitInput = false;
        if (iIn >= 0 && p[iIn].revents) {
            const ssize_t w = ::write(child.in, pending.constData(), size_t(pending.size()));
            if (w > 0)
                pending.remove(0, int(w));
            else if (w < 0 && errno != EAGAIN && errno != EINTR) { // the far end stopped reading
                pending.clear();
                inputDone = true;
                ::close(child.in);
                child.in = -1;
            }
        }
        for (const auto& [index, fd] : { std::pair { iOut, &child.out }, std::pair { iErr, &child.err } }) {
            if (index < 0 || !p[index].revents)
                continue;
            const ssize_t n = ::read(*fd, buf, sizeof buf);
            if (n < 0 && (errno == EAGAIN || errno == EINTR))
                continue;
            if (n <= 0) {
                ::close(*fd);
                *fd = -1;
            } else if (fd == &child.err) {
                if (r.err.size() < 65536)
                    r.err.append(buf, int(n));
            } else if (io && io->output) {
                if (!io->output(buf, n)) {
                    stopped = true;
                    break;
                }
            } else if (r.out.size() + n <= m_options.maxOutputBytes) {
                r.out.append(buf, int(n));
            }
        }
        if (stopped)
            break;
    }
    if (stopped || timedOut)
        ::kill(child.pid, SIGTERM);
    for (int fd : { child.in, child.out, child.err })
        if (fd >= 0)
            ::close(fd);
    const int status = waitFor(child.pid);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_pid = 0;
        stopped = stopped || m_aborted;
    }
    r.elapsedMs = timer.elapsed();
    if (timedOut) {
        r.status = CommandResult::Status::Timeout;
        r.error = tr("command timed out after %1 ms").arg(timeoutMs);
    } else if (stopped || !WIFEXITED(status)) {
        r.status = CommandResult::Status::Failed;
        r.error = tr("stopped");
    } else if (WEXITSTATUS(status) == 255) { // ssh's own failure: no channel, or the session broke
        r.status = CommandResult::Status::Failed;
        r.error = QString::fromLocal8Bit(r.err).trimmed().section(QLatin1Char('\n'), -1);
    } else {
        r.status = CommandResult::Status::Ok;
        r.exitStatus = WEXITSTATUS(status);
    }
    return r;
}

} // namespace omv
