#pragma once
// Background jobs (code sync, backfill) with the JSON of their request, so an unfinished
// backfill can resume after a restart. Use on the thread owning the connection; writes need
// the read-write one.
#include "core/domain/job.h"
#include "core/domain/result.h"
#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace cybos {

struct JobRecord {
    Job job;
    QByteArray params;                 // JSON of the request, as given to insert()
};

class JobRepository
{
public:
    explicit JobRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> insert(const Job &job, const QByteArray &params); // returns the new id
    Status update(const Job &job);                                   // by job.id; params kept
    Result<std::optional<JobRecord>> get(qint64 id) const;
    Result<QList<JobRecord>> unfinished() const;                     // queued|running, by id

private:
    QSqlDatabase m_db;
};

} // namespace cybos
