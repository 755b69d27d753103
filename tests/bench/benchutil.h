#pragma once

#include <QElapsedTimer>
#include <QVector>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace omv::bench
{

/// Runs fn `runs` times after `warmup` runs; returns the median in milliseconds.
inline double medianMs(int warmup, int runs, const std::function<void()>& fn)
{
    for (int i = 0; i < warmup; ++i)
        fn();
    QVector<double> t;
    t.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn();
        t << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(t.begin(), t.end());
    return t.at(t.size() / 2);
}

inline void figure(const char* name, double value, const char* unit)
{
    std::printf("%s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

} // namespace omv::bench
