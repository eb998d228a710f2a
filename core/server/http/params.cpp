#include "params.h"
#include "core/domain/ksttime.h"
#include "core/domain/stockcode.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace cybos::Params {

Error invalid(const QString &name, const QString &why)
{
    return makeError(ErrorCode::InvalidParameter, name + QStringLiteral(": ") + why);
}

Result<qint64> integer64(const HttpRequest &request, const QString &name, qint64 fallback, qint64 min)
{
    if (!request.hasQuery(name))
        return fallback;
    bool ok = false;
    const qint64 v = request.queryValue(name).trimmed().toLongLong(&ok);
    if (!ok)
        return invalid(name, QStringLiteral("must be an integer"));
    if (v < min)
        return invalid(name, QStringLiteral("must be at least %1").arg(min));
    return v;
}

Result<int> integer(const HttpRequest &request, const QString &name, int fallback, int min, int max)
{
    auto v = integer64(request, name, fallback, min);
    if (!v)
        return v.error();
    if (v.value() > max)
        return invalid(name, QStringLiteral("must be at most %1").arg(max));
    return int(v.value());
}

Result<int> limit(const HttpRequest &request, int fallback)
{
    return integer(request, QStringLiteral("limit"), fallback, 1, 10000);
}

Result<bool> boolean(const HttpRequest &request, const QString &name, bool fallback)
{
    if (!request.hasQuery(name))
        return fallback;
    const QString v = request.queryValue(name).trimmed().toLower();
    if (v == u"true" || v == u"1" || v == u"yes")
        return true;
    if (v == u"false" || v == u"0" || v == u"no")
        return false;
    return invalid(name, QStringLiteral("must be true or false"));
}

Result<Format> format(const HttpRequest &request)
{
    const QString v = request.queryValue(QStringLiteral("format")).trimmed().toLower();
    if (!request.hasQuery(QStringLiteral("format")) || v == u"json")
        return Format::Json;
    if (v == u"csv")
        return Format::Csv;
    return invalid(QStringLiteral("format"), QStringLiteral("must be json or csv"));
}

Result<std::optional<qint64>> time(const HttpRequest &request, const QString &name, bool endOfDay)
{
    if (!request.hasQuery(name))
        return std::optional<qint64>();
    const QString text = request.queryValue(name).trimmed();
    auto parsed = Kst::parse(text);
    if (!parsed)
        return invalid(name, QStringLiteral("must be an ISO 8601 time, a date (YYYY-MM-DD) or epoch milliseconds"));
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (endOfDay && dateOnly.match(text).hasMatch())
        return std::optional<qint64>(parsed.value() + 24 * 3600 * 1000 - 1);
    return std::optional<qint64>(parsed.value());
}

Result<QString> code(const QString &text)
{
    auto c = StockCode::normalize(text);
    if (!c)
        return makeError(ErrorCode::InvalidCode, c.error().message);
    return c;
}

Result<QString> pathCode(const HttpRequest &request)
{
    return code(request.param(QStringLiteral("code")));
}

Result<QJsonObject> jsonBody(const HttpRequest &request)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(ErrorCode::BadRequest, QStringLiteral("malformed JSON: ") + err.errorString());
    if (!doc.isObject())
        return makeError(ErrorCode::BadRequest, QStringLiteral("the body must be a JSON object"));
    return doc.object();
}

Result<QStringList> codeArray(const QJsonValue &value, const QString &name)
{
    if (!value.isArray())
        return makeError(ErrorCode::BadRequest, name + QStringLiteral(" must be an array of codes"));
    QStringList codes;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString())
            return makeError(ErrorCode::BadRequest, name + QStringLiteral(" must hold strings only"));
        auto c = code(v.toString());
        if (!c)
            return c.error();
        if (!codes.contains(c.value()))
            codes.append(c.value());
    }
    return codes;
}

} // namespace cybos::Params
