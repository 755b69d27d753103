#pragma once

#include "../transport/sshtransport.h"

#include <QByteArray>
#include <QString>

#include <memory>

/// The collector from another machine (issue 30), the way git runs `git-upload-pack`: no port
/// and no server of its own, only the ssh key the admin already uses. The desk runs
///
///   openmosixcollector --serve MODE --db PATH
///
/// on the collector's host over an ssh channel; that process connects to the local collector's
/// sockets as the ssh user (so peer credentials, the viewers group and the audit's actor stay
/// true) and speaks on its stdin/stdout:
///
///   stdout: one header line "omv-serve PROTOCOL VERSION MODE\n", then the mode's stream;
///           a refusal before the header is one sentence on stderr and a non-zero exit.
///   feed:   the collector's snapshot feed, frame for frame, as its socket gives it.
///   control: one control request (a frame of protocol.h) on stdin; its reply on stdout, as
///           a frame ["ok" or "error", text] — the collector's own answer, or why none came.
///   history: history requests on stdin and their answers on stdout, as long as the desk keeps
///           the channel (store/historywire.h).
///
/// Each mode is one channel of one ssh session: ssh already multiplexes them.
namespace omv::control
{

/// What the header says; a serve of another protocol is refused by the desk. 2: history answers
/// streamed as one zlib stream with their size in the End (historywire.h); 3: feed messages (the
/// feed, a moment's snapshot) carry the processes' strings once (snapshotfeed.h, version 3).
constexpr int kServeProtocol = 3;

/// Where the collector runs, when it is not this machine.
struct CollectorHost {
    QString host; ///< ssh host name or address; empty: this machine (local sockets)
    QString program = QStringLiteral("openmosixcollector"); ///< the collector program there
    SshOptions ssh; ///< how to reach it (host filled in)
    /// Seconds one ssh session to the host outlives the last channel on it (OpenSSH's
    /// ControlPersist, see sshmux.h), so the next program opens a channel instead of a session;
    /// 0: every program connects for itself.
    int keepSessionS = 300;
    bool isRemote() const { return !host.isEmpty(); }
};

/// Writes all of `data` to a socket or a pipe (EINTR retried, no SIGPIPE from a socket); false
/// when the other end is gone.
bool writeAll(int fd, const char* data, qint64 size);

/// The command line the desk runs there.
QString serveCommandLine(const CollectorHost& where, const QString& mode, const QString& dbPath);
/// The header a serve writes first.
QByteArray serveHeader(const QString& mode);

/// One `--serve` channel, its stdout delivered on a local socket the caller reads like the
/// collector's own. On a kept session (sshmux.h) the socket is the channel's stdin and stdout
/// itself (ssh's master reads and writes it); on a session of this program's own a blocking relay
/// thread copies between libssh and the socket. Either way a reader that stops reading holds up
/// the channel, never memory. Closing the reader's end, or destroying this, ends the channel.
class RemoteStream
{
public:
    RemoteStream() = default;
    ~RemoteStream();
    RemoteStream(const RemoteStream&) = delete;
    RemoteStream& operator=(const RemoteStream&) = delete;

    /// Starts the channel (`input`: what the serve reads on its stdin, then its end) and waits (at most `timeoutMs`)
    /// for the serve's header. The fd to read on success (the caller closes it), -1 with `error` — the serve's own
    /// sentence when it refused ("no collector publishes /var/lib/openmosixview/history.db"), else what failed on the
    /// way ("no openmosixcollector on ctl", the transport's error). `shared`: a session other channels use too
    /// (requestOn's), instead of one of its own; the channel then lasts `timeoutMs` at most.
    int open(const CollectorHost& where, const QString& mode, const QString& dbPath, int timeoutMs, QString* error,
        const QByteArray& input = QByteArray(), std::shared_ptr<SshTransport> shared = nullptr);
    /// As open(), for a conversation: what the caller writes to the returned socket goes to the
    /// serve's stdin as it comes (the caller's shutdown(SHUT_WR) or close ends it), what the serve
    /// writes comes back on the same socket. On a session of its own.
    int openDuplex(
        const CollectorHost& where, const QString& mode, const QString& dbPath, int timeoutMs, QString* error);
    /// Why the channel ended once it has (empty while it runs, or when it ended cleanly).
    QString error() const;
    /// Ends the channel at once and waits for its thread.
    void close();

private:
    int start(const CollectorHost& where, const QString& mode, const QString& dbPath, int timeoutMs, QString* error,
        const QByteArray& input, std::shared_ptr<SshTransport> shared, bool duplex, bool mayUseKept);
    struct State;
    std::shared_ptr<State> m_state;
};

/// A control request (protocol.h) to the collector recording `dbPath` — on this machine, or on
/// `where` through `--serve control` there. As control::request: true with the collector's
/// answer, false with its refusal or why it could not be asked.
bool requestOn(const CollectorHost& where, const QString& dbPath, const QList<QByteArray>& message, QString* answer,
    int deadlineMs = 3000);

} // namespace omv::control
