#include "natsingest.h"
#include "core/async/threadcall.h"
#include "core/domain/domainjson.h"
#include "core/log/categories.h"
#include "core/log/eventlog.h"
#include "core/server/ingest/ingestparse.h"
#include "ingestservice.h"
#include <QJsonDocument>
#include <QPointer>
#include <qcoro/qcorotimer.h>

namespace cybos {
namespace {
using ConsumerCall = ThreadCall<std::optional<NatsError>>;
using FetchCall = ThreadCall<Result<NatsBatchPtr>>;
const QString kLogSource = QStringLiteral("relay");

ConsumerCall::Work openWork(std::shared_ptr<NatsConsumer> consumer)
{
    return [consumer] { return consumer->open(5000); };
}

FetchCall::Work fetchWork(std::shared_ptr<NatsConsumer> consumer)
{
    return [consumer] { return consumer->fetch(NatsIngest::kBatch, NatsIngest::kFetchWaitMs); };
}

ConsumerCall::Work ackWork(std::shared_ptr<NatsConsumer> consumer, NatsBatchPtr batch)
{
    return [consumer, batch] { return consumer->ack(batch); };
}
} // namespace

NatsIngest::NatsIngest(NatsEndpoint endpoint, QString durable, IngestService *ingest, EventLog *events,
                       QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_ingest(ingest), m_events(events),
      m_worker(new QObject),
      m_consumer(std::make_shared<NatsConsumer>(m_endpoint, durable.toLatin1()))
{
    m_thread.setObjectName(QStringLiteral("nats-ingest"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

NatsIngest::~NatsIngest()
{
    stop();
}

void NatsIngest::start()
{
    if (m_running)
        return;
    m_running = true;
    m_thread.start();
    qCInfo(lcForward).noquote() << "relay: consuming" << m_endpoint.display;
    run();
}

void NatsIngest::stop()
{
    if (!m_running)
        return;
    m_running = false;
    QMetaObject::invokeMethod(m_worker, [consumer = m_consumer] { consumer->close(); }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QCoro::Task<> NatsIngest::run()
{
    QPointer<NatsIngest> self(this);
    bool open = false;
    while (self && m_running) {
        if (!open) {
            ConsumerCall call(m_worker, openWork(m_consumer));
            const std::optional<NatsError> error = co_await call;
            if (!self || !m_running)
                co_return;
            if (error) {
                auto waiting = pause(error->message);
                co_await std::move(waiting);
                continue;
            }
            open = true;
        }
        FetchCall fetch(m_worker, fetchWork(m_consumer));
        const Result<NatsBatchPtr> batch = co_await fetch;
        if (!self || !m_running)
            co_return;
        std::optional<NatsError> error;
        if (!batch) {
            error = NatsError{false, batch.error().message};
        } else if (batch.value()->received.isEmpty()) {
            m_ingest->noteAlive(); // an idle stream is still a connected source
        } else {
            auto storing = store(batch.value());
            const bool stored = co_await std::move(storing);
            if (!self || !m_running)
                co_return;
            ConsumerCall ack(m_worker, ackWork(m_consumer, batch.value()));
            if (stored)
                error = co_await ack;
            else
                error = NatsError{false, QStringLiteral("the relay could not store the ticks in time")};
            if (!self || !m_running)
                co_return;
        }
        if (error) {
            open = false; // open() again resumes after the last acknowledged batch
            auto waiting = pause(error->message);
            co_await std::move(waiting);
        } else if (m_failing) {
            m_failing = false;
            m_backoff.reset();
            if (m_events)
                m_events->info(kLogSource, tr("Consuming %1 again").arg(m_endpoint.display));
        }
    }
}

QCoro::Task<bool> NatsIngest::store(NatsBatchPtr batch)
{
    // A batch may hold several sources' ticks (several forwarders publish to one stream):
    // each source's run of ticks is one ingest, in stream order.
    TickList ticks;
    QString source;
    for (const NatsReceived &m : std::as_const(batch->received)) {
        const bool stocks = m.subject == m_endpoint.stocksSubject();
        const QString from = QString::fromUtf8(m.source);
        if (!ticks.isEmpty() && (stocks || from != source)) {
            auto flushing = ingestTicks(source, std::exchange(ticks, {}));
            if (!co_await std::move(flushing))
                co_return false;
        }
        if (stocks) {
            auto storing = storeStocks(m.data);
            if (!co_await std::move(storing))
                co_return false;
            continue;
        }
        auto tick = DomainJson::tickFromJson(QJsonDocument::fromJson(m.data).object());
        if (!tick) {
            qCWarning(lcForward).noquote() << "relay: skipping a malformed message on" << m.subject << tick.error().message;
            continue;
        }
        source = from;
        ticks.append(std::move(tick).value());
    }
    auto flushing = ingestTicks(source, std::move(ticks));
    co_return co_await std::move(flushing);
}

QCoro::Task<bool> NatsIngest::ingestTicks(QString source, TickList ticks)
{
    const qint64 count = ticks.size();
    if (count == 0)
        co_return true;
    auto ingesting = m_ingest->ingest(source.isEmpty() ? QStringLiteral("unnamed") : source, std::move(ticks));
    const Result<IngestResult> result = co_await std::move(ingesting);
    if (!result)
        co_return false;
    m_consumed += count;
    co_return true;
}

QCoro::Task<bool> NatsIngest::storeStocks(QByteArray data)
{
    auto body = IngestParse::object(data);
    auto push = body ? IngestParse::stockPush(*body) : Result<IngestParse::StockPush>(body.error());
    if (!push)
        co_return true; // malformed: nothing to store, nothing to retry
    auto upserting = m_ingest->ingestStocks(push->source, push->stocks);
    const Result<qint64> upserted = co_await std::move(upserting);
    co_return upserted.ok();
}

QCoro::Task<> NatsIngest::pause(QString problem)
{
    const int delay = m_backoff.next();
    if (!m_failing && m_events)
        m_events->warning(kLogSource, tr("Consuming %1 failed: %2; retrying with backoff").arg(m_endpoint.display, problem));
    m_failing = true;
    qCInfo(lcForward).noquote() << "relay: consuming failed:" << problem << "- retry in" << delay << "ms";
    auto sleeping = QCoro::sleepFor(std::chrono::milliseconds(delay));
    co_await std::move(sleeping);
}

} // namespace cybos
