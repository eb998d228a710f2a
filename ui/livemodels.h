#pragma once
// The UI's view of the live system: the grid, tape and log models fed from core's signals
// (subscription changes, the event log; tick batches reach the coalescer through
// Desktop::addTicks), and periodic snapshots of the status (every second) and the request
// budget (four times a second, and at once when the feed reports a change).
#include "core/services/feedservices.h"
#include "core/status/systemstatus.h"
#include "uicontext.h"
#include <QObject>
#include <QTimer>

namespace cybos {

class LogModel;
class QuoteModel;
class StockDirectory;
class TickCoalescer;
class TickModel;

class LiveModels : public QObject
{
    Q_OBJECT
public:
    LiveModels(const UiContext &ctx, StockDirectory *directory, QObject *parent = nullptr);

    QuoteModel *quotes() const { return m_quotes; }
    TickModel *ticks() const { return m_ticks; }
    LogModel *log() const { return m_log; }
    TickCoalescer *coalescer() const { return m_coalescer; }
    const UiContext &context() const { return m_ctx; }
    SystemStatus lastStatus() const { return m_lastStatus; }

public Q_SLOTS:
    void refreshStatus();
    void refreshBudget();

Q_SIGNALS:
    void statusRefreshed(const cybos::SystemStatus &status);
    void budgetRefreshed(const cybos::BudgetStatus &budget);
    void messagePosted(const QString &text);

private:
    void connectCore();
    void jobChanged(const Job &job);

    UiContext m_ctx;
    StockDirectory *m_directory;
    QuoteModel *m_quotes;
    TickModel *m_ticks;
    LogModel *m_log;
    TickCoalescer *m_coalescer;
    QTimer m_statusTimer;
    QTimer m_budgetTimer;
    SystemStatus m_lastStatus;
};

} // namespace cybos
