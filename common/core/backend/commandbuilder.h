#pragma once

#include "../model/command.h"
#include "capabilities.h"

#include <QString>

namespace omv
{

/// Limits every number in a command is checked against before it reaches a command line.
namespace limits
{
constexpr int kMinNode = 1;
constexpr int kMaxNode = 65535;
constexpr int kMaxPid = 4194304; // PID_MAX_LIMIT on 64-bit Linux
constexpr qint64 kMaxSpeed = 1000000000;
constexpr int kMinNice = -20;
constexpr int kMaxNice = 19;
} // namespace limits

struct BuiltCommand {
    QString line; ///< shell command line to run on the node the command concerns
    QString error; ///< why it could not be built; line is empty then

    bool ok() const { return error.isEmpty(); }
};

/// Turns a typed command into the exact command line for a backend. Every number is validated;
/// there is no text from a node in any command, and what text there is, is quoted. Signals and
/// renice run the programs found on the node's PATH (`env kill`, never the shell's builtin), so an
/// emulated node can serve them too.
BuiltCommand buildCommandLine(BackendKind backend, const Command& command);

} // namespace omv
