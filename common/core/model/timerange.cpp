#include "timerange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>
#include <cmath>

namespace omv
{

TimeRange TimeRange::last(qint64 widthMs)
{
    TimeRange r;
    r.m_kind = Kind::Last;
    r.m_width = std::max(kMinute, widthMs);
    return r;
}

TimeRange TimeRange::between(qint64 fromMs, qint64 toMs)
{
    TimeRange r;
    r.m_kind = Kind::Fixed;
    r.m_from = std::min(fromMs, toMs);
    r.m_to = std::max(fromMs, toMs);
    if (r.m_to - r.m_from < 1000)
        r.m_to = r.m_from + 1000;
    r.m_width = r.m_to - r.m_from;
    return r;
}

TimeRange TimeRange::all()
{
    TimeRange r;
    r.m_kind = Kind::All;
    r.m_width = 0;
    return r;
}

qint64 TimeRange::from(qint64 nowMs, qint64 first, qint64 last) const
{
    switch (m_kind) {
    case Kind::Fixed:
        return m_from;
    case Kind::Last:
        return nowMs - m_width;
    case Kind::All:
        return first >= 0 ? first : to(nowMs, first, last) - kHour;
    }
    return m_from;
}

qint64 TimeRange::to(qint64 nowMs, qint64 first, qint64 last) const
{
    switch (m_kind) {
    case Kind::Fixed:
        return m_to;
    case Kind::Last:
        return nowMs;
    case Kind::All:
        // The file's end, or now while it is being written (one more interval may come).
        return std::max(last >= 0 ? last + 1 : nowMs, first >= 0 ? first + kMinute : 0);
    }
    return m_to;
}

qint64 TimeRange::width(qint64 nowMs, qint64 first, qint64 last) const
{
    return to(nowMs, first, last) - from(nowMs, first, last);
}

TimeRange TimeRange::shifted(int widths, qint64 nowMs, qint64 first, qint64 last) const
{
    const qint64 w = width(nowMs, first, last);
    const qint64 f = from(nowMs, first, last) + qint64(widths) * w;
    if (f + w >= nowMs && widths > 0)
        return last >= 0 && m_kind == Kind::All ? all() : TimeRange::last(w);
    return between(f, f + w);
}

TimeRange TimeRange::zoomed(double factor, qint64 nowMs, qint64 first, qint64 last) const
{
    const qint64 w = width(nowMs, first, last);
    const qint64 nw = std::max(kMinute, qint64(std::llround(double(w) * factor)));
    if (m_kind == Kind::Last)
        return TimeRange::last(nw);
    const qint64 mid = from(nowMs, first, last) + w / 2;
    qint64 f = mid - nw / 2;
    qint64 t = f + nw;
    if (t > nowMs) { // never into the future
        t = nowMs;
        f = t - nw;
    }
    return between(f, t);
}

QString TimeRange::widthText(qint64 ms)
{
    struct Unit {
        qint64 ms;
        const char* name;
    };
    static const Unit units[] = { { 7 * kDay, "w" }, { kDay, "d" }, { kHour, "h" }, { kMinute, "min" }, { 1000, "s" } };
    for (const Unit& u : units) {
        if (ms >= u.ms && ms % u.ms == 0)
            return QStringLiteral("%1 %2").arg(ms / u.ms).arg(QLatin1String(u.name));
    }
    return QStringLiteral("%1 ms").arg(ms);
}

QString TimeRange::describe() const
{
    switch (m_kind) {
    case Kind::Last:
        return QCoreApplication::translate("omv::TimeRange", "last %1").arg(widthText(m_width));
    case Kind::All:
        return QCoreApplication::translate("omv::TimeRange", "all");
    case Kind::Fixed:
        break;
    }
    const QDateTime a = QDateTime::fromMSecsSinceEpoch(m_from);
    const QDateTime b = QDateTime::fromMSecsSinceEpoch(m_to);
    const QString day = QStringLiteral("yyyy-MM-dd ");
    const QString time = m_width < kMinute * 10 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    return a.toString(day + time) + QStringLiteral(" – ") + b.toString(a.date() == b.date() ? time : day + time);
}

std::optional<qint64> TimeRange::parseWidth(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d+)\\s*(s|sec|m|min|h|d|w)\\s*$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 n = m.captured(1).toLongLong(&ok);
    if (!ok || n > 100000)
        return std::nullopt;
    const QString u = m.captured(2).toLower();
    const qint64 unit = u.startsWith(QLatin1Char('s')) ? 1000
        : u.startsWith(QLatin1Char('m'))               ? kMinute
        : u == QLatin1String("h")                      ? kHour
        : u == QLatin1String("d")                      ? kDay
                                                       : 7 * kDay;
    return n * unit;
}

std::optional<qint64> TimeRange::parseMoment(const QString& text, qint64 nowMs)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("now"), Qt::CaseInsensitive) == 0)
        return nowMs;
    if (t.startsWith(QLatin1Char('-'))) {
        const std::optional<qint64> w = parseWidth(t.mid(1));
        return w ? std::optional<qint64>(nowMs - *w) : std::nullopt;
    }
    // A time of day alone ("11:41:04"): its latest occurrence, today's or yesterday's (local).
    const QTime clock = QTime::fromString(t,
        t.count(QLatin1Char(':')) == 1     ? QStringLiteral("H:mm")
            : t.contains(QLatin1Char('.')) ? QStringLiteral("H:mm:ss.zzz")
                                           : QStringLiteral("H:mm:ss"));
    if (clock.isValid()) {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
        QDateTime d(now.date(), clock);
        if (d.toMSecsSinceEpoch() > nowMs)
            d = QDateTime(now.date().addDays(-1), clock);
        return d.toMSecsSinceEpoch();
    }
    QString iso = t;
    if (iso.size() > 10 && iso.at(10) == QLatin1Char(' '))
        iso[10] = QLatin1Char('T');
    QDateTime d = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!d.isValid())
        d = QDateTime::fromString(iso, Qt::ISODate);
    if (!d.isValid() && iso.size() == 10) // a date alone: its midnight
        d = QDateTime(QDate::fromString(iso, Qt::ISODate), QTime(0, 0));
    if (!d.isValid())
        return std::nullopt;
    return d.toMSecsSinceEpoch();
}

} // namespace omv
