#pragma once
// The ServiceHub over the real adapter and the emulator, on the wall clock, over a database
// in a temporary folder: shared by the emulator-backed services suites.
#include "core/log/eventlog.h"
#include "core/pipeline/quotecache.h"
#include "core/services/servicehub.h"
#include "core/storage/storage.h"
#include "cybos/adapter/cybosfeed.h"
#include "cybos/emulator/emulator.h"
#include "tempdb.h"
#include <QTest>

namespace cybos::test {

struct EmulatorServicesRig {
    TempDb tmp;
    EventLog log;
    Storage storage{StorageOptions{.path = tmp.path()}, &log};
    Emulator emulator{EmulatorOptions{7, 400}};
    CybosFeed feed{emulator, QStringLiteral("emulator")};
    QuoteCache cache;
    std::unique_ptr<ServiceHub> hub;

    EmulatorServicesRig()
    {
        QVERIFY(storage.open().ok());
        ServiceHubOptions options;
        options.autoSync = false;
        hub = std::make_unique<ServiceHub>(&feed, &storage, &cache, &log, options);
        hub->start();
    }
    template<typename T>
    std::optional<T> await(QCoro::Task<T> task, int timeoutMs = 30000)
    {
        std::optional<T> out;
        QCoro::connect(std::move(task), hub.get(), [&out](T v) { out.emplace(std::move(v)); });
        if (!QTest::qWaitFor([&]() { return out.has_value(); }, timeoutMs))
            qFatal("timed out waiting for a services task");
        return out;
    }
    Job awaitJob(qint64 id, int timeoutMs = 60000)
    {
        auto finished = [&]() { return !hub->job(id)->unfinished(); };
        if (!QTest::qWaitFor(finished, timeoutMs))
            qWarning("job %lld did not finish in time", id);
        return *hub->job(id);
    }
    QSqlDatabase db() const { return *storage.database().connection(DbAccess::ReadOnly); }
};

} // namespace cybos::test
