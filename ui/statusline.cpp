#include "statusline.h"
#include "health.h"
#include "icons.h"
#include <QLabel>
#include <QLocale>

namespace cybos {

StatusLine::StatusLine(QWidget *parent)
    : QStatusBar(parent)
{
    setObjectName(QStringLiteral("statusLine"));
    m_paused = label(QStringLiteral("pausedLabel"));
    m_paused->setText(tr("Feed paused"));
    m_paused->setStyleSheet(QStringLiteral("color: #a86200; font-weight: 600;"));
    m_paused->hide();
    m_state = label(QStringLiteral("stateLabel"));
    m_ticks = label(QStringLiteral("ticksRateLabel"));
    m_stored = label(QStringLiteral("storedRateLabel"));
    m_requests = label(QStringLiteral("requestsLabel"));
    m_subscriptions = label(QStringLiteral("subscriptionsLabel"));
    showStatus(SystemStatus{});
    showBudget(BudgetStatus{});
}

QLabel *StatusLine::label(const QString &objectName)
{
    auto *l = new QLabel(this);
    l->setObjectName(objectName);
    l->setContentsMargins(6, 0, 6, 0);
    addPermanentWidget(l);
    return l;
}

void StatusLine::showStatus(const SystemStatus &s)
{
    const QString colour = Icons::healthColor(healthOf(s)).name();
    m_state->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                         .arg(colour, s.feed.connected ? tr("Connected") : tr("Disconnected")));
    m_state->setToolTip(healthReason(s));
    const QLocale locale;
    m_ticks->setText(tr("Ticks %1/s").arg(locale.toString(s.rates.ticksPerS, 'f', 0)));
    m_stored->setText(tr("Stored %1/s").arg(locale.toString(s.rates.storedPerS, 'f', 0)));
}

void StatusLine::showBudget(const BudgetStatus &b)
{
    const int queued = b.queuedTotal();
    QString text = tr("Requests %1/%2").arg(b.requests.remaining).arg(b.requests.limit);
    if (queued > 0)
        text += tr(" (%n queued)", nullptr, queued);
    m_requests->setText(text);
    m_subscriptions->setText(tr("Subscriptions %1/%2").arg(b.subscriptions.used).arg(b.subscriptions.limit));
}

void StatusLine::setPaused(bool paused)
{
    m_paused->setVisible(paused);
}

} // namespace cybos
