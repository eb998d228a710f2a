// The route of a tick, wired here and nowhere else. The backend's feed emits
// MarketFeed::tickReceived (the relay's IngestService publishes on its RelayBus instead);
// TickBus::publish numbers the tick and, at the end of the event-loop turn, emits
// ticksPublished(batch) to:
//
//   the storage writer   TickWriter::submit        direct (thread-safe queue; storage thread commits)
//   the quote cache      QuoteCache::applyTicks    direct (lock)
//   the WebSocket hub    WsHub::publishTicks       queued to the server thread, while it serves
//   the desktop          Desktop::addTicks         same thread (GUI mode): the grid and tape
//                                                   through their coalescer, the chart's last bar
//
// and the forwarder, which is no subscriber: it reads what the writer committed (seq > its
// cursor) and pushes it to --remote. The server also reads the bus (ServerDeps::tickBus: the
// recent tail of /api/ticks and the published count), never subscribes to it.
#include "runtime.h"
#include "runtimeparts.h"
#include "core/forward/forwarder.h"
#include "core/server/apiserver.h"
#include "core/server/serverdeps.h"
#include "core/server/ws/wshub.h"
#include "core/storage/tickwriter.h"
#include "ui/desktop.h"
#include <QUrl>

namespace cybos {

// The writer and the cache only append/copy: direct calls keep the COM thread cheap and avoid
// one queued event per batch.
void Runtime::connectTickConsumers()
{
    TickBus *bus = m_parts->bus.get();
    connect(bus, &TickBus::ticksPublished, m_parts->storage->tickWriter(), &TickWriter::submit, Qt::DirectConnection);
    connect(bus, &TickBus::ticksPublished, m_parts->quotes.get(), &QuoteCache::applyTicks, Qt::DirectConnection);
}

void Runtime::connectFeed()
{
    connect(feed(), &MarketFeed::tickReceived, m_parts->bus.get(), &TickBus::publish, Qt::DirectConnection);
}

void Runtime::disconnectFeed()
{
    if (MarketFeed *source = feed())
        disconnect(source, nullptr, m_parts->bus.get(), nullptr);
}

void Runtime::addTickDeps(ServerDeps &deps) const
{
    deps.tickBus = m_parts->bus.get();
}

// One queued event per batch to the server thread; the hub fans it out to its clients.
void Runtime::connectHub()
{
    connect(m_parts->bus.get(), &TickBus::ticksPublished, m_parts->server->hub(), &WsHub::publishTicks,
            Qt::QueuedConnection);
}

void Runtime::disconnectHub()
{
    if (WsHub *hub = m_parts->server->hub())
        disconnect(m_parts->bus.get(), nullptr, hub, nullptr);
}

// After start(). The desktop lives on this thread; the connection ends when it is destroyed.
void Runtime::connectDesktop(Desktop *desktop)
{
    connect(m_parts->bus.get(), &TickBus::ticksPublished, desktop, &Desktop::addTicks, Qt::UniqueConnection);
}

// On when --remote names a server.
Status Runtime::startForwarder()
{
    if (m_config.remoteUrl.isEmpty())
        return Ok{};
    ForwarderOptions options;
    options.remote = QUrl(m_config.remoteUrl);
    options.key = m_config.remoteKey;
    options.instanceId = m_config.instanceId;
    options.backlogWarn = m_config.forwardBacklogWarn;
    options.natsPrefix = m_config.natsPrefix;
    options.natsCreateStream = m_config.natsCreateStream;
    options.natsCaFile = m_config.natsCa;
    options.retentionDays = m_config.retentionDays;
    Storage *storage = m_parts->storage.get();
    m_parts->forwarder = std::make_unique<Forwarder>(options, storage->database(), storage, m_log);
    Forwarder *forwarder = m_parts->forwarder.get();
    m_parts->status->setForwarder([forwarder] { return forwarder->status(); });
    forwarder->start();
    return Ok{};
}

void Runtime::stopForwarder()
{
    if (!m_parts->forwarder)
        return;
    if (m_parts->status)
        m_parts->status->setForwarder({});
    m_parts->forwarder->stop();
    m_parts->forwarder.reset();
}

} // namespace cybos
