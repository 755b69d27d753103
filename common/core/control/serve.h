#pragma once

#include <QString>

namespace omv::control
{

/// `openmosixcollector --serve MODE --db PATH`, the collector's host end of remote.h: connects to
/// the local collector of `dbPath` as the user it runs as (the ssh user), writes the header to
/// `out`, then relays the mode's stream until either side ends (feed), or one request read from
/// `in` and its answer (control). The exit status: 0 when the desk
/// went away, else non-zero with `error` set (one sentence, for the desk: the serve prints it on
/// stderr). A `dbPath` starting with ~/ is this user's home here, not the desk's.
int serve(const QString& mode, const QString& dbPath, int in, int out, QString* error);

} // namespace omv::control
