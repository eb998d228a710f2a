// Stock from JSON: the stock master a relay's source pushes (api.md "Forwarding").
#include "domainjson.h"
#include "domainjsonfields.h"
#include "core/domain/ksttime.h"

namespace cybos::DomainJson {
namespace {
Error fieldError(const char *name, const char *what)
{
    return Fields::fieldError("stock", name, what);
}

Status optionalInt(const QJsonObject &o, const char *name, std::optional<qint64> *out)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isNull() || v.isUndefined())
        return Ok{};
    const std::optional<qint64> n = Fields::exactInteger(v);
    if (!n)
        return fieldError(name, "must be an integer or null");
    *out = *n;
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

Result<Stock> stockFromJson(const QJsonValue &value)
{
    Stock s;
    const Result<QJsonObject> object = Fields::codedObject(value, "stock", &s.code);
    if (!object)
        return object.error();
    const QJsonObject &o = *object;
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

} // namespace cybos::DomainJson
