#pragma once
// A backend's assembly: everything one backend brings to a Runtime — the bus its ticks are
// numbered on, its MarketFeed and the objects behind it, what it adds to the server (the
// emulator's controls, the relay's ingest sink) — built and owned in one object. The
// runtime picks one by BackendKind (assembleBackend, backends.cpp) and never asks which it is.
//
// Adding a backend: a BackendKind (core/domain/backendkind.h), an assembly here, one case in
// assembleBackend; see docs/architecture.md "A backend".
#include "core/config/config.h"
#include "core/domain/result.h"
#include <memory>

namespace cybos {

class EventLog;
class MarketFeed;
class QuoteCache;
class Storage;
class TickBus;
struct ServerDeps;

// What an assembly may use while it builds; all of it outlives the assembly.
struct BackendEnv {
    const Config &config;
    Storage &storage;       // open
    QuoteCache &quotes;
    EventLog *log = nullptr;
};

class BackendAssembly
{
public:
    virtual ~BackendAssembly();

    // The bus the runtime publishes the feed's ticks on and connects the consumers to:
    // a TickBus numbering from the storage's seq source, unless the backend numbers ticks itself.
    virtual Result<std::unique_ptr<TickBus>> createBus(Storage &storage);
    // Builds the feed and what goes with it; bus: createBus()'s, owned by the runtime, outlives this.
    virtual Status build(const BackendEnv &env, TickBus &bus) = 0;
    virtual MarketFeed *feed() const = 0;
    // What the server gets from this backend (deps of core/server/serverdeps.h). Default: nothing.
    virtual void addServerDeps(ServerDeps &deps) const;
};

// The one place a backend kind becomes its assembly (not built yet). Errors:
// backend_unavailable (cybos off Windows).
Result<std::unique_ptr<BackendAssembly>> assembleBackend(BackendKind kind);

} // namespace cybos
