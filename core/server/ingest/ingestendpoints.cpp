#include "ingestendpoints.h"
#include "core/domain/domainjsonwriter.h"
#include "ingestparse.h"
#include "ingestsink.h"
#include "ingestsocket.h"
#include <QWebSocket>

namespace cybos {

IngestEndpoints::IngestEndpoints(IngestSink *sink, QString apiKey, QObject *parent)
    : QObject(parent), m_service(sink), m_apiKey(std::move(apiKey))
{
}

std::optional<HttpResponse> IngestEndpoints::refuseWithoutKey() const
{
    if (!m_apiKey.isEmpty())
        return std::nullopt;
    return HttpResponse::error(ErrorCode::Forbidden,
                               QStringLiteral("the relay accepts pushes only when started with --api-key"));
}

QCoro::Task<HttpResponse> IngestEndpoints::postTicks(HttpRequest request)
{
    if (auto refused = refuseWithoutKey())
        co_return *refused;
    auto body = IngestParse::object(request.body);
    if (!body)
        co_return HttpResponse::error(body.error());
    auto push = IngestParse::tickPush(*body);
    if (!push)
        co_return HttpResponse::error(push.error());
    auto ingesting = m_service->ingest(push->source, push->ticks);
    auto result = co_await std::move(ingesting);
    if (!result)
        co_return HttpResponse::error(result.error());
    co_return HttpResponse::json(IngestParse::resultJson(*result));
}

QCoro::Task<HttpResponse> IngestEndpoints::postStocks(HttpRequest request)
{
    if (auto refused = refuseWithoutKey())
        co_return *refused;
    auto body = IngestParse::object(request.body);
    if (!body)
        co_return HttpResponse::error(body.error());
    auto push = IngestParse::stockPush(*body);
    if (!push)
        co_return HttpResponse::error(push.error());
    auto ingesting = m_service->ingestStocks(push->source, push->stocks);
    auto stored = co_await std::move(ingesting);
    if (!stored)
        co_return HttpResponse::error(stored.error());
    QByteArray json;
    JsonOut(json).beginObject().field("stored", *stored).endObject();
    co_return HttpResponse::json(json);
}

void IngestEndpoints::acceptSocket(QWebSocket *socket, bool authenticated)
{
    new IngestSocket(socket, m_service, m_apiKey, authenticated, this);
}

int IngestEndpoints::socketCount() const
{
    return int(findChildren<IngestSocket *>(Qt::FindDirectChildrenOnly).size());
}

} // namespace cybos
