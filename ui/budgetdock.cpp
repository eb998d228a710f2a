#include "budgetdock.h"
#include "quoteformat.h"
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace cybos {

BudgetDock::BudgetDock(QWidget *parent)
    : QDockWidget(tr("Budget"), parent)
{
    setObjectName(QStringLiteral("budgetDock"));
    auto *body = new QWidget(this);
    auto *box = new QVBoxLayout(body);
    box->setContentsMargins(8, 6, 8, 6);
    box->setSpacing(3);
    box->addWidget(new QLabel(tr("Quote requests left (per 15 s)"), body));
    m_requests = gauge(QStringLiteral("requestsGauge"));
    box->addWidget(m_requests);
    m_refill = new QLabel(body);
    m_refill->setObjectName(QStringLiteral("refillValue"));
    box->addWidget(m_refill);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->addWidget(new QLabel(tr("Queued requests"), body), 0, 0, 1, 2);
    m_queued[0] = queueLabel(grid, 1, QStringLiteral("queuedInteractive"), tr("API callers"));
    m_queued[1] = queueLabel(grid, 2, QStringLiteral("queuedSync"), tr("Code sync"));
    m_queued[2] = queueLabel(grid, 3, QStringLiteral("queuedBackfill"), tr("History backfill"));
    box->addLayout(grid);
    box->addSpacing(4);
    box->addWidget(new QLabel(tr("Realtime subscriptions"), body));
    m_subscriptions = gauge(QStringLiteral("subscriptionsGauge"));
    box->addWidget(m_subscriptions);
    box->addStretch(1);
    setWidget(body);
    showBudget(BudgetStatus{}, 0);
}

QProgressBar *BudgetDock::gauge(const QString &objectName)
{
    auto *bar = new QProgressBar(this);
    bar->setObjectName(objectName);
    bar->setFormat(QStringLiteral("%v / %m"));
    bar->setTextVisible(true);
    bar->setMaximumHeight(18);
    return bar;
}

QLabel *BudgetDock::queueLabel(QGridLayout *grid, int row, const QString &objectName, const QString &text)
{
    auto *value = new QLabel(QStringLiteral("0"), this);
    value->setObjectName(objectName);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(new QLabel(text, this), row, 0);
    grid->addWidget(value, row, 1);
    return value;
}

void BudgetDock::colour(QProgressBar *bar, double fractionLeft)
{
    const char *chunk = fractionLeft <= 0.0 ? "#d0332b" : (fractionLeft < 0.2 ? "#e09b12" : "#2e9d4f");
    // Restyling repolishes the widget: only when the colour really changes.
    if (bar->property("chunk").toString() == QLatin1String(chunk))
        return;
    bar->setProperty("chunk", QLatin1String(chunk));
    bar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: %1; }").arg(QLatin1String(chunk)));
}

void BudgetDock::showBudget(const BudgetStatus &b, qint64 nowMs)
{
    // A feed that reports the reset time only when it changes still gets a running countdown.
    const bool same = b.requests.remaining == m_last.requests.remaining && b.requests.resetInMs == m_last.requests.resetInMs
                      && m_refillAt != 0;
    if (!same)
        m_refillAt = nowMs + b.requests.resetInMs;
    m_last = b;
    m_requests->setRange(0, qMax(1, b.requests.limit));
    m_requests->setValue(qBound(0, b.requests.remaining, b.requests.limit));
    colour(m_requests, double(b.requests.remaining) / qMax(1, b.requests.limit));
    const qint64 left = m_refillAt - nowMs;
    if (b.requests.remaining >= b.requests.limit)
        m_refill->setText(tr("All requests available"));
    else if (left > 0)
        m_refill->setText(tr("Refills in %1 s").arg(double(left) / 1000.0, 0, 'f', 1));
    else
        m_refill->setText(tr("Refilling…"));
    for (int i = 0; i < 3; ++i)
        m_queued[i]->setText(QuoteFormat::number(b.queued[i]));
    m_subscriptions->setRange(0, qMax(1, b.subscriptions.limit));
    m_subscriptions->setValue(qBound(0, b.subscriptions.used, b.subscriptions.limit));
    colour(m_subscriptions, 1.0 - double(b.subscriptions.used) / qMax(1, b.subscriptions.limit));
}

} // namespace cybos
