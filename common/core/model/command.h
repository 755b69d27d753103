#pragma once

#include "nodesample.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace omv
{

/// Signals the suite may send. A fixed list: nothing else ever reaches a command line.
enum class ProcessSignal { Term, Kill, Stop, Cont, Hup, Int, Usr1, Usr2 };

/// How a started program may move (openMosix `mosrun` and its wrappers).
enum class RunMode {
    Normal, ///< started on the node; the balancer places it
    NoMigration, ///< stays where it starts
    RunHome, ///< runs on its home node, locked there
    RunOnNode, ///< runs on the node in Command::value
    CpuJob,
    IoJob,
    NoDecay,
    SlowDecay,
    FastDecay,
};
QString runModeName(RunMode mode); ///< "run home", "CPU job", ...

/// A typed request to the cluster. Build with the static constructors; CommandBuilder turns it
/// into a command line after validating every number in it.
struct Command {
    Q_DECLARE_TR_FUNCTIONS(omv::Command)
public: // the macro leaves it private
    enum class Kind {
        SetSpeed,
        AutoMigration, ///< on = processes may migrate away automatically
        Quiet,
        LocalStay,
        Block,
        Expel,
        Bring,
        StartNode,
        StopNode,
        MigrateToNode,
        MigrateHome,
        MigrateBest,
        Signal,
        Renice,
        Lock, ///< on = lock to home node
        RunProgram, ///< start argv on `node` (its home) under runMode; value = target for RunOnNode
    };
    static constexpr Kind kLastKind = Kind::RunProgram;

    Kind kind = Kind::SetSpeed;
    NodeId node = 0; ///< the node the command concerns (for process commands: the home node)
    int pid = 0;
    qint64 value = 0; ///< speed, nice or target node
    bool on = false;
    ProcessSignal signal = ProcessSignal::Term;
    RunMode runMode = RunMode::Normal;
    QStringList argv; ///< RunProgram: the program and its arguments, passed as quoted words

    static Command setSpeed(NodeId node, qint64 speed) { return make(Kind::SetSpeed, node, 0, speed, false); }
    static Command autoMigration(NodeId node, bool on) { return make(Kind::AutoMigration, node, 0, 0, on); }
    static Command quiet(NodeId node, bool on) { return make(Kind::Quiet, node, 0, 0, on); }
    static Command localStay(NodeId node, bool on) { return make(Kind::LocalStay, node, 0, 0, on); }
    static Command block(NodeId node, bool on) { return make(Kind::Block, node, 0, 0, on); }
    static Command expel(NodeId node) { return make(Kind::Expel, node, 0, 0, true); }
    static Command bring(NodeId node) { return make(Kind::Bring, node, 0, 0, true); }
    static Command startNode(NodeId node) { return make(Kind::StartNode, node, 0, 0, true); }
    static Command stopNode(NodeId node) { return make(Kind::StopNode, node, 0, 0, false); }
    static Command migrate(NodeId home, int pid, NodeId target)
    {
        return make(Kind::MigrateToNode, home, pid, target, false);
    }
    static Command migrateHome(NodeId home, int pid) { return make(Kind::MigrateHome, home, pid, 0, false); }
    /// To `target`, which may be the process's home: then it is sent home (the kernel's own
    /// "home" request, not a move to an address) — the choice every window makes the same way.
    static Command migrateTo(NodeId home, int pid, NodeId target)
    {
        return target == home ? migrateHome(home, pid) : migrate(home, pid, target);
    }
    static Command migrateBest(NodeId home, int pid) { return make(Kind::MigrateBest, home, pid, 0, false); }
    static Command sendSignal(NodeId home, int pid, ProcessSignal sig)
    {
        Command c = make(Kind::Signal, home, pid, 0, false);
        c.signal = sig;
        return c;
    }
    static Command renice(NodeId home, int pid, int nice) { return make(Kind::Renice, home, pid, nice, false); }
    static Command lock(NodeId home, int pid, bool on) { return make(Kind::Lock, home, pid, 0, on); }

    static Command runProgram(NodeId home, const QStringList& argv, RunMode mode, NodeId target = 0)
    {
        Command c = make(Kind::RunProgram, home, 0, target, false);
        c.runMode = mode;
        c.argv = argv;
        return c;
    }

    bool isProcessCommand() const { return kind >= Kind::MigrateToNode && kind <= Kind::Lock; }
    /// A short human description, e.g. "set speed of node 3 to 5000".
    QString describe() const;

    bool operator==(const Command& o) const
    {
        return kind == o.kind && node == o.node && pid == o.pid && value == o.value && on == o.on && signal == o.signal
            && runMode == o.runMode && argv == o.argv;
    }

private:
    static Command make(Kind k, NodeId node, int pid, qint64 value, bool on)
    {
        Command c;
        c.kind = k;
        c.node = node;
        c.pid = pid;
        c.value = value;
        c.on = on;
        return c;
    }
};

QString signalName(ProcessSignal sig); ///< "TERM", "KILL", ...

} // namespace omv

Q_DECLARE_METATYPE(omv::Command)
