#include "socketdir.h"

#include "protocol.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace omv::control
{

namespace
{

QString errnoText(int e)
{
    return QString::fromLocal8Bit(std::strerror(e));
}

QString homeOf(uid_t uid)
{
    const long size = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buf(size_t(size > 0 ? size : 16384));
    passwd pw {};
    passwd* found = nullptr;
    if (::getpwuid_r(uid, &pw, buf.data(), buf.size(), &found) == 0 && found && found->pw_dir)
        return QFile::decodeName(found->pw_dir);
    return QString();
}

bool isDir(const char* path, uid_t* owner = nullptr)
{
    struct stat st {
    };
    if (::stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
        return false;
    if (owner)
        *owner = st.st_uid;
    return true;
}

/// BASE for the collector of a database `owner` owns (see the header for the order).
QString runtimeBase(uid_t owner)
{
    const QByteArray env = qgetenv("OMV_RUNTIME_DIR");
    if (!env.isEmpty())
        return QFile::decodeName(env);
    uid_t runOwner = 0;
    if (owner == 0 || (isDir("/run/openmosixview", &runOwner) && runOwner == owner))
        return QStringLiteral("/run/openmosixview");
    const QByteArray xdg = qgetenv("XDG_RUNTIME_DIR");
    if (owner == ::geteuid() && !xdg.isEmpty())
        return QFile::decodeName(xdg) + QStringLiteral("/openmosixview");
    const QString userRun = QStringLiteral("/run/user/%1").arg(owner);
    if (isDir(QFile::encodeName(userRun).constData()))
        return userRun + QStringLiteral("/openmosixview");
    const QString home = homeOf(owner);
    return (home.isEmpty() ? QStringLiteral("/nonexistent") : home) + QStringLiteral("/.cache/openmosixview/run");
}

/// A folder that is ours to keep sockets in: a real folder (no link), owned by this user or root,
/// that no one else may write into. The sentence says what is wrong.
bool checkFolder(const QString& path, bool mustBeMine, QString* error)
{
    struct stat st {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        *error = Text::tr("cannot use %1 for the collector's sockets: %2").arg(path, errnoText(errno));
        return false;
    }
    if (!S_ISDIR(st.st_mode)) {
        *error = Text::tr("%1 is in the way of the collector's sockets: it is not a folder").arg(path);
        return false;
    }
    const uid_t me = ::geteuid();
    if (st.st_uid != me && (mustBeMine || st.st_uid != 0)) {
        *error = Text::tr("refusing to keep the collector's sockets in %1: it belongs to %2, not to %3")
                     .arg(path, userName(st.st_uid), userName(me));
        return false;
    }
    if (st.st_mode & (S_IWGRP | S_IWOTH)) {
        *error = Text::tr("refusing to keep the collector's sockets in %1: others may write into it (mode %2)")
                     .arg(path)
                     .arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'));
        return false;
    }
    return true;
}

/// mkdir that tolerates a folder made meanwhile; `mode` applied exactly (not through the umask)
/// only when this call made it.
bool makeFolder(const QString& path, mode_t mode, QString* error)
{
    const QByteArray p = QFile::encodeName(path);
    if (::mkdir(p.constData(), 0700) == 0) {
        if (::chmod(p.constData(), mode) != 0) {
            *error = Text::tr("cannot set the mode of %1: %2").arg(path, errnoText(errno));
            return false;
        }
        return true;
    }
    if (errno == EEXIST)
        return true;
    *error = Text::tr("cannot make %1 for the collector's sockets: %2").arg(path, errnoText(errno));
    return false;
}

} // namespace

std::optional<SocketPaths> socketPaths(const QString& dbPath, QString* error)
{
    struct stat st {
    };
    if (::stat(QFile::encodeName(dbPath).constData(), &st) != 0) {
        *error = errno == ENOENT ? Text::tr("%1: no such database").arg(dbPath)
                                 : Text::tr("%1: %2").arg(dbPath, errnoText(errno));
        return std::nullopt;
    }
    SocketPaths p;
    p.owner = st.st_uid;
    p.dir = runtimeBase(st.st_uid) + QLatin1Char('/') + QString::number(qulonglong(st.st_dev)) + QLatin1Char('-')
        + QString::number(qulonglong(st.st_ino));
    p.control = QFile::encodeName(p.dir + QStringLiteral("/control"));
    p.feed = QFile::encodeName(p.dir + QStringLiteral("/feed"));
    p.history = QFile::encodeName(p.dir + QStringLiteral("/history"));
    if (size_t(p.control.size()) >= sizeof(sockaddr_un::sun_path)) {
        *error = Text::tr("the collector's socket path %1 is too long for a socket (at most %2 bytes): set "
                          "OMV_RUNTIME_DIR to a shorter folder")
                     .arg(QFile::decodeName(p.control))
                     .arg(sizeof(sockaddr_un::sun_path) - 1);
        return std::nullopt;
    }
    return p;
}

bool prepareSocketDir(const SocketPaths& paths, QString* error)
{
    const QString base = QFileInfo(paths.dir).path();
    if (!QFileInfo::exists(base)) {
        // Only what is missing above BASE is made (a home's .cache, say), private to us.
        const QString parent = QFileInfo(base).path();
        if (!QFileInfo::exists(parent) && !QDir().mkpath(parent)) {
            *error = Text::tr("cannot make %1 for the collector's sockets").arg(parent);
            return false;
        }
        if (!makeFolder(base, 0711, error))
            return false;
    }
    if (!checkFolder(base, false, error) || !makeFolder(paths.dir, 0700, error) || !checkFolder(paths.dir, true, error))
        return false;
    // What is in our folder is ours; with the database's writer lock held it is a killed
    // collector's (a socket file outlives its listener).
    for (const QByteArray& socket : { paths.control, paths.feed, paths.history }) {
        struct stat st {
        };
        if (::lstat(socket.constData(), &st) != 0)
            continue;
        if (!S_ISSOCK(st.st_mode)) {
            *error = Text::tr("%1 is in the way of the collector's socket: it is not a socket")
                         .arg(QFile::decodeName(socket));
            return false;
        }
        if (::unlink(socket.constData()) != 0) {
            *error = Text::tr("cannot remove the stale socket %1: %2").arg(QFile::decodeName(socket), errnoText(errno));
            return false;
        }
    }
    return true;
}

std::optional<SocketPaths> claimSocketDir(const QString& dbPath, QString* error)
{
    std::optional<SocketPaths> paths = socketPaths(dbPath, error);
    if (paths && !prepareSocketDir(*paths, error))
        paths.reset();
    return paths;
}

bool shareSocketDir(const QString& dir, std::optional<gid_t> gid, QString* error, QString* warning)
{
    const QByteArray p = QFile::encodeName(dir);
    mode_t mode = 0700;
    if (gid) {
        mode = 0750;
        if (::chown(p.constData(), uid_t(-1), *gid) != 0) {
            // Neither root nor a member: only the peer check can tell viewers from others now.
            *warning = Text::tr("cannot give %1 to group %2 (%3): anyone may reach the sockets, and the "
                                "collector itself turns away who is not a viewer")
                           .arg(dir)
                           .arg(*gid)
                           .arg(errnoText(errno));
            mode = 0711;
        }
    }
    if (::chmod(p.constData(), mode) != 0) {
        *error = Text::tr("cannot set the mode of %1: %2").arg(dir, errnoText(errno));
        return false;
    }
    return true;
}

void removeSocketDir(const SocketPaths& paths)
{
    ::unlink(paths.control.constData());
    ::unlink(paths.feed.constData());
    ::unlink(paths.history.constData());
    ::rmdir(QFile::encodeName(paths.dir).constData());
}

sockaddr_un unixAddress(const QByteArray& path, socklen_t* len)
{
    sockaddr_un a {};
    a.sun_family = AF_UNIX;
    const size_t n = std::min(size_t(path.size()), sizeof a.sun_path - 1); // socketPaths() refused longer
    std::memcpy(a.sun_path, path.constData(), n);
    *len = socklen_t(offsetof(sockaddr_un, sun_path) + n + 1);
    return a;
}

int connectTo(const QByteArray& path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return -1;
    socklen_t len = 0;
    const sockaddr_un addr = unixAddress(path, &len);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&addr), len) != 0) {
        const int e = errno;
        ::close(fd);
        errno = e;
        return -1;
    }
    return fd;
}

QString connectError(const QString& dbPath, int error)
{
    switch (error) {
    case ENOENT:
    case ECONNREFUSED:
        return Text::tr("no collector is recording into %1").arg(dbPath);
    case EACCES:
    case EPERM:
        return Text::tr("the collector recording into %1 is not open to %2 (only to its own user, root and its "
                        "viewers group)")
            .arg(dbPath, userName(::geteuid()));
    case EAGAIN:
        return Text::tr("the collector recording into %1 is too busy to answer").arg(dbPath);
    default:
        return Text::tr("cannot reach the collector recording into %1: %2").arg(dbPath, errnoText(error));
    }
}

} // namespace omv::control
