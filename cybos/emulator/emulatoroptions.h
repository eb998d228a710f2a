#pragma once
// What the emulator is built with and what it counts: the facade (emulator.h) takes the
// options and reports the stats, its parts (emucontext.h) share both without including the
// facade back.
#include <QString>
#include <functional>

namespace cybos {

struct EmulatorOptions {
    quint32 seed = 1;                          // same seed → same market, same history
    int ticksPerSecond = 200;                  // total over all subscribed codes (1..1,000,000)
    QString clock = QStringLiteral("always-open"); // or "krx": the real KST session schedule
    std::function<qint64()> now;               // epoch ms; empty = the real clock (tests inject)
    // How long a blocked request (61st in a window) and a slow answer really wait. Tests with a
    // fake clock set this to advance their clock instead of sleeping.
    std::function<void(int ms)> sleep;
};

struct EmulatorStats {
    qint64 requests = 0;         // quote requests served (Request/BlockRequest)
    qint64 blockedRequests = 0;  // requests that had to wait for the 60-per-15-s window
    qint64 ticksGenerated = 0;   // realtime events: trades and auction expected-price updates
    int subscriptions = 0;       // live Subscribe()d objects (at most kMaxSubscriptions)
};

} // namespace cybos
