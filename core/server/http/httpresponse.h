#pragma once
// One HTTP response as the handlers build it; the adapter writes it out. Every non-2xx
// response carries the api.md error envelope {"error":{"code","message"}}.
#include "core/domain/result.h"
#include <QByteArray>
#include <QList>
#include <QPair>
#include <optional>

namespace cybos {

struct HttpResponse {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;   // besides Content-Type and Content-Length
    std::optional<ErrorCode> errorCode;             // set for error responses (logs, metrics)

    static HttpResponse json(QByteArray body, int status = 200);
    static HttpResponse csv(QByteArray body);
    static HttpResponse error(const Error &error, QByteArray extraFields = {});
    static HttpResponse error(ErrorCode code, const QString &message); // status from the code

    HttpResponse &withHeader(QByteArray name, QByteArray value);
};

// {"error":{"code","message"}} plus optional extra top-level fields ("job":{…}).
QByteArray errorEnvelope(ErrorCode code, const QString &message, const QByteArray &extraFields = {});

} // namespace cybos
