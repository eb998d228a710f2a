#pragma once
// Open chart queries (MarketFeed::openChart/nextChartPage/closeChart). Each holds its own
// StockChart object for its lifetime, because Continue paging keeps state in the object.
// Pages go back in time; each is ascending within itself; bars already delivered, bars
// after `to` and bars before `from` are dropped, and paging stops once `from` is reached.
#include "core/feed/marketfeed.h"
#include "objectpool.h"
#include <QHash>
#include <memory>
#include <optional>

namespace cybos {

class CodeMgrReader;
class ConnectionMonitor;
class RequestRunner;

class ChartSessions
{
public:
    ChartSessions(ObjectPool &pool, RequestRunner &runner, CodeMgrReader &codes,
                  ConnectionMonitor &monitor);
    ~ChartSessions();

    int open(const ChartQuery &query);
    QCoro::Task<Result<ChartPage>> next(int handle);
    void close(int handle);
    // The link dropped: Cybos forgot every Continue state.
    void invalidateAll();
    int openCount() const { return int(m_sessions.size()); }

private:
    struct Session;
    Status start(Session &s);
    ChartPage take(Session &s);

    ObjectPool &m_pool;
    RequestRunner &m_runner;
    CodeMgrReader &m_codes;
    ConnectionMonitor &m_monitor;
    QHash<int, std::shared_ptr<Session>> m_sessions;
    int m_nextHandle = 1;
};

} // namespace cybos
