#include "gui.h"
#include "runtime.h"
#include "shutdownsignals.h"
#include "stocknames.h"
#include "core/app/singleinstance.h"
#include "core/log/eventlog.h"
#include "core/services/feedservices.h"
#include "core/storage/storage.h"
#include "ui/desktop.h"
#include "ui/settingsdialog.h"
#include "ui/translator.h"
#include <QApplication>
#include <QMessageBox>

namespace cybos {
namespace {

UiContext makeContext(const Runtime &runtime)
{
    UiContext ctx;
    ctx.services = runtime.services();
    ctx.bus = runtime.bus();
    ctx.quotes = runtime.quotes();
    ctx.status = runtime.status();
    ctx.log = runtime.eventLog();
    ctx.config = runtime.config();
    ctx.stockList = makeStockListProvider(&runtime.storage()->database());
    ctx.apiBaseUrl = runtime.apiBaseUrl();
    return ctx;
}

// Pause stops the realtime stream by unpinning nothing and unsubscribing nothing: it parks
// the pinned set and restores it on resume, so a paused feed costs no subscriptions.
void wirePause(Desktop &desktop, FeedServices *services)
{
    auto parked = std::make_shared<QStringList>();
    QObject::connect(&desktop, &Desktop::pauseRequested, services, [services, parked](bool paused) {
        if (paused) {
            *parked = services->pinned();
            for (const QString &code : *parked)
                services->unpin(code);
        } else {
            services->pin(*parked);
            parked->clear();
        }
    });
}

} // namespace

int runGui(const Config &config, int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cybos-server"));
    QApplication::setOrganizationName(QStringLiteral("cybos-server"));
    installTranslations(app, config.lang);
    SingleInstance single;
    if (config.screenshot.isEmpty() && !single.claim())
        return 0; // the running instance brings its window forward
    EventLog log;
    Runtime runtime(config, &log);
    if (const Status st = runtime.start(); !st) {
        if (config.screenshot.isEmpty())
            QMessageBox::critical(nullptr, QObject::tr("cybos-server"), st.error().message);
        qCritical("cybos-server: %s", qPrintable(st.error().message));
        return 1;
    }
    Desktop desktop(makeContext(runtime));
    QObject::connect(&single, &SingleInstance::activationRequested, &desktop, &Desktop::activate);
    wirePause(desktop, runtime.services());
    ShutdownSignals shutdownSignals;
    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, &desktop, &Desktop::quit);
    if (!config.screenshot.isEmpty())
        desktop.takeScreenshot(config.screenshot);
    else
        desktop.start(config.startMinimized);
    const int code = QApplication::exec();
    runtime.shutdown();
    return code;
}

} // namespace cybos
