#include "jobregistry.h"
#include "core/log/categories.h"
#include "core/storage/storagewrites.h"
#include "serviceclock.h"
#include "storereader.h"
#include <QPointer>

namespace cybos {

JobRegistry::JobRegistry(StorageWrites *writes, const StoreReader *reader, ServiceClock *clock,
                         QObject *parent)
    : QObject(parent), m_writes(writes), m_reader(reader), m_clock(clock)
{
}

QCoro::Task<Result<Job>> JobRegistry::create(JobKind kind, QByteArray params, qint64 total)
{
    Job job;
    job.kind = kind;
    job.state = JobState::Running;
    job.total = total;
    job.startedAtMs = m_clock->nowMs();
    if (!m_writes)
        co_return makeError(ErrorCode::StorageUnavailable, QStringLiteral("no storage for jobs"));
    QPointer<JobRegistry> alive(this);
    auto creating = m_writes->createJob(job, params);
    const Result<qint64> id = co_await creating;
    if (!alive)
        co_return makeError(ErrorCode::ShutDown, QStringLiteral("shutting down"));
    if (!id)
        co_return id.error();
    job.id = *id;
    {
        QMutexLocker lock(&m_mutex);
        m_jobs.insert(job.id, job);
    }
    Q_EMIT jobChanged(job);
    co_return job;
}

void JobRegistry::adopt(Job job)
{
    job.state = JobState::Running;
    update(job);
}

void JobRegistry::update(const Job &job)
{
    {
        QMutexLocker lock(&m_mutex);
        m_jobs.insert(job.id, job);
    }
    persist(job);
    Q_EMIT jobChanged(job);
}

void JobRegistry::finish(Job job, const QString &error)
{
    job.state = error.isEmpty() ? JobState::Done : JobState::Failed;
    job.error = error;
    job.finishedAtMs = m_clock->nowMs();
    update(job);
}

void JobRegistry::persist(const Job &job)
{
    if (!m_writes)
        return;
    QCoro::connect(m_writes->updateJob(job), this, [id = job.id](const Status &s) {
        if (!s)
            qCWarning(lcServices) << "job" << id << "not saved:" << s.error().message;
    });
}

std::optional<Job> JobRegistry::job(qint64 id) const
{
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_jobs.constFind(id);
        if (it != m_jobs.cend())
            return *it;
    }
    if (!m_reader)
        return std::nullopt;
    const auto record = m_reader->job(id);
    if (!record || !record->has_value())
        return std::nullopt;
    return (*record)->job;
}

} // namespace cybos
