#pragma once

#include "../kerneldriver.h"

namespace omv
{

/// MattX: /proc/mattx, commands written to its admin file (shared/reference/mattx.md).
const KernelDriver& mattXDriver();

} // namespace omv
