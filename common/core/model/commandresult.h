#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

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

} // namespace omv

Q_DECLARE_METATYPE(omv::CommandResult)
