#pragma once
// nats.c calls back on its own threads with a closure pointer it keeps for as long as it
// likes. The closure is therefore not an object pointer but an id in this registry: a callback
// posts its result to the registered object's thread, and an id removed (object closed or
// destroyed) swallows late callbacks instead of touching freed memory.
#include <QObject>
#include <functional>

namespace cybos::NatsCallbacks {

quintptr add(QObject *target);   // a new id for target (any thread)
void remove(quintptr id);        // late callbacks with this id are dropped
// From any thread: queues work(target) to target's thread while id is registered.
void post(quintptr id, std::function<void(QObject *)> work);

inline void *closure(quintptr id) { return reinterpret_cast<void *>(id); }
inline quintptr idOf(void *closure) { return reinterpret_cast<quintptr>(closure); }

} // namespace cybos::NatsCallbacks
