#pragma once
// Open chart queries (MarketFeed::openChart/nextChartPage/closeChart) of daily and minute
// bars. Each holds its own StockChart object for its lifetime, because Continue paging keeps
// state in the object. Pages go back in time; each is ascending within itself; bars already
// delivered, bars after `to` and bars before `from` are dropped, and paging stops once `from`
// is reached — by the dates, whatever Continue says. The first daily page of each market
// calibrates the unit of the chart's trade values (ChartValueUnit) with one StockMst request.
#include "core/feed/marketfeed.h"
#include "core/log/eventlog.h"
#include "chartvalueunit.h"
#include "objectpool.h"
#include <QHash>
#include <QSet>
#include <functional>
#include <limits>
#include <memory>
#include <optional>

namespace cybos {

class CodeMgrReader;
class ConnectionMonitor;
class RequestRunner;

class ChartSessions
{
public:
    using Notice = std::function<void(LogEvent::Level, const QString &)>;

    ChartSessions(ObjectPool &pool, RequestRunner &runner, CodeMgrReader &codes,
                  ConnectionMonitor &monitor, Notice notice = {});
    ~ChartSessions();

    int open(const ChartQuery &query);
    QCoro::Task<Result<ChartPage>> next(int handle);
    void close(int handle);
    // The link dropped: Cybos forgot every Continue state.
    void invalidateAll();
    int openCount() const { return int(m_sessions.size()); }

private:
    struct Session {
        ChartQuery query;
        std::optional<ObjectLease> lease;
        int market = 0;                                        // CPE_MARKET_KIND
        qint64 oldestMs = std::numeric_limits<qint64>::max(); // oldest bar delivered so far
        bool started = false;
        bool busy = false;
        bool done = false;
        bool broken = false;
    };
    Status start(Session &s);
    ChartPage take(Session &s, const BarList &rows, qint64 valueUnit);
    QCoro::Task<qint64> valueUnit(std::shared_ptr<Session> s, BarList rows);
    QCoro::Task<std::optional<ChartValueUnit::Sample>> snapshotSample(QString cybosCode, qint64 unit);

    ObjectPool &m_pool;
    RequestRunner &m_runner;
    CodeMgrReader &m_codes;
    ConnectionMonitor &m_monitor;
    Notice m_notice;
    QHash<int, std::shared_ptr<Session>> m_sessions;
    QHash<int, qint64> m_valueUnits; // by market kind, once calibrated
    QSet<int> m_uncalibrated;        // markets told "no comparable bar" already
    int m_nextHandle = 1;
};

} // namespace cybos
