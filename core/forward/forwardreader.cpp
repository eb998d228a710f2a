#include "forwardreader.h"
#include "core/domain/domainjson.h"
#include "core/storage/database.h"
#include "core/storage/metarepository.h"
#include "core/storage/stockrepository.h"
#include "core/storage/tickrepository.h"
#include <QSqlError>
#include <QSqlQuery>

namespace cybos {
namespace {
// A tick is about 220 bytes of JSON; reading a few more rows than fit is cheap.
constexpr int kMinTickBytes = 150;

template<typename T>
void appendItem(QByteArray &items, const T &value)
{
    if (!items.isEmpty())
        items.append(',');
    JsonOut out(items);
    DomainJson::write(out, value);
}
} // namespace

Result<ForwardPush> ForwardReader::nextTicks(qint64 afterSeq, int maxTicks, int maxBytes) const
{
    auto db = m_database.connection(DbAccess::ReadOnly);
    if (!db)
        return db.error();
    const int limit = qBound(1, maxBytes / kMinTickBytes + 1, qMax(1, maxTicks));
    auto ticks = TickRepository(*db).sinceSeq(afterSeq, limit);
    if (!ticks)
        return ticks.error();
    ForwardPush push;
    push.items.reserve(qMin<qsizetype>(maxBytes, ticks->size() * 240));
    for (const Tick &tick : std::as_const(*ticks)) {
        const qsizetype before = push.items.size();
        appendItem(push.items, tick);
        if (push.items.size() > maxBytes && push.count > 0) {
            push.items.truncate(before);
            break;
        }
        if (push.count == 0)
            push.firstSeq = tick.seq;
        push.lastSeq = tick.seq;
        push.ticks.append(tick);
        ++push.count;
    }
    return push;
}

Result<QList<ForwardPush>> ForwardReader::stockChunks(int chunk) const
{
    auto db = m_database.connection(DbAccess::ReadOnly);
    if (!db)
        return db.error();
    const auto all = StockRepository(*db).all();
    if (!all)
        return all.error();
    QList<ForwardPush> chunks;
    const qsizetype size = qMax(1, chunk);
    for (qsizetype from = 0; from < all->size(); from += size) {
        ForwardPush push;
        push.kind = PushKind::Stocks;
        for (const Stock &stock : all->mid(from, size))
            appendItem(push.items, stock);
        push.count = int(qMin(size, all->size() - from));
        chunks.append(push);
    }
    return chunks;
}

Result<StockMasterMark> ForwardReader::stockMark() const
{
    auto db = m_database.connection(DbAccess::ReadOnly);
    if (!db)
        return db.error();
    StockRepository stocks(*db);
    auto rows = stocks.count();
    if (!rows)
        return rows.error();
    auto synced = stocks.lastSyncMs();
    if (!synced)
        return synced.error();
    return StockMasterMark{*rows, *synced};
}

Result<qint64> ForwardReader::countTicks(qint64 afterSeq, qint64 upToSeq) const
{
    auto db = m_database.connection(DbAccess::ReadOnly);
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM ticks WHERE seq > ? AND seq <= ?")); // a rowid range
    q.addBindValue(afterSeq);
    q.addBindValue(upToSeq);
    if (!q.exec() || !q.next())
        return makeError(ErrorCode::StorageUnavailable, q.lastError().text());
    return q.value(0).toLongLong();
}

Result<qint64> ForwardReader::cursor() const
{
    auto db = m_database.connection(DbAccess::ReadOnly);
    if (!db)
        return db.error();
    return MetaRepository(*db).getInt(MetaKey::ForwardCursor, 0);
}

Result<QString> ForwardReader::instanceId() const
{
    auto db = m_database.connection(DbAccess::ReadOnly);
    if (!db)
        return db.error();
    auto id = MetaRepository(*db).get(MetaKey::InstanceId);
    if (!id)
        return id.error();
    return id->value_or(QString());
}

} // namespace cybos
