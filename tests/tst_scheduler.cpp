// RequestScheduler against a FakeFeed on a FakeClock: the window is used fully and never
// exceeded, priorities and FIFO, max wait → budget_exhausted, reconciliation with the feed's
// own count, disconnects.
#include "core/services/requestscheduler.h"
#include "fakeclock.h"
#include "fakefeed.h"
#include <QTest>

using namespace cybos;
using namespace cybos::test;

class TestScheduler : public QObject
{
    Q_OBJECT

    struct Rig {
        FakeClock clock;
        FakeFeed feed{&clock};
        RequestScheduler scheduler{&feed, &clock};
        QList<Result<Quote>> results;
        QStringList order;        // tags in the order the requests were granted

        void request(RequestPriority p, int maxWaitMs, const QString &tag = {})
        {
            auto task = scheduler.call<Quote>(p, maxWaitMs, [this, tag]() {
                order.append(tag);
                return feed.snapshot(feed.stocks().first().code);
            });
            QCoro::connect(std::move(task), &scheduler, [this](Result<Quote> r) { results.append(r); });
        }
        int failed(ErrorCode code) const
        {
            return int(std::count_if(results.cbegin(), results.cend(),
                                     [&](const Result<Quote> &r) { return !r && r.error().code == code; }));
        }
    };

private Q_SLOTS:
    void standingBacklogUsesTheWindowWithoutExceedingIt()
    {
        Rig rig;
        const qint64 start = rig.clock.nowMs();
        const qint64 span = 10LL * 3600 * 1000;   // ten simulated hours
        qint64 inSpan = 0;                         // requests issued in [start, start + span)
        // Keep 100 backfill requests waiting at all times.
        std::function<void()> refill = [&]() {
            while (rig.scheduler.queued()[2] < 100 && rig.clock.nowMs() < start + span) {
                auto task = rig.scheduler.call<Quote>(RequestPriority::Backfill, -1, [&]() {
                    inSpan += rig.clock.nowMs() < start + span ? 1 : 0;
                    return rig.feed.snapshot(rig.feed.stocks().first().code);
                });
                QCoro::connect(std::move(task), &rig.scheduler, [](const Result<Quote> &) {});
            }
        };
        QObject::connect(&rig.scheduler, &RequestScheduler::budgetChanged, &rig.scheduler, refill);
        refill();
        QVERIFY(rig.clock.runUntil([&]() { return rig.clock.nowMs() >= start + span; }, span + 1));
        // What Cybos' window allows in the span: 60 per started window of 15 s.
        const qint64 allowed = (span + 14999) / 15000 * 60;
        const double used = double(inSpan) / double(allowed);
        qInfo("scheduler: %lld requests in %lld simulated s, %lld allowed by the window: %.2f %% used; "
              "%lld blocked by the feed",
              inSpan, span / 1000, allowed, used * 100.0, rig.feed.blocked());
        QCOMPARE(rig.feed.blocked(), 0);
        QVERIFY2(used >= 0.95, qPrintable(QString::number(used)));
        QVERIFY(inSpan <= allowed);
    }

    void the61stRequestWaitsForTheReset()
    {
        Rig rig;
        const qint64 start = rig.clock.nowMs();
        for (int i = 0; i < 61; ++i)
            rig.request(RequestPriority::Interactive, -1);
        QCOMPARE(rig.results.size(), 60);
        QCOMPARE(rig.scheduler.queued()[0], 1);
        QCOMPARE(rig.scheduler.budget().remaining, 0);
        QVERIFY(rig.clock.runUntil([&]() { return rig.results.size() == 61; }));
        QVERIFY(rig.clock.nowMs() - start >= 15000);
        QVERIFY(rig.clock.nowMs() - start <= 15100);
        QCOMPARE(rig.feed.blocked(), 0);
        QCOMPARE(rig.failed(ErrorCode::BudgetExhausted), 0);
    }

    void prioritiesThenFifo()
    {
        Rig rig;
        for (int i = 0; i < 60; ++i)
            rig.request(RequestPriority::Interactive, -1, QStringLiteral("fill"));
        rig.order.clear();
        rig.request(RequestPriority::Backfill, -1, QStringLiteral("b1"));
        rig.request(RequestPriority::CodeSync, -1, QStringLiteral("s1"));
        rig.request(RequestPriority::Interactive, -1, QStringLiteral("i1"));
        rig.request(RequestPriority::Backfill, -1, QStringLiteral("b2"));
        rig.request(RequestPriority::Interactive, -1, QStringLiteral("i2"));
        rig.request(RequestPriority::CodeSync, -1, QStringLiteral("s2"));
        QVERIFY(rig.order.isEmpty());
        QCOMPARE(rig.scheduler.queued(), (std::array<int, 3>{2, 2, 2}));
        QVERIFY(rig.clock.runUntil([&]() { return rig.results.size() == 66; }));
        QCOMPARE(rig.order, QStringList({QStringLiteral("i1"), QStringLiteral("i2"), QStringLiteral("s1"),
                                         QStringLiteral("s2"), QStringLiteral("b1"), QStringLiteral("b2")}));
    }

    void maxWait_data()
    {
        QTest::addColumn<int>("ahead");       // interactive requests queued before ours
        QTest::addColumn<int>("maxWaitMs");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<int>("retryMin");
        QTest::addColumn<int>("retryMax");
        QTest::newRow("zero wait, window full") << 0 << 0 << true << 14000 << 15100;
        QTest::newRow("short wait") << 0 << 5000 << true << 14000 << 15100;
        QTest::newRow("enough wait") << 0 << 16000 << false << 0 << 0;
        QTest::newRow("queue of 60 ahead") << 60 << 16000 << true << 29000 << 30100;
        QTest::newRow("queue of 60, long wait") << 60 << 31000 << false << 0 << 0;
        QTest::newRow("unbounded") << 200 << -1 << false << 0 << 0;
    }

    void maxWait()
    {
        QFETCH(int, ahead);
        QFETCH(int, maxWaitMs);
        QFETCH(bool, refused);
        Rig rig;
        rig.clock.advance(1000);
        for (int i = 0; i < 60 + ahead; ++i)
            rig.request(RequestPriority::Interactive, -1);
        rig.clock.advance(500);
        const int before = int(rig.results.size());
        rig.request(RequestPriority::Interactive, maxWaitMs);
        if (refused) {
            // Refused at once, with a retry time that can succeed.
            QCOMPARE(rig.results.size(), before + 1);
            const Error e = rig.results.last().error();
            QCOMPARE(e.code, ErrorCode::BudgetExhausted);
            QFETCH(int, retryMin);
            QFETCH(int, retryMax);
            QVERIFY2(e.retryAfterMs >= retryMin && e.retryAfterMs <= retryMax, qPrintable(QString::number(e.retryAfterMs)));
        } else {
            QVERIFY(rig.clock.runUntil([&]() { return rig.results.size() == 61 + ahead; }));
            QVERIFY(rig.results.last().ok());
            QCOMPARE(rig.failed(ErrorCode::BudgetExhausted), 0);
        }
        QCOMPARE(rig.feed.blocked(), 0);
    }

    void queuedRequestPastItsDeadlineIsRefused()
    {
        Rig rig;
        for (int i = 0; i < 60; ++i)
            rig.request(RequestPriority::Interactive, -1);
        rig.request(RequestPriority::Backfill, 20000, QStringLiteral("late"));
        QCOMPARE(rig.scheduler.queued()[2], 1);
        // Interactive callers arrive and push the backfill request past its deadline.
        for (int i = 0; i < 60; ++i)
            rig.request(RequestPriority::Interactive, -1);
        QVERIFY(rig.clock.runUntil([&]() { return rig.failed(ErrorCode::BudgetExhausted) == 1; }));
        QVERIFY(!rig.order.contains(QStringLiteral("late")));
        QVERIFY(rig.results.last().error().retryAfterMs > 0);
    }

    void reconcilesWithTheFeedsOwnCount()
    {
        Rig rig;
        // Someone else spent 50 requests of this window outside the scheduler.
        for (int i = 0; i < 50; ++i)
            rig.feed.snapshot(rig.feed.stocks().first().code);   // answers at once (no delay)
        QCOMPARE(rig.feed.requestBudget().remaining, 10);
        for (int i = 0; i < 20; ++i)
            rig.request(RequestPriority::Interactive, -1);
        QCOMPARE(rig.results.size(), 10);
        QCOMPARE(rig.scheduler.budget().remaining, 0);
        QVERIFY(rig.clock.runUntil([&]() { return rig.results.size() == 20; }));
        QCOMPARE(rig.feed.blocked(), 0);
    }

    void disconnectFailsQueuedAndInFlight()
    {
        Rig rig;
        rig.feed.setAnswerDelay(2000);
        rig.feed.setHangOnDisconnect(true);
        for (int i = 0; i < 65; ++i)
            rig.request(RequestPriority::Interactive, -1);
        QCOMPARE(rig.results.size(), 0);    // 60 in flight, 5 queued
        rig.clock.advance(500);
        rig.feed.disconnect();
        QCOMPARE(rig.results.size(), 65);
        QCOMPARE(rig.failed(ErrorCode::FeedDisconnected), 65);
        rig.request(RequestPriority::Interactive, -1);
        QCOMPARE(rig.failed(ErrorCode::FeedDisconnected), 66);
        // The late answers are dropped; after the reconnect requests flow again.
        rig.clock.advance(3000);
        QCOMPARE(rig.results.size(), 66);
        rig.feed.reconnect();
        rig.request(RequestPriority::Interactive, -1);
        QVERIFY(rig.clock.runUntil([&]() { return rig.results.size() == 67; }));
        QVERIFY(rig.results.last().ok());
    }

    void slowAnswersStayInsideTheWindow()
    {
        Rig rig;
        rig.feed.setAnswerDelay(3000);
        for (int i = 0; i < 200; ++i)
            rig.request(RequestPriority::Backfill, -1);
        QVERIFY(rig.clock.runUntil([&]() { return rig.results.size() == 200; }));
        QCOMPARE(rig.failed(ErrorCode::BudgetExhausted), 0);
        QCOMPARE(rig.feed.blocked(), 0);
        QCOMPARE(rig.feed.requests(), 200);
    }

    void failingRequestPassesTheErrorOn()
    {
        Rig rig;
        rig.feed.failRequests(ErrorCode::FeedError, 2);
        for (int i = 0; i < 3; ++i)
            rig.request(RequestPriority::Interactive, -1);
        QVERIFY(rig.clock.runUntil([&]() { return rig.results.size() == 3; }));
        QCOMPARE(rig.failed(ErrorCode::FeedError), 2);
        QVERIFY(rig.results.last().ok());
        QCOMPARE(rig.scheduler.issued(), 3);
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
