#pragma once
// Where `cybos-bench ingest` gets its ticks: the emulator through the Cybos adapter (the real
// code path of the emulator backend), or a synthetic generator that skips the adapter.
// Both publish on the TickBus from the main thread until stop().
#include "core/domain/result.h"
#include <QString>
#include <memory>
#include <qcoro/qcorotask.h>

namespace cybos {
class TickBus;
}

namespace cybos::bench {

struct SourceOptions {
    QString kind = QStringLiteral("emulator"); // emulator | synthetic
    int rate = 0;                              // ticks per second in total; 0 = as fast as it goes
    int codes = 200;                           // subscribed codes (KOSPI 200 first)
};

class TickSource
{
public:
    virtual ~TickSource() = default;
    virtual void stop() = 0;                   // no tick reaches the bus afterwards
    virtual QString describe() const = 0;      // for the report
};

// Started and subscribed: ticks flow when the task returns.
QCoro::Task<Result<std::unique_ptr<TickSource>>> startSource(SourceOptions options, TickBus *bus);

} // namespace cybos::bench
