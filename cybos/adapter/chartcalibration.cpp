// ChartSessions' calibration of the chart value unit (ChartValueUnit), apart from the paging.
#include "chartreader.h"
#include "chartsessions.h"
#include "chartvalueunit.h"
#include "codemgrreader.h"
#include "requestrunner.h"
#include "stockmstreader.h"
#include "core/domain/ksttime.h"
#include "core/domain/stockcode.h"

namespace cybos {

// The compared bar is the one of the chart's latest trade date (header 5): today's bar on a
// trading day. Pages without it (older ranges, minute pages) use won until a daily page of
// the market has one; "no comparable bar" is logged once a market.
QCoro::Task<qint64> ChartSessions::valueUnit(std::shared_ptr<Session> s, BarList rows)
{
    const auto known = m_valueUnits.constFind(s->market);
    if (known != m_valueUnits.constEnd())
        co_return *known;
    if (s->query.interval != Interval::Day)
        co_return 1;
    const QDate latest = ChartReader::latestTradeDate(**s->lease);
    std::optional<ChartValueUnit::Sample> chart;
    for (const Bar &b : rows) {
        if (Kst::dateOf(b.timeMs) == latest)
            chart = ChartValueUnit::Sample{b.value, b.volume};
    }
    const QString code = StockCode::toCybos(s->query.code);
    const qint64 snapshotUnit = m_codes.valueUnit(code);
    ChartValueUnit::Sample snapshot;
    if (chart && chart->value > 0) {
        auto asked = snapshotSample(code, snapshotUnit);
        const std::optional<ChartValueUnit::Sample> answer = co_await asked;
        if (!answer)
            co_return 1; // the snapshot failed: the next daily page tries again
        snapshot = *answer;
    }
    const ChartValueUnit::Detection d = ChartValueUnit::detect(chart, snapshot, snapshotUnit);
    const bool firstNotice = !m_uncalibrated.contains(s->market);
    if (d.outcome == ChartValueUnit::Outcome::NoComparableBar)
        m_uncalibrated.insert(s->market);
    else
        m_valueUnits.insert(s->market, d.factor);
    if (m_notice && (d.outcome != ChartValueUnit::Outcome::NoComparableBar || firstNotice)) {
        const QString market = CodeMgrReader::marketName(s->market, 0).toUpper();
        m_notice(ChartValueUnit::level(d), ChartValueUnit::message(d, market, s->query.code, chart, snapshot));
    }
    co_return d.factor;
}

// StockMst headers 19 (in won, with its documented unit) and 18 of one code, through the same
// reader as MarketFeed::snapshot; nothing when the request fails.
QCoro::Task<std::optional<ChartValueUnit::Sample>> ChartSessions::snapshotSample(QString cybosCode, qint64 unit)
{
    auto lease = m_pool.take(QString::fromLatin1(StockMstReader::kProgId));
    if (!lease)
        co_return std::nullopt;
    ObjectLease object = std::move(lease).value();
    StockMstReader::setInputs(*object, cybosCode);
    auto request = m_runner.request(object.get());
    const Status answered = co_await request;
    if (!answered) {
        object.settle(answered.error());
        co_return std::nullopt;
    }
    const Quote q = StockMstReader::read(*object, unit, Kst::nowMs());
    if (q.code.isEmpty())
        co_return std::nullopt;
    co_return ChartValueUnit::Sample{q.value, q.volume};
}

} // namespace cybos
