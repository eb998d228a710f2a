#include "relaybackend.h"
#include "core/pipeline/quotecache.h"
#include "core/relay/ingestservice.h"
#include "core/relay/natsingest.h"
#include "core/relay/relaybus.h"
#include "core/relay/relayfeed.h"
#include "core/server/serverdeps.h"
#include "core/storage/metarepository.h"
#include "core/storage/storage.h"
#include <QUrl>

namespace cybos {

RelayAssembly::RelayAssembly() = default;
RelayAssembly::~RelayAssembly() = default; // the NATS consumer, then the ingest service, then the feed

Result<std::unique_ptr<TickBus>> RelayAssembly::createBus(Storage &storage)
{
    auto bus = RelayBus::forStorage(storage);
    if (!bus)
        return bus.error();
    m_bus = bus->get();
    return std::unique_ptr<TickBus>(std::move(bus).value());
}

Status RelayAssembly::build(const BackendEnv &env, TickBus &)
{
    if (env.config.apiKey.isEmpty())
        return makeError(ErrorCode::BadOption,
                         QStringLiteral("the relay backend needs --api-key: pushes are accepted only with a key"));
    m_ingest = std::make_unique<IngestService>(m_bus, &env.storage, env.log);
    m_feed = std::make_unique<RelayFeed>(env.storage.database());
    // "Connected" means a forwarder pushed recently; the pushed master completes the quotes.
    QObject::connect(m_ingest.get(), &IngestService::pushed, m_feed.get(), &RelayFeed::notePush);
    QObject::connect(m_ingest.get(), &IngestService::stocksIngested, &env.quotes, &QuoteCache::setMaster);
    return startNatsIngest(env);
}

// --relay-from: a durable consumer named after this relay's instance id, so a restarted relay
// resumes where it stopped and several relays read the same stream independently.
Status RelayAssembly::startNatsIngest(const BackendEnv &env)
{
    const Config &config = env.config;
    if (config.relayFrom.isEmpty())
        return Ok{};
    auto endpoint = natsEndpoint(QUrl(config.relayFrom), config.relayKey, config.natsPrefix, config.natsCa);
    if (!endpoint)
        return endpoint.error();
    QString name = config.instanceId;
    if (name.isEmpty()) {
        auto db = env.storage.database().connection(DbAccess::ReadOnly);
        if (!db)
            return db.error();
        auto id = MetaRepository(*db).get(MetaKey::InstanceId);
        if (!id)
            return id.error();
        name = id->value_or(QStringLiteral("default"));
    }
    const QString durable = QStringLiteral("relay-") + name;
    m_natsIngest = std::make_unique<NatsIngest>(*endpoint, durable, m_ingest.get(), env.log);
    m_natsIngest->start();
    return Ok{};
}

MarketFeed *RelayAssembly::feed() const
{
    return m_feed.get();
}

void RelayAssembly::addServerDeps(ServerDeps &deps) const
{
    deps.ingest = m_ingest.get();
}

} // namespace cybos
