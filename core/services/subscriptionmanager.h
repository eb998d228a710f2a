#pragma once
// The realtime set: pinned codes (REST, --subscribe; kept across restarts and reconnects)
// union watched codes (wanted by WebSocket clients; the hub counts clients per code itself).
// Never above the feed's subscription limit: a change that would exceed it fails whole with
// subscription_limit and leaves both sets unchanged. The feed is brought to the wanted set
// by difference, so after a reconnect (the adapter drops its subscriptions on disconnect)
// each code is subscribed exactly once. Paused, the feed streams nothing while both sets
// stay as they are (and still change); nothing here is stored, so a pause never touches the
// stored pins. Lives on the COM thread; getters are thread-safe.
#include "core/domain/limits.h"
#include "core/domain/result.h"
#include "core/feed/marketfeed.h"
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <atomic>

namespace cybos {

class SubscriptionManager : public QObject
{
    Q_OBJECT
public:
    explicit SubscriptionManager(MarketFeed *feed, QObject *parent = nullptr);

    // Codes are canonical and known (the caller validates). Each returns the pinned set.
    Result<QStringList> pin(const QStringList &codes);
    Result<QStringList> unpin(const QString &code);
    Status watch(const QStringList &codes);
    Status unwatch(const QStringList &codes);
    // Unsubscribe and subscribe again (the watchdog's remedy for a silent code).
    Status resubscribe(const QString &code);
    // Paused: the whole realtime set is unsubscribed; resumed: pinned ∪ watched (as changed
    // meanwhile) is subscribed again, each code once. Repeating the current state does nothing.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused.load(); }   // thread-safe

    QStringList pinned() const;        // ascending; thread-safe
    QStringList watched() const;       // ascending; thread-safe
    QStringList subscribed() const;    // what the feed streams now; thread-safe
    bool isSubscribed(const QString &code) const;   // the same, for one code; thread-safe
    int limit() const { return m_limit.load(); }   // thread-safe

Q_SIGNALS:
    void subscriptionsChanged(const QStringList &subscribed);

private:
    Status checkLimit(const QSet<QString> &pinned, const QSet<QString> &watched) const;
    void commit(QSet<QString> pinned, QSet<QString> watched);
    void apply();                      // bring the feed to pinned ∪ watched
    void onConnectionChanged(bool connected);
    void publish();

    MarketFeed *m_feed;
    QSet<QString> m_pinned;
    QSet<QString> m_watched;
    mutable QMutex m_mutex;            // guards the published lists
    QStringList m_pinnedList, m_watchedList, m_subscribedList;
    QSet<QString> m_subscribedSet;     // m_subscribedList, for lookups per request
    std::atomic<int> m_limit{kMaxSubscriptions};     // the feed's, read on the COM thread only
    std::atomic<bool> m_paused{false};
};

} // namespace cybos
