#pragma once

#include "../model/commandresult.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <functional>

namespace omv
{

/// A command's standard streams as they flow, for payloads too large to hold (checkpoint images
/// relayed from one node to another). Either may be empty.
struct StreamIo {
    /// Gets stdout as it arrives; false stops the command (it is ended like one that timed out).
    std::function<bool(const char* data, qint64 size)> output;
    /// Fills `buf` with up to `max` bytes for stdin: the count, 0 at the end (stdin is closed),
    /// -1 to give up (the command is ended). It may block until bytes are there.
    std::function<qint64(char* buf, qint64 max)> input;
    /// For a conversation (a request, its answer, the next request): `input` may return kWait
    /// for "nothing to send now" instead of blocking; the transport then waits for stdout and
    /// for `inputFd` to become readable, and asks `input` again.
    static constexpr qint64 kWait = -2;
    int inputFd = -1;
    /// For a conversation nothing needs to look into: the command's stdin and stdout are this
    /// socket itself (`output` and `input` are not used), so no thread of ours copies the bytes
    /// on their way. Only a transport whose canStreamDirect() says so takes it.
    int directFd = -1;
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
    /// Whether runStreamed() takes StreamIo::directFd.
    virtual bool canStreamDirect() const { return false; }
    /// "ssh root@10.0.0.1:22", "local" — for messages.
    virtual QString describe() const = 0;
    /// From any thread: a run() in progress returns at once (its connection is cut), and so does
    /// every later one. For a window that closes while a node hangs.
    virtual void abort() { }
};

} // namespace omv
