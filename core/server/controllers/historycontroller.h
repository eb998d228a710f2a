#pragma once
// GET /api/prices/{code}/history (served from the database after the feed services fetched
// what it lacked) and POST /api/history/backfill.
#include "core/server/http/httprequest.h"
#include "core/server/http/httpresponse.h"
#include <qcoro/qcorotask.h>

namespace cybos {

struct ServerContext;

class HistoryController
{
public:
    explicit HistoryController(const ServerContext *context) : m_ctx(context) {}

    QCoro::Task<HttpResponse> history(HttpRequest request);
    QCoro::Task<HttpResponse> backfill(HttpRequest request);

private:
    const ServerContext *m_ctx;
};

} // namespace cybos
