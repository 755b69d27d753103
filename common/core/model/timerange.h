#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace omv
{

/// The time a history window shows: a fixed [from, to), the last N milliseconds following now,
/// or all that a file holds. Every window of the suite keeps its time as one of these, set by the
/// time-range bar.
class TimeRange
{
public:
    enum class Kind { Fixed, Last, All };
    static constexpr qint64 kMinute = 60 * 1000;
    static constexpr qint64 kHour = 60 * kMinute;
    static constexpr qint64 kDay = 24 * kHour;

    TimeRange() = default; ///< the last hour
    static TimeRange last(qint64 widthMs);
    static TimeRange between(qint64 fromMs, qint64 toMs);
    static TimeRange all();

    Kind kind() const { return m_kind; }
    bool follows() const { return m_kind != Kind::Fixed; } ///< its end moves with now
    /// The bounds at `nowMs`; "all" spans [first, last] of the file (falling back to the last hour
    /// when the file is empty).
    qint64 from(qint64 nowMs, qint64 first = -1, qint64 last = -1) const;
    qint64 to(qint64 nowMs, qint64 first = -1, qint64 last = -1) const;
    qint64 width(qint64 nowMs, qint64 first = -1, qint64 last = -1) const;

    /// By whole widths back (negative) or forward; the result is fixed, except that a step
    /// forward that reaches now follows now again.
    TimeRange shifted(int widths, qint64 nowMs, qint64 first = -1, qint64 last = -1) const;
    /// Narrower (factor < 1) or wider around its middle; a range that follows now stays so.
    /// Never narrower than a minute.
    TimeRange zoomed(double factor, qint64 nowMs, qint64 first = -1, qint64 last = -1) const;
    /// "last 1 h", "all", "2026-11-29 12:00 – 13:00" (local time).
    QString describe() const;

    bool operator==(const TimeRange& o) const
    {
        return m_kind == o.m_kind && m_from == o.m_from && m_to == o.m_to && m_width == o.m_width;
    }
    bool operator!=(const TimeRange& o) const { return !(*this == o); }

    /// A moment as people type it: ISO 8601 ("2026-11-29T14:10", local unless it says Z or an
    /// offset; "2026-11-29 14:10" too), "now", or an offset from now ("-1h", "-90m", "-2d",
    /// "-30s", "-1w"), or a time of day alone ("11:41", "11:41:04": the latest such moment, today
    /// or yesterday). Nothing for text it cannot read.
    static std::optional<qint64> parseMoment(const QString& text, qint64 nowMs);
    /// A width as people type it: "15m", "1h", "7d", "2w", "30s".
    static std::optional<qint64> parseWidth(const QString& text);
    /// "15 min", "1 h", "7 d": the shortest exact form.
    static QString widthText(qint64 ms);

private:
    Kind m_kind = Kind::Last;
    qint64 m_from = 0, m_to = 0;
    qint64 m_width = 3600 * 1000;
};

} // namespace omv

Q_DECLARE_METATYPE(omv::TimeRange)
