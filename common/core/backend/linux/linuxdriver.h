#pragma once

#include "../kerneldriver.h"

namespace omv
{

/// Plain Linux: the stock kernel's /proc, migration by checkpoint/restart (CRIU) where it works.
const KernelDriver& linuxDriver();

} // namespace omv
