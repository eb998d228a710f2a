#pragma once
// The relay backend: takes what forwarders push (POST /api/ingest, /ws/ingest: its
// IngestService is the server's IngestSink) or what it reads from a NATS stream
// (--relay-from), on a RelayBus that numbers ticks itself and keeps each source's seq beside.
// Its feed (RelayFeed) emits no ticks: it is "connected" while pushes arrive.
#include "backendassembly.h"
#include <memory>

namespace cybos {

class IngestService;
class NatsIngest;
class RelayBus;
class RelayFeed;

class RelayAssembly : public BackendAssembly
{
public:
    RelayAssembly();
    ~RelayAssembly() override;

    Result<std::unique_ptr<TickBus>> createBus(Storage &storage) override;   // a RelayBus
    Status build(const BackendEnv &env, TickBus &bus) override;                 // bus: createBus()'s
    MarketFeed *feed() const override;
    void addServerDeps(ServerDeps &deps) const override;                     // the ingest sink

private:
    Status startNatsIngest(const BackendEnv &env);

    RelayBus *m_bus = nullptr;                   // createBus()'s, owned by the runtime
    std::unique_ptr<RelayFeed> m_feed;
    std::unique_ptr<IngestService> m_ingest;     // the forwarders' pushes
    std::unique_ptr<NatsIngest> m_natsIngest;    // --relay-from: the stream it consumes
};

} // namespace cybos
