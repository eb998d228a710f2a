#pragma once
// Weekly and monthly bars, built from stored daily bars rather than read from Cybos (whose
// W/M charts date bars by week-of-month and YYYYMM00, cybos-api.md §0b). The trading calendar
// is the set of days that have a daily bar; a week runs Monday to Sunday, a month is the
// calendar month, and each bar is dated by the last trading day it holds (for the current,
// unfinished period: the last trading day so far).
#include "bar.h"
#include <QDate>

namespace cybos::BarPeriods {

bool isAggregated(Interval interval);              // 1w, 1mo
QDate periodStart(QDate day, Interval interval);   // the Monday / the 1st; day itself otherwise
QDate periodEnd(QDate day, Interval interval);     // the Sunday / the month's last day

// Daily bars (ascending) folded into bars of `interval` (ascending): first open, highest high,
// lowest low, last close, volume and value summed, time of the period's last daily bar.
BarList aggregate(const BarList &daily, Interval interval);

} // namespace cybos::BarPeriods
