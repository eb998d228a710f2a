#include "emulatorcontroller.h"
#include "core/server/emulatorcontrol.h"
#include "core/server/http/params.h"
#include <cmath>

namespace cybos {
namespace {
// A whole number in [min, max] from the JSON body's field.
Result<int> wholeNumber(const HttpRequest &request, const QString &field, int min, int max)
{
    const auto body = Params::jsonBody(request);
    if (!body)
        return body.error();
    const QJsonValue v = body->value(field);
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::floor(d) != d || d < min || d > max) {
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("%1 must be a whole number from %2 to %3").arg(field).arg(min).arg(max));
    }
    return int(d);
}
} // namespace

QCoro::Task<HttpResponse> EmulatorController::disconnect(HttpRequest request)
{
    const auto seconds = wholeNumber(request, QStringLiteral("seconds"), 1, 3600);
    if (!seconds)
        co_return HttpResponse::error(seconds.error());
    m_control->disconnectFor(seconds.value() * 1000);
    co_return HttpResponse::json(QByteArrayLiteral("{\"disconnected_for_ms\":") + QByteArray::number(seconds.value() * 1000) + '}', 202);
}

QCoro::Task<HttpResponse> EmulatorController::rate(HttpRequest request)
{
    const auto rate = wholeNumber(request, QStringLiteral("ticks_per_s"), 0, 1'000'000);
    if (!rate)
        co_return HttpResponse::error(rate.error());
    m_control->setTicksPerSecond(rate.value());
    co_return HttpResponse::json(QByteArrayLiteral("{\"ticks_per_s\":") + QByteArray::number(rate.value()) + '}');
}

} // namespace cybos
