#include "jobrepository.h"
#include "sqlvalues.h"
#include "storeerror.h"
#include <QSqlQuery>
#include <QVariant>

namespace cybos {

namespace {

const QString kColumns = QStringLiteral("id, kind, state, done, total, started_at, finished_at, error, params");

QVariant timeOrNull(qint64 ms)
{
    return ms > 0 ? QVariant(ms) : QVariant();
}

JobRecord readJob(const QSqlQuery &q)
{
    JobRecord r;
    r.job.id = q.value(0).toLongLong();
    // A row this program did not write (an unknown name) reads as a finished code sync: it
    // is never resumed, and shows as failed.
    r.job.kind = jobKindFromName(q.value(1).toString()).value_or(JobKind::CodeSync);
    r.job.state = jobStateFromName(q.value(2).toString()).value_or(JobState::Failed);
    r.job.done = q.value(3).toLongLong();
    r.job.total = q.value(4).toLongLong();
    r.job.startedAtMs = q.value(5).toLongLong();
    r.job.finishedAtMs = q.value(6).toLongLong();
    r.job.error = q.value(7).toString();
    r.params = q.value(8).toString().toUtf8();
    return r;
}

void bindProgress(QSqlQuery &query, const Job &job)
{
    query.addBindValue(jobStateName(job.state));
    query.addBindValue(job.done);
    query.addBindValue(job.total);
    query.addBindValue(timeOrNull(job.startedAtMs));
    query.addBindValue(timeOrNull(job.finishedAtMs));
    query.addBindValue(SqlValue::nullIfEmpty(job.error));
}

} // namespace

Result<qint64> JobRepository::insert(const Job &job, const QByteArray &params)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO jobs(kind, state, done, total, started_at, finished_at, error, params)"
                                 " VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(jobKindName(job.kind));
    bindProgress(query, job);
    query.addBindValue(params.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(params)));
    if (!query.exec())
        return StoreError::fromQuery(query, QStringLiteral("create job"));
    return query.lastInsertId().toLongLong();
}

Status JobRepository::update(const Job &job)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE jobs SET state = ?, done = ?, total = ?, started_at = ?,"
                                 " finished_at = ?, error = ? WHERE id = ?"));
    bindProgress(query, job);
    query.addBindValue(job.id);
    if (!query.exec())
        return StoreError::fromQuery(query, QStringLiteral("update job"));
    if (query.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no job %1").arg(job.id));
    return Ok{};
}

Result<std::optional<JobRecord>> JobRepository::get(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM jobs WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return StoreError::fromQuery(query, QStringLiteral("read job"));
    if (!query.next())
        return std::optional<JobRecord>();
    return std::optional<JobRecord>(readJob(query));
}

Result<QList<JobRecord>> JobRepository::unfinished() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT ") + kColumns
                    + QStringLiteral(" FROM jobs WHERE state IN ('queued', 'running') ORDER BY id")))
        return StoreError::fromQuery(query, QStringLiteral("list unfinished jobs"));
    QList<JobRecord> jobs;
    while (query.next())
        jobs.append(readJob(query));
    return jobs;
}

} // namespace cybos
