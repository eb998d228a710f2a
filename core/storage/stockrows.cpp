#include "stockrows.h"
#include "core/domain/ksttime.h"
#include "sqlvalues.h"

namespace cybos::StockRows {

QString columns()
{
    return QStringLiteral("code, name, market, section, kospi200, control_kind, supervision, status,"
                          " listed_date, par_price, std_price, upper_limit, lower_limit, prev_close,"
                          " updated_at, eng_name, size_class");
}

QString placeholders()
{
    return QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
}

void bind(QSqlQuery &query, const Stock &s, qint64 nowMs)
{
    query.addBindValue(s.code);
    query.addBindValue(s.name);
    query.addBindValue(s.market);
    query.addBindValue(SqlValue::nullIfEmpty(s.section));
    query.addBindValue(int(s.kospi200));
    query.addBindValue(SqlValue::nullIfEmpty(s.controlKind));
    query.addBindValue(int(s.supervision));
    query.addBindValue(s.status.isEmpty() ? QStringLiteral("normal") : s.status);
    query.addBindValue(s.listedDate ? QVariant(s.listedDate->toString(Qt::ISODate)) : QVariant());
    query.addBindValue(SqlValue::of(s.parPrice));
    query.addBindValue(SqlValue::of(s.stdPrice));
    query.addBindValue(SqlValue::of(s.upperLimit));
    query.addBindValue(SqlValue::of(s.lowerLimit));
    query.addBindValue(SqlValue::of(s.prevClose));
    query.addBindValue(s.updatedAt.isValid() ? s.updatedAt.toMSecsSinceEpoch() : nowMs);
    query.addBindValue(SqlValue::nullIfEmpty(s.engName));
    query.addBindValue(s.sizeClass ? QVariant(*s.sizeClass) : QVariant());
}

Stock read(const QSqlQuery &q)
{
    Stock s;
    s.code = q.value(0).toString();
    s.name = q.value(1).toString();
    s.market = q.value(2).toString();
    s.section = q.value(3).toString();
    s.kospi200 = q.value(4).toInt() != 0;
    s.controlKind = q.value(5).toString();
    s.supervision = q.value(6).toInt() != 0;
    s.status = q.value(7).toString();
    if (!q.value(8).isNull())
        s.listedDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    s.parPrice = SqlValue::optInt(q.value(9));
    s.stdPrice = SqlValue::optInt(q.value(10));
    s.upperLimit = SqlValue::optInt(q.value(11));
    s.lowerLimit = SqlValue::optInt(q.value(12));
    s.prevClose = SqlValue::optInt(q.value(13));
    s.updatedAt = Kst::toDateTime(q.value(14).toLongLong());
    s.engName = q.value(15).toString();
    if (!q.value(16).isNull())
        s.sizeClass = q.value(16).toInt();
    return s;
}

} // namespace cybos::StockRows
