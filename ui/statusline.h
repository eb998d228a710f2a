#pragma once
// The main window's status bar: feed state, ticks/s received and stored, the request budget,
// the subscriptions, and whether the realtime feed is paused.
#include "core/services/feedservices.h"
#include "core/status/systemstatus.h"
#include <QStatusBar>

class QLabel;

namespace cybos {

class StatusLine : public QStatusBar
{
    Q_OBJECT
public:
    explicit StatusLine(QWidget *parent = nullptr);

    void showStatus(const SystemStatus &status);
    void showBudget(const BudgetStatus &budget);
    void setPaused(bool paused);

private:
    QLabel *label(const QString &objectName);

    QLabel *m_state, *m_ticks, *m_stored, *m_requests, *m_subscriptions, *m_paused;
};

} // namespace cybos
