// The one place a BackendKind becomes its parts: assembleBackend for the runtime,
// createComBackend for the commands that speak COM.
#include "backendassembly.h"
#include "combackend.h"
#include "relaybackend.h"
#include "replaybackend.h"
#include "core/pipeline/tickbus.h"
#include "core/storage/storage.h"

namespace cybos {
namespace {
// Null: not a COM backend, or one this build cannot make (cybos off Windows).
ComBackendFactory comFactory(BackendKind kind)
{
    switch (kind) {
    case BackendKind::Emulator: return &createEmulatorBackend;
#ifdef Q_OS_WIN
    case BackendKind::Cybos: return &createCybosBackend;
#else
    case BackendKind::Cybos: return nullptr;
#endif
    case BackendKind::Replay:
    case BackendKind::Relay: return nullptr;
    }
    return nullptr;
}

Error unavailable(BackendKind kind)
{
    if (kind == BackendKind::Cybos)
        return makeError(ErrorCode::BackendUnavailable,
                         QStringLiteral("the cybos backend needs Windows with Cybos Plus; use --backend emulator here"));
    return makeError(ErrorCode::BackendUnavailable,
                     QStringLiteral("backend '%1' is not a COM backend").arg(backendKindName(kind)));
}
} // namespace

BackendAssembly::~BackendAssembly() = default;

Result<std::unique_ptr<TickBus>> BackendAssembly::createBus(Storage &storage)
{
    return std::make_unique<TickBus>(storage.seqSource());
}

void BackendAssembly::addServerDeps(ServerDeps &) const {}

Result<std::unique_ptr<BackendAssembly>> assembleBackend(BackendKind kind)
{
    switch (kind) {
    case BackendKind::Replay: return std::unique_ptr<BackendAssembly>(std::make_unique<ReplayAssembly>());
    case BackendKind::Relay: return std::unique_ptr<BackendAssembly>(std::make_unique<RelayAssembly>());
    case BackendKind::Emulator:
    case BackendKind::Cybos: break;
    }
    const ComBackendFactory create = comFactory(kind);
    if (!create)
        return unavailable(kind);
    return std::unique_ptr<BackendAssembly>(std::make_unique<ComAssembly>(create));
}

Result<Backend> createComBackend(const Config &config)
{
    const ComBackendFactory create = comFactory(config.backend);
    if (!create)
        return unavailable(config.backend);
    return create(config);
}

} // namespace cybos
