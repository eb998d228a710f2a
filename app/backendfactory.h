#pragma once
// Creates the MarketFeed the configuration asks for: the Cybos adapter over the real COM
// objects (Windows) or over the emulator, the replay of a recorded database, or the relay.
#include "core/config/config.h"
#include "core/domain/result.h"
#include <memory>

namespace cybos {

class ComDispatch;
class Emulator;
class MarketFeed;

struct Backend {
    std::unique_ptr<ComDispatch> dispatch;   // the real COM dispatch (Windows, backend cybos)
    std::unique_ptr<Emulator> emulator;      // backend emulator: faults and controls
    std::unique_ptr<MarketFeed> feed;        // destroyed before the dispatch/emulator

    Backend();
    Backend(Backend &&) noexcept;
    Backend &operator=(Backend &&) noexcept;
    ~Backend();
};

// The COM backends (cybos, emulator). Replay and relay are built by the runtime, which owns
// the storage they need.
Result<Backend> createComBackend(const Config &config);

} // namespace cybos
