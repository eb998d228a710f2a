#pragma once
// What the desktop chart reads, through core (the UI talks to no database): stored bars of
// daily and longer intervals, made complete through the history service (missing ranges
// fetched within the request budget, at the priority of a person waiting), and intraday
// bars built from the stored ticks of a code (MinuteBars). Lives on the COM/GUI thread,
// reading through that thread's read-only connection.
#include "core/domain/bar.h"
#include "core/domain/result.h"
#include <QDate>
#include <qcoro/qcorotask.h>

namespace cybos {

class Database;
class FeedServices;

struct ChartRequest {
    QString code;
    Interval interval = Interval::Day;
    qint64 nowMs = 0;
};

struct ChartBars {
    BarList bars;            // ascending in time
    qint64 lastSeq = 0;      // intraday: the highest tick seq they hold (live ticks continue after it)
};

class ChartSource
{
public:
    ChartSource(FeedServices *services, const Database *database);

    // The first day a chart of this interval shows (about a year of daily bars, three of
    // weekly, ten of monthly; for intraday the start of the previous day).
    static QDate firstDay(Interval interval, qint64 nowMs);
    // Bars already stored for the chart (no feed request).
    Result<ChartBars> stored(const ChartRequest &request) const;
    // Fetches what the database lacks for a daily-or-longer chart (nothing to do for
    // intraday); budget_exhausted with retryAfterMs when the budget says wait.
    QCoro::Task<Status> complete(ChartRequest request, int maxWaitMs);

private:
    Result<ChartBars> storedBars(const ChartRequest &request) const;
    Result<ChartBars> tickBars(const ChartRequest &request) const;

    FeedServices *m_services;
    const Database *m_database;
};

} // namespace cybos
