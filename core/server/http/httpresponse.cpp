#include "httpresponse.h"
#include "core/domain/domainjsonwriter.h"

namespace cybos {

QByteArray errorEnvelope(ErrorCode code, const QString &message, const QByteArray &extraFields)
{
    QByteArray body;
    JsonOut out(body);
    out.beginObject().key("error").beginObject();
    out.field("code", errorCodeName(code)).field("message", message);
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
    r.status = httpStatusOf(error.code);
    r.errorCode = error.code;
    r.body = errorEnvelope(error.code, error.message, extraFields);
    if (error.retryAfterMs > 0 || r.status == 429) {
        const int seconds = qMax(1, (error.retryAfterMs + 999) / 1000);
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)});
    }
    return r;
}

HttpResponse HttpResponse::error(ErrorCode code, const QString &message)
{
    return error(makeError(code, message));
}

HttpResponse &HttpResponse::withHeader(QByteArray name, QByteArray value)
{
    headers.append({std::move(name), std::move(value)});
    return *this;
}

} // namespace cybos
