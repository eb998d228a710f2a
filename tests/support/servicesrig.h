#pragma once
// The whole feed-services stack on a FakeFeed and a FakeClock, over a real database in a
// temporary folder (storage thread included). Shared by the services, code sync and history
// suites.
#include "core/domain/ksttime.h"
#include "core/log/eventlog.h"
#include "core/pipeline/quotecache.h"
#include "core/services/backfillrunner.h"
#include "core/services/codesync.h"
#include "core/services/requestscheduler.h"
#include "core/services/servicehub.h"
#include "core/storage/storage.h"
#include "fakeclock.h"
#include "fakefeed.h"
#include "tempdb.h"
#include <QElapsedTimer>
#include <QTest>
#include <memory>

namespace cybos::test {

struct ServicesRig {
    TempDb tmp;
    EventLog log;
    std::unique_ptr<Storage> storage;
    FakeClock clock{Kst::nowMs()};   // the storage stamps syncs with the real clock
    FakeFeed feed{&clock};
    QuoteCache cache;
    std::unique_ptr<ServiceHub> hub;

    explicit ServicesRig(bool autoSync = false)
    {
        // What the tick bus does in the application: the cache learns every trade.
        QObject::connect(&feed, &MarketFeed::tickReceived, &cache, [this](const Tick &t) { cache.applyTicks({t}); });
        openStorage();
        makeHub(autoSync);
    }
    void openStorage()
    {
        storage = std::make_unique<Storage>(StorageOptions{.path = tmp.path()}, &log);
        QVERIFY(storage->open().ok());
    }
    // A new hub over the same database and feed: what a restart of the application does.
    void makeHub(bool autoSync = false, const QStringList &subscribe = {})
    {
        hub.reset();
        ServiceHubOptions options;
        options.clock = &clock;
        options.autoSync = autoSync;
        hub = std::make_unique<ServiceHub>(&feed, storage.get(), &cache, &log, options);
        hub->start(subscribe);
    }
    // Waits for pred on the real event loop (storage answers arrive there); moves the fake
    // clock only while requests wait for the window or for a slow answer, so "now" stays put
    // otherwise.
    bool settle(const std::function<bool()> &pred, int timeoutMs = 20000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            QCoreApplication::processEvents();
            if (pred())
                return true;
            const auto q = hub->scheduler()->queued();
            if (q[0] + q[1] + q[2] > 0 || feed.pendingAnswers() > 0)
                clock.advanceToNextTimer();
            else
                QTest::qWait(2);
        }
        return pred();
    }
    template<typename T>
    std::optional<T> await(QCoro::Task<T> task, int timeoutMs = 20000)
    {
        std::optional<T> out;
        QCoro::connect(std::move(task), hub.get(), [&out](T v) { out.emplace(std::move(v)); });
        settle([&]() { return out.has_value(); }, timeoutMs);
        return out;
    }
    std::optional<Job> awaitJob(qint64 id, int timeoutMs = 20000)
    {
        settle([&]() {
            const auto j = hub->job(id);
            return j && !j->unfinished();
        }, timeoutMs);
        return hub->job(id);
    }
    QSqlDatabase db() const { return *storage->database().connection(DbAccess::ReadOnly); }
    QDate today() const { return Kst::dateOf(clock.nowMs()); }
    // Weekdays in [from, to]: the fake feed's trading days.
    static int weekdays(QDate from, QDate to)
    {
        int n = 0;
        for (QDate d = from; d <= to; d = d.addDays(1))
            n += d.dayOfWeek() <= 5 ? 1 : 0;
        return n;
    }
};

} // namespace cybos::test
