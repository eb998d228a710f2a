#pragma once
// The objects a Runtime owns, destroyed in the reverse of this order.
#include "backends/backendassembly.h"
#include "core/pipeline/quotecache.h"
#include "core/pipeline/tickbus.h"
#include "core/services/servicehub.h"
#include "core/storage/storage.h"
#include "statusgatherer.h"
#include <memory>

namespace cybos {

class ApiServer;
class Forwarder;

struct RuntimeParts {
    std::unique_ptr<Storage> storage;
    std::unique_ptr<TickBus> bus;              // made by the backend, outlives it
    std::unique_ptr<QuoteCache> quotes;
    std::unique_ptr<BackendAssembly> backend;  // the feed and what goes with it (app/backends)
    std::unique_ptr<ServiceHub> services;
    std::unique_ptr<StatusGatherer> status;
    std::unique_ptr<ApiServer> server;
    std::unique_ptr<Forwarder> forwarder;

    RuntimeParts();
    ~RuntimeParts();
};

} // namespace cybos
