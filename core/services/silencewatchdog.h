#pragma once
// Watches the realtime streams: a subscribed code that has been silent for silenceMs during
// the regular session while other codes trade is re-subscribed (Cybos sometimes stops one
// stream without a word), and the event log says so. At most once per silence period per code.
#include "core/domain/tick.h"
#include "watchdogoptions.h"
#include <QHash>
#include <QObject>

namespace cybos {

class EventLog;
class MarketFeed;
class ServiceClock;
class SubscriptionManager;

class SilenceWatchdog : public QObject
{
    Q_OBJECT
public:
    SilenceWatchdog(MarketFeed *feed, SubscriptionManager *subscriptions, ServiceClock *clock,
                    EventLog *log, WatchdogOptions options = {}, QObject *parent = nullptr);
    ~SilenceWatchdog() override;

    void start();
    void check();                       // one round (the timer calls it)
    qint64 resubscribed() const { return m_resubscribed; }

Q_SIGNALS:
    void codeResubscribed(const QString &code);

private:
    void onTick(const cybos::Tick &tick);
    void onSubscriptionsChanged(const QStringList &codes);
    void schedule();

    MarketFeed *m_feed;
    SubscriptionManager *m_subscriptions;
    ServiceClock *m_clock;
    EventLog *m_log;
    WatchdogOptions m_options;
    QHash<QString, qint64> m_lastHeard;   // last tick, or when the stream (re)started
    qint64 m_lastRegularTrade = 0;
    qint64 m_resubscribed = 0;
    quint64 m_timer = 0;
};

} // namespace cybos
