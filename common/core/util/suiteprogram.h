#pragma once

#include <QString>

namespace omv
{

/// The path of another program of the suite ("omsim", "openmosixcollector", "openmosixprocs", …):
/// installed next to the running program, or in its folder of the build tree (sim/omsim next to
/// app/openmosixview). Empty when there is none.
QString suiteProgram(const QString& name);

} // namespace omv
