#pragma once
// The main window: Connection, Budget, Quotes, Tick tape and Log as movable dock widgets whose
// layout is saved between runs, menus built from the shared AppActions, and the status bar.
// With a tray, closing the window hides it; without one, closing it quits.
#include <QMainWindow>

namespace cybos {

class AppActions;
class BudgetDock;
class ChartDock;
class ConnectionDock;
class FeedServices;
class LiveModels;
class LogDock;
class OrderBookDock;
class QuoteDock;
class StatusLine;
class StockDirectory;
class TickDock;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(LiveModels *models, StockDirectory *directory, FeedServices *services, AppActions *actions,
               QString settingsFile, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setHideOnClose(bool hide) { m_hideOnClose = hide; }
    void allowClose() { m_closing = true; }     // quitting: the next close really closes
    void bringToFront();
    void saveLayout() const;
    bool restoreLayout();
    void resetLayout();

    QuoteDock *quoteDock() const { return m_quoteDock; }
    OrderBookDock *orderBookDock() const { return m_bookDock; }
    ChartDock *chartDock() const { return m_chartDock; }
    StatusLine *statusLine() const { return m_status; }

Q_SIGNALS:
    void hiddenToTray();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildDocks(LiveModels *models, StockDirectory *directory, FeedServices *services);
    void buildMenus(AppActions *actions);
    void connectModels(LiveModels *models, AppActions *actions);

    QString m_settingsFile;
    QByteArray m_defaultState;
    ConnectionDock *m_connection = nullptr;
    BudgetDock *m_budget = nullptr;
    QuoteDock *m_quoteDock = nullptr;
    TickDock *m_tickDock = nullptr;
    LogDock *m_logDock = nullptr;
    OrderBookDock *m_bookDock = nullptr;
    ChartDock *m_chartDock = nullptr;
    StatusLine *m_status = nullptr;
    bool m_hideOnClose = false;
    bool m_closing = false;
};

} // namespace cybos
