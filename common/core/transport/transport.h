#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <functional>

namespace omv
{

/// What running one command line on a node gave.
struct CommandResult {
    enum class Status {
        Ok, ///< the command ran; see exitStatus
        Timeout, ///< it did not finish within the limit and was ended
        Unreachable, ///< no connection (refused, timed out, no route, down)
        HostKeyRejected, ///< unknown and refused, changed, or of another type
        AuthFailed,
        Failed, ///< any other transport failure
    };
    Status status = Status::Failed;
    int exitStatus = -1;
    QByteArray out;
    QByteArray err;
    QString error; ///< set when status != Ok: what went wrong, for the user
    qint64 elapsedMs = 0;

    /// The command ran and exited 0.
    bool ok() const { return status == Status::Ok && exitStatus == 0; }
    /// A one-line description of a failure: the transport error, or the exit status and stderr.
    QString failureText() const;
};

/// A command's standard streams as they flow, for payloads too large to hold (checkpoint images
/// relayed from one node to another). Either may be empty.
struct StreamIo {
    /// Gets stdout as it arrives; false stops the command (it is ended like one that timed out).
    std::function<bool(const char* data, qint64 size)> output;
    /// Fills `buf` with up to `max` bytes for stdin: the count, 0 at the end (stdin is closed),
    /// -1 to give up (the command is ended). It may block until bytes are there.
    std::function<qint64(char* buf, qint64 max)> input;
};

/// Runs command lines on one node. Implementations must be safe to call from any thread, one
/// call at a time per instance (callers serialise; SshTransport also locks).
class Transport
{
public:
    virtual ~Transport() = default;
    /// Runs `commandLine` with the node's shell. Never throws; `timeoutMs` is the whole
    /// command's deadline, connecting and authenticating included.
    virtual CommandResult run(const QString& commandLine, int timeoutMs) = 0;
    /// As run(), with stdout handed to io.output (not kept in the result) and stdin fed from
    /// io.input. The base class refuses (a transport that cannot stream).
    virtual CommandResult runStreamed(const QString& commandLine, int timeoutMs, const StreamIo& io);
    /// "ssh root@10.0.0.1:22", "local" — for messages.
    virtual QString describe() const = 0;
    /// From any thread: a run() in progress returns at once (its connection is cut), and so does
    /// every later one. For a window that closes while a node hangs.
    virtual void abort() { }
};

} // namespace omv

Q_DECLARE_METATYPE(omv::CommandResult)
