#include "backendfactory.h"
#include "cybos/adapter/cybosfeed.h"
#include "cybos/emulator/emulator.h"
#ifdef Q_OS_WIN
#include "cybos/axobject/axdispatch.h"
#endif

namespace cybos {

Backend::Backend() = default;
Backend::Backend(Backend &&) noexcept = default;
Backend &Backend::operator=(Backend &&other) noexcept
{
    feed.reset(); // release our COM objects before our dispatch goes
    emulator = std::move(other.emulator);
    dispatch = std::move(other.dispatch);
    feed = std::move(other.feed);
    return *this;
}

Backend::~Backend()
{
    feed.reset(); // the adapter holds COM objects of the dispatch: release them first
}

namespace {
std::unique_ptr<CybosFeed> makeFeed(const Config &config, ComDispatch &dispatch, const QString &name)
{
    auto feed = std::make_unique<CybosFeed>(dispatch, name);
    feed->setRequestMode(config.cybosRequest == u"block" ? RequestMode::Block : RequestMode::Async);
    return feed;
}
} // namespace

Result<Backend> createComBackend(const Config &config)
{
    Backend backend;
    if (config.backend == BackendKind::Emulator) {
        EmulatorOptions options;
        options.seed = config.emulatorSeed;
        options.ticksPerSecond = config.emulatorRate;
        options.clock = config.emulatorClock;
        backend.emulator = std::make_unique<Emulator>(options);
        backend.feed = makeFeed(config, *backend.emulator, QStringLiteral("emulator"));
        return backend;
    }
    if (config.backend == BackendKind::Cybos) {
#ifdef Q_OS_WIN
        backend.dispatch = std::make_unique<AxDispatch>();
        backend.feed = makeFeed(config, *backend.dispatch, QStringLiteral("cybos"));
        return backend;
#else
        return makeError(ErrorCode::BackendUnavailable,
                         QStringLiteral("the cybos backend needs Windows with Cybos Plus; use --backend emulator here"));
#endif
    }
    return makeError(ErrorCode::BackendUnavailable,
                     QStringLiteral("backend '%1' is not a COM backend").arg(backendKindName(config.backend)));
}

} // namespace cybos
