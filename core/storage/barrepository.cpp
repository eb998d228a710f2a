#include "barrepository.h"
#include "core/domain/barperiods.h"
#include "core/domain/ksttime.h"
#include "pagetoken.h"
#include "sqltransaction.h"
#include "storeerror.h"
#include "timeranges.h"
#include <QSqlQuery>
#include <QVariant>

namespace cybos {

namespace {

const QString kTokenKind = QStringLiteral("bars");
const QString kSeries = QStringLiteral("code = ? AND interval = ? AND adjusted = ?");

void bindKey(QSqlQuery &query, const BarKey &key)
{
    query.addBindValue(key.code);
    query.addBindValue(intervalName(key.interval));
    query.addBindValue(int(key.adjusted));
}

QString seriesId(const BarKey &key)
{
    return key.code + QLatin1Char('/') + intervalName(key.interval) + QLatin1Char('/')
           + QString::number(int(key.adjusted));
}

Result<TimeRanges> readCoverage(QSqlDatabase db, const BarKey &key, TimeRange within)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT from_time, to_time FROM bar_coverage WHERE ") + kSeries
                  + QStringLiteral(" AND from_time <= ? AND to_time >= ? ORDER BY from_time"));
    bindKey(query, key);
    query.addBindValue(within.toMs);
    query.addBindValue(within.fromMs);
    if (!query.exec())
        return StoreError::fromQuery(query, QStringLiteral("read coverage of ") + key.code);
    TimeRanges ranges;
    while (query.next())
        ranges.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    return ranges;
}

} // namespace

Status BarRepository::upsert(const BarKey &key, const BarList &bars)
{
    SqlTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO bars(code, interval, adjusted, time, open, high, low,"
                                 " close, volume, value) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Bar &b : bars) {
        bindKey(query, key);
        for (qint64 v : {b.timeMs, b.open, b.high, b.low, b.close, b.volume, b.value})
            query.addBindValue(v);
        if (!query.exec())
            return StoreError::fromQuery(query, QStringLiteral("store bars of ") + key.code);
    }
    return tx.commit();
}

Status BarRepository::store(const BarKey &key, const BarList &bars, const std::optional<TimeRange> &covered)
{
    SqlTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto st = upsert(key, bars); !st)
        return st;
    if (covered) {
        if (auto st = addCoverage(key, *covered); !st)
            return st;
    }
    return tx.commit();
}

Result<BarPage> BarRepository::range(const BarKey &key, qint64 fromMs, qint64 toMs, int limit,
                                     const QString &pageToken) const
{
    qint64 after = std::numeric_limits<qint64>::min();
    if (!pageToken.isEmpty()) {
        const auto parts = PageToken::decode(kTokenKind, pageToken, 2);
        bool ok = false;
        if (parts)
            after = parts->at(1).toLongLong(&ok);
        if (!parts || parts->at(0) != seriesId(key) || !ok)
            return StoreError::badPageToken();
    }
    BarPage page;
    if (BarPeriods::isAggregated(key.interval)) {
        auto bars = aggregatedBars(key, fromMs, toMs, after);
        if (!bars)
            return bars.error();
        page.bars = std::move(bars).value();
    } else {
        auto bars = readBars(key, fromMs, toMs, after, limit + 1);
        if (!bars)
            return bars.error();
        page.bars = std::move(bars).value();
    }
    if (page.bars.size() > limit) {
        page.bars.resize(limit);
        page.nextPageToken = PageToken::encode(kTokenKind, {seriesId(key), QString::number(page.bars.last().timeMs)});
    }
    return page;
}

Result<BarList> BarRepository::readBars(const BarKey &key, qint64 fromMs, qint64 toMs, qint64 afterMs,
                                        qint64 limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT time, open, high, low, close, volume, value FROM bars WHERE ") + kSeries
                  + QStringLiteral(" AND time >= ? AND time <= ? AND time > ? ORDER BY time LIMIT ?"));
    bindKey(query, key);
    for (qint64 v : {fromMs, toMs, afterMs, limit})
        query.addBindValue(v);
    if (!query.exec())
        return StoreError::fromQuery(query, QStringLiteral("read bars of ") + key.code);
    BarList bars;
    while (query.next()) {
        bars.append(Bar{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                        query.value(3).toLongLong(), query.value(4).toLongLong(), query.value(5).toLongLong(),
                        query.value(6).toLongLong()});
    }
    return bars;
}

// A week or month bar is in [fromMs, toMs] when its date (its last trading day) is; it is
// built from every daily bar of its period, also those before fromMs. A page token is the
// time of the last bar delivered, a period's last day, so the next page starts a new period.
Result<BarList> BarRepository::aggregatedBars(const BarKey &key, qint64 fromMs, qint64 toMs, qint64 afterMs) const
{
    const BarKey daily{key.code, Interval::Day, key.adjusted};
    const qint64 start = Kst::toEpochMs(BarPeriods::periodStart(Kst::dateOf(fromMs), key.interval));
    const qint64 end = Kst::toEpochMs(BarPeriods::periodEnd(Kst::dateOf(toMs), key.interval).addDays(1)) - 1;
    auto days = readBars(daily, start, end, afterMs, std::numeric_limits<qint64>::max());
    if (!days)
        return days;
    BarList out;
    for (const Bar &b : BarPeriods::aggregate(*days, key.interval)) {
        if (b.timeMs >= fromMs && b.timeMs <= toMs)
            out.append(b);
    }
    return out;
}

Status BarRepository::addCoverage(const BarKey &key, TimeRange covered)
{
    if (covered.fromMs > covered.toMs)
        return makeError(ErrorCode::StorageError, QStringLiteral("coverage range ends before it starts"));
    SqlTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    // Neighbours that merge with the new range: overlapping or adjacent (hence the widening).
    const TimeRange widened{covered.fromMs == std::numeric_limits<qint64>::min() ? covered.fromMs : covered.fromMs - 1,
                            covered.toMs == std::numeric_limits<qint64>::max() ? covered.toMs : covered.toMs + 1};
    auto near = readCoverage(m_db, key, widened);
    if (!near)
        return near.error();
    const TimeRanges merged = Ranges::merged(*near, covered);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM bar_coverage WHERE ") + kSeries
                  + QStringLiteral(" AND from_time <= ? AND to_time >= ?"));
    bindKey(query, key);
    query.addBindValue(widened.toMs);
    query.addBindValue(widened.fromMs);
    if (!query.exec())
        return StoreError::fromQuery(query, QStringLiteral("update coverage of ") + key.code);
    query.prepare(QStringLiteral("INSERT INTO bar_coverage(code, interval, adjusted, from_time, to_time)"
                                 " VALUES(?, ?, ?, ?, ?)"));
    for (const TimeRange &r : merged) {
        bindKey(query, key);
        query.addBindValue(r.fromMs);
        query.addBindValue(r.toMs);
        if (!query.exec())
            return StoreError::fromQuery(query, QStringLiteral("update coverage of ") + key.code);
    }
    return tx.commit();
}

Result<TimeRanges> BarRepository::coverage(const BarKey &key) const
{
    return readCoverage(m_db, key, {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()});
}

Result<TimeRanges> BarRepository::missing(const BarKey &key, TimeRange requested) const
{
    if (requested.fromMs > requested.toMs)
        return TimeRanges{};
    auto covered = readCoverage(m_db, key, requested);
    if (!covered)
        return covered;
    return Ranges::gaps(*covered, requested);
}

} // namespace cybos
