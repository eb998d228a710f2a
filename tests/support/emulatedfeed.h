#pragma once
// The Cybos adapter over the in-process emulator, made anew for each test function: the
// fixture the adapter tests share. start() in init(), stop() in cleanup() (the feed goes
// before the emulator it holds objects of).
#include "cybos/adapter/cybosfeed.h"
#include "cybos/emulator/emulator.h"
#include <memory>

namespace cybos::test {

struct EmulatedFeed {
    std::unique_ptr<Emulator> emulator;
    std::unique_ptr<CybosFeed> feed;

    void start(int ticksPerSecond)
    {
        EmulatorOptions options;
        options.ticksPerSecond = ticksPerSecond;
        emulator = std::make_unique<Emulator>(options);
        feed = std::make_unique<CybosFeed>(*emulator, QStringLiteral("emulator"));
    }
    void stop()
    {
        feed.reset();
        emulator.reset();
    }
};

} // namespace cybos::test
