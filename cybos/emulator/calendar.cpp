#include "calendar.h"
#include <algorithm>

namespace cybos::emu {
namespace {
constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kKstOffsetMs = 9 * 3'600'000;
constexpr qint64 kUnixEpochJulianDay = 2'440'588;

qint64 kstDays(qint64 epochMs)
{
    const qint64 local = epochMs + kKstOffsetMs;
    return local >= 0 ? local / kDayMs : (local - kDayMs + 1) / kDayMs;
}
} // namespace

QDate kstDate(qint64 epochMs)
{
    return QDate::fromJulianDay(kstDays(epochMs) + kUnixEpochJulianDay);
}

int kstSecond(qint64 epochMs)
{
    const qint64 local = epochMs + kKstOffsetMs - kstDays(epochMs) * kDayMs;
    return int(local / 1000);
}

qint64 kstEpochMs(QDate date, int secondOfDay)
{
    return (date.toJulianDay() - kUnixEpochJulianDay) * kDayMs - kKstOffsetMs
        + qint64(secondOfDay) * 1000;
}

int hhmmss(int secondOfDay)
{
    return secondOfDay / 3600 * 10000 + secondOfDay / 60 % 60 * 100 + secondOfDay % 60;
}

int hhmm(int secondOfDay)
{
    return secondOfDay / 3600 * 100 + secondOfDay / 60 % 60;
}

bool isTradingDay(QDate d)
{
    if (d.dayOfWeek() > 5)
        return false;
    const bool newYear = d.month() == 1 && d.day() == 1;
    const bool yearEnd = d.month() == 12 && d.day() == 31;
    return !newYear && !yearEnd;
}

bool isFirstTradingDayOfYear(QDate d)
{
    if (!isTradingDay(d))
        return false;
    for (QDate p(d.year(), 1, 1); p < d; p = p.addDays(1)) {
        if (isTradingDay(p))
            return false;
    }
    return true;
}

int openSecond(QDate d)
{
    return isFirstTradingDayOfYear(d) ? 10 * 3600 : 9 * 3600;
}

const TradingCalendar &TradingCalendar::instance()
{
    static const TradingCalendar calendar;
    return calendar;
}

TradingCalendar::TradingCalendar()
{
    const QDate last(2040, 12, 31);
    m_days.reserve(6500);
    for (QDate d(2016, 1, 4); d <= last; d = d.addDays(1)) {
        if (isTradingDay(d))
            m_days.push_back(d);
    }
}

int TradingCalendar::indexOnOrBefore(QDate d) const
{
    const auto it = std::upper_bound(m_days.begin(), m_days.end(), d);
    return int(it - m_days.begin()) - 1;
}

int TradingCalendar::indexOf(QDate d) const
{
    const int i = indexOnOrBefore(d);
    return i >= 0 && m_days[size_t(i)] == d ? i : -1;
}

} // namespace cybos::emu
