#pragma once

#include "command.h"

#include <QHash>
#include <QString>

namespace omv
{

/// Which commands a kernel's driver offers (KernelDriver::capabilities). A control that is not offered carries the
/// reason, which the GUI shows on the greyed-out control; an offered one may carry a note on how it is done.
class Capabilities
{
public:
    bool offers(Command::Kind kind) const { return !m_unavailable.contains(int(kind)); }
    QString reason(Command::Kind kind) const { return m_unavailable.value(int(kind)); }
    QString note(Command::Kind kind) const { return m_notes.value(int(kind)); }

    /// Whether programs can be started under `mode` (RunProgram), and why not.
    bool offersRunMode(RunMode mode) const
    {
        return offers(Command::Kind::RunProgram) && !m_noRunModes.contains(int(mode));
    }
    QString runModeReason(RunMode mode) const
    {
        return offers(Command::Kind::RunProgram) ? m_noRunModes.value(int(mode)) : reason(Command::Kind::RunProgram);
    }

    void setUnavailable(Command::Kind kind, const QString& reason) { m_unavailable.insert(int(kind), reason); }
    void setRunModeUnavailable(RunMode mode, const QString& reason) { m_noRunModes.insert(int(mode), reason); }
    void setNote(Command::Kind kind, const QString& note) { m_notes.insert(int(kind), note); }
    /// Programs start only as they are (RunMode::Normal): every other mode is openMosix's mosrun.
    void setOnlyNormalRuns(const QString& reason)
    {
        for (RunMode m : { RunMode::NoMigration, RunMode::RunHome, RunMode::RunOnNode, RunMode::CpuJob, RunMode::IoJob,
                 RunMode::NoDecay, RunMode::SlowDecay, RunMode::FastDecay })
            setRunModeUnavailable(m, reason);
    }

    /// Whether each node must be asked if processes can move to and from it (plain Linux: its
    /// CRIU; ClusterBackend::migrationSupport says), rather than the kernel moving them itself.
    bool migrationAskedPerNode() const { return m_migrationPerNode; }
    void setMigrationAskedPerNode(bool on) { m_migrationPerNode = on; }

private:
    QHash<int, QString> m_unavailable;
    QHash<int, QString> m_notes;
    QHash<int, QString> m_noRunModes;
    bool m_migrationPerNode = false;
};

} // namespace omv
