#include "gui.h"
#include "commands.h"
#include "restarter.h"
#include "runtime.h"
#include "shutdownsignals.h"
#include "singleinstance.h"
#include "core/chart/chartsource.h"
#include "core/log/eventlog.h"
#include "core/pipeline/quotecache.h"
#include "core/services/feedservices.h"
#include "core/storage/storage.h"
#include "ui/desktop.h"
#include "ui/settingsdialog.h"
#include "ui/translator.h"
#include <QApplication>
#include <QMessageBox>

namespace cybos {

UiContext desktopContext(const Runtime &runtime, ChartSource *charts)
{
    UiContext ctx;
    ctx.services = runtime.services();
    ctx.quotes = runtime.quotes();
    ctx.status = runtime.status();
    ctx.log = runtime.eventLog();
    ctx.config = runtime.config();
    ctx.charts = charts;
    ctx.stockList = [quotes = runtime.quotes()] { return quotes->listing().stocks(); };
    ctx.apiBaseUrl = runtime.apiBaseUrl();
    return ctx;
}

int runGui(const Config &config, int &argc, char **argv, Restarter &restarter)
{
    QApplication app(argc, argv);
    nameApplication();
    installTranslations(app, config.lang);
    SingleInstance single;
    if (config.screenshot.isEmpty() && !single.claim())
        return 0; // the running instance brings its window forward
    EventLog log;
    Runtime runtime(config, &log);
    if (const Status st = runtime.start(); !st) {
        if (config.screenshot.isEmpty())
            QMessageBox::critical(nullptr, QObject::tr("cybos-server"),
                                  QObject::tr("Cybos Server could not start: %1").arg(st.error().message));
        qCritical("cybos-server: %s", qPrintable(st.error().message));
        return 1;
    }
    ChartSource charts(runtime.services(), &runtime.storage()->database());
    Desktop desktop(desktopContext(runtime, &charts));
    runtime.connectDesktop(&desktop);
    QObject::connect(&single, &SingleInstance::activationRequested, &desktop, &Desktop::activate);
    // Pause unsubscribes the realtime set and leaves the stored pins alone.
    QObject::connect(&desktop, &Desktop::pauseRequested, runtime.services(), &FeedServices::setPaused);
    ShutdownSignals shutdownSignals;
    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, &desktop, &Desktop::quit);
    restarter.attach(config, runtime.feed(), &log);
    if (!config.screenshot.isEmpty())
        desktop.takeScreenshot(config.screenshot);
    else
        desktop.start(config.startMinimized);
    const int code = QApplication::exec();
    // With the event loop over the desktop's timers are still: the services can go before it.
    runtime.shutdown();
    return code;
}

} // namespace cybos
