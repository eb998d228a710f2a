#include "tickrepository.h"
#include "pagetoken.h"
#include "sqltransaction.h"
#include "storeerror.h"
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace cybos {

namespace {

const QString kTokenKind = QStringLiteral("ticks");
const QString kColumns = QStringLiteral(
    "seq, code, time, price, change, volume, cum_volume, cum_value, ask, bid, side, session, source, source_seq");

Tick readTick(const QSqlQuery &q)
{
    Tick t;
    t.seq = q.value(0).toLongLong();
    t.code = q.value(1).toString();
    t.timeMs = q.value(2).toLongLong();
    t.price = q.value(3).toLongLong();
    t.change = q.value(4).toLongLong();
    t.volume = q.value(5).toLongLong();
    t.cumVolume = q.value(6).toLongLong();
    t.cumValue = q.value(7).toLongLong();
    t.ask = q.value(8).toLongLong();
    t.bid = q.value(9).toLongLong();
    const int side = q.value(10).toInt();
    t.side = side == 1 ? Side::Buy : side == 2 ? Side::Sell : Side::Unknown;
    t.session = Session(qBound(0, q.value(11).toInt(), int(Session::AfterHours)));
    t.source = q.value(12).toString();
    t.sourceSeq = q.value(13).toLongLong();
    return t;
}

int bindSource(sqlite3_stmt *stmt, const Tick &t)
{
    if (t.source.isEmpty()) // NULL: the unique index on (source, source_seq) skips the row
        return sqlite3_bind_null(stmt, 13) == SQLITE_OK ? sqlite3_bind_null(stmt, 14) : SQLITE_ERROR;
    const int rc = sqlite3_bind_text16(stmt, 13, t.source.utf16(), int(t.source.size() * 2), SQLITE_TRANSIENT);
    return rc == SQLITE_OK ? sqlite3_bind_int64(stmt, 14, t.sourceSeq) : rc;
}

int bindTick(sqlite3_stmt *stmt, const Tick &t)
{
    const qint64 ints[] = {t.seq, 0, t.timeMs, t.price, t.change, t.volume, t.cumVolume,
                           t.cumValue, t.ask, t.bid, qint64(t.side), qint64(t.session)};
    // Codes are short ASCII: bind them as UTF-8 from the stack (SQLite copies it).
    char code[16];
    const qsizetype n = t.code.size();
    bool ascii = n < qsizetype(sizeof code);
    for (qsizetype i = 0; ascii && i < n; ++i) {
        ascii = t.code.at(i).unicode() < 0x80;
        code[i] = char(t.code.at(i).unicode());
    }
    int rc = ascii ? sqlite3_bind_text(stmt, 2, code, int(n), SQLITE_TRANSIENT)
                   : sqlite3_bind_text16(stmt, 2, t.code.utf16(), int(n * 2), SQLITE_TRANSIENT);
    for (int i = 0; i < 12 && rc == SQLITE_OK; ++i) {
        if (i != 1)
            rc = sqlite3_bind_int64(stmt, i + 1, ints[i]);
    }
    return rc == SQLITE_OK ? bindSource(stmt, t) : rc;
}

Result<qint64> singleInt(QSqlDatabase db, const QString &sql, const QString &what)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return StoreError::fromQuery(query, what);
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

} // namespace

Result<qint64> TickRepository::insert(const TickList &ticks)
{
    SqlTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    sqlite3 *h = sqliteHandle(m_db);
    sqlite3_stmt *stmt = nullptr;
    const QByteArray sql = QByteArrayLiteral("INSERT OR IGNORE INTO ticks(") + kColumns.toLatin1()
                           + QByteArrayLiteral(") VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    int rc = sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &stmt, nullptr);
    qint64 inserted = 0;
    for (qsizetype i = 0; i < ticks.size() && rc == SQLITE_OK; ++i) {
        rc = bindTick(stmt, ticks.at(i));
        if (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_DONE) {
            inserted += sqlite3_changes(h);
            rc = sqlite3_reset(stmt);
        }
    }
    if (rc != SQLITE_OK) {
        const Error error = StoreError::fromSqlite(h, rc, QStringLiteral("store ticks"));
        sqlite3_finalize(stmt);
        return error;
    }
    sqlite3_finalize(stmt);
    if (auto st = tx.commit(); !st)
        return st.error();
    return inserted;
}

Result<TickCursor> TickRepository::cursor(const TickRange &range)
{
    TickCursor at;
    if (range.pageToken.isEmpty())
        return at;
    const auto pos = PageToken::decode(kTokenKind, range.pageToken, 3);
    bool timeOk = false, seqOk = false;
    if (pos) {
        at.timeMs = pos->at(1).toLongLong(&timeOk);
        at.seq = pos->at(2).toLongLong(&seqOk);
    }
    if (!pos || pos->at(0) != range.code || !timeOk || !seqOk)
        return StoreError::badPageToken();
    return at;
}

QString TickRepository::pageTokenAfter(const Tick &last)
{
    return PageToken::encode(kTokenKind, {last.code, QString::number(last.timeMs), QString::number(last.seq)});
}

Result<TickPage> TickRepository::byCode(const TickRange &range) const
{
    const auto after = cursor(range);
    if (!after)
        return after.error();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kColumns
                  + QStringLiteral(" FROM ticks WHERE code = ? AND time >= ? AND time <= ?"
                                   " AND (time, seq) > (?, ?) ORDER BY time, seq LIMIT ?"));
    for (const QVariant &v : {QVariant(range.code), QVariant(range.fromMs), QVariant(range.toMs),
                              QVariant(after->timeMs), QVariant(after->seq), QVariant(range.limit + 1)})
        query.addBindValue(v);
    if (!query.exec())
        return StoreError::fromQuery(query, QStringLiteral("read ticks of ") + range.code);
    TickPage page;
    while (query.next()) {
        if (page.ticks.size() == range.limit) {
            page.nextPageToken = pageTokenAfter(page.ticks.constLast());
            break;
        }
        page.ticks.append(readTick(query));
    }
    return page;
}

Result<TickList> TickRepository::sinceSeq(qint64 afterSeq, int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM ticks WHERE seq > ? ORDER BY seq LIMIT ?"));
    query.addBindValue(afterSeq);
    query.addBindValue(limit);
    if (!query.exec())
        return StoreError::fromQuery(query, QStringLiteral("read ticks since seq"));
    TickList ticks;
    while (query.next())
        ticks.append(readTick(query));
    return ticks;
}

Result<qint64> TickRepository::count() const
{
    return singleInt(m_db, QStringLiteral("SELECT COUNT(*) FROM ticks"), QStringLiteral("count ticks"));
}

Result<qint64> TickRepository::oldestTimeMs() const
{
    return singleInt(m_db, QStringLiteral("SELECT time FROM ticks ORDER BY seq LIMIT 1"),
                     QStringLiteral("read oldest tick"));
}

Result<qint64> TickRepository::newestTimeMs() const
{
    return singleInt(m_db, QStringLiteral("SELECT time FROM ticks ORDER BY seq DESC LIMIT 1"),
                     QStringLiteral("read newest tick"));
}

Result<qint64> TickRepository::maxSeq() const
{
    return singleInt(m_db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM ticks"), QStringLiteral("read max seq"));
}

Result<QHash<QString, qint64>> TickRepository::sourceHighs() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT source, MAX(source_seq) FROM ticks WHERE source IS NOT NULL GROUP BY source")))
        return StoreError::fromQuery(query, QStringLiteral("read the sources' highest seqs"));
    QHash<QString, qint64> highs;
    while (query.next())
        highs.insert(query.value(0).toString(), query.value(1).toLongLong());
    return highs;
}

Result<qint64> TickRepository::deleteOldBatch(qint64 beforeMs, qint64 maxSeq, int batch)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM ticks WHERE time < ? AND seq IN"
                                 " (SELECT seq FROM ticks WHERE seq <= ? ORDER BY seq LIMIT ?)"));
    query.addBindValue(beforeMs);
    query.addBindValue(maxSeq);
    query.addBindValue(batch);
    if (!query.exec())
        return StoreError::fromQuery(query, QStringLiteral("delete old ticks"));
    return qint64(query.numRowsAffected());
}

} // namespace cybos
