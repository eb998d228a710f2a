#pragma once
// The COM backends (cybos, emulator): the Cybos adapter (CybosFeed) over a ComDispatch — the
// real COM objects (cybosbackend.cpp, Windows only) or the emulator (emulatorbackend.cpp).
// The commands (probe, com, sync-codes) and the benchmarks take the parts alone through
// createComBackend; the runtime takes them in a ComAssembly.
#include "backendassembly.h"
#include <memory>

namespace cybos {

class ComDispatch;
class CybosFeed;
class Emulator;
class EmulatorControl;

struct Backend {
    std::unique_ptr<ComDispatch> dispatch;   // the real COM dispatch (Windows, backend cybos)
    std::unique_ptr<Emulator> emulator;      // backend emulator: faults and controls
    std::unique_ptr<MarketFeed> feed;        // destroyed before the dispatch/emulator

    Backend();
    Backend(Backend &&) noexcept;
    Backend &operator=(Backend &&) noexcept;
    ~Backend();
};

using ComBackendFactory = Result<Backend> (*)(const Config &config);

// The COM backend config.backend names (backends.cpp). Errors: backend_unavailable (cybos off
// Windows, or not a COM backend).
Result<Backend> createComBackend(const Config &config);

Result<Backend> createEmulatorBackend(const Config &config);   // emulatorbackend.cpp
Result<Backend> createCybosBackend(const Config &config);      // cybosbackend.cpp (defined on Windows only)
// The adapter over either dispatch, in the request mode the configuration asks for.
std::unique_ptr<CybosFeed> makeCybosFeed(const Config &config, ComDispatch &dispatch, const QString &name);

class ComAssembly : public BackendAssembly
{
public:
    explicit ComAssembly(ComBackendFactory create);
    ~ComAssembly() override;

    Status build(const BackendEnv &env, TickBus &bus) override;
    MarketFeed *feed() const override { return m_parts.feed.get(); }
    void addServerDeps(ServerDeps &deps) const override;   // the emulator's controls (/api/emulator/*)

private:
    ComBackendFactory m_create;
    Backend m_parts;
    std::unique_ptr<EmulatorControl> m_control;            // emulator only
};

} // namespace cybos
