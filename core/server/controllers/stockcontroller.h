#pragma once
// /api/stocks, /api/stocks/{code}, POST /api/stocks/sync.
#include "core/server/http/httprequest.h"
#include "core/server/http/httpresponse.h"
#include <qcoro/qcorotask.h>

namespace cybos {

struct ServerContext;

class StockController
{
public:
    explicit StockController(const ServerContext *context) : m_ctx(context) {}

    QCoro::Task<HttpResponse> list(HttpRequest request);
    QCoro::Task<HttpResponse> get(HttpRequest request);
    QCoro::Task<HttpResponse> sync(HttpRequest request);

private:
    const ServerContext *m_ctx;
};

} // namespace cybos
