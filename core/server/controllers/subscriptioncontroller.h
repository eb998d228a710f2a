#pragma once
// /api/subscriptions: the realtime set the feed streams, and the pinned codes (kept across
// restarts and reconnects) that the API adds and removes.
#include "core/server/http/httprequest.h"
#include "core/server/http/httpresponse.h"
#include <qcoro/qcorotask.h>

namespace cybos {

struct ServerContext;

class SubscriptionController
{
public:
    explicit SubscriptionController(const ServerContext *context) : m_ctx(context) {}

    QCoro::Task<HttpResponse> list(HttpRequest request);
    QCoro::Task<HttpResponse> pin(HttpRequest request);
    QCoro::Task<HttpResponse> unpin(HttpRequest request);

private:
    HttpResponse current() const;

    const ServerContext *m_ctx;
};

} // namespace cybos
