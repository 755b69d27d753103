#pragma once

#include "gui/timerangebar.h"

namespace omv::bench
{

/// Step `i` of the analyzer benchmarks' walk through time: zoom in, back, forward, zoom out, and
/// again.
inline void rangeStep(TimeRangeBar* bar, int i)
{
    switch (i % 4) {
    case 0:
        bar->zoomIn();
        break;
    case 1:
        bar->back();
        break;
    case 2:
        bar->forward();
        break;
    default:
        bar->zoomOut();
        break;
    }
}

} // namespace omv::bench
