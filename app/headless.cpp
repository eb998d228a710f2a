#include "headless.h"
#include "comapartment.h"
#include "restarter.h"
#include "runtime.h"
#include "shutdownsignals.h"
#include "core/log/categories.h"
#include "core/log/eventlog.h"
#include "core/storage/storage.h"
#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

namespace cybos {

// Logs the highest committed seq every second while it changes, so an observer (the
// durability test, an operator) knows which ticks are safely on disk.
static void reportCommitted(Runtime &runtime, QObject *context)
{
    auto *timer = new QTimer(context);
    auto last = std::make_shared<qint64>(-1);
    QObject::connect(timer, &QTimer::timeout, context, [&runtime, last] {
        const qint64 seq = runtime.storage()->committedSeq();
        if (seq != *last) {
            *last = seq;
            qCInfo(lcStorage).noquote() << QStringLiteral("committed seq=%1").arg(seq);
        }
    });
    timer->start(1000);
}

int runHeadless(const Config &config, Restarter &restarter)
{
    const ComApartment apartment; // QCoreApplication does not make this thread a COM STA
    EventLog log;
    Runtime runtime(config, &log);
    if (const Status st = runtime.start(); !st) {
        std::fprintf(stderr, "cybos-server: %s\n", qPrintable(st.error().message));
        return 1;
    }
    qCInfo(lcApp).noquote() << QStringLiteral("listening on %1").arg(runtime.apiBaseUrl());
    ShutdownSignals shutdownSignals;
    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, &runtime, [&runtime](int sig) {
        qCInfo(lcApp) << "signal" << sig << "- shutting down";
        runtime.shutdown();
        qCInfo(lcStorage).noquote() << QStringLiteral("committed seq=%1").arg(runtime.storage()->committedSeq());
        QCoreApplication::exit(0);
    });
    reportCommitted(runtime, &runtime);
    restarter.attach(config, runtime.feed(), &log);
    const int code = QCoreApplication::exec();
    runtime.shutdown();
    return code;
}

} // namespace cybos
