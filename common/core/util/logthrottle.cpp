#include "logthrottle.h"

#include <QDateTime>

#include <algorithm>
#include <climits>

namespace omv
{

namespace
{

qint64 now(qint64 given)
{
    return given >= 0 ? given : QDateTime::currentMSecsSinceEpoch();
}

} // namespace

LogThrottle::LogThrottle(Sink sink, qint64 windowMs, int burst)
    : m_sink(std::move(sink))
    , m_windowMs(windowMs)
    , m_burst(burst)
{
}

void LogThrottle::summarise(Key& k, qint64 nowMs)
{
    if (k.held > 0)
        m_out << tr("… and %n more like it in %1 s, the last: %2", nullptr, int(std::min<qint64>(k.held, INT_MAX)))
                     .arg((nowMs - k.start + 999) / 1000)
                     .arg(k.last ? k.last() : QString());
    k = Key();
}

void LogThrottle::say(const QString& key, const QString& line, qint64 nowMs)
{
    say(key, Line([line] { return line; }), nowMs);
}

void LogThrottle::say(const QString& key, const Line& line, qint64 nowMs)
{
    nowMs = now(nowMs);
    QStringList out;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        Key& k = m_keys[key];
        if (k.said > 0 && nowMs - k.start >= m_windowMs)
            summarise(k, nowMs);
        if (k.said == 0)
            k.start = nowMs;
        if (k.said < m_burst) {
            ++k.said;
            m_out << line();
        } else {
            ++k.held;
            ++m_held;
            k.last = line;
        }
        out.swap(m_out);
    }
    for (const QString& l : out)
        m_sink(l);
}

void LogThrottle::flush(bool all, qint64 nowMs)
{
    nowMs = now(nowMs);
    QStringList out;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        for (auto it = m_keys.begin(); it != m_keys.end();) {
            if (all || nowMs - it->start >= m_windowMs) {
                summarise(*it, nowMs);
                it = m_keys.erase(it);
            } else {
                ++it;
            }
        }
        out.swap(m_out);
    }
    for (const QString& l : out)
        m_sink(l);
}

qint64 LogThrottle::held() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_held;
}

} // namespace omv
