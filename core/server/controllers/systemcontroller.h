#pragma once
// /api/health, /api/status, /metrics, /api/openapi.json and /docs.
#include "core/server/http/httprequest.h"
#include "core/server/http/httpresponse.h"
#include <qcoro/qcorotask.h>

namespace cybos {

struct ServerContext;

class SystemController
{
public:
    explicit SystemController(const ServerContext *context);

    QCoro::Task<HttpResponse> health(HttpRequest request);
    QCoro::Task<HttpResponse> status(HttpRequest request);
    QCoro::Task<HttpResponse> metrics(HttpRequest request);
    QCoro::Task<HttpResponse> openApi(HttpRequest request);
    QCoro::Task<HttpResponse> docs(HttpRequest request);

    // The API document as served (resources/api/openapi.json).
    static QByteArray openApiDocument();

private:
    const ServerContext *m_ctx;
    QByteArray m_docsPage;   // built once: the reference page with the document inlined
};

} // namespace cybos
