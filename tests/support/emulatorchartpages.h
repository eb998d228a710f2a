#pragma once
// Paging helpers of the StockChart suites (tst_emulator_chart*.cpp), and Cybos' week label
// computed independently of the emulator.
#include "emulatorfixture.h"
#include <climits>

namespace cybos::test {
using Rows = QList<QVariantList>;

inline Rows page(ComObject &c)
{
    Rows rows;
    const int fields = header(c, 1).toInt();
    for (int r = 0; r < header(c, 3).toInt(); ++r) {
        QVariantList row;
        for (int f = 0; f < fields; ++f)
            row.append(data(c, f, r));
        rows.append(row);
    }
    return rows;
}

// Every page of a query up to `wanted` rows (count mode: Continue stays 1 past the count, so
// the client stops by itself); checks each page's size against the cap and the count.
inline Rows allPages(ComObject &c, int *pages = nullptr, int wanted = INT_MAX)
{
    Rows rows;
    int n = 0;
    do {
        if (call(c, "BlockRequest").toInt() != 0)
            return {};
        const Rows p = page(c);
        const bool more = c.getProperty(QStringLiteral("Continue")).toInt() == 1;
        if (more && p.size() != 20'000 / header(c, 1).toInt() - 1 && rows.size() + p.size() != wanted)
            return {}; // a page before the last must be full, or end at the count
        rows += p;
        ++n;
        if (!more || rows.size() >= wanted)
            break;
    } while (true);
    if (pages)
        *pages = n;
    return rows;
}

inline QDate ymdDate(int ymd)
{
    return QDate(ymd / 10000, ymd / 100 % 100, ymd % 100);
}

// AKX: week 1 of a month starts on the Monday after the month's first Sunday; earlier days
// belong to the previous month's last week.
inline int weekLabel(QDate tradingDay)
{
    QDate monday = tradingDay.addDays(1 - tradingDay.dayOfWeek());
    QDate firstSunday(monday.addDays(-1).year(), monday.addDays(-1).month(), 1);
    while (firstSunday.dayOfWeek() != 7)
        firstSunday = firstSunday.addDays(1);
    const int week = int(firstSunday.addDays(1).daysTo(monday) / 7) + 1;
    return firstSunday.year() * 10000 + firstSunday.month() * 100 + week * 10;
}

inline qint64 stamp(const QVariantList &row) // date and time of a row with fields 0 and 1
{
    return row[0].toLongLong() * 10000 + row[1].toLongLong();
}

} // namespace cybos::test
