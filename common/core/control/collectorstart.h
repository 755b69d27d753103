#pragma once

#include <QString>
#include <QStringList>

/// Starting the collector of a database on this machine for a desk on another one (issue 30):
/// `openmosixcollector --serve control` answers a `start` request itself (there is no collector
/// to relay it to). The collector is started as it last ran — the arguments it said in the file
/// (meta `start_args`: its profile and what it keeps) — at the interval the desk asks, detached,
/// its messages appended to `<database>.log`, and the answer waits until its control socket
/// answers (or says why it ended).
///
/// Who may: the database's owner, and root (for whom it runs as the owner, so the files stay
/// the owner's). A database that a systemd unit records (a unit file whose ExecStart names it
/// with `--db`) is systemd's: the answer is the systemctl line to use. A database nothing has
/// recorded into yet names no profile: the answer says to start the first collector there.
namespace omv::control
{

/// The systemd unit whose ExecStart runs openmosixcollector with `--db dbPath`, looked for in
/// `$SYSTEMD_UNIT_PATH` (colon-separated, as systemd reads it) or systemd's system unit
/// folders; empty when none.
QString unitRecording(const QString& dbPath);

/// How long a start waits for the started collector's control socket to answer; a desk asking
/// for a start gives the request this long and more.
constexpr int kStartAnswerWithinMs = 10000;

/// Starts the collector of `dbPath` with `program` (this openmosixcollector): true with `answer`
/// the started collector's status, or false with `answer` one sentence why not.
bool startCollector(const QString& program, const QString& dbPath, int intervalS, QString* answer);

} // namespace omv::control
