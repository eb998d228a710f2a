#include "chartsessions.h"
#include "chartreader.h"
#include "codemgrreader.h"
#include "connectionmonitor.h"
#include "dib.h"
#include "requestrunner.h"
#include "core/domain/ksttime.h"

namespace cybos {

ChartSessions::ChartSessions(ObjectPool &pool, RequestRunner &runner, CodeMgrReader &codes,
                             ConnectionMonitor &monitor, Notice notice)
    : m_pool(pool), m_runner(runner), m_codes(codes), m_monitor(monitor), m_notice(std::move(notice))
{
}

ChartSessions::~ChartSessions() = default;

int ChartSessions::open(const ChartQuery &query)
{
    auto s = std::make_shared<Session>();
    s->query = query;
    const int handle = m_nextHandle++;
    m_sessions.insert(handle, std::move(s));
    return handle;
}

void ChartSessions::close(int handle)
{
    // A page in flight keeps its session (and object) alive until it lands.
    m_sessions.remove(handle);
}

void ChartSessions::invalidateAll()
{
    for (const auto &s : std::as_const(m_sessions)) {
        if (s->started && !s->done)
            s->broken = true;
        if (!s->busy) // its object is dead: release it now (a busy one goes when its request fails)
            s->lease.reset();
    }
}

Status ChartSessions::start(Session &s)
{
    if (!ChartReader::isReadable(s.query.interval))
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("the adapter reads daily and minute charts; weekly and monthly bars are built from daily bars"));
    const Result<QString> cybosCode = m_codes.listedCybosCode(s.query.code);
    if (!cybosCode)
        return cybosCode.error();
    auto lease = m_pool.take(QString::fromLatin1(ChartReader::kProgId));
    if (!lease)
        return lease.error();
    s.lease.emplace(std::move(lease).value());
    s.market = m_codes.marketKind(*cybosCode);
    ChartReader::setInputs(**s.lease, s.query);
    s.started = true;
    return Ok{};
}

ChartPage ChartSessions::take(Session &s, const BarList &rows, qint64 valueUnit)
{
    ChartPage page;
    bool reachedFrom = false;
    for (Bar b : rows) {
        const QDate date = Kst::dateOf(b.timeMs);
        if (s.query.from.isValid() && date < s.query.from) {
            reachedFrom = true;
            continue;
        }
        if ((s.query.to.isValid() && date > s.query.to) || b.timeMs >= s.oldestMs)
            continue;
        b.value *= valueUnit;
        page.bars << b;
    }
    // rows ascend, so the page's first kept bar is the oldest delivered from now on.
    if (!page.bars.isEmpty())
        s.oldestMs = page.bars.constFirst().timeMs;
    // A page that reaches `from` ends the query even if Continue is still 1.
    page.more = !rows.isEmpty() && !reachedFrom && Dib::hasContinue(**s.lease);
    s.done = !page.more;
    return page;
}

QCoro::Task<Result<ChartPage>> ChartSessions::next(int handle)
{
    const std::shared_ptr<Session> s = m_sessions.value(handle);
    if (!s)
        co_return makeError(ErrorCode::BadRequest, QStringLiteral("no open chart %1").arg(handle));
    if (s->done)
        co_return ChartPage{};
    if (s->broken || !m_monitor.isConnected())
        co_return disconnectedError();
    if (s->busy)
        co_return makeError(ErrorCode::BadRequest, QStringLiteral("chart %1 is already fetching a page").arg(handle));
    if (!s->started) {
        const Status st = start(*s);
        if (!st)
            co_return st.error();
    }
    s->busy = true;
    auto request = m_runner.request(s->lease->get());
    const Status answered = co_await request;
    if (!answered) {
        s->busy = false;
        // A timeout or a lost link loses the Continue state (and the object); after a plain
        // Cybos error the same page can be asked for again.
        s->lease->settle(answered.error());
        s->broken = s->lease->get() == nullptr;
        co_return answered.error();
    }
    const BarList rows = ChartReader::readPage(**s->lease, s->query.interval);
    auto unit = valueUnit(s, rows);
    const qint64 factor = co_await unit;
    s->busy = false;
    co_return take(*s, rows, factor);
}

} // namespace cybos
