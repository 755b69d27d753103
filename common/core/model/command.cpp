#include "command.h"

#include <QCoreApplication>

namespace omv
{

QString signalName(ProcessSignal sig)
{
    switch (sig) {
    case ProcessSignal::Term:
        return QStringLiteral("TERM");
    case ProcessSignal::Kill:
        return QStringLiteral("KILL");
    case ProcessSignal::Stop:
        return QStringLiteral("STOP");
    case ProcessSignal::Cont:
        return QStringLiteral("CONT");
    case ProcessSignal::Hup:
        return QStringLiteral("HUP");
    case ProcessSignal::Int:
        return QStringLiteral("INT");
    case ProcessSignal::Usr1:
        return QStringLiteral("USR1");
    case ProcessSignal::Usr2:
        return QStringLiteral("USR2");
    }
    return QString();
}

QString runModeName(RunMode mode)
{
    switch (mode) {
    case RunMode::Normal:
        return Command::tr("the balancer places it");
    case RunMode::NoMigration:
        return Command::tr("no migration");
    case RunMode::RunHome:
        return Command::tr("run home");
    case RunMode::RunOnNode:
        return Command::tr("run on a node");
    case RunMode::CpuJob:
        return Command::tr("CPU job");
    case RunMode::IoJob:
        return Command::tr("I/O job");
    case RunMode::NoDecay:
        return Command::tr("no decay");
    case RunMode::SlowDecay:
        return Command::tr("slow decay");
    case RunMode::FastDecay:
        return Command::tr("fast decay");
    }
    return QString();
}

static QString onOff(bool on)
{
    return on ? Command::tr("on") : Command::tr("off");
}

QString Command::describe() const
{
    switch (kind) {
    case Kind::SetSpeed:
        return Command::tr("set speed of node %1 to %2").arg(node).arg(value);
    case Kind::AutoMigration:
        return Command::tr("automatic migration on node %1 %2").arg(node).arg(onOff(on));
    case Kind::Quiet:
        return Command::tr("quiet on node %1 %2").arg(node).arg(onOff(on));
    case Kind::LocalStay:
        return Command::tr("local processes stay on node %1 %2").arg(node).arg(onOff(on));
    case Kind::Block:
        return Command::tr("block guests on node %1 %2").arg(node).arg(onOff(on));
    case Kind::Expel:
        return Command::tr("expel guests from node %1").arg(node);
    case Kind::Bring:
        return Command::tr("bring processes home to node %1").arg(node);
    case Kind::StartNode:
        return Command::tr("start node %1").arg(node);
    case Kind::StopNode:
        return Command::tr("stop node %1").arg(node);
    case Kind::MigrateToNode:
        return Command::tr("migrate process %1 of node %2 to node %3").arg(pid).arg(node).arg(value);
    case Kind::MigrateHome:
        return Command::tr("migrate process %1 home to node %2").arg(pid).arg(node);
    case Kind::MigrateBest:
        return Command::tr("migrate process %1 of node %2 to the best node").arg(pid).arg(node);
    case Kind::Signal:
        return Command::tr("send SIG%1 to process %2 of node %3").arg(signalName(signal)).arg(pid).arg(node);
    case Kind::Renice:
        return Command::tr("renice process %1 of node %2 to %3").arg(pid).arg(node).arg(value);
    case Kind::Lock:
        return (on ? Command::tr("lock process %1 to its home node %2") : Command::tr("unlock process %1 of node %2"))
            .arg(pid)
            .arg(node);
    case Kind::RunProgram: {
        const QString what = argv.join(QLatin1Char(' ')).left(200);
        if (runMode == RunMode::RunOnNode)
            return Command::tr("run %1 from node %2 on node %3").arg(what).arg(node).arg(value);
        return Command::tr("run %1 on node %2 (%3)").arg(what).arg(node).arg(runModeName(runMode));
    }
    }
    return QString();
}

} // namespace omv
