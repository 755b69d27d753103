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

/// --serve history with a collector: both ways until either ends — the desk's requests (`in`)
/// to the collector's history connection (`socket`), its answers to the desk (`out`). The desk
/// closing `in` half-closes `socket` (the collector's reader ends after its last answer), and
/// the relay then waits on the socket alone. 0 when either side ended, 1 when poll() failed.
int relayBoth(int socket, int in, int out);

} // namespace omv::control
