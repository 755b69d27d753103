#pragma once

#include "gui/clustersession.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>

namespace omv::test
{

/// Asks `window`'s session for a snapshot and waits until the window has applied one begun after
/// this call: one already on its way (the refresh a dialog asks for after its commands) may have
/// been taken before what the test just did. `applied` is the window's "snapshot applied" signal;
/// the window needs session() and model()->snapshot().
template <typename Window, typename Signal> bool nextSnapshot(Window* window, Signal applied, int timeoutMs = 20000)
{
    const qint64 since = QDateTime::currentMSecsSinceEpoch();
    QSignalSpy spy(window, applied);
    window->session()->refreshNow();
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (!spy.wait(int(qMax<qint64>(1, timeoutMs - t.elapsed()))))
            return false;
        if (window->model()->snapshot().timeMs >= since)
            return true;
    }
    return false;
}

/// Writes `text` to `dir`/`name` (a scenario, a profile) and returns the path.
inline QString writeText(const QString& dir, const QString& name, const QByteArray& text)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        return QString();
    return path;
}

} // namespace omv::test
