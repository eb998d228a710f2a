#pragma once
// The replay backend: a recorded database played back (core/replay/replayfeed.h), paced by the
// writer's backlog so the storage keeps up.
#include "backendassembly.h"
#include <memory>

namespace cybos {

class ReplayFeed;

class ReplayAssembly : public BackendAssembly
{
public:
    static constexpr qint64 kBacklog = 100'000; // replay waits while the writer is this far behind

    ReplayAssembly();
    ~ReplayAssembly() override;

    Status build(const BackendEnv &env, TickBus &bus) override;
    MarketFeed *feed() const override;

private:
    std::unique_ptr<ReplayFeed> m_feed;
};

} // namespace cybos
