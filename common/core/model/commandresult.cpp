#include "commandresult.h"

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

} // namespace omv
