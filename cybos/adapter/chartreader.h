#pragma once
// CpSysDib.StockChart: chart history with Continue paging (cybos-api.md §4).
#include "core/feed/marketfeed.h"

namespace cybos {

class ComObject;

namespace ChartReader {

inline constexpr const char *kProgId = "CpSysDib.StockChart";

// Sets every input of the first request; later pages re-Request without touching them.
void setInputs(ComObject &object, const ChartQuery &query, QDate today);
// The rows of the answer just received, oldest first (Cybos sends newest first).
BarList readPage(ComObject &object, Interval interval, qint64 valueUnit);

// The count asked for in count mode: the bars [from, to] can hold, with a margin.
int estimatedCount(const ChartQuery &query, QDate today);

} // namespace ChartReader
} // namespace cybos
