#include "subscriptioncontroller.h"
#include "core/async/threadcall.h"
#include "core/domain/domainjsonwriter.h"
#include "core/server/http/params.h"
#include "core/server/servercontext.h"
#include "core/services/feedservices.h"

namespace cybos {

HttpResponse SubscriptionController::current() const
{
    const FeedServices *services = m_ctx->deps->services;
    const BudgetStatus budget = services->budget();
    QByteArray body;
    JsonOut out(body);
    out.beginObject().key("codes").beginArray();
    for (const QString &c : services->subscribed())
        out.value(c);
    out.endArray().key("pinned").beginArray();
    for (const QString &c : services->pinned())
        out.value(c);
    out.endArray();
    out.field("used", budget.subscriptions.used).field("limit", budget.subscriptions.limit);
    out.endObject();
    return HttpResponse::json(body);
}

QCoro::Task<HttpResponse> SubscriptionController::list(HttpRequest)
{
    co_return current();
}

QCoro::Task<HttpResponse> SubscriptionController::pin(HttpRequest request)
{
    const auto body = Params::jsonBody(request);
    if (!body)
        co_return HttpResponse::error(body.error());
    const auto codes = Params::codeArray(body->value(QStringLiteral("codes")), QStringLiteral("codes"));
    if (!codes)
        co_return HttpResponse::error(codes.error());
    if (codes->isEmpty())
        co_return HttpResponse::error(makeError(ErrorCode::BadRequest, QStringLiteral("codes must not be empty")));
    FeedServices *services = m_ctx->deps->services;
    const QStringList list = codes.value();
    auto task = threadCall(services, [services, list] { return services->pin(list); }, m_ctx->home);
    const Result<QStringList> pinned = co_await task;
    if (!pinned)
        co_return HttpResponse::error(pinned.error());
    co_return current();
}

QCoro::Task<HttpResponse> SubscriptionController::unpin(HttpRequest request)
{
    const auto code = Params::pathCode(request);
    if (!code)
        co_return HttpResponse::error(code.error());
    FeedServices *services = m_ctx->deps->services;
    const QString c = code.value();
    auto task = threadCall(services, [services, c] { return services->unpin(c); }, m_ctx->home);
    const Result<QStringList> pinned = co_await task;
    if (!pinned)
        co_return HttpResponse::error(pinned.error());
    co_return current();
}

} // namespace cybos
