#include "forwardpush.h"
#include <QJsonDocument>
#include <QJsonObject>

namespace cybos {

ForwardFailure failureForHttpStatus(int status, const QString &detail, int retryAfterMs)
{
    ForwardFailure f;
    f.retryAfterMs = retryAfterMs;
    f.httpStatus = status;
    const bool retryable = status == 408 || status == 429 || status >= 500;
    f.fatal = !retryable;
    f.message = QStringLiteral("HTTP %1").arg(status);
    if (!detail.isEmpty())
        f.message += QStringLiteral(": ") + detail;
    if (f.fatal)
        f.message += QStringLiteral(" (not retried: fix the remote URL or key and restart forwarding)");
    return f;
}

QString describeErrorBody(const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    const QString code = error.value(QLatin1String("code")).toString();
    const QString message = error.value(QLatin1String("message")).toString();
    if (!code.isEmpty())
        return message.isEmpty() ? code : code + QStringLiteral(" (") + message + QLatin1Char(')');
    return QString::fromUtf8(body.left(200)).simplified();
}

} // namespace cybos
