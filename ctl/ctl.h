#pragma once

#include <QStringList>

namespace omv::ctl
{

/// Exit statuses: every target done; some target failed (each named on stderr); the command
/// line, the profile or the kernel refused it before anything was sent.
enum Exit { Done = 0, SomeFailed = 1, Usage = 2 };

/// openmosixctl with its arguments (without the program's name); returns the exit status.
int run(const QStringList& args);

/// The subcommands, for --help and the nearest-name suggestion.
QStringList subcommands();

} // namespace omv::ctl
