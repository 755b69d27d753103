#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>
#include <mutex>

namespace omv
{

/// Keeps a flood of like lines from flooding the log (issue 26: 20,000 refused connections made
/// 20,000 lines). Lines with one key (a uid, say) are written as they come up to `burst` times
/// in a window; the rest are only counted, and one line when the window ends says how many more
/// there were and shows the last. Any thread.
class LogThrottle
{
    Q_DECLARE_TR_FUNCTIONS(omv::LogThrottle)
public:
    using Sink = std::function<void(const QString&)>;
    explicit LogThrottle(Sink sink, qint64 windowMs = 10000, int burst = 3);

    using Line = std::function<QString()>;
    /// Writes `line` unless `key` has had its `burst` in this window.
    void say(const QString& key, const QString& line, qint64 nowMs = -1);
    /// The same, the line made only when it is written (a flood's lines cost nothing to hold back:
    /// 400,000 refusals in 30 s each looked up a user name).
    void say(const QString& key, const Line& line, qint64 nowMs = -1);
    /// Writes the summaries of windows that have ended (all of them with `all`, at the end).
    void flush(bool all = false, qint64 nowMs = -1);
    /// Lines held back so far.
    qint64 held() const;

private:
    struct Key {
        qint64 start = 0;
        int said = 0;
        qint64 held = 0;
        Line last;
    };
    void summarise(Key& k, qint64 nowMs); // under m_mutex; writes outside it via the list
    Sink m_sink;
    qint64 m_windowMs;
    int m_burst;
    mutable std::mutex m_mutex;
    QHash<QString, Key> m_keys;
    QStringList m_out; // written after the lock is released
    qint64 m_held = 0;
};

} // namespace omv
