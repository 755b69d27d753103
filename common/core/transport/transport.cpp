#include "transport.h"

#include <QCoreApplication>

namespace omv
{

CommandResult Transport::runStreamed(const QString&, int, const StreamIo&)
{
    CommandResult r;
    r.status = CommandResult::Status::Failed;
    r.error = QCoreApplication::translate("omv::Transport", "%1 cannot stream a command's input and output")
                  .arg(describe());
    return r;
}

} // namespace omv
