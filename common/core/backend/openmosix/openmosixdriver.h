#pragma once

#include "../kerneldriver.h"

namespace omv
{

/// openMosix / LinuxPMI: /proc/hpc, mosctl, migrate, mosrun (shared/reference/openmosix.md).
const KernelDriver& openMosixDriver();

} // namespace omv
