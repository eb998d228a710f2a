#pragma once
// GET /api/jobs/{id}, and the 202 / 409 answers of the calls that start jobs.
#include "core/domain/job.h"
#include "core/server/http/httprequest.h"
#include "core/server/http/httpresponse.h"
#include <qcoro/qcorotask.h>

namespace cybos {

struct JobStart;
struct ServerContext;

class JobController
{
public:
    explicit JobController(const ServerContext *context) : m_ctx(context) {}

    QCoro::Task<HttpResponse> get(HttpRequest request);

    // 202 {"job":Job} when started; 409 job_running with the running job otherwise.
    static HttpResponse started(const JobStart &start);

private:
    const ServerContext *m_ctx;
};

} // namespace cybos
