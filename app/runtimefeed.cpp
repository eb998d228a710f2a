// The Runtime's feed: the COM backends (cybos, emulator) through the adapter, the replay of a
// recorded database, or the relay of a forwarding instance.
#include "emulatorcontrolimpl.h"
#include "runtime.h"
#include "runtimeparts.h"
#include "core/relay/ingestservice.h"
#include "core/relay/natsingest.h"
#include "core/storage/metarepository.h"
#include "core/relay/relaybus.h"
#include "core/relay/relayfeed.h"
#include "core/replay/replayfeed.h"
#include "core/server/emulatorcontrol.h"
#include <QTimer>

namespace cybos {
namespace {
constexpr qint64 kReplayBacklog = 100'000; // replay waits while the writer is this far behind
}

Status Runtime::createReplayFeed()
{
    ReplayOptions options;
    options.path = m_config.replayFrom;
    options.speed = m_config.replaySpeed;
    options.keepTimes = m_config.replayKeepTimes;
    auto feed = std::make_unique<ReplayFeed>(options);
    if (Status st = feed->open(); !st)
        return st;
    Storage *storage = m_parts->storage.get();
    feed->setBackpressure([storage] { return storage->status().writerBacklog > kReplayBacklog; });
    ReplayFeed *raw = feed.get();
    QTimer::singleShot(0, raw, [raw] { raw->start(); }); // once every consumer is connected
    m_parts->feed = raw;
    m_parts->ownFeed = std::move(feed);
    return Ok{};
}

Status Runtime::createRelayFeed()
{
    if (m_config.apiKey.isEmpty())
        return makeError(ErrorCode::BadOption,
                         QStringLiteral("the relay backend needs --api-key: pushes are accepted only with a key"));
    auto *bus = static_cast<RelayBus *>(m_parts->bus.get());
    m_parts->ingest = std::make_unique<IngestService>(bus, m_parts->storage.get(), m_log);
    auto feed = std::make_unique<RelayFeed>(m_parts->storage->database());
    // "Connected" means a forwarder pushed recently; the pushed master completes the quotes.
    connect(m_parts->ingest.get(), &IngestService::pushed, feed.get(), &RelayFeed::notePush);
    connect(m_parts->ingest.get(), &IngestService::stocksIngested, m_parts->quotes.get(), &QuoteCache::setMaster);
    m_parts->feed = feed.get();
    m_parts->ownFeed = std::move(feed);
    return startNatsIngest();
}

// --relay-from: a durable consumer named after this relay's instance id, so a restarted relay
// resumes where it stopped and several relays read the same stream independently.
Status Runtime::startNatsIngest()
{
    if (m_config.relayFrom.isEmpty())
        return Ok{};
    auto endpoint = natsEndpoint(QUrl(m_config.relayFrom), QString(), m_config.natsPrefix);
    if (!endpoint)
        return endpoint.error();
    QString name = m_config.instanceId;
    if (name.isEmpty()) {
        auto db = m_parts->storage->database().connection(DbAccess::ReadOnly);
        if (!db)
            return db.error();
        auto id = MetaRepository(*db).get(MetaKey::InstanceId);
        if (!id)
            return id.error();
        name = id->value_or(QStringLiteral("default"));
    }
    const QString durable = QStringLiteral("relay-") + name;
    m_parts->natsIngest = std::make_unique<NatsIngest>(*endpoint, durable, m_parts->ingest.get(), m_log);
    m_parts->natsIngest->start();
    return Ok{};
}

Status Runtime::createFeed()
{
    if (m_config.backend == BackendKind::Replay)
        return createReplayFeed();
    if (m_config.backend == BackendKind::Relay)
        return createRelayFeed();
    auto backend = createComBackend(m_config);
    if (!backend)
        return backend.error();
    m_parts->backend = std::move(backend).value();
    m_parts->feed = m_parts->backend.feed.get();
    if (m_parts->backend.emulator)
        m_parts->emulatorControl = std::make_unique<EmulatorControlImpl>(m_parts->backend.emulator.get());
    return Ok{};
}

} // namespace cybos
