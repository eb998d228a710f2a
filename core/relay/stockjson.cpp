#include "stockjson.h"
#include "core/domain/ksttime.h"
#include "core/domain/stockcode.h"
#include <QJsonObject>
#include <cmath>

namespace cybos::StockJson {
namespace {
Error fieldError(const char *name, const char *what)
{
    return makeError(ErrorCode::BadRequest,
                     QStringLiteral("stock field \"%1\" %2").arg(QLatin1String(name), QLatin1String(what)));
}

Status optionalInt(const QJsonObject &o, const char *name, std::optional<qint64> *out)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isNull() || v.isUndefined())
        return Ok{};
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::floor(d) != d)
        return fieldError(name, "must be an integer or null");
    *out = qint64(d);
    return Ok{};
}

QString text(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString();
}

Status dates(const QJsonObject &o, Stock &s)
{
    const QJsonValue listed = o.value(QLatin1String("listed_date"));
    if (listed.isString()) {
        const QDate date = QDate::fromString(listed.toString(), Qt::ISODate);
        if (!date.isValid())
            return fieldError("listed_date", "must be YYYY-MM-DD or null");
        s.listedDate = date;
    }
    const QJsonValue updated = o.value(QLatin1String("updated_at"));
    if (updated.isString()) {
        auto ms = Kst::parse(updated.toString());
        if (!ms)
            return fieldError("updated_at", "is not an ISO 8601 time");
        s.updatedAt = Kst::toDateTime(*ms);
    }
    return Ok{};
}
} // namespace

Result<Stock> fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return makeError(ErrorCode::BadRequest, QStringLiteral("a stock must be a JSON object"));
    const QJsonObject o = value.toObject();
    Stock s;
    const auto code = StockCode::normalize(text(o, "code"));
    if (!code)
        return fieldError("code", "is not a stock code");
    s.code = *code;
    s.name = text(o, "name");
    s.market = text(o, "market");
    if (s.name.isEmpty() || s.market.isEmpty())
        return fieldError(s.name.isEmpty() ? "name" : "market", "is missing");
    s.section = text(o, "section");
    s.kospi200 = o.value(QLatin1String("kospi200")).toBool();
    s.controlKind = text(o, "control_kind");
    s.supervision = o.value(QLatin1String("supervision")).toBool();
    s.status = text(o, "status");
    if (s.status.isEmpty())
        s.status = QStringLiteral("normal");
    const std::pair<const char *, std::optional<qint64> Stock::*> ints[] = {
        {"par_price", &Stock::parPrice},     {"std_price", &Stock::stdPrice},
        {"upper_limit", &Stock::upperLimit}, {"lower_limit", &Stock::lowerLimit},
        {"prev_close", &Stock::prevClose},
    };
    for (const auto &[name, member] : ints) {
        if (Status st = optionalInt(o, name, &(s.*member)); !st)
            return st.error();
    }
    if (Status st = dates(o, s); !st)
        return st.error();
    return s;
}

Result<StockList> listFromJson(const QJsonArray &array)
{
    StockList stocks;
    stocks.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto s = fromJson(array.at(i));
        if (!s) {
            Error e = s.error();
            e.message = QStringLiteral("stocks[%1]: ").arg(i) + e.message;
            return e;
        }
        stocks.append(std::move(s).value());
    }
    return stocks;
}

} // namespace cybos::StockJson
