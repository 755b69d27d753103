#pragma once

#include "../model/command.h"
#include "socketdir.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVector>

#include <mutex>
#include <optional>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/un.h>
#include <vector>

/// The collector's control protocol, both ends: the socket's name, the framing, the requests and
/// replies, and who is at the other end of a connection.
///
/// Transport: a stream socket file in a folder only the collector's user may write (see
/// socketdir.h), named after the database file's device and inode, so every path to one file
/// finds the same collector.
///
/// Framing: one message per direction per connection. A message is a list of byte fields:
///   u32 big-endian N (the length of what follows, at most kMaxFrame), then N bytes of fields,
///   each a u32 big-endian length and that many bytes.
/// A request's first field is its verb (`status`, `stop`, `rotate`, `checkpoint`, `command`, `log`,
/// `logged`); a
/// reply's first field is `ok` or `error`, the second its text.
namespace omv::control
{

/// The context of this namespace's messages for translators.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(omv::control::Text)
};

/// Large enough for any audit record (a command line of up to 64 KiB, its result, the rest);
/// small enough that a client cannot make the collector hold much.
constexpr int kMaxFrame = 256 * 1024;
constexpr int kMaxFields = 32;

using Message = QList<QByteArray>;

/// Monotonic milliseconds.
qint64 monotonicMs();
/// How fast a server turns connections away (issue 26: a viewer's flood of refused requests kept
/// a collector thread at full speed — 1.3 million in 30 s — and cost the sampling its cadence).
/// Each refusal takes a token; while none is left the server stops accepting, so the flood waits
/// in the listen backlog (its connect() blocks) instead of spinning. For one thread.
class RefusalBudget
{
public:
    static constexpr double kPerSecond = 500;
    void spend();
    /// True while refusals may go on; else `waitMs` says when they may again.
    bool open(int* waitMs);

private:
    void refill(qint64 now);
    double m_tokens = kPerSecond;
    qint64 m_at = 0;
};

/// Lowers the calling thread's priority by `steps` nice levels: a server thread's, so that under a
/// flood of requests the sampler and the writer come first. Unprivileged; a failure changes nothing.
void yieldToSampling(int steps = 5);

QByteArray encode(const Message& message);

/// Reassembles one message from a byte stream that arrives in pieces.
class Decoder
{
public:
    enum class State { NeedMore, Done, Error };
    /// Appends bytes; Done once a whole message is in, Error (with error()) for a frame that is
    /// too long or malformed. Bytes after a complete message are an error too (one per connection).
    State feed(const char* data, int size);
    State state() const { return m_state; }
    const Message& message() const { return m_message; }
    QString error() const { return m_error; }
    /// Bytes still wanted before the frame is complete (for a reader that wants to read exactly).
    int wanted() const;

private:
    State fail(const QString& why);
    QByteArray m_buf;
    Message m_message;
    QString m_error;
    State m_state = State::NeedMore;
};

/// Decodes a complete frame (header included) in one go.
std::optional<Message> decode(const QByteArray& frame, QString* error = nullptr);

/// How readMessage() ended: `decoder` is Done or in Error (Whole), or it is not.
enum class ReadEnd { Whole, TimedOut, Closed };
/// Reads `fd` (a socket or a pipe) into `decoder` until it holds one message or an error, the
/// other end closes (or fails), or `deadline` (monotonicMs()) passes.
ReadEnd readMessage(int fd, qint64 deadline, Decoder* decoder);

// ---- peers ----

struct Peer {
    uid_t uid = uid_t(-1);
    gid_t gid = gid_t(-1);
    pid_t pid = 0;
    std::vector<gid_t> groups; ///< supplementary groups (SO_PEERGROUPS)
};
/// Who is at the other end of a connected Unix socket, as the kernel says (SO_PEERCRED, and
/// SO_PEERGROUPS for the supplementary groups the peer had when it connected).
std::optional<Peer> peerOf(int fd);

/// Who may use a collector's sockets. Its own user and root may do anything; members of the
/// profile's viewers group (`[collector] viewers=GROUP`, primary or supplementary) may ask for
/// its status, send the audit records of their own commands and follow the snapshot feed — not
/// stop it, rotate its file or write checkpoints into it. Changed from any thread (SIGHUP).
class Access
{
public:
    enum class Level { None, Viewer, Owner };
    Level of(const Peer& peer) const;
    /// Members of `gid` may view; nullopt: nobody but the owner and root.
    void setViewers(std::optional<gid_t> gid, const QString& name = QString());
    /// "uid 1000 and root" or "uid 1000, root and group lab (gid 1001)", for refusals.
    QString allowed() const;
    /// Why `peer` was turned away, in the words of the desk's refusal (issue 30): "alice on ctl
    /// may not follow the collector: not a member of group omvviewers".
    QString turnedAway(const Peer& peer, const QString& host) const;

private:
    mutable std::mutex m_mutex;
    std::optional<gid_t> m_viewers;
    QString m_name;
};
/// The group called `name`; nullopt with `error` when there is none.
std::optional<gid_t> groupId(const QString& name, QString* error);
/// A user's name from the password database, or "uid N".
QString userName(uid_t uid);
/// "uid 1000 (alice), pid 1234"
QString describe(const Peer& peer);

// ---- requests and replies ----

Message statusRequest();
Message stopRequest();
/// Start the collector of this database at `intervalS` (served by `--serve control` itself,
/// never sent to a collector: collectorstart.h).
Message startRequest(int intervalS);
Message rotateRequest();
Message checkpointRequest(const QString& text);
/// "Log process": keep every sample of the process (home, pid) at full detail (`on`), or no more.
Message logRequest(NodeId home, int pid, bool on);
/// The processes logged now; the reply's text is "HOME:PID" words (logReplyProcesses reads them).
Message loggedRequest();
struct LogTarget {
    NodeId home = 0;
    int pid = 0;
    bool on = true;
};
/// What a `log` request asks; nothing when it is malformed.
std::optional<LogTarget> parseLogRequest(const Message& request);
/// The reply text of a `loggedRequest`, and back.
QString loggedText(const QVector<QPair<NodeId, int>>& processes);
QVector<QPair<NodeId, int>> parseLoggedText(const QString& text);

/// An admin command one of the suite's tools sent, for the audit trail. `program` says which
/// tool on which host; who ran it is what the collector verifies itself (the peer's uid).
struct CommandRecord {
    Command command;
    bool ok = false;
    QString program;
    QString commandLine;
    QString result;
};
Message commandRequest(const CommandRecord& record);
/// The record a `command` request carries; nothing when it is malformed.
std::optional<CommandRecord> parseCommandRequest(const Message& request);

Message okReply(const QString& text = QString());
Message errorReply(const QString& text);

} // namespace omv::control
