#include "runtime.h"
#include "runtimeparts.h"
#include "core/log/eventlog.h"

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
                                           .arg(QStringLiteral(CYBOS_VERSION), backendKindName(m_config.backend),
                                                apiBaseUrl()));
    return Ok{};
}

// The storage, and the backend's bus over it (a backend may number ticks itself).
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
    auto backend = assembleBackend(m_config.backend);
    if (!backend)
        return backend.error();
    auto bus = backend.value()->createBus(*m_parts->storage);
    if (!bus)
        return bus.error();
    m_parts->bus = std::move(bus).value();
    m_parts->backend = std::move(backend).value();
    m_parts->quotes = std::make_unique<QuoteCache>();
    connectTickConsumers();
    return Ok{};
}

Status Runtime::startFeed()
{
    const BackendEnv env{m_config, *m_parts->storage, *m_parts->quotes, m_log};
    if (Status built = m_parts->backend->build(env, *m_parts->bus); !built)
        return built;
    connectFeed();
    MarketFeed *feed = m_parts->backend->feed();
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
    disconnectFeed();
    m_parts->status.reset();
    m_parts->services.reset();
    m_parts->backend.reset();
    if (m_parts->bus)
        m_parts->bus->flush();
    m_parts->storage->shutdown();
    m_started = false;
}

FeedServices *Runtime::services() const { return m_parts->services.get(); }
MarketFeed *Runtime::feed() const { return m_parts->backend ? m_parts->backend->feed() : nullptr; }
TickBus *Runtime::bus() const { return m_parts->bus.get(); }
QuoteCache *Runtime::quotes() const { return m_parts->quotes.get(); }
Storage *Runtime::storage() const { return m_parts->storage.get(); }
const StatusProvider *Runtime::status() const { return m_parts->status.get(); }

} // namespace cybos
