#pragma once
// Everything the emulated Cybos objects share, owned by the Emulator. Objects hold a
// QPointer to it, so an object that outlives its emulator fails its calls instead of crashing.
#include "emuclock.h"
#include "emulatormarket.h"
#include "emulatoroptions.h"
#include "link.h"
#include "realtime.h"
#include "requestlimiter.h"
#include <QObject>

namespace cybos::emu {

class EmuContext : public QObject
{
public:
    explicit EmuContext(const EmulatorOptions &options)
        : clock(options.now, options.sleep), market(options.seed, options.clock == u"krx"),
          link(clock), limiter(clock) {}

    qint64 now() const { return clock.now(); }
    LiveQuote &quote(const ListedStock &s) { return market.live().get(s, clock.now()); }

    EmuClock clock;
    EmulatorMarket market;
    Link link;
    RequestLimiter limiter;
    SubscriptionRegistry subscriptions;
    EmulatorStats stats;
};

} // namespace cybos::emu
