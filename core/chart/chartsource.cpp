#include "chartsource.h"
#include "core/domain/ksttime.h"
#include "core/services/feedservices.h"
#include "core/storage/barrepository.h"
#include "core/storage/database.h"
#include "core/storage/tickrepository.h"
#include "minutebars.h"

namespace cybos {
namespace {
constexpr int kBarPage = 10000;
constexpr int kTickPage = 10000;
constexpr qint64 kMaxTicks = 2'000'000;   // bounds a chart of a very busy code on 32-bit
} // namespace

ChartSource::ChartSource(FeedServices *services, const Database *database)
    : m_services(services), m_database(database)
{
}

QDate ChartSource::firstDay(Interval interval, qint64 nowMs)
{
    const QDate today = Kst::dateOf(nowMs);
    switch (interval) {
    case Interval::Day: return today.addYears(-1);
    case Interval::Week: return today.addYears(-3);
    case Interval::Month: return today.addYears(-10);
    default: return today.addDays(-1);
    }
}

Result<ChartBars> ChartSource::stored(const ChartRequest &request) const
{
    return isMinuteInterval(request.interval) ? tickBars(request) : storedBars(request);
}

Result<ChartBars> ChartSource::storedBars(const ChartRequest &request) const
{
    const auto db = m_database->connection(DbAccess::ReadOnly);
    if (!db)
        return db.error();
    const BarRepository repo(*db);
    const BarKey key{request.code, request.interval, true};
    const qint64 fromMs = Kst::toEpochMs(firstDay(request.interval, request.nowMs));
    ChartBars out;
    QString token;
    do {
        const auto page = repo.range(key, fromMs, request.nowMs, kBarPage, token);
        if (!page)
            return page.error();
        out.bars += page->bars;
        token = page->nextPageToken;
    } while (!token.isEmpty());
    return out;
}

Result<ChartBars> ChartSource::tickBars(const ChartRequest &request) const
{
    const auto db = m_database->connection(DbAccess::ReadOnly);
    if (!db)
        return db.error();
    const TickRepository repo(*db);
    MinuteBars bars(intervalMinutes(request.interval));
    TickRange range{request.code, Kst::toEpochMs(firstDay(request.interval, request.nowMs)), request.nowMs,
                    kTickPage, {}};
    qint64 read = 0;
    do {
        const auto page = repo.byCode(range);
        if (!page)
            return page.error();
        bars.add(page->ticks);
        read += page->ticks.size();
        range.pageToken = page->nextPageToken;
    } while (!range.pageToken.isEmpty() && read < kMaxTicks);
    return ChartBars{bars.bars(), bars.lastSeq()};
}

QCoro::Task<Status> ChartSource::complete(ChartRequest request, int maxWaitMs)
{
    if (isMinuteInterval(request.interval) || !m_services)
        co_return Ok{};
    ChartQuery query;
    query.code = request.code;
    query.interval = request.interval;
    query.adjusted = true;
    query.from = firstDay(request.interval, request.nowMs);
    query.to = Kst::dateOf(request.nowMs);
    auto task = m_services->ensureHistory(query, maxWaitMs);
    co_return co_await task;
}

} // namespace cybos
