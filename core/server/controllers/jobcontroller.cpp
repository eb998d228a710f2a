#include "jobcontroller.h"
#include "core/domain/domainjson.h"
#include "core/server/servercontext.h"
#include "core/services/feedservices.h"
#include "core/storage/jobrepository.h"

namespace cybos {
namespace {
QByteArray jobField(const Job &job)
{
    return QByteArrayLiteral("\"job\":") + DomainJson::toJson(job);
}
} // namespace

HttpResponse JobController::started(const JobStart &start)
{
    if (start.started)
        return HttpResponse::json('{' + jobField(start.job) + '}', 202);
    return HttpResponse::error(makeError(ErrorCode::JobRunning,
                                         QStringLiteral("a %1 job is already running").arg(jobKindName(start.job.kind))),
                               jobField(start.job));
}

QCoro::Task<HttpResponse> JobController::get(HttpRequest request)
{
    bool ok = false;
    const qint64 id = request.param(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || id <= 0)
        co_return HttpResponse::error(makeError(ErrorCode::InvalidParameter, QStringLiteral("id: must be a positive integer")));
    if (const auto live = m_ctx->deps->services->job(id))
        co_return HttpResponse::json(DomainJson::toJson(*live));
    const auto db = m_ctx->db();
    if (!db)
        co_return HttpResponse::error(db.error());
    const auto stored = JobRepository(db.value()).get(id);
    if (!stored)
        co_return HttpResponse::error(stored.error());
    if (!stored.value())
        co_return HttpResponse::error(makeError(ErrorCode::UnknownJob, QStringLiteral("no job %1").arg(id)));
    co_return HttpResponse::json(DomainJson::toJson(stored.value()->job));
}

} // namespace cybos
