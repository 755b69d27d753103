#pragma once

#include "command.h"
#include "commandresult.h"

#include <QString>

namespace omv
{

/// What one command did on the cluster.
struct CommandOutcome {
    Command command; ///< as sent (a MattX "best node" request is sent as a migrate to the chosen node)
    NodeId ranOn = 0;
    QString address;
    QString commandLine;
    CommandResult result;
    QString error; ///< empty when it worked
    QString note; ///< how the request was carried out, when not literally

    bool ok() const { return error.isEmpty(); }
};

} // namespace omv
