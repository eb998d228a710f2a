#pragma once
// CpSysDib.StockChart: daily and minute chart history with Continue paging (cybos-api.md §4).
// Weekly and monthly bars are not read from Cybos (it dates them by week-of-month and
// YYYYMM00, §0b): the history service builds them from daily bars.
#include "core/feed/marketfeed.h"

namespace cybos {

class ComObject;

namespace ChartReader {

inline constexpr const char *kProgId = "CpSysDib.StockChart";

bool isReadable(Interval interval); // daily and minute charts
// Sets every input of the first request; later pages re-Request without touching them.
void setInputs(ComObject &object, const ChartQuery &query);
// The rows of the answer just received, oldest first (Cybos sends newest first). Bar::value
// is field 9 as Cybos sent it: its unit is found by ChartValueUnit.
BarList readPage(ComObject &object, Interval interval);
// Header 5, the latest trade date (today's, once the day traded).
QDate latestTradeDate(ComObject &object);

} // namespace ChartReader
} // namespace cybos
