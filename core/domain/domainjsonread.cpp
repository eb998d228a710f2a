// Tick from JSON: the relay's side of the forwarder protocol (api.md "Forwarding").
#include "domainjson.h"
#include "domainjsonfields.h"
#include "core/domain/ksttime.h"
#include "core/domain/stockcode.h"
#include <cmath>

namespace cybos::DomainJson {
namespace Fields {

Error fieldError(const char *type, const char *name, const char *what)
{
    return makeError(ErrorCode::BadRequest, QStringLiteral("%1 field \"%2\" %3")
                                                .arg(QLatin1String(type), QLatin1String(name), QLatin1String(what)));
}

std::optional<qint64> exactInteger(const QJsonValue &value)
{
    constexpr double kMaxExactInt = 9007199254740991.0; // 2^53 - 1: JSON numbers are doubles
    const double d = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::floor(d) != d || std::fabs(d) > kMaxExactInt)
        return std::nullopt;
    return qint64(d);
}

Result<QJsonObject> codedObject(const QJsonValue &value, const char *type, QString *code)
{
    if (!value.isObject())
        return makeError(ErrorCode::BadRequest, QStringLiteral("a %1 must be a JSON object").arg(QLatin1String(type)));
    const QJsonObject o = value.toObject();
    const Result<QString> canonical = StockCode::normalize(o.value(QLatin1String("code")).toString());
    if (!canonical)
        return fieldError(type, "code", "is not a stock code");
    *code = *canonical;
    return o;
}

} // namespace Fields

namespace {

Error fieldError(const char *name, const char *what)
{
    return Fields::fieldError("tick", name, what);
}

Result<qint64> intField(const QJsonObject &o, const char *name, bool required = true)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return fieldError(name, "is missing");
        return qint64(0);
    }
    const std::optional<qint64> n = Fields::exactInteger(v);
    if (!n)
        return fieldError(name, "must be an integer");
    return *n;
}

Result<qint64> timeField(const QJsonObject &o)
{
    const QJsonValue v = o.value(QLatin1String("time"));
    if (v.isString()) {
        auto parsed = Kst::parse(v.toString());
        if (!parsed)
            return fieldError("time", "is not an ISO 8601 time");
        return parsed.value();
    }
    return intField(o, "time");
}

Status enums(const QJsonObject &o, Tick &t)
{
    const QJsonValue side = o.value(QLatin1String("side"));
    if (side.isString()) {
        t.side = sideFromName(side.toString());
        if (t.side == Side::Unknown)
            return fieldError("side", "must be buy, sell or null");
    } else if (!side.isNull() && !side.isUndefined()) {
        return fieldError("side", "must be buy, sell or null");
    }
    const QJsonValue session = o.value(QLatin1String("session"));
    if (!session.isUndefined()) {
        const auto s = sessionFromName(session.toString());
        if (!s)
            return fieldError("session", "must be preopen, regular, closing or afterhours");
        t.session = *s;
    }
    return Ok{};
}

Status numbers(const QJsonObject &o, Tick &t)
{
    struct Field {
        const char *name;
        qint64 Tick::*member;
        bool required;
    };
    static const Field fields[] = {
        {"seq", &Tick::seq, true},          {"price", &Tick::price, true},
        {"change", &Tick::change, false},   {"volume", &Tick::volume, true},
        {"cum_volume", &Tick::cumVolume, false}, {"cum_value", &Tick::cumValue, false},
        {"ask", &Tick::ask, false},         {"bid", &Tick::bid, false},
    };
    for (const Field &f : fields) {
        auto v = intField(o, f.name, f.required);
        if (!v)
            return v.error();
        t.*f.member = v.value();
    }
    if (t.seq <= 0)
        return fieldError("seq", "must be positive");
    return Ok{};
}
} // namespace

Result<Tick> tickFromJson(const QJsonValue &value)
{
    Tick t;
    const Result<QJsonObject> o = Fields::codedObject(value, "tick", &t.code);
    if (!o)
        return o.error();
    auto time = timeField(*o);
    if (!time)
        return time.error();
    t.timeMs = time.value();
    if (Status s = numbers(*o, t); !s)
        return s.error();
    if (Status s = enums(*o, t); !s)
        return s.error();
    return t;
}

Result<TickList> ticksFromJson(const QJsonArray &array)
{
    return Fields::listFromJson<Tick>(array, "ticks", tickFromJson);
}

Result<StockList> stocksFromJson(const QJsonArray &array)   // stockFromJson: domainjsonreadstock.cpp
{
    return Fields::listFromJson<Stock>(array, "stocks", stockFromJson);
}

} // namespace cybos::DomainJson
