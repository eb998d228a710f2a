#include "statusgatherer.h"
#include "core/domain/ksttime.h"
#include "core/pipeline/tickbus.h"
#include "core/services/feedservices.h"
#include "core/storage/storage.h"

namespace cybos {

StatusGatherer::StatusGatherer(StatusSources sources, QObject *parent)
    : QObject(parent), m_sources(std::move(sources))
{
    m_uptime.start();
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &StatusGatherer::sample);
    if (m_sources.services) // feed edges show at once, not at the next sample
        connect(m_sources.services, &FeedServices::connectionChanged, this, &StatusGatherer::sample);
    m_timer.start();
    sample();
}

void StatusGatherer::setServer(std::function<SystemStatus::Server()> server)
{
    QMutexLocker lock(&m_mutex);
    m_sources.server = std::move(server);
}

void StatusGatherer::setForwarder(std::function<SystemStatus::Forwarder()> forwarder)
{
    QMutexLocker lock(&m_mutex);
    m_sources.forwarder = std::move(forwarder);
}

void StatusGatherer::sample()
{
    SystemStatus::Feed feed;
    if (m_sources.services) {
        feed.connected = m_sources.services->isConnected();
        feed.sinceMs = m_sources.services->connectedSinceMs();
    }
    if (m_sources.feed)
        feed.serverType = feed.connected ? m_sources.feed->serverType() : 0;
    const qint64 now = Kst::nowMs();
    const qint64 published = m_sources.bus ? m_sources.bus->published() : 0;
    const qint64 committed = m_sources.storage ? m_sources.storage->committedSeq() : 0;
    QMutexLocker lock(&m_mutex);
    m_feed = feed;
    const qint64 dt = now - m_lastSampleMs;
    if (m_lastSampleMs > 0 && dt >= 400) {
        m_rates.ticksPerS = double(published - m_lastPublished) * 1000.0 / double(dt);
        m_rates.storedPerS = double(qMax<qint64>(0, committed - m_lastCommitted)) * 1000.0 / double(dt);
    }
    if (m_lastSampleMs == 0 || dt >= 400) {
        m_lastPublished = published;
        m_lastCommitted = committed;
        m_lastSampleMs = now;
    }
}

SystemStatus StatusGatherer::snapshot() const
{
    SystemStatus s;
    s.version = QStringLiteral(CYBOS_VERSION);
    s.uptimeS = m_uptime.elapsed() / 1000;
    s.backend = m_sources.backend;
    if (m_sources.services) {
        const BudgetStatus b = m_sources.services->budget();
        s.budget.requests = b.requests;
        s.budget.queued = b.queuedTotal();
        s.budget.subscriptions = b.subscriptions;
    }
    if (m_sources.storage)
        s.database = m_sources.storage->status();
    QMutexLocker lock(&m_mutex);
    s.feed = m_feed;
    s.rates = m_rates;
    if (m_sources.server)
        s.server = m_sources.server();
    if (m_sources.forwarder)
        s.forwarder = m_sources.forwarder();
    return s;
}

} // namespace cybos
