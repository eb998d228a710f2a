#pragma once
// Cybos objects by ProgID, created once and reused: a request takes an idle object (or a new
// one when all are busy) so no object ever has two requests in flight, and gives it back.
// An object whose request timed out or lost the link is dropped: a late Received could
// otherwise answer its next request. When the link drops, clear() releases every idle object
// and starts a new generation: an object leased before it is released when given back, never
// reused (Daishin: no communication is possible on it after OnDisConnect).
#include "core/domain/result.h"
#include "cybos/dispatch/comobject.h"
#include <map>
#include <memory>
#include <vector>

namespace cybos {

struct DeleteLater {
    void operator()(QObject *o) const;
};
using ComObjectPtr = std::unique_ptr<ComObject, DeleteLater>;

// Turns a dispatch's unique_ptr into one that deletes on the event loop, never inside an
// event the object is delivering.
ComObjectPtr adoptObject(std::unique_ptr<ComObject> object);

class ObjectPool;

class ObjectLease
{
public:
    ObjectLease(ObjectPool *pool, QString progId, ComObjectPtr object, quint64 generation);
    ObjectLease(ObjectLease &&) noexcept = default;
    ObjectLease &operator=(ObjectLease &&) noexcept = default;
    ~ObjectLease();

    ComObject *get() const { return m_object.get(); }
    ComObject *operator->() const { return m_object.get(); }
    ComObject &operator*() const { return *m_object; }
    // Keep the object only when the request ended cleanly (answered, with or without error).
    void settle(const Error &error);
    void discard() { m_object.reset(); }

private:
    ObjectPool *m_pool = nullptr;
    QString m_progId;
    ComObjectPtr m_object;
    quint64 m_generation = 0;
};

class ObjectPool
{
public:
    explicit ObjectPool(ComDispatch &dispatch) : m_dispatch(dispatch) {}

    // An idle object of this ProgID, or feed_error when the ProgID cannot be created.
    Result<ObjectLease> take(const QString &progId);
    void giveBack(const QString &progId, ComObjectPtr object, quint64 generation);
    void clear();  // the link dropped: release the idle objects, refuse the leased ones back
    int idleCount(const QString &progId) const;

private:
    ComDispatch &m_dispatch;
    std::map<QString, std::vector<ComObjectPtr>> m_idle; // QHash needs copyable values
    quint64 m_generation = 0;
};

} // namespace cybos
