#include "subscriptionmanager.h"
#include "core/domain/limits.h"
#include "core/log/categories.h"

namespace cybos {
namespace {
QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}
} // namespace

SubscriptionManager::SubscriptionManager(MarketFeed *feed, QObject *parent)
    : QObject(parent), m_feed(feed)
{
    connect(m_feed, &MarketFeed::connectionChanged, this, &SubscriptionManager::onConnectionChanged);
    publish();
}

Status SubscriptionManager::checkLimit(const QSet<QString> &pinned, const QSet<QString> &watched) const
{
    const qsizetype wanted = (pinned | watched).size();
    if (wanted <= limit())
        return Ok{};
    return makeError(ErrorCode::SubscriptionLimit,
                     QStringLiteral("%1 codes would exceed the limit of %2 realtime subscriptions")
                         .arg(wanted).arg(limit()));
}

Result<QStringList> SubscriptionManager::pin(const QStringList &codes)
{
    QSet<QString> next = m_pinned;
    for (const QString &c : codes)
        next.insert(c);
    if (Status s = checkLimit(next, m_watched); !s)
        return s.error();
    commit(std::move(next), m_watched);
    return pinned();
}

Result<QStringList> SubscriptionManager::unpin(const QString &code)
{
    QSet<QString> next = m_pinned;
    next.remove(code);
    commit(std::move(next), m_watched);
    return pinned();
}

Status SubscriptionManager::watch(const QStringList &codes)
{
    QSet<QString> next = m_watched;
    for (const QString &c : codes)
        next.insert(c);
    if (Status s = checkLimit(m_pinned, next); !s)
        return s;
    commit(m_pinned, std::move(next));
    return Ok{};
}

Status SubscriptionManager::unwatch(const QStringList &codes)
{
    QSet<QString> next = m_watched;
    for (const QString &c : codes)
        next.remove(c);
    commit(m_pinned, std::move(next));
    return Ok{};
}

Status SubscriptionManager::resubscribe(const QString &code)
{
    if (!(m_pinned.contains(code) || m_watched.contains(code)) || !m_feed->isConnected() || m_paused)
        return makeError(ErrorCode::NotSubscribed, code);
    m_feed->unsubscribe(code);
    Status s = m_feed->subscribe(code);
    publish();
    return s;
}

void SubscriptionManager::setPaused(bool paused)
{
    if (m_paused.exchange(paused) == paused)
        return;
    qCInfo(lcServices) << (paused ? "realtime feed paused" : "realtime feed resumed");
    apply();
}

void SubscriptionManager::commit(QSet<QString> pinned, QSet<QString> watched)
{
    m_pinned = std::move(pinned);
    m_watched = std::move(watched);
    apply();
}

void SubscriptionManager::apply()
{
    if (m_feed->isConnected()) {
        const QSet<QString> wanted = m_paused ? QSet<QString>() : m_pinned | m_watched;
        const QStringList current = m_feed->subscribedCodes();
        const QSet<QString> have(current.cbegin(), current.cend());
        for (const QString &code : have - wanted)
            m_feed->unsubscribe(code);
        for (const QString &code : sorted(wanted - have)) {
            // A failure (e.g. the link dropping mid-way) is retried at the next reconnect.
            if (Status s = m_feed->subscribe(code); !s)
                qCWarning(lcServices) << "subscribe" << code << "failed:" << s.error().message;
        }
    }
    publish();
}

void SubscriptionManager::onConnectionChanged(bool connected)
{
    Q_UNUSED(connected);
    apply();   // connected: re-subscribe what the drop took; disconnected: publish the empty set
}

void SubscriptionManager::publish()
{
    const int feedLimit = m_feed->subscriptionBudget().limit;
    m_limit = feedLimit > 0 ? qMin(kMaxSubscriptions, feedLimit) : kMaxSubscriptions;
    QStringList subscribed = m_feed->isConnected() ? m_feed->subscribedCodes() : QStringList();
    subscribed.sort();
    {
        QMutexLocker lock(&m_mutex);
        m_pinnedList = sorted(m_pinned);
        m_watchedList = sorted(m_watched);
        if (subscribed == m_subscribedList)
            return;
        m_subscribedList = subscribed;
        m_subscribedSet = QSet<QString>(subscribed.cbegin(), subscribed.cend());
    }
    Q_EMIT subscriptionsChanged(subscribed);
}

QStringList SubscriptionManager::pinned() const
{
    QMutexLocker lock(&m_mutex);
    return m_pinnedList;
}

QStringList SubscriptionManager::watched() const
{
    QMutexLocker lock(&m_mutex);
    return m_watchedList;
}

QStringList SubscriptionManager::subscribed() const
{
    QMutexLocker lock(&m_mutex);
    return m_subscribedList;
}

bool SubscriptionManager::isSubscribed(const QString &code) const
{
    QMutexLocker lock(&m_mutex);
    return m_subscribedSet.contains(code);
}

} // namespace cybos
