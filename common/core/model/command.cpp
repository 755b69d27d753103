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
    auto tr = [](const char* s) { return QCoreApplication::translate("omv::Command", s); };
    switch (mode) {
    case RunMode::Normal:
        return tr("the balancer places it");
    case RunMode::NoMigration:
        return tr("no migration");
    case RunMode::RunHome:
        return tr("run home");
    case RunMode::RunOnNode:
        return tr("run on a node");
    case RunMode::CpuJob:
        return tr("CPU job");
    case RunMode::IoJob:
        return tr("I/O job");
    case RunMode::NoDecay:
        return tr("no decay");
    case RunMode::SlowDecay:
        return tr("slow decay");
    case RunMode::FastDecay:
        return tr("fast decay");
    }
    return QString();
}

static QString onOff(bool on)
{
    return on ? QCoreApplication::translate("omv::Command", "on") : QCoreApplication::translate("omv::Command", "off");
}

QString Command::describe() const
{
    auto tr = [](const char* s) { return QCoreApplication::translate("omv::Command", s); };
    switch (kind) {
    case Kind::SetSpeed:
        return tr("set speed of node %1 to %2").arg(node).arg(value);
    case Kind::AutoMigration:
        return tr("automatic migration on node %1 %2").arg(node).arg(onOff(on));
    case Kind::Quiet:
        return tr("quiet on node %1 %2").arg(node).arg(onOff(on));
    case Kind::LocalStay:
        return tr("local processes stay on node %1 %2").arg(node).arg(onOff(on));
    case Kind::Block:
        return tr("block guests on node %1 %2").arg(node).arg(onOff(on));
    case Kind::Expel:
        return tr("expel guests from node %1").arg(node);
    case Kind::Bring:
        return tr("bring processes home to node %1").arg(node);
    case Kind::StartNode:
        return tr("start node %1").arg(node);
    case Kind::StopNode:
        return tr("stop node %1").arg(node);
    case Kind::MigrateToNode:
        return tr("migrate process %1 of node %2 to node %3").arg(pid).arg(node).arg(value);
    case Kind::MigrateHome:
        return tr("migrate process %1 home to node %2").arg(pid).arg(node);
    case Kind::MigrateBest:
        return tr("migrate process %1 of node %2 to the best node").arg(pid).arg(node);
    case Kind::Signal:
        return tr("send SIG%1 to process %2 of node %3").arg(signalName(signal)).arg(pid).arg(node);
    case Kind::Renice:
        return tr("renice process %1 of node %2 to %3").arg(pid).arg(node).arg(value);
    case Kind::Lock:
        return (on ? tr("lock process %1 to its home node %2") : tr("unlock process %1 of node %2")).arg(pid).arg(node);
    case Kind::RunProgram: {
        const QString what = argv.join(QLatin1Char(' ')).left(200);
        if (runMode == RunMode::RunOnNode)
            return tr("run %1 from node %2 on node %3").arg(what).arg(node).arg(value);
        return tr("run %1 on node %2 (%3)").arg(what).arg(node).arg(runModeName(runMode));
    }
    }
    return QString();
}

} // namespace omv
