#pragma once
// History on demand: makes sure the database holds the bars of a chart query, fetching only
// the ranges bar_coverage lacks, page by page through the request scheduler. Each page is
// stored with the range it proves complete (adjusted and raw series apart), so a second
// identical call makes no feed request and an interrupted fetch resumes where it stopped.
// Weekly and monthly queries fetch and store the daily bars of the whole weeks/months they
// touch; the bars themselves are built from those when read (BarRepository, BarPeriods).
// A feed that serves no requests (replay, relay) is never asked: the caller reads what the
// database has. Lives on the COM thread.
#include "core/domain/result.h"
#include "core/feed/marketfeed.h"
#include "core/storage/barrepository.h"
#include "requestscheduler.h"
#include <QObject>

namespace cybos {

class ServiceClock;
class StorageWrites;
class StoreReader;

class HistoryService : public QObject
{
    Q_OBJECT
public:
    HistoryService(MarketFeed *feed, RequestScheduler *scheduler, StorageWrites *writes,
                   const StoreReader *reader, ServiceClock *clock, QObject *parent = nullptr);

    // maxWaitMs bounds the whole call (< 0: unbounded); pages already stored stay stored.
    QCoro::Task<Status> ensure(ChartQuery query, RequestPriority priority, int maxWaitMs);

    // The time range a query asks for: [from 00:00 KST, end of `to`], capped at now.
    static TimeRange requestedRange(const ChartQuery &query, qint64 nowMs);
    // What the feed is asked for: the query itself, or for 1w/1mo the daily bars of every
    // day of the periods [from, to] touches.
    static ChartQuery feedQuery(const ChartQuery &query);
    qint64 pagesFetched() const { return m_pages; }

private:
    QCoro::Task<Status> fetchGap(ChartQuery query, TimeRange gap, RequestPriority priority,
                                 qint64 deadlineMs);
    QCoro::Task<Result<ChartPage>> nextPage(int handle, RequestPriority priority, qint64 deadlineMs);
    TimeRanges worthFetching(const TimeRanges &gaps, const ChartQuery &query, qint64 nowMs) const;

    MarketFeed *m_feed;
    RequestScheduler *m_scheduler;
    StorageWrites *m_writes;
    const StoreReader *m_reader;
    ServiceClock *m_clock;
    qint64 m_pages = 0;
};

} // namespace cybos
