#pragma once
// The desktop application in one object, for the composition root to create once it has
// built the services: the main window with its docks, the tray, the shared actions, the
// settings dialog and --screenshot. Construct it on the GUI thread after the QApplication
// and installTranslations(); keep it alive until the event loop returns.
//
//   Desktop desktop(ctx);                         // UiContext: see uicontext.h
//   connect(bus, &TickBus::ticksPublished, &desktop, &Desktop::addTicks);   // same thread
//   connect(&single, &SingleInstance::activationRequested, &desktop, &Desktop::activate);
//   connect(&desktop, &Desktop::pauseRequested, ..., <stop/resume the realtime feed>);
//   if (!config.screenshot.isEmpty()) desktop.takeScreenshot(config.screenshot);
//   else desktop.start(config.startMinimized);
//   return app.exec();                            // the screenshot exits with 0 or 1
#include "core/domain/tick.h"
#include "uicontext.h"
#include <QObject>
#include <QPointer>

namespace cybos {

class AppActions;
class LiveModels;
class MainWindow;
class SettingsDialog;
class StockDirectory;
class TrayController;

class Desktop : public QObject
{
    Q_OBJECT
public:
    explicit Desktop(const UiContext &ctx, QObject *parent = nullptr);
    ~Desktop() override;

    // Shows the window, or with a tray and minimized only the tray icon. Without a system tray
    // the window is always shown (minimised if asked) and closing it quits.
    void start(bool minimized);
    // --screenshot: shows the window, makes sure codes stream (watching a few large caps when
    // nothing is subscribed), selects the grid's first code for the chart and the order book,
    // saves the PNG once prices, the chart and the book are on screen, then quits (0 or 1).
    void takeScreenshot(const QString &path, int timeoutMs = 120000); // done as soon as the data is there

    MainWindow *window() const { return m_window; }
    TrayController *tray() const { return m_tray; }
    AppActions *actions() const { return m_actions; }
    LiveModels *models() const { return m_models; }
    StockDirectory *directory() const { return m_directory; }
    SettingsDialog *settingsDialog() const;

    static QStringList screenshotCodes();

public Q_SLOTS:
    // A published tick batch: the grid and the tape take it through their coalescer (at most a
    // few repaints a second), the chart into its last bar. Connected by the composition root.
    void addTicks(const cybos::TickList &batch);
    void activate();            // bring the window forward (a second launch, the tray)
    void openSettings();
    void quit();

Q_SIGNALS:
    // The user paused (true) or resumed (false) the realtime feed: see AppActions::pauseRequested.
    void pauseRequested(bool paused);

private:
    void settingsSaved(const QStringList &restartNeeded);

    UiContext m_ctx;
    StockDirectory *m_directory;
    LiveModels *m_models;
    AppActions *m_actions;
    MainWindow *m_window;
    TrayController *m_tray;
    QPointer<SettingsDialog> m_settings;
};

} // namespace cybos
