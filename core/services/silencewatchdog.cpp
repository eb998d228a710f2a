#include "silencewatchdog.h"
#include "core/feed/marketfeed.h"
#include "core/log/categories.h"
#include "core/log/eventlog.h"
#include "serviceclock.h"
#include "subscriptionmanager.h"

namespace cybos {

SilenceWatchdog::SilenceWatchdog(MarketFeed *feed, SubscriptionManager *subscriptions,
                                 ServiceClock *clock, EventLog *log, WatchdogOptions options,
                                 QObject *parent)
    : QObject(parent), m_feed(feed), m_subscriptions(subscriptions), m_clock(clock), m_log(log),
      m_options(options)
{
    connect(m_feed, &MarketFeed::tickReceived, this, &SilenceWatchdog::onTick);
    connect(m_subscriptions, &SubscriptionManager::subscriptionsChanged, this,
            &SilenceWatchdog::onSubscriptionsChanged);
    onSubscriptionsChanged(m_subscriptions->subscribed());
}

SilenceWatchdog::~SilenceWatchdog()
{
    if (m_timer)
        m_clock->cancel(m_timer);
}

void SilenceWatchdog::start()
{
    if (!m_timer)
        schedule();
}

void SilenceWatchdog::schedule()
{
    m_timer = m_clock->callAfter(m_options.checkEveryMs, this, [this]() {
        m_timer = 0;
        check();
        schedule();
    });
}

void SilenceWatchdog::onTick(const Tick &tick)
{
    const qint64 now = m_clock->nowMs();
    m_lastHeard.insert(tick.code, now);
    if (tick.session == Session::Regular)
        m_lastRegularTrade = now;
}

void SilenceWatchdog::onSubscriptionsChanged(const QStringList &codes)
{
    // A code newly streamed (or streamed again after a reconnect) starts its silence now.
    const qint64 now = m_clock->nowMs();
    QHash<QString, qint64> next;
    for (const QString &code : codes)
        next.insert(code, m_lastHeard.value(code, now));
    if (codes.isEmpty())
        m_lastRegularTrade = 0;   // nothing streams (disconnected): no one trades
    m_lastHeard.swap(next);
}

void SilenceWatchdog::check()
{
    const qint64 now = m_clock->nowMs();
    if (!m_feed->isConnected() || m_lastRegularTrade == 0 || now - m_lastRegularTrade > m_options.activeMs)
        return;
    const QStringList codes = m_lastHeard.keys();
    for (const QString &code : codes) {
        const qint64 quiet = now - m_lastHeard.value(code);
        if (quiet < m_options.silenceMs)
            continue;
        m_lastHeard.insert(code, now);
        const Status s = m_subscriptions->resubscribe(code);
        ++m_resubscribed;
        const QString msg = QStringLiteral("%1 silent for %2 s while others trade: re-subscribed%3")
                                .arg(code).arg(quiet / 1000)
                                .arg(s ? QString() : QStringLiteral(" (failed: ") + s.error().message + u')');
        if (m_log)
            m_log->warning(QStringLiteral("feed"), msg);   // also goes to the developer log
        else
            qCInfo(lcServices) << msg;
        Q_EMIT codeResubscribed(code);
    }
}

} // namespace cybos
