#pragma once
// The objects a Runtime owns, in construction order (destroyed in reverse).
#include "backendfactory.h"
#include "core/pipeline/quotecache.h"
#include "core/pipeline/tickbus.h"
#include "core/services/servicehub.h"
#include "core/storage/storage.h"
#include "statusgatherer.h"
#include <memory>

namespace cybos {

class ApiServer;
class Forwarder;
class EmulatorControl;
class IngestService;
class NatsIngest;

struct RuntimeParts {
    std::unique_ptr<Storage> storage;
    std::unique_ptr<TickBus> bus;
    std::unique_ptr<QuoteCache> quotes;
    Backend backend;                          // emulator / cybos
    std::unique_ptr<MarketFeed> ownFeed;      // replay / relay
    MarketFeed *feed = nullptr;
    std::unique_ptr<IngestService> ingest;    // relay: the forwarder's pushes
    std::unique_ptr<NatsIngest> natsIngest;   // relay --relay-from: the stream it consumes
    std::unique_ptr<ServiceHub> services;
    std::unique_ptr<StatusGatherer> status;
    std::unique_ptr<EmulatorControl> emulatorControl;
    std::unique_ptr<ApiServer> server;
    std::unique_ptr<Forwarder> forwarder;

    RuntimeParts();
    ~RuntimeParts();
};

} // namespace cybos
