#include "commandbuilder.h"

#include "../util/shellquote.h"

#include <QCoreApplication>

namespace omv
{

// The context translators find these messages under.
struct CommandBuilder {
    Q_DECLARE_TR_FUNCTIONS(omv::CommandBuilder)
};

namespace
{

BuiltCommand fail(const QString& why)
{
    return BuiltCommand { QString(), why };
}

BuiltCommand line(const QString& l)
{
    return BuiltCommand { l, QString() };
}

QString num(qint64 v)
{
    return QString::number(v);
}

// A write of one line to a kernel file below the node's proc root, as `echo > file` would do.
QString writeProcFile(const QString& relPath, const QString& text)
{
    return QStringLiteral("printf '%s\\n' ") + shellQuote(text) + QStringLiteral(" > \"${OMV_PROC:-/proc}\"/")
        + relPath;
}

QString validate(BackendKind backend, const Command& c)
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
        const qint64 min = backend == BackendKind::MattX ? 0 : 1;
        if (c.value < min || c.value > limits::kMaxSpeed)
            return CommandBuilder::tr("speed %1 is out of range %2..%3").arg(c.value).arg(min).arg(limits::kMaxSpeed);
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

// Starts `launcher argv` in the background with its output in a fresh temporary file on the node,
// then waits half a second: a program still running is reported with its pid and that file; one
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
    return line(l);
}

} // namespace

BuiltCommand buildCommandLine(BackendKind backend, const Command& c)
{
    const Capabilities caps = Capabilities::forBackend(backend);
    if (!caps.offers(c.kind))
        return fail(caps.reason(c.kind));
    if (c.kind == Command::Kind::RunProgram && !caps.offersRunMode(c.runMode))
        return fail(caps.runModeReason(c.runMode));
    const QString invalid = validate(backend, c);
    if (!invalid.isEmpty())
        return fail(invalid);

    using K = Command::Kind;
    // Common to every backend: plain Linux programs found on the node's PATH.
    switch (c.kind) {
    case K::Signal:
        return line(QStringLiteral("env kill -s ") + signalName(c.signal) + QLatin1Char(' ') + num(c.pid));
    case K::Renice:
        return line(QStringLiteral("env renice -n ") + num(c.value) + QStringLiteral(" -p ") + num(c.pid));
    case K::RunProgram:
        if (c.runMode == RunMode::Normal)
            return runInBackground(QString(), c.argv);
        break;
    default:
        break;
    }

    if (backend == BackendKind::MattX) {
        auto admin = [](const QString& text) { return line(writeProcFile(QStringLiteral("mattx/admin"), text)); };
        switch (c.kind) {
        case K::SetSpeed:
            return admin(QStringLiteral("affinity ") + num(c.value));
        case K::AutoMigration:
            return admin(QStringLiteral("balancer ") + (c.on ? QLatin1Char('1') : QLatin1Char('0')));
        case K::MigrateToNode:
            return admin(QStringLiteral("migrate ") + num(c.pid) + QLatin1Char(' ') + num(c.value));
        case K::MigrateHome:
            return admin(QStringLiteral("migrate ") + num(c.pid) + QStringLiteral(" home"));
        case K::MigrateBest:
            return fail(CommandBuilder::tr("MattX has no 'best node' request: choose the node first"));
        default:
            return fail(CommandBuilder::tr("not offered by MattX"));
        }
    }

    if (backend == BackendKind::OpenMosix) {
        auto mosctl = [](const char* sub) { return line(QStringLiteral("mosctl ") + QLatin1String(sub)); };
        // The init script's folder is a variable for the same reason the proc root is: an
        // emulated node names its own (assumption: /etc/init.d/openmosix on a real node).
        auto initd = [](const char* verb) {
            return line(QStringLiteral("\"${OMV_INITD:-/etc/init.d}\"/openmosix ") + QLatin1String(verb));
        };
        switch (c.kind) {
        case K::SetSpeed:
            return line(QStringLiteral("mosctl setspeed ") + num(c.value));
        case K::AutoMigration:
            return mosctl(c.on ? "nostay" : "stay");
        case K::Quiet:
            return mosctl(c.on ? "quiet" : "noquiet");
        case K::LocalStay:
            return mosctl(c.on ? "lstay" : "nolstay");
        case K::Block:
            return mosctl(c.on ? "block" : "noblock");
        case K::Expel:
            return mosctl("expel");
        case K::Bring:
            return mosctl("bring");
        case K::StartNode:
            return initd("start");
        case K::StopNode:
            return initd("stop");
        case K::MigrateToNode:
            return line(QStringLiteral("migrate ") + num(c.pid) + QLatin1Char(' ') + num(c.value));
        case K::MigrateHome:
            return line(QStringLiteral("migrate ") + num(c.pid) + QStringLiteral(" home"));
        case K::MigrateBest:
            return line(QStringLiteral("migrate ") + num(c.pid) + QStringLiteral(" balance"));
        case K::Lock:
            return line(
                writeProcFile(num(c.pid) + QStringLiteral("/lock"), c.on ? QStringLiteral("1") : QStringLiteral("0")));
        case K::RunProgram:
            // mosrun's options (reference/openmosix.md); the decay policies by their wrappers.
            switch (c.runMode) {
            case RunMode::NoMigration:
                return runInBackground(QStringLiteral("nomig"), c.argv);
            case RunMode::RunHome:
                return runInBackground(QStringLiteral("mosrun -h"), c.argv);
            case RunMode::RunOnNode:
                return runInBackground(QStringLiteral("mosrun -") + num(c.value), c.argv);
            case RunMode::CpuJob:
                return runInBackground(QStringLiteral("mosrun -c"), c.argv);
            case RunMode::IoJob:
                return runInBackground(QStringLiteral("mosrun -i"), c.argv);
            case RunMode::NoDecay:
                return runInBackground(QStringLiteral("nodecay"), c.argv);
            case RunMode::SlowDecay:
                return runInBackground(QStringLiteral("slowdecay"), c.argv);
            case RunMode::FastDecay:
                return runInBackground(QStringLiteral("fastdecay"), c.argv);
            case RunMode::Normal:
                break;
            }
            break;
        default:
            break;
        }
    }
    return fail(CommandBuilder::tr("not offered by this backend"));
}

QString backendName(BackendKind kind)
{
    switch (kind) {
    case BackendKind::OpenMosix:
        return QStringLiteral("openmosix");
    case BackendKind::MattX:
        return QStringLiteral("mattx");
    case BackendKind::Linux:
        return QStringLiteral("linux");
    }
    return QString();
}

// Every mode but Normal needs openMosix's mosrun.
constexpr RunMode kMosrunModes[] = { RunMode::NoMigration, RunMode::RunHome, RunMode::RunOnNode, RunMode::CpuJob,
    RunMode::IoJob, RunMode::NoDecay, RunMode::SlowDecay, RunMode::FastDecay };

Capabilities Capabilities::forBackend(BackendKind kind)
{
    Capabilities caps;
    using K = Command::Kind;
    if (kind == BackendKind::MattX) {
        const QString noSwitch
            = CommandBuilder::tr("MattX has no such switch: its admin file takes only balancer, affinity, "
                                 "exclude, include, debug and migrate");
        for (K k : { K::Quiet, K::LocalStay, K::Block, K::Expel, K::Bring })
            caps.setUnavailable(k, noSwitch);
        const QString noStart
            = CommandBuilder::tr("MattX nodes are started and stopped by loading and unloading the kernel module "
                                 "on the node; the admin file cannot do it");
        caps.setUnavailable(K::StartNode, noStart);
        caps.setUnavailable(K::StopNode, noStart);
        caps.setUnavailable(K::Lock,
            CommandBuilder::tr("MattX cannot lock a single process; add its command name to the exclude "
                               "list instead"));
        caps.setNote(K::MigrateBest,
            CommandBuilder::tr("MattX has no 'best node' request: the suite picks the node with the lowest "
                               "load per capacity"));
        const QString noMosrun
            = CommandBuilder::tr("MattX has no mosrun: a program starts on the node you pick and its balancer "
                                 "moves it; keep it home with the exclude list");
        for (RunMode m : kMosrunModes)
            caps.setRunModeUnavailable(m, noMosrun);
    } else if (kind == BackendKind::Linux) {
        const QString noMigration = CommandBuilder::tr("plain Linux nodes cannot migrate processes");
        for (K k : { K::SetSpeed, K::AutoMigration, K::Quiet, K::LocalStay, K::Block, K::Expel, K::Bring, K::StartNode,
                 K::StopNode, K::Lock })
            caps.setUnavailable(k, CommandBuilder::tr("plain Linux kernels have no such switch"));
        for (RunMode m : kMosrunModes)
            caps.setRunModeUnavailable(m, noMigration);
        // Moves are checkpoint/restart, where both nodes have a CRIU that works on their kernel
        // (LinuxBackend::criuSupport; the node dialog says which).
        const QString criu = CommandBuilder::tr("by checkpoint/restart (CRIU) where both nodes have a working CRIU");
        caps.setNote(K::MigrateToNode, criu);
        caps.setNote(K::MigrateHome, criu);
        caps.setNote(K::MigrateBest,
            CommandBuilder::tr("the suite picks the node with the lowest load per CPU; moved by "
                               "checkpoint/restart (CRIU)"));
    }
    return caps;
}

} // namespace omv
