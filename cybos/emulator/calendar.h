#pragma once
// The emulator's KRX calendar and fast KST arithmetic (no QDateTime per tick).
//
// Trading days: Monday to Friday except 1 January and 31 December (KRX's year-end closing
// day). Lunar and other public holidays are not modelled. The first trading day of a year
// opens at 10:00 instead of 09:00 (cybos-api.md §7).
#include <QDate>
#include <vector>

namespace cybos::emu {

// KST (UTC+9, no DST) of an epoch-ms instant.
QDate kstDate(qint64 epochMs);
int kstSecond(qint64 epochMs);                 // seconds since KST midnight, 0..86399
qint64 kstEpochMs(QDate date, int secondOfDay); // KST wall clock → instant
int hhmmss(int secondOfDay);                    // 34215 → 93015
int hhmm(int secondOfDay);                      // 34215 → 930
inline qint64 ymd(QDate d) { return qint64(d.year()) * 10000 + d.month() * 100 + d.day(); }

bool isTradingDay(QDate d);
bool isFirstTradingDayOfYear(QDate d);
int openSecond(QDate d); // 09:00, or 10:00 on the first trading day of the year

// Every trading day from the start of generated history (2016-01-04) to 2040-12-31, indexed.
class TradingCalendar
{
public:
    static const TradingCalendar &instance();

    int count() const { return int(m_days.size()); }
    QDate at(int index) const { return m_days[size_t(index)]; }
    int indexOf(QDate d) const;        // -1 when d is not a trading day in range
    int indexOnOrBefore(QDate d) const; // the last trading day ≤ d, -1 before the range
    int indexBefore(QDate d) const { return indexOnOrBefore(d.addDays(-1)); }

private:
    TradingCalendar();
    std::vector<QDate> m_days;
};

} // namespace cybos::emu
