#include "ingestparse.h"
#include "core/domain/domainjson.h"
#include "core/domain/domainjsonwriter.h"
#include <QJsonArray>
#include <QJsonDocument>

namespace cybos::IngestParse {
namespace {
Error badRequest(const QString &message)
{
    return makeError(ErrorCode::BadRequest, message);
}

constexpr qsizetype kMaxSourceLength = 128;
} // namespace

Result<QString> source(const QJsonObject &body)
{
    const QString id = body.value(QLatin1String("source")).toString();
    if (id.size() > kMaxSourceLength)
        return badRequest(QStringLiteral("\"source\" is longer than %1 characters").arg(kMaxSourceLength));
    // A forwarder always names itself; a push without a name counts as one more source.
    return id.isEmpty() ? QStringLiteral("unnamed") : id;
}

Result<QJsonObject> object(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return badRequest(QStringLiteral("body is not JSON: %1").arg(error.errorString()));
    if (!doc.isObject())
        return badRequest(QStringLiteral("body must be a JSON object"));
    return doc.object();
}

Result<TickPush> tickPush(const QJsonObject &body)
{
    const QJsonValue ticks = body.value(QLatin1String("ticks"));
    if (!ticks.isArray())
        return badRequest(QStringLiteral("\"ticks\" must be an array of ticks"));
    auto id = source(body);
    if (!id)
        return id.error();
    auto parsed = DomainJson::ticksFromJson(ticks.toArray());
    if (!parsed)
        return parsed.error();
    return TickPush{*id, std::move(parsed).value()};
}

Result<StockPush> stockPush(const QJsonObject &body)
{
    const QJsonValue stocks = body.value(QLatin1String("stocks"));
    if (!stocks.isArray())
        return badRequest(QStringLiteral("\"stocks\" must be an array of stocks"));
    auto id = source(body);
    if (!id)
        return id.error();
    auto parsed = DomainJson::stocksFromJson(stocks.toArray());
    if (!parsed)
        return parsed.error();
    return StockPush{*id, std::move(parsed).value()};
}

QByteArray resultJson(const IngestResult &result)
{
    QByteArray body;
    JsonOut out(body);
    out.beginObject().field("ack_seq", result.ackSeq).field("received", result.received);
    out.field("stored", result.stored).field("duplicates", result.duplicates).endObject();
    return body;
}

} // namespace cybos::IngestParse
