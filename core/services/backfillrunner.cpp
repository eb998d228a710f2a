#include "backfillrunner.h"
#include "clockwait.h"
#include "core/async/deferred.h"
#include "core/log/categories.h"
#include "core/log/eventlog.h"
#include "historyservice.h"
#include "jobregistry.h"
#include "core/pipeline/listing.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace cybos {
namespace {
constexpr int kAttempts = 3;           // per code, for errors other than a disconnect
constexpr qint64 kRetryDelayMs = 2000;
} // namespace

BackfillRunner::BackfillRunner(MarketFeed *feed, HistoryService *history, JobRegistry *jobs,
                               const Listing *listing, ServiceClock *clock, EventLog *log, QObject *parent)
    : QObject(parent), m_feed(feed), m_history(history), m_jobs(jobs), m_listing(listing),
      m_clock(clock), m_log(log)
{
}

QByteArray BackfillRunner::toJson(const BackfillRequest &request)
{
    QJsonObject o;
    o.insert(QStringLiteral("codes"), QJsonArray::fromStringList(request.codes));
    o.insert(QStringLiteral("interval"), intervalName(request.interval));
    o.insert(QStringLiteral("from"), request.from.isValid() ? request.from.toString(Qt::ISODate) : QString());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<BackfillRequest> BackfillRunner::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const auto interval = intervalFromName(o.value(QStringLiteral("interval")).toString());
    if (!interval)
        return std::nullopt;
    BackfillRequest r;
    for (const QJsonValue &v : o.value(QStringLiteral("codes")).toArray())
        r.codes.append(v.toString());
    r.interval = *interval;
    r.from = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
    return r;
}

Result<BackfillRequest> BackfillRunner::resolve(BackfillRequest request) const
{
    Result<QStringList> resolved = m_listing->expand(request.codes);
    if (!resolved)
        return resolved.error();
    if (resolved->isEmpty())
        return makeError(ErrorCode::BadRequest, QStringLiteral("no codes to backfill"));
    request.codes = *resolved;
    return request;
}

Error BackfillRunner::nothingToAsk() const
{
    return makeError(ErrorCode::FeedUnavailable,
                     QStringLiteral("the %1 backend has no feed to fetch history from").arg(m_feed->backendName()));
}

QCoro::Task<Result<JobStart>> BackfillRunner::start(BackfillRequest request)
{
    if (!m_feed->servesRequests())
        co_return nothingToAsk();
    const Result<BackfillRequest> resolved = resolve(std::move(request));
    if (!resolved)
        co_return resolved.error();
    QPointer<BackfillRunner> alive(this);
    auto creating = m_jobs->create(JobKind::Backfill, toJson(*resolved), resolved->codes.size());
    const Result<Job> job = co_await creating;
    if (!alive)
        co_return makeError(ErrorCode::ShutDown, QStringLiteral("shutting down"));
    if (!job)
        co_return job.error();
    QCoro::connect(run(*job, *resolved), this, []() {});
    co_return JobStart{*job, true};
}

void BackfillRunner::resume(const JobRecord &record)
{
    const std::optional<BackfillRequest> request = fromJson(record.params);
    Job job = record.job;
    if (!request || !m_feed->servesRequests()) {
        m_jobs->finish(job, request ? nothingToAsk().message : QStringLiteral("cannot resume: unreadable request"));
        return;
    }
    m_jobs->adopt(job);
    if (m_log)
        m_log->info(QStringLiteral("feed"), tr("Backfill job %1 resumed at %2 of %3 codes")
                                                .arg(job.id).arg(job.done).arg(job.total));
    QCoro::connect(run(*m_jobs->job(job.id), *request), this, []() {});
}

QCoro::Task<void> BackfillRunner::run(Job job, BackfillRequest request)
{
    ++m_active;
    QStringList failed;
    for (qint64 i = job.done; i < request.codes.size(); ++i) {
        const QString code = request.codes.at(i);
        QPointer<BackfillRunner> alive(this);
        auto backfilling = backfillCode(code, request);
        const bool complete = co_await backfilling;
        if (!alive)
            co_return;
        if (!complete)
            failed.append(code);
        job.done = i + 1;
        m_jobs->update(job);
    }
    const QString error = failed.isEmpty() ? QString()
                                           : QStringLiteral("%1 of %2 codes failed: %3")
                                                 .arg(failed.size()).arg(request.codes.size()).arg(failed.join(u','));
    if (m_log) {
        const QString msg = tr("Backfill job %1 finished: %2 codes").arg(job.id).arg(request.codes.size());
        error.isEmpty() ? m_log->info(QStringLiteral("feed"), msg) : m_log->warning(QStringLiteral("feed"), msg + QStringLiteral("; ") + error);
    }
    m_jobs->finish(job, error);
    --m_active;
    Q_EMIT finished(*m_jobs->job(job.id));
}

// True when the code's history is complete. A disconnect is waited out (it does not count
// as an attempt); other errors are retried a few times.
QCoro::Task<bool> BackfillRunner::backfillCode(const QString &code, const BackfillRequest &request)
{
    const ChartQuery query{code, request.interval, true, request.from, QDate()};
    for (int attempt = 0; attempt < kAttempts;) {
        if (!m_feed->isConnected()) {
            auto reconnect = waitForFeed();
            co_await reconnect;
        }
        QPointer<BackfillRunner> alive(this);
        auto ensuring = m_history->ensure(query, RequestPriority::Backfill, -1);
        const Status s = co_await ensuring;
        if (!alive)
            co_return false;   // shut down meanwhile: the job resumes at the next start
        if (s)
            co_return true;
        if (s.error().code == ErrorCode::FeedDisconnected) {
            if (m_feed->isConnected()) {   // the drop is not signalled yet: give it a moment
                auto pause = clockWait(m_clock, this, kRetryDelayMs);
                co_await pause;
            }
            continue;
        }
        if (s.error().code == ErrorCode::UnknownCode || s.error().code == ErrorCode::InvalidCode)
            break;
        ++attempt;
        qCWarning(lcServices) << "backfill" << code << "attempt" << attempt << "failed:" << s.error().message;
        auto pause = clockWait(m_clock, this, kRetryDelayMs);
        co_await pause;
    }
    co_return false;
}

// Bound to this object: if the runner goes away first, the job simply never resumes here
// (it is still unfinished in the table and resumes at the next start).
QCoro::Task<void> BackfillRunner::waitForFeed()
{
    while (!m_feed->isConnected()) {
        Deferred<bool> up;
        const auto c = connect(m_feed, &MarketFeed::connectionChanged, this, [up](bool) { up.resolve(true); });
        co_await up;
        disconnect(c);
    }
}

} // namespace cybos
