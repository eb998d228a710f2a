#pragma once
// The background jobs the services run (code sync, backfill): kept in memory while they run
// and persisted in the jobs table (ids come from it), so GET /api/jobs/{id} sees them and an
// unfinished backfill resumes after a restart. Lives on the COM thread; job() is
// thread-safe (job() falls back to the table on the caller's connection).
#include "core/domain/job.h"
#include "core/domain/result.h"
#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <optional>
#include <qcoro/qcorotask.h>

namespace cybos {

class ServiceClock;
class StorageWrites;
class StoreReader;

class JobRegistry : public QObject
{
    Q_OBJECT
public:
    JobRegistry(StorageWrites *writes, const StoreReader *reader, ServiceClock *clock,
                QObject *parent = nullptr);

    // A new running job, persisted with the JSON of its request.
    QCoro::Task<Result<Job>> create(JobKind kind, QByteArray params, qint64 total);
    void adopt(Job job);                  // an unfinished job from the table, running again
    void update(const Job &job);          // progress: memory, table, jobChanged
    void finish(Job job, const QString &error = {});   // done, or failed with the error
    std::optional<Job> job(qint64 id) const;

Q_SIGNALS:
    void jobChanged(const cybos::Job &job);

private:
    void persist(const Job &job);

    StorageWrites *m_writes;
    const StoreReader *m_reader;
    ServiceClock *m_clock;
    mutable QMutex m_mutex;
    QHash<qint64, Job> m_jobs;
};

} // namespace cybos
