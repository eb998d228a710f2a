#include "natscallbacks.h"
#include <QHash>
#include <QMutex>

namespace cybos::NatsCallbacks {
namespace {
struct Registry {
    QMutex mutex;
    QHash<quintptr, QObject *> targets;
    quintptr next = 1;
};

Registry &registry()
{
    static Registry r;
    return r;
}
} // namespace

quintptr add(QObject *target)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const quintptr id = r.next++;
    r.targets.insert(id, target);
    return id;
}

void remove(quintptr id)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.targets.remove(id);
}

void post(quintptr id, std::function<void(QObject *)> work)
{
    Registry &r = registry();
    // Held while posting: remove() cannot return (and the target die) in between.
    QMutexLocker lock(&r.mutex);
    QObject *target = r.targets.value(id);
    if (!target)
        return;
    QMetaObject::invokeMethod(
        target, [target, work = std::move(work)] { work(target); }, Qt::QueuedConnection);
}

} // namespace cybos::NatsCallbacks
