#include "transport.h"

#include <QCoreApplication>

namespace omv
{

QString CommandResult::failureText() const
{
    if (status != Status::Ok)
        return error;
    if (exitStatus == 0)
        return QString();
    QString text = QCoreApplication::translate("omv::CommandResult", "exit status %1").arg(exitStatus);
    const QString e = QString::fromUtf8(err.left(500)).trimmed();
    if (!e.isEmpty())
        text += QLatin1String(": ") + e;
    return text;
}

CommandResult Transport::runStreamed(const QString&, int, const StreamIo&)
{
    CommandResult r;
    r.status = CommandResult::Status::Failed;
    r.error = QCoreApplication::translate("omv::Transport", "%1 cannot stream a command's input and output")
                  .arg(describe());
    return r;
}

} // namespace omv
