#pragma once

#include <QString>

namespace omv
{

/// The collector's one log line writer: "openmosixcollector: LINE" on stderr (the journal under
/// systemd), whole lines whichever thread writes (the servers log refusals from their threads).
void collectorLog(const QString& line);

} // namespace omv
