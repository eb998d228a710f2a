// The Runtime's forwarder: on when --remote names a server.
#include "runtime.h"
#include "runtimeparts.h"
#include "core/forward/forwarder.h"
#include <QUrl>

namespace cybos {

Status Runtime::startForwarder()
{
    if (m_config.remoteUrl.isEmpty())
        return Ok{};
    ForwarderOptions options;
    options.remote = QUrl(m_config.remoteUrl);
    options.key = m_config.remoteKey;
    options.instanceId = m_config.instanceId;
    options.backlogWarn = m_config.forwardBacklogWarn;
    options.natsPrefix = m_config.natsPrefix;
    options.natsCreateStream = m_config.natsCreateStream;
    options.natsCaFile = m_config.natsCa;
    options.retentionDays = m_config.retentionDays;
    Storage *storage = m_parts->storage.get();
    m_parts->forwarder = std::make_unique<Forwarder>(options, storage->database(), storage, m_log);
    Forwarder *forwarder = m_parts->forwarder.get();
    m_parts->status->setForwarder([forwarder] { return forwarder->status(); });
    forwarder->start();
    return Ok{};
}

void Runtime::stopForwarder()
{
    if (!m_parts->forwarder)
        return;
    if (m_parts->status)
        m_parts->status->setForwarder({});
    m_parts->forwarder->stop();
    m_parts->forwarder.reset();
}

} // namespace cybos
