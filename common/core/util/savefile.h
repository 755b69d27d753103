#pragma once

#include <QByteArray>
#include <QString>

namespace omv
{

/// Writes `data` to `path` whole or not at all: into a new file beside it, renamed over `path`
/// only when every byte is on disk. A full disk, a file size limit or a missing folder leave what
/// was at `path` as it was and say what failed in `error` ("only 512 of 1,480 bytes could be
/// written", or the system's words). A short write counts as a failure (Qt reports it as a
/// count, and a buffered flush not at all).
bool writeWholeFile(const QString& path, const QByteArray& data, QString* error);

} // namespace omv
