#include "commandbuilder.h"

#include "../util/shellquote.h"
#include "kerneldriver.h"

namespace omv
{

QString writeProcFile(const QString& relPath, const QString& text)
{
    return QStringLiteral("printf '%s\\n' ") + shellQuote(text) + QStringLiteral(" > \"${OMV_PROC:-/proc}\"/")
        + relPath;
}

QString validateCommand(const Command& c)
{
    if (c.node < limits::kMinNode || c.node > limits::kMaxNode)
        return CommandBuilder::tr("node ID %1 is out of range %2..%3")
            .arg(c.node)
            .arg(limits::kMinNode)
            .arg(limits::kMaxNode);
    if (c.isProcessCommand() && (c.pid <= 0 || c.pid > limits::kMaxPid))
        return CommandBuilder::tr("process ID %1 is out of range 1..%2").arg(c.pid).arg(limits::kMaxPid);
    switch (c.kind) {
    case Command::Kind::SetSpeed: {
        // 0 is MattX's "no affinity"; a kernel that has no speed 0 refuses it itself.
        if (c.value < 0 || c.value > limits::kMaxSpeed)
            return CommandBuilder::tr("speed %1 is out of range %2..%3").arg(c.value).arg(0).arg(limits::kMaxSpeed);
        break;
    }
    case Command::Kind::MigrateToNode:
        if (c.value < limits::kMinNode || c.value > limits::kMaxNode)
            return CommandBuilder::tr("target node ID %1 is out of range").arg(c.value);
        break;
    case Command::Kind::RunProgram: {
        if (c.argv.isEmpty() || c.argv.constFirst().trimmed().isEmpty())
            return CommandBuilder::tr("no program to run");
        if (c.argv.constFirst().startsWith(QLatin1Char('-')))
            return CommandBuilder::tr("a program name cannot start with '-'");
        int size = 0;
        for (const QString& a : c.argv) {
            if (a.contains(QChar(0)))
                return CommandBuilder::tr("an argument contains a NUL character");
            size += a.size() + 1;
        }
        if (size > 65536)
            return CommandBuilder::tr("the command line is longer than 64 KiB");
        if (c.runMode == RunMode::RunOnNode && (c.value < limits::kMinNode || c.value > limits::kMaxNode))
            return CommandBuilder::tr("target node ID %1 is out of range").arg(c.value);
        break;
    }
    case Command::Kind::Renice:
        if (c.value < limits::kMinNice || c.value > limits::kMaxNice)
            return CommandBuilder::tr("nice value %1 is out of range %2..%3")
                .arg(c.value)
                .arg(limits::kMinNice)
                .arg(limits::kMaxNice);
        break;
    default:
        break;
    }
    return QString();
}

// `launcher argv` started in the background, its output in a fresh temporary file on the node;
// then half a second's wait: a program still running is reported with its pid and that file; one
// that ended (mosrun refused it, or it was quick) reports its status, and its output on stdout, or
// on stderr when it failed (so the error the user sees is mosrun's).
BuiltCommand runInBackground(const QString& launcher, const QStringList& argv)
{
    QString l = QStringLiteral("o=$(mktemp \"${TMPDIR:-/tmp}/openmosixview-run.XXXXXX\") || exit 1; nohup ");
    if (!launcher.isEmpty())
        l += launcher + QLatin1Char(' ');
    l += shellJoin(argv)
        + QStringLiteral(
            " </dev/null >\"$o\" 2>&1 & p=$!; sleep 0.5; "
            "if kill -0 \"$p\" 2>/dev/null; then echo \"running as process $p; output in $o\"; exit 0; "
            "fi; wait \"$p\"; s=$?; if [ $s -eq 0 ]; then tail -c 4000 \"$o\"; else tail -c 4000 \"$o\" >&2; fi; "
            "rm -f \"$o\"; exit $s");
    return BuiltCommand::of(l);
}

BuiltCommand commonCommandLine(const Command& c)
{
    switch (c.kind) {
    case Command::Kind::Signal:
        return BuiltCommand::of(
            QStringLiteral("env kill -s ") + signalName(c.signal) + QLatin1Char(' ') + QString::number(c.pid));
    case Command::Kind::Renice:
        return BuiltCommand::of(QStringLiteral("env renice -n ") + QString::number(c.value) + QStringLiteral(" -p ")
            + QString::number(c.pid));
    case Command::Kind::RunProgram:
        if (c.runMode == RunMode::Normal)
            return runInBackground(QString(), c.argv);
        break;
    default:
        break;
    }
    return BuiltCommand();
}

BuiltCommand buildCommandLine(BackendKind backend, const Command& c)
{
    const KernelDriver* driver = driverFor(backend);
    if (!driver)
        return BuiltCommand::fail(CommandBuilder::tr("not offered by this backend"));
    const Capabilities caps = driver->capabilities();
    if (!caps.offers(c.kind))
        return BuiltCommand::fail(caps.reason(c.kind));
    if (c.kind == Command::Kind::RunProgram && !caps.offersRunMode(c.runMode))
        return BuiltCommand::fail(caps.runModeReason(c.runMode));
    const QString invalid = validateCommand(c);
    if (!invalid.isEmpty())
        return BuiltCommand::fail(invalid);
    const BuiltCommand common = commonCommandLine(c);
    if (!common.line.isEmpty())
        return common;
    return driver->commandLine(c);
}

} // namespace omv
