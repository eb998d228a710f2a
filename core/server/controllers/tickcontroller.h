#pragma once
// GET /api/ticks/{code} (one code's stored ticks by time) and GET /api/ticks?since_seq=N (all
// codes after a seq: how a WebSocket client fills a gap).
#include "core/server/http/httprequest.h"
#include "core/server/http/httpresponse.h"
#include <qcoro/qcorotask.h>

namespace cybos {

struct ServerContext;

class TickController
{
public:
    explicit TickController(const ServerContext *context) : m_ctx(context) {}

    QCoro::Task<HttpResponse> byCode(HttpRequest request);
    QCoro::Task<HttpResponse> sinceSeq(HttpRequest request);

private:
    const ServerContext *m_ctx;
};

} // namespace cybos
