#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/un.h>

/// Where a collector's sockets live (issue 26): files in a folder only the collector's user may
/// write, so that nobody else can take their names first (an abstract name could be squatted by
/// any user and kept the collector from starting).
///
///   BASE/DEV-INO/control   the control socket of the collector recording the file DEV:INO
///   BASE/DEV-INO/feed      its snapshot feed
///   BASE/DEV-INO/history   its history, read for those who may not read the file (issue 30)
///
/// BASE depends on who owns the database (both ends work it out alike):
///   $OMV_RUNTIME_DIR                      when set (both ends must see the same)
///   /run/openmosixview                    owner root, or the folder exists and the owner has it
///                                         (the service's RuntimeDirectory=)
///   $XDG_RUNTIME_DIR/openmosixview        the owner's own programs, when it is set
///   /run/user/UID/openmosixview           another program of the owner's (root's, say)
///   ~OWNER/.cache/openmosixview/run       no runtime folder at all (a cron job)
/// BASE is 0711: it can be passed, not listed. DEV-INO is 0700, or 0750 with the viewers group:
/// a user outside it cannot even connect.
namespace omv::control
{

struct SocketPaths {
    QString dir; ///< BASE/DEV-INO
    QByteArray control; ///< BASE/DEV-INO/control, for sockaddr_un
    QByteArray feed; ///< BASE/DEV-INO/feed
    QByteArray history; ///< BASE/DEV-INO/history
    uid_t owner = uid_t(-1); ///< the database's owner: the only collector (besides root's) believed
};

/// The sockets of the collector recording `dbPath`; nullopt with `error` when the file is missing
/// or the path would be too long for a socket address.
std::optional<SocketPaths> socketPaths(const QString& dbPath, QString* error);

/// The collector's side: makes BASE and BASE/DEV-INO when missing, checks that nobody else owns
/// or may write into them (refusing with a sentence otherwise), and removes the sockets a
/// collector that was killed left behind. Call only while holding the database's writer lock.
bool prepareSocketDir(const SocketPaths& paths, QString* error);

/// socketPaths() and prepareSocketDir() in one: where to listen, ready.
std::optional<SocketPaths> claimSocketDir(const QString& dbPath, QString* error);

/// Who may pass BASE/DEV-INO: its owner only (gid nullopt), or also the members of `gid`. When
/// the folder cannot be given to the group (the collector is neither root nor a member) the
/// folder stays open to passing (0711) and only the peer check keeps others out: `warning` says so.
bool shareSocketDir(const QString& dir, std::optional<gid_t> gid, QString* error, QString* warning);

/// Removes the collector's sockets and their folder (at a clean stop).
void removeSocketDir(const SocketPaths& paths);

/// The address of a socket file.
sockaddr_un unixAddress(const QByteArray& path, socklen_t* len);
/// A non-blocking connect to the socket file `path`; -1 with errno set when that fails.
int connectTo(const QByteArray& path);
/// Why a connect to the collector of `dbPath` failed, as a sentence (errno as connect left it).
QString connectError(const QString& dbPath, int error);

} // namespace omv::control
