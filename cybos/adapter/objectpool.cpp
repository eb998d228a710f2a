#include "objectpool.h"

namespace cybos {

void DeleteLater::operator()(QObject *o) const
{
    if (o)
        o->deleteLater();
}

ComObjectPtr adoptObject(std::unique_ptr<ComObject> object)
{
    return ComObjectPtr(object.release());
}

ObjectLease::ObjectLease(ObjectPool *pool, QString progId, ComObjectPtr object, quint64 generation)
    : m_pool(pool), m_progId(std::move(progId)), m_object(std::move(object)), m_generation(generation)
{
}

ObjectLease::~ObjectLease()
{
    if (m_pool && m_object)
        m_pool->giveBack(m_progId, std::move(m_object), m_generation);
}

void ObjectLease::settle(const Error &error)
{
    if (error.code == ErrorCode::FeedTimeout || error.code == ErrorCode::FeedDisconnected)
        discard();
}

Result<ObjectLease> ObjectPool::take(const QString &progId)
{
    auto &idle = m_idle[progId];
    if (!idle.empty()) {
        ComObjectPtr object = std::move(idle.back());
        idle.pop_back();
        return ObjectLease(this, progId, std::move(object), m_generation);
    }
    std::unique_ptr<ComObject> created = m_dispatch.create(progId);
    if (!created)
        return makeError(ErrorCode::FeedError, QStringLiteral("cannot create the Cybos object %1").arg(progId));
    return ObjectLease(this, progId, adoptObject(std::move(created)), m_generation);
}

void ObjectPool::giveBack(const QString &progId, ComObjectPtr object, quint64 generation)
{
    if (generation == m_generation)
        m_idle[progId].push_back(std::move(object));
}

void ObjectPool::clear()
{
    m_idle.clear();
    ++m_generation;
}

int ObjectPool::idleCount(const QString &progId) const
{
    const auto it = m_idle.find(progId);
    return it == m_idle.end() ? 0 : int(it->second.size());
}

} // namespace cybos
