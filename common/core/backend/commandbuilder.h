#pragma once

#include "../model/backendkind.h"
#include "../model/capabilities.h"
#include "../model/command.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace omv
{

struct BuiltCommand {
    QString line; ///< shell command line to run on the node the command concerns
    QString error; ///< why it could not be built; line is empty then

    bool ok() const { return error.isEmpty(); }
    static BuiltCommand fail(const QString& why) { return BuiltCommand { QString(), why }; }
    static BuiltCommand of(const QString& line) { return BuiltCommand { line, QString() }; }
};

/// The context the command lines' messages are translated under, in every driver.
struct CommandBuilder {
    Q_DECLARE_TR_FUNCTIONS(omv::CommandBuilder)
};

/// Why `command`'s numbers or words cannot reach a command line (node and pid ranges, speed
/// 0..kMaxSpeed, nice, a program's arguments); empty when they can.
QString validateCommand(const Command& command);

/// The command lines every kernel shares: plain Linux programs found on the node's PATH (`env
/// kill`, never the shell's builtin, so an emulated node can serve them too) — a signal, renice,
/// and a program started as it is (RunMode::Normal). Empty for any other command.
BuiltCommand commonCommandLine(const Command& command);
/// A write of one line to a kernel file below the node's proc root, as `echo > file` would do.
QString writeProcFile(const QString& relPath, const QString& text);
/// Starts `launcher argv` in the background on the node, its output in a fresh temporary file
/// there; reports its pid and that file, or how it ended when it ended within half a second.
BuiltCommand runInBackground(const QString& launcher, const QStringList& argv);

/// Turns a typed command into the exact command line for a kernel: offered by its driver, every
/// number validated, no text from a node in it, what text there is quoted.
BuiltCommand buildCommandLine(BackendKind backend, const Command& command);

} // namespace omv
