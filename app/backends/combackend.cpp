#include "combackend.h"
#include "emulatorcontrolimpl.h"
#include "core/server/serverdeps.h"
#include "cybos/adapter/cybosfeed.h"
#include "cybos/emulator/emulator.h"

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

std::unique_ptr<CybosFeed> makeCybosFeed(const Config &config, ComDispatch &dispatch, const QString &name)
{
    auto feed = std::make_unique<CybosFeed>(dispatch, name);
    feed->setRequestMode(config.cybosRequest == u"block" ? RequestMode::Block : RequestMode::Async);
    return feed;
}

ComAssembly::ComAssembly(ComBackendFactory create) : m_create(create) {}

ComAssembly::~ComAssembly() = default; // the control before the emulator, the feed before its dispatch

Status ComAssembly::build(const BackendEnv &env, TickBus &)
{
    auto parts = m_create(env.config);
    if (!parts)
        return parts.error();
    m_parts = std::move(parts).value();
    if (m_parts.emulator)
        m_control = std::make_unique<EmulatorControlImpl>(m_parts.emulator.get());
    return Ok{};
}

void ComAssembly::addServerDeps(ServerDeps &deps) const
{
    deps.emulator = m_control.get();
}

} // namespace cybos
