#include "relayfeed.h"
#include "core/domain/ksttime.h"
#include "core/log/categories.h"

namespace cybos {

RelayFeed::RelayFeed(const Database &database, int staleMs, QObject *parent)
    : OfflineFeed(QStringLiteral("relay"), parent), m_database(database), m_staleMs(staleMs)
{
    m_staleCheck.setInterval(qBound(50, staleMs / 4, 1000));
    connect(&m_staleCheck, &QTimer::timeout, this, &RelayFeed::checkStale);
}

void RelayFeed::notePush()
{
    m_lastPushMs = Kst::nowMs();
    if (m_connected)
        return;
    m_connected = true;
    m_staleCheck.start();
    qCInfo(lcFeed) << "relay: a forwarder is pushing";
    Q_EMIT connectionChanged(true);
}

void RelayFeed::checkStale()
{
    if (!m_connected || Kst::nowMs() - m_lastPushMs < m_staleMs)
        return;
    m_connected = false;
    m_staleCheck.stop();
    qCInfo(lcFeed) << "relay: no push for" << m_staleMs << "ms";
    Q_EMIT connectionChanged(false);
}

} // namespace cybos
