#pragma once
// /api/prices/{code}, /api/prices?codes=, /api/orderbook/{code}: from the realtime cache when
// the code is subscribed, otherwise through the request budget (awaited on the feed's thread,
// never blocking it).
#include "quotejsoncache.h"
#include "core/domain/quote.h"
#include "core/server/http/httprequest.h"
#include "core/server/http/httpresponse.h"
#include <optional>
#include <qcoro/qcorotask.h>

namespace cybos {

struct ServerContext;

class PriceController
{
public:
    explicit PriceController(const ServerContext *context) : m_ctx(context) {}

    QCoro::Task<HttpResponse> quote(HttpRequest request);
    QCoro::Task<HttpResponse> quotes(HttpRequest request);
    QCoro::Task<HttpResponse> orderBook(HttpRequest request);

private:
    // The cached quote when the code is streamed (and not older than quoteFreshMs, if set).
    std::optional<Quote> realtime(const QString &code, qint64 *revision = nullptr) const;
    std::optional<Quote> cached(const QString &code, qint64 *revision = nullptr) const;

    const ServerContext *m_ctx;
    QuoteJsonCache m_json;
};

} // namespace cybos
