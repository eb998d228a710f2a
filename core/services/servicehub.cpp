#include "servicehub.h"
#include "backfillrunner.h"
#include "codesync.h"
#include "connectiontracker.h"
#include "core/log/categories.h"
#include "core/log/eventlog.h"
#include "core/pipeline/quotecache.h"
#include "core/storage/storage.h"
#include "core/storage/storagewrites.h"
#include "historyservice.h"
#include "jobregistry.h"
#include "quoteservice.h"
#include "requestscheduler.h"
#include "serviceclock.h"
#include "silencewatchdog.h"
#include "storereader.h"
#include "subscriptionmanager.h"

namespace cybos {

ServiceHub::ServiceHub(MarketFeed *feed, Storage *storage, QuoteCache *cache, EventLog *log,
                       ServiceHubOptions options, QObject *parent)
    : FeedServices(parent), m_feed(feed), m_storage(storage), m_log(log), m_options(options)
{
    if (!options.clock)
        m_ownClock = std::make_unique<SystemClock>();
    m_clock = options.clock ? options.clock : m_ownClock.get();
    StorageWrites *writes = storage ? storage->writes() : nullptr;
    m_reader = std::make_unique<StoreReader>(storage ? &storage->database() : nullptr);
    m_listing = &cache->listing();
    m_connection = std::make_unique<ConnectionTracker>(feed, m_clock, log);
    m_scheduler = std::make_unique<RequestScheduler>(feed, m_clock);
    m_subscriptions = std::make_unique<SubscriptionManager>(feed);
    m_watchdog = std::make_unique<SilenceWatchdog>(feed, m_subscriptions.get(), m_clock, log, options.watchdog);
    m_jobs = std::make_unique<JobRegistry>(writes, m_reader.get(), m_clock);
    m_codeSync = std::make_unique<CodeSync>(feed, writes, m_reader.get(), m_jobs.get(), cache, m_clock, log);
    m_history = std::make_unique<HistoryService>(feed, m_scheduler.get(), writes, m_reader.get(), m_clock);
    m_backfill = std::make_unique<BackfillRunner>(feed, m_history.get(), m_jobs.get(), m_listing,
                                                  m_clock, log);
    m_quotes = std::make_unique<QuoteService>(feed, m_scheduler.get(), cache, m_subscriptions.get(),
                                              m_clock);
    wire();
}

ServiceHub::~ServiceHub() = default;

void ServiceHub::wire()
{
    connect(m_jobs.get(), &JobRegistry::jobChanged, this, &FeedServices::jobChanged);
    connect(m_subscriptions.get(), &SubscriptionManager::subscriptionsChanged, this,
            &FeedServices::subscriptionsChanged);
    connect(m_subscriptions.get(), &SubscriptionManager::subscriptionsChanged, this,
            &FeedServices::budgetChanged);
    connect(m_scheduler.get(), &RequestScheduler::budgetChanged, this, &FeedServices::budgetChanged);
    connect(m_feed, &MarketFeed::orderBookReceived, this, &FeedServices::orderBookReceived);
    if (m_log) // the feed's own notices (e.g. the chart value unit) go to the user event log
        connect(m_feed, &MarketFeed::noticeLogged, m_log, [log = m_log](LogEvent::Level level, const QString &message) {
            log->add(level, QStringLiteral("feed"), message);
        });
    connect(m_connection.get(), &ConnectionTracker::connectionChanged, this, &FeedServices::connectionChanged);
    connect(m_connection.get(), &ConnectionTracker::connectionChanged, this, [this](bool up) {
        if (up)
            maybeSync();   // a day may have passed while the link was down
    });
    connect(m_codeSync.get(), &CodeSync::synced, this, [this]() {
        if (!m_deferredPins.isEmpty())
            pinAtStart(std::exchange(m_deferredPins, {}));
    });
}

void ServiceHub::start(const QStringList &subscribe)
{
    m_codeSync->loadFromStore();
    if (const auto stored = m_reader->pinned(); stored && !stored->isEmpty()) {
        if (auto r = m_subscriptions->pin(*stored); !r)
            qCWarning(lcServices) << "stored pins not restored:" << r.error().message;
    }
    if (subscribe.contains(QLatin1String("kospi200"), Qt::CaseInsensitive) && m_listing->isEmpty())
        m_deferredPins = subscribe;   // the index members are known after the first sync
    else if (!subscribe.isEmpty())
        pinAtStart(subscribe);
    resumeJobs();
    maybeSync();
    checkStalenessLater();
    m_watchdog->start();
}

// A server that runs across midnight syncs the codes of the new KST day.
void ServiceHub::checkStalenessLater()
{
    constexpr qint64 kEveryMs = 30 * 60 * 1000;
    m_clock->callAfter(kEveryMs, this, [this]() {
        maybeSync();
        checkStalenessLater();
    });
}

void ServiceHub::pinAtStart(const QStringList &codes)
{
    QCoro::connect(pin(codes), this, [this](const Result<QStringList> &r) {
        if (!r && m_log)
            m_log->error(QStringLiteral("feed"), tr("Codes given with --subscribe not subscribed: %1").arg(r.error().message));
    });
}

void ServiceHub::maybeSync()
{
    if (!m_options.autoSync || !m_feed->isConnected() || m_codeSync->isRunning() || !m_codeSync->isStale())
        return;
    QCoro::connect(m_codeSync->start(), this, [](const JobStart &) {});
}

void ServiceHub::resumeJobs()
{
    const auto unfinished = m_reader->unfinishedJobs();
    if (!unfinished)
        return;
    for (const JobRecord &record : *unfinished) {
        if (record.job.kind == JobKind::Backfill)
            m_backfill->resume(record);
        else   // a code sync cannot resume half-way: the staleness check runs a new one
            m_jobs->finish(record.job, QStringLiteral("interrupted by a restart"));
    }
}

QCoro::Task<Result<Quote>> ServiceHub::quote(QString code, bool fresh, int maxWaitMs)
{
    auto task = m_quotes->quote(std::move(code), fresh, maxWaitMs);
    co_return co_await task;
}

QCoro::Task<Result<QuotesAnswer>> ServiceHub::quotes(QStringList codes, int maxWaitMs)
{
    auto task = m_quotes->quotes(std::move(codes), maxWaitMs);
    co_return co_await task;
}

QCoro::Task<Result<OrderBook>> ServiceHub::orderBook(QString code, int maxWaitMs)
{
    auto task = m_quotes->orderBook(std::move(code), maxWaitMs);
    co_return co_await task;
}

QCoro::Task<Status> ServiceHub::ensureHistory(ChartQuery query, int maxWaitMs)
{
    const Result<QStringList> code = m_listing->expand({query.code});
    if (!code)
        co_return code.error();
    if (code->size() != 1)
        co_return makeError(ErrorCode::InvalidCode, query.code);
    query.code = code->first();
    auto task = m_history->ensure(query, RequestPriority::Interactive, maxWaitMs);
    co_return co_await task;
}

QCoro::Task<JobStart> ServiceHub::startCodeSync()
{
    auto task = m_codeSync->start();
    co_return co_await task;
}

QCoro::Task<Result<JobStart>> ServiceHub::startBackfill(BackfillRequest request)
{
    auto task = m_backfill->start(std::move(request));
    co_return co_await task;
}

std::optional<Job> ServiceHub::job(qint64 id) const
{
    return m_jobs->job(id);
}

QCoro::Task<Result<QStringList>> ServiceHub::pin(QStringList input)
{
    const Result<QStringList> codes = m_listing->expand(input);
    if (!codes)
        co_return codes.error();
    Result<QStringList> pinned = m_subscriptions->pin(*codes);
    if (pinned && m_storage) {
        auto saving = m_storage->writes()->pin(*codes);
        if (const Status s = co_await saving; !s)
            qCWarning(lcServices) << "pins not saved:" << s.error().message;
    }
    co_return pinned;
}

QCoro::Task<Result<QStringList>> ServiceHub::unpin(QString input)
{
    const Result<QStringList> codes = Listing::normalize({input});
    if (!codes || codes->size() != 1 || codes->first() == QLatin1String("kospi200"))
        co_return codes ? makeError(ErrorCode::InvalidCode, input) : codes.error();
    Result<QStringList> pinned = m_subscriptions->unpin(codes->first());
    if (m_storage) {
        auto saving = m_storage->writes()->unpin(codes->first());
        if (const auto s = co_await saving; !s)
            qCWarning(lcServices) << "unpin not saved:" << s.error().message;
    }
    co_return pinned;
}

// Known codes are watched even when some are unknown; the error then names the unknown ones.
QCoro::Task<Status> ServiceHub::watch(QStringList input)
{
    const Result<QStringList> codes = Listing::normalize(input);
    if (!codes)
        co_return codes.error();
    const QStringList unknown = m_listing->unlisted(*codes);
    QStringList known;
    for (const QString &c : *codes) {
        if (!unknown.contains(c) && c != QLatin1String("kospi200"))
            known.append(c);
    }
    if (const Status s = m_subscriptions->watch(known); !s)
        co_return s;
    if (!unknown.isEmpty())
        co_return makeError(ErrorCode::UnknownCode, QStringLiteral("unknown codes: ") + unknown.join(u','));
    co_return Ok{};
}

QCoro::Task<Status> ServiceHub::unwatch(QStringList input)
{
    QStringList codes;
    for (const QString &raw : std::as_const(input)) {
        if (const Result<QStringList> c = Listing::normalize({raw}); c)
            codes += *c;
    }
    co_return m_subscriptions->unwatch(codes);
}

QStringList ServiceHub::pinned() const
{
    return m_subscriptions->pinned();
}

bool ServiceHub::isSubscribed(const QString &code) const
{
    return m_subscriptions->isSubscribed(code);
}

QStringList ServiceHub::subscribed() const
{
    return m_subscriptions->subscribed();
}

void ServiceHub::setPaused(bool paused)
{
    m_subscriptions->setPaused(paused);
}

Status ServiceHub::followOrderBook(const QString &code)
{
    return m_feed->followOrderBook(code);
}

BudgetStatus ServiceHub::budget() const
{
    BudgetStatus b;
    b.requests = m_scheduler->budget();
    const auto queued = m_scheduler->queued();
    std::copy(queued.cbegin(), queued.cend(), b.queued);
    b.subscriptions = SubscriptionBudget{int(m_subscriptions->subscribed().size()), m_subscriptions->limit()};
    return b;
}

bool ServiceHub::isConnected() const
{
    return m_connection->isConnected();
}

qint64 ServiceHub::connectedSinceMs() const
{
    return m_connection->connectedSinceMs();
}

} // namespace cybos
