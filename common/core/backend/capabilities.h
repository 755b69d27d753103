#pragma once

#include "../model/command.h"

#include <QHash>
#include <QString>

namespace omv
{

/// Which kernels the suite can drive.
enum class BackendKind { OpenMosix, MattX, Linux };
QString backendName(BackendKind kind); ///< "openmosix", "mattx", "linux"

/// Which commands a backend offers. A control that is not offered carries the reason, which the
/// GUI shows on the greyed-out control; an offered one may carry a note on how it is done.
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

    static Capabilities forBackend(BackendKind kind);

private:
    QHash<int, QString> m_unavailable;
    QHash<int, QString> m_notes;
    QHash<int, QString> m_noRunModes;
};

} // namespace omv
