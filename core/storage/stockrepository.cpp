#include "stockrepository.h"
#include "metarepository.h"
#include "pagetoken.h"
#include "sqltransaction.h"
#include "stockrows.h"
#include "storeerror.h"
#include "core/search/stockmatcher.h"
#include <QSqlQuery>
#include <QVariant>

namespace cybos {

namespace {

const QString kTokenKind = QStringLiteral("stocks");
const QString kRankedTokenKind = QStringLiteral("stocks-q"); // position in the ranked list

// WHERE clause and its bound values for a filter (page position excluded).
struct Where {
    QString sql;
    QVariantList values;
};

Where whereOf(const StockFilter &f)
{
    QStringList terms;
    Where w;
    if (!f.markets.isEmpty()) {
        QStringList marks;
        for (const QString &m : f.markets) {
            marks << QStringLiteral("?");
            w.values << m;
        }
        terms << QStringLiteral("market IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    if (f.kospi200Only)
        terms << QStringLiteral("kospi200 = 1");
    if (!f.status.isEmpty()) {
        terms << QStringLiteral("status = ?");
        w.values << f.status;
    }
    w.sql = terms.isEmpty() ? QStringLiteral("1") : terms.join(QStringLiteral(" AND "));
    return w;
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &v : values)
        query.addBindValue(v);
    return query.exec();
}

Result<StockList> selectRows(QSqlDatabase db, const Where &where)
{
    QSqlQuery rows(db);
    const QString sql = QStringLiteral("SELECT ") + StockRows::columns() + QStringLiteral(" FROM stocks WHERE ")
                        + where.sql + QStringLiteral(" ORDER BY code");
    if (!run(rows, sql, where.values))
        return StoreError::fromQuery(rows, QStringLiteral("list stocks"));
    StockList out;
    while (rows.next())
        out.append(StockRows::read(rows));
    return out;
}

Status markDelisted(QSqlDatabase db, const StockList &listed, qint64 nowMs, qint64 *count)
{
    const QString what = QStringLiteral("mark delisted stocks");
    for (const QString &sql : {QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sync_codes (code TEXT PRIMARY KEY)"),
                               QStringLiteral("DELETE FROM sync_codes")}) {
        if (auto st = StoreError::exec(db, sql, what); !st)
            return st;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_codes(code) VALUES(?)"));
    for (const Stock &s : listed) {
        insert.addBindValue(s.code);
        if (!insert.exec())
            return StoreError::fromQuery(insert, what);
    }
    QSqlQuery update(db);
    if (!run(update, QStringLiteral("UPDATE stocks SET status = 'delisted', updated_at = ?"
                                    " WHERE status <> 'delisted' AND code NOT IN (SELECT code FROM sync_codes)"),
             {nowMs}))
        return StoreError::fromQuery(update, what);
    *count = update.numRowsAffected();
    return StoreError::exec(db, QStringLiteral("DELETE FROM sync_codes"), what);
}

} // namespace

Result<StockSyncSummary> StockRepository::upsert(const StockList &stocks, bool fullSync, qint64 nowMs)
{
    if (fullSync && stocks.isEmpty())
        return makeError(ErrorCode::StorageError,
                         QStringLiteral("a full sync that lists no stock would delist every stock"));
    SqlTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO stocks(") + StockRows::columns()
                  + QStringLiteral(") VALUES(") + StockRows::placeholders() + QLatin1Char(')'));
    StockSyncSummary summary;
    for (const Stock &s : stocks) {
        StockRows::bind(query, s, nowMs);
        if (!query.exec())
            return StoreError::fromQuery(query, QStringLiteral("store stock ") + s.code);
        ++summary.upserted;
    }
    if (fullSync) {
        if (auto st = markDelisted(m_db, stocks, nowMs, &summary.delisted); !st)
            return st.error();
        if (auto st = MetaRepository(m_db).setInt(MetaKey::StocksSyncedAt, nowMs); !st)
            return st.error();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return summary;
}

Result<StockPage> StockRepository::query(const StockFilter &filter) const
{
    if (!StockMatcher(filter.q).isEmpty())
        return rankedQuery(filter);
    const Where where = whereOf(filter);
    StockPage page;
    QSqlQuery count(m_db);
    if (!run(count, QStringLiteral("SELECT COUNT(*) FROM stocks WHERE ") + where.sql, where.values) || !count.next())
        return StoreError::fromQuery(count, QStringLiteral("count stocks"));
    page.total = count.value(0).toLongLong();

    QString after = QStringLiteral(""); // not null: "code > NULL" matches nothing
    if (!filter.pageToken.isEmpty()) {
        const auto parts = PageToken::decode(kTokenKind, filter.pageToken, 1);
        if (!parts)
            return StoreError::badPageToken();
        after = parts->first();
    }
    QSqlQuery rows(m_db);
    const QString sql = QStringLiteral("SELECT ") + StockRows::columns() + QStringLiteral(" FROM stocks WHERE ")
                        + where.sql + QStringLiteral(" AND code > ? ORDER BY code LIMIT ?");
    if (!run(rows, sql, where.values + QVariantList{after, filter.limit + 1}))
        return StoreError::fromQuery(rows, QStringLiteral("list stocks"));
    while (rows.next()) {
        if (page.items.size() == filter.limit) {
            page.nextPageToken = PageToken::encode(kTokenKind, {page.items.last().code});
            break;
        }
        page.items.append(StockRows::read(rows));
    }
    return page;
}

Result<StockPage> StockRepository::rankedQuery(const StockFilter &filter) const
{
    qint64 offset = 0;
    if (!filter.pageToken.isEmpty()) {
        const auto parts = PageToken::decodeInts(kRankedTokenKind, filter.pageToken, 1);
        if (!parts || parts->first() < 0)
            return StoreError::badPageToken();
        offset = parts->first();
    }
    const auto rows = selectRows(m_db, whereOf(filter));
    if (!rows)
        return rows.error();
    const StockList ranked = StockMatcher(filter.q).rank(rows.value());
    StockPage page;
    page.total = ranked.size();
    page.items = ranked.mid(qsizetype(qMin(offset, page.total)), filter.limit);
    const qint64 next = offset + filter.limit;
    if (next < page.total)
        page.nextPageToken = PageToken::encode(kRankedTokenKind, {QString::number(next)});
    return page;
}

Result<StockList> StockRepository::all() const
{
    return selectRows(m_db, whereOf(StockFilter{}));
}

Result<std::optional<Stock>> StockRepository::get(const QString &code) const
{
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("SELECT ") + StockRows::columns() + QStringLiteral(" FROM stocks WHERE code = ?"),
             {code}))
        return StoreError::fromQuery(query, QStringLiteral("read stock ") + code);
    if (!query.next())
        return std::optional<Stock>();
    return std::optional<Stock>(StockRows::read(query));
}

Result<QMap<QString, qint64>> StockRepository::countsByMarket() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT market, COUNT(*) FROM stocks WHERE status <> 'delisted' GROUP BY market")))
        return StoreError::fromQuery(query, QStringLiteral("count stocks per market"));
    QMap<QString, qint64> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    return counts;
}

Result<qint64> StockRepository::count() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM stocks")) || !query.next())
        return StoreError::fromQuery(query, QStringLiteral("count stocks"));
    return query.value(0).toLongLong();
}

Result<qint64> StockRepository::lastSyncMs() const
{
    return MetaRepository(m_db).getInt(MetaKey::StocksSyncedAt, 0);
}

} // namespace cybos
