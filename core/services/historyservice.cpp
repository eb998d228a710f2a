#include "historyservice.h"
#include "core/domain/barperiods.h"
#include "core/domain/ksttime.h"
#include "core/storage/storagewrites.h"
#include "serviceclock.h"
#include "storereader.h"
#include <QPointer>
#include <limits>

namespace cybos {
namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// The span of one bar the feed is asked for (daily or minute).
qint64 barSpanMs(Interval interval)
{
    return isMinuteInterval(interval) ? qint64(intervalMinutes(interval)) * 60 * 1000 : kDayMs;
}
} // namespace

HistoryService::HistoryService(MarketFeed *feed, RequestScheduler *scheduler, StorageWrites *writes,
                               const StoreReader *reader, ServiceClock *clock, QObject *parent)
    : QObject(parent), m_feed(feed), m_scheduler(scheduler), m_writes(writes), m_reader(reader),
      m_clock(clock)
{
}

TimeRange HistoryService::requestedRange(const ChartQuery &query, qint64 nowMs)
{
    const qint64 from = query.from.isValid() ? Kst::toEpochMs(query.from) : 0;
    qint64 to = query.to.isValid() ? Kst::toEpochMs(query.to.addDays(1)) - 1 : nowMs;
    return TimeRange{from, qMin(to, nowMs)};
}

// A gap at the live end shorter than a minute (and than one bar) is skipped, so a repeated
// call costs nothing; later the latest page is fetched again, which also refreshes the bar
// still forming (today's daily bar, the current minute).
constexpr qint64 kLiveToleranceMs = 60 * 1000;

TimeRanges HistoryService::worthFetching(const TimeRanges &gaps, const ChartQuery &query, qint64 nowMs) const
{
    TimeRanges out;
    for (const TimeRange &g : gaps) {
        const bool liveTail = g.toMs >= nowMs - 1 && g.fromMs > 0;
        if (liveTail && g.toMs - g.fromMs < qMin(kLiveToleranceMs, barSpanMs(query.interval)))
            continue;
        out.append(g);
    }
    return out;
}

ChartQuery HistoryService::feedQuery(const ChartQuery &query)
{
    if (!BarPeriods::isAggregated(query.interval))
        return query;
    ChartQuery daily = query;
    daily.interval = Interval::Day;
    if (query.from.isValid())
        daily.from = BarPeriods::periodStart(query.from, query.interval);
    if (query.to.isValid())
        daily.to = BarPeriods::periodEnd(query.to, query.interval);
    return daily;
}

QCoro::Task<Status> HistoryService::ensure(ChartQuery asked, RequestPriority priority, int maxWaitMs)
{
    if (!m_feed->servesRequests())
        co_return Ok{};   // replay, relay: the stored bars are all there is
    const ChartQuery query = feedQuery(asked);
    const qint64 now = m_clock->nowMs();
    const TimeRange range = requestedRange(query, now);
    if (range.fromMs > range.toMs)
        co_return Ok{};
    const BarKey key{query.code, query.interval, query.adjusted};
    const Result<TimeRanges> missing = m_reader->missingBars(key, range);
    if (!missing)
        co_return missing.error();
    const qint64 deadline = maxWaitMs < 0 ? std::numeric_limits<qint64>::max() : now + maxWaitMs;
    const TimeRanges gaps = worthFetching(*missing, query, now);
    // Newest first: what a chart shows first arrives first.
    QPointer<HistoryService> alive(this);
    for (auto it = gaps.crbegin(); it != gaps.crend(); ++it) {
        auto fetching = fetchGap(query, *it, priority, deadline);
        const Status s = co_await fetching;
        if (!s || !alive)
            co_return s;
    }
    co_return Ok{};
}

QCoro::Task<Status> HistoryService::fetchGap(ChartQuery query, TimeRange gap, RequestPriority priority,
                                             qint64 deadlineMs)
{
    ChartQuery q = query;
    q.from = gap.fromMs > 0 ? Kst::dateOf(gap.fromMs) : QDate();
    q.to = Kst::dateOf(gap.toMs);
    const BarKey key{query.code, query.interval, query.adjusted};
    const int handle = m_feed->openChart(q);
    qint64 upper = gap.toMs;
    Status result = Ok{};
    for (bool more = true; more && upper >= gap.fromMs;) {
        auto paging = nextPage(handle, priority, deadlineMs);
        const Result<ChartPage> page = co_await paging;
        if (!page) {
            result = page.error();
            break;
        }
        ++m_pages;
        // Pages come newest first: this one proves [its oldest bar, upper] complete, the
        // last one everything down to the gap's start.
        more = page->more && !page->bars.isEmpty();
        const qint64 lower = more ? qMax(gap.fromMs, page->bars.first().timeMs) : gap.fromMs;
        QPointer<HistoryService> alive(this);
        MarketFeed *feed = m_feed;
        auto storing = m_writes->storeBars(key, page->bars, TimeRange{lower, upper});
        const Status stored = co_await storing;
        if (!alive) {   // shut down meanwhile (the storage outlives us)
            feed->closeChart(handle);
            co_return stored;
        }
        if (!stored) {
            result = stored;
            break;
        }
        upper = lower - 1;
    }
    m_feed->closeChart(handle);
    co_return result;
}

QCoro::Task<Result<ChartPage>> HistoryService::nextPage(int handle, RequestPriority priority, qint64 deadlineMs)
{
    const qint64 left = deadlineMs - m_clock->nowMs();
    const int maxWait = left > std::numeric_limits<int>::max() ? -1 : int(qMax<qint64>(0, left));
    MarketFeed *feed = m_feed;
    const FeedRequest<ChartPage> request = [feed, handle]() { return feed->nextChartPage(handle); };
    auto calling = m_scheduler->call<ChartPage>(priority, maxWait, request);
    co_return co_await calling;
}

} // namespace cybos
