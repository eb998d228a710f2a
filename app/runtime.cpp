#include "runtime.h"
#include "runtimeparts.h"
#include "core/log/categories.h"
#include "core/log/eventlog.h"
#include "core/relay/ingestservice.h"
#include "core/relay/natsingest.h"
#include "core/relay/relaybus.h"
#include "core/storage/tickwriter.h"

namespace cybos {

Runtime::Runtime(Config config, EventLog *log, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_log(log), m_parts(std::make_unique<RuntimeParts>())
{
}

Runtime::~Runtime()
{
    shutdown();
}

Status Runtime::start()
{
    for (auto step : {&Runtime::startStorage, &Runtime::startFeed, &Runtime::startServer, &Runtime::startForwarder}) {
        if (Status st = (this->*step)(); !st) {
            shutdown();
            return st;
        }
    }
    m_started = true;
    m_log->info(QStringLiteral("app"), tr("cybos-server %1 started on the %2 backend, API at %3")
                                           .arg(QStringLiteral(CYBOS_VERSION), backendKindName(m_config.backend), apiBaseUrl()));
    return Ok{};
}

Status Runtime::startStorage()
{
    StorageOptions options;
    options.path = m_config.dbPath;
    options.retentionDays = m_config.retentionDays;
    options.maxBacklog = m_config.tickBacklog;
    options.forwarding = !m_config.remoteUrl.isEmpty();
    m_parts->storage = std::make_unique<Storage>(options, m_log);
    if (Status st = m_parts->storage->open(); !st)
        return st;
    if (m_config.backend == BackendKind::Relay) { // numbers ticks itself, keeps each source's seq beside
        auto bus = RelayBus::forStorage(*m_parts->storage);
        if (!bus)
            return bus.error();
        m_parts->bus = std::move(bus).value();
    } else {
        m_parts->bus = std::make_unique<TickBus>(m_parts->storage->seqSource());
    }
    m_parts->quotes = std::make_unique<QuoteCache>();
    // The writer and the cache only append/copy: direct calls keep the COM thread cheap and
    // avoid one queued event per batch.
    connect(m_parts->bus.get(), &TickBus::ticksPublished, m_parts->storage->tickWriter(), &TickWriter::submit,
            Qt::DirectConnection);
    connect(m_parts->bus.get(), &TickBus::ticksPublished, m_parts->quotes.get(), &QuoteCache::applyTicks,
            Qt::DirectConnection);
    return Ok{};
}

Status Runtime::startFeed()
{
    if (Status created = createFeed(); !created)
        return created;
    MarketFeed *feed = m_parts->feed;
    connect(feed, &MarketFeed::tickReceived, m_parts->bus.get(), &TickBus::publish, Qt::DirectConnection);
    m_parts->services = std::make_unique<ServiceHub>(feed, m_parts->storage.get(), m_parts->quotes.get(), m_log);
    StatusSources sources;
    sources.backend = m_config.backend;
    sources.services = m_parts->services.get();
    sources.feed = feed;
    sources.storage = m_parts->storage.get();
    sources.bus = m_parts->bus.get();
    m_parts->status = std::make_unique<StatusGatherer>(sources);
    m_parts->services->start(m_config.subscribe);
    return Ok{};
}

void Runtime::shutdown()
{
    if (!m_parts->storage || !m_parts->storage->isOpen())
        return;
    stopServer();
    stopForwarder();
    if (m_parts->feed)
        disconnect(m_parts->feed, nullptr, m_parts->bus.get(), nullptr);
    m_parts->status.reset();
    m_parts->services.reset();
    m_parts->natsIngest.reset();
    m_parts->ingest.reset();
    m_parts->ownFeed.reset();
    m_parts->backend = Backend();
    m_parts->feed = nullptr;
    if (m_parts->bus)
        m_parts->bus->flush();
    m_parts->storage->shutdown();
    m_started = false;
}

FeedServices *Runtime::services() const { return m_parts->services.get(); }
MarketFeed *Runtime::feed() const { return m_parts->feed; }
TickBus *Runtime::bus() const { return m_parts->bus.get(); }
QuoteCache *Runtime::quotes() const { return m_parts->quotes.get(); }
Storage *Runtime::storage() const { return m_parts->storage.get(); }
const StatusProvider *Runtime::status() const { return m_parts->status.get(); }

} // namespace cybos
