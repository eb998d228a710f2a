#include "cmd_synccodes.h"
#include "backends/combackend.h"
#include "comapartment.h"
#include "core/feed/marketfeed.h"
#include "core/log/eventlog.h"
#include "core/pipeline/quotecache.h"
#include "core/services/servicehub.h"
#include "core/storage/stockrepository.h"
#include "core/storage/storage.h"
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>
#include <cstdio>

namespace cybos {
namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "cybos-server sync-codes: %s\n", message.toUtf8().constData());
    return 1;
}

bool finished(const Job &job)
{
    return !job.unfinished();
}

// Starts the sync and runs the event loop until its job ends (or the feed never answers).
Job syncAndWait(ServiceHub &hub)
{
    QEventLoop loop;
    std::optional<Job> job;
    QObject::connect(&hub, &FeedServices::jobChanged, &loop, [&](const Job &j) {
        if (job && j.id == job->id && finished(j)) {
            job = j;
            loop.quit();
        }
    });
    QCoro::connect(hub.startCodeSync(), &loop, [&](const JobStart &start) {
        job = start.job;
        if (!start.started || finished(*hub.job(start.job.id)))
            loop.quit();
    });
    QTimer::singleShot(10 * 60 * 1000, &loop, &QEventLoop::quit);   // a feed that never answers
    loop.exec();
    if (job && job->id)
        job = hub.job(job->id).value_or(*job);
    return job.value_or(Job{});
}

void printCounts(const Storage &storage, const Job &job)
{
    const auto db = storage.database().connection(DbAccess::ReadOnly);
    const auto counts = db ? StockRepository(*db).countsByMarket() : Result<QMap<QString, qint64>>(db.error());
    if (!counts) {
        std::fprintf(stderr, "cybos-server sync-codes: cannot count: %s\n", counts.error().message.toUtf8().constData());
        return;
    }
    qint64 total = 0;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
        std::printf("%-10s %6lld\n", it.key().toUtf8().constData(), it.value());
        total += it.value();
    }
    std::printf("%-10s %6lld (from %lld codes the feed lists)\n", "total", total, job.total);
    std::printf("database: %s\n", QDir::toNativeSeparators(storage.database().path()).toUtf8().constData());
}

} // namespace

int runSyncCodes(const Config &config)
{
    const ComApartment apartment;
    Result<Backend> backend = createComBackend(config);
    if (!backend)
        return fail(backend.error().message);
    MarketFeed &feed = *backend.value().feed;
    if (!feed.isConnected())
        return fail(QStringLiteral("the %1 backend is not connected (is Cybos Plus running and logged in?)")
                        .arg(feed.backendName()));
    EventLog log;
    const QString path = QFileInfo(config.dbPath).absoluteFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    Storage storage(StorageOptions{.path = path, .retentionDays = config.retentionDays}, &log);
    if (const Status opened = storage.open(); !opened)
        return fail(opened.error().message);
    QuoteCache cache;
    ServiceHubOptions options;
    options.autoSync = false;   // only the explicit sync below; no pins, no resumed jobs
    int rc = 0;
    {
        ServiceHub hub(&feed, &storage, &cache, &log, options);
        const Job job = syncAndWait(hub);
        if (job.state == JobState::Done)
            printCounts(storage, job);
        else
            rc = fail(job.error.isEmpty() ? QStringLiteral("the sync did not finish") : job.error);
    }
    storage.shutdown();
    return rc;
}

} // namespace cybos
