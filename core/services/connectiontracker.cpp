#include "connectiontracker.h"
#include "core/feed/marketfeed.h"
#include "core/log/eventlog.h"
#include "serviceclock.h"

namespace cybos {

ConnectionTracker::ConnectionTracker(MarketFeed *feed, ServiceClock *clock, EventLog *log, QObject *parent)
    : QObject(parent), m_feed(feed), m_clock(clock), m_log(log)
{
    connect(m_feed, &MarketFeed::connectionChanged, this, &ConnectionTracker::onFeedChanged);
    if (m_feed->isConnected()) {
        m_connected = true;
        m_since = m_clock->nowMs();
    }
}

void ConnectionTracker::onFeedChanged(bool connected)
{
    if (connected == m_connected.load())
        return;
    m_connected = connected;
    m_since = connected ? m_clock->nowMs() : 0;
    if (!connected)
        ++m_disconnects;
    if (m_log) {
        if (connected)
            m_log->info(QStringLiteral("feed"), tr("Feed connected (%1, server type %2)")
                                                    .arg(m_feed->backendName()).arg(m_feed->serverType()));
        else
            m_log->error(QStringLiteral("feed"), tr("Feed disconnected"));
    }
    Q_EMIT connectionChanged(connected);
}

} // namespace cybos
