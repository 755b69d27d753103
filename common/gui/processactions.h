#pragma once

#include "core/model/processinfo.h"

#include <QVector>

class QWidget;

namespace omv
{

/// The suite's one "kill?" question (the process manager's migrator, the migration monitor):
/// SIGKILL to these processes, the first eight named with their command lines. True for Yes.
bool confirmKill(QWidget* parent, const QVector<ProcessInfo>& processes);

} // namespace omv
