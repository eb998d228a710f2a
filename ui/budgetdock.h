#pragma once
// The Budget dock: live gauges of Cybos' two limits — quote requests left of 60 per 15 s
// (with the refill countdown and the queue by priority) and realtime subscriptions (of kMaxSubscriptions).
#include "core/services/feedservices.h"
#include <QDockWidget>

class QLabel;
class QProgressBar;
class QGridLayout;

namespace cybos {

class BudgetDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit BudgetDock(QWidget *parent = nullptr);

    void showBudget(const BudgetStatus &budget, qint64 nowMs);

private:
    QProgressBar *gauge(const QString &objectName);
    QLabel *queueLabel(QGridLayout *grid, int row, const QString &objectName, const QString &text);
    static void colour(QProgressBar *bar, double fractionLeft);

    QProgressBar *m_requests, *m_subscriptions;
    QLabel *m_refill;
    QLabel *m_queued[3];
    BudgetStatus m_last;
    qint64 m_refillAt = 0;
};

} // namespace cybos
