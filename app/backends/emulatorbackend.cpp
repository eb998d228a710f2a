// The emulator backend: Cybos' COM objects emulated in process (cybos/emulator), under the
// same adapter as the real ones.
#include "combackend.h"
#include "cybos/adapter/cybosfeed.h"
#include "cybos/emulator/emulator.h"

namespace cybos {

Result<Backend> createEmulatorBackend(const Config &config)
{
    EmulatorOptions options;
    options.seed = config.emulatorSeed;
    options.ticksPerSecond = config.emulatorRate;
    options.clock = config.emulatorClock;
    Backend backend;
    backend.emulator = std::make_unique<Emulator>(options);
    backend.feed = makeCybosFeed(config, *backend.emulator, backendKindName(BackendKind::Emulator));
    return backend;
}

} // namespace cybos
