#pragma once
// co_await a pause measured on a ServiceClock (a fake clock in tests): retry back-off.
#include "core/async/deferred.h"
#include "serviceclock.h"
#include <qcoro/qcorotask.h>

namespace cybos {

// Resumes after ms of the clock's time; false if context died first (never resumes then).
inline QCoro::Task<bool> clockWait(ServiceClock *clock, QObject *context, qint64 ms)
{
    Deferred<bool> done;
    clock->callAfter(ms, context, [done]() { done.resolve(true); });
    co_return co_await done;
}

} // namespace cybos
