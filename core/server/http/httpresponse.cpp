#include "httpresponse.h"
#include "core/domain/domainjsonwriter.h"
#include <QHash>

namespace cybos {

int httpStatusFor(const QString &errorCode)
{
    static const QHash<QString, int> statuses{
        {QStringLiteral("bad_request"), 400},       {QStringLiteral("invalid_code"), 400},
        {QStringLiteral("invalid_parameter"), 400}, {QStringLiteral("invalid_page_token"), 400},
        {QStringLiteral("unauthorized"), 401},      {QStringLiteral("forbidden"), 403},
        {QStringLiteral("banned"), 403},            {QStringLiteral("host_not_allowed"), 403},
        {QStringLiteral("origin_not_allowed"), 403}, {QStringLiteral("not_found"), 404},
        {QStringLiteral("unknown_code"), 404},      {QStringLiteral("unknown_job"), 404},
        {QStringLiteral("not_pinned"), 404},        {QStringLiteral("method_not_allowed"), 405},
        {QStringLiteral("job_running"), 409},       {QStringLiteral("subscription_limit"), 409},
        {QStringLiteral("payload_too_large"), 413}, {QStringLiteral("budget_exhausted"), 429},
        {QStringLiteral("feed_error"), 502},        {QStringLiteral("feed_disconnected"), 503}, {QStringLiteral("feed_unavailable"), 503},
        {QStringLiteral("storage_unavailable"), 503}, {QStringLiteral("storage_busy"), 503},
        {QStringLiteral("storage_full"), 507},      {QStringLiteral("feed_timeout"), 504},
    };
    return statuses.value(errorCode, 500);
}

QByteArray errorEnvelope(const QString &code, const QString &message, const QByteArray &extraFields)
{
    QByteArray body;
    JsonOut out(body);
    out.beginObject().key("error").beginObject();
    out.field("code", code).field("message", message);
    out.endObject();
    if (!extraFields.isEmpty()) {
        body.append(',');
        body.append(extraFields);
    }
    out.endObject();
    return body;
}

HttpResponse HttpResponse::json(QByteArray body, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

HttpResponse HttpResponse::csv(QByteArray body)
{
    HttpResponse r;
    r.contentType = QByteArrayLiteral("text/csv; charset=utf-8");
    r.body = std::move(body);
    return r;
}

HttpResponse HttpResponse::error(const Error &error, QByteArray extraFields)
{
    HttpResponse r;
    r.status = httpStatusFor(error.code);
    r.errorCode = error.code;
    r.body = errorEnvelope(error.code, error.message, extraFields);
    if (error.retryAfterMs > 0 || r.status == 429) {
        const int seconds = qMax(1, (error.retryAfterMs + 999) / 1000);
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)});
    }
    return r;
}

HttpResponse HttpResponse::error(const QString &code, const QString &message)
{
    return error(makeError(code, message));
}

HttpResponse &HttpResponse::withHeader(QByteArray name, QByteArray value)
{
    headers.append({std::move(name), std::move(value)});
    return *this;
}

} // namespace cybos
