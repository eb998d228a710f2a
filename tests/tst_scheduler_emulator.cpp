// RequestScheduler over the real adapter (CybosFeed) and the emulator, which enforces Cybos'
// 60-per-15-s window on a fake clock: a standing backlog uses the window without a single
// blocked request, the 61st waits, every return code and slow answers pass through cleanly,
// and a disconnect fails what is in flight.
#include "core/services/requestscheduler.h"
#include "cybos/adapter/cybosfeed.h"
#include "cybos/emulator/emulator.h"
#include "fakeclock.h"
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace cybos;
using namespace cybos::test;

namespace {
const QStringList kCodes{QStringLiteral("005930"), QStringLiteral("000660"), QStringLiteral("035420")};
} // namespace

class TestSchedulerEmulator : public QObject
{
    Q_OBJECT

    struct Rig {
        FakeClock clock;
        Emulator emulator{EmulatorOptions{1, 1, QStringLiteral("always-open"), clock.nowFunction(), clock.sleepFunction()}};
        CybosFeed feed{emulator, QStringLiteral("emulator")};
        RequestScheduler scheduler{&feed, &clock};
        QList<Result<Quote>> results;
        int issued = 0;
        qint64 lastIssueMs = 0;

        void request(RequestPriority p, int maxWaitMs)
        {
            const FeedRequest<Quote> snapshot = [this]() {
                lastIssueMs = clock.nowMs();
                return feed.snapshot(kCodes.at(issued++ % kCodes.size()));
            };
            QCoro::connect(scheduler.call<Quote>(p, maxWaitMs, snapshot), &scheduler,
                           [this](Result<Quote> r) { results.append(std::move(r)); });
        }
        int inFlight() const { return issued - int(results.size()) + failedBeforeIssue(); }
        int failedBeforeIssue() const
        {
            return int(std::count_if(results.cbegin(), results.cend(), [](const Result<Quote> &r) {
                return !r && r.error().code == ErrorCode::BudgetExhausted;
            }));
        }
        // Answers arrive on the real event loop; fake time moves only while requests wait for
        // the window and nothing is in flight.
        bool drive(const std::function<bool()> &pred, int realTimeoutMs = 60000)
        {
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < realTimeoutMs) {
                QCoreApplication::processEvents();
                if (pred())
                    return true;
                const auto q = scheduler.queued();
                if (inFlight() == 0 && q[0] + q[1] + q[2] > 0)
                    clock.advanceToNextTimer();
            }
            return pred();
        }
        int failed(ErrorCode code) const
        {
            return int(std::count_if(results.cbegin(), results.cend(),
                                     [&](const Result<Quote> &r) { return !r && r.error().code == code; }));
        }
    };

private Q_SLOTS:
    void standingBacklogNeverBlocks()
    {
        Rig rig;
        QVERIFY(rig.feed.isConnected());
        const qint64 start = rig.clock.nowMs();
        const qint64 span = 30LL * 60 * 1000;   // thirty simulated minutes
        qint64 inSpan = 0;
        QObject::connect(&rig.scheduler, &RequestScheduler::budgetChanged, &rig.scheduler, [&]() {
            while (rig.scheduler.queued()[2] < 100 && rig.clock.nowMs() < start + span)
                rig.request(RequestPriority::Backfill, -1);
        });
        rig.request(RequestPriority::Backfill, -1);
        QElapsedTimer real;
        real.start();
        QVERIFY(rig.drive([&]() { return rig.clock.nowMs() >= start + span; }, 300000));
        const qint64 realMs = real.elapsed();
        for (const auto &r : std::as_const(rig.results))
            inSpan += r.ok() ? 1 : 0;
        const qint64 allowed = (span + 14999) / 15000 * 60;
        const EmulatorStats stats = rig.emulator.stats();
        qInfo("scheduler+emulator: %lld requests answered in %lld simulated s, %lld allowed: %.2f %% used; "
              "emulator counted %lld requests, %lld blocked; %lld ms of real time",
              inSpan, span / 1000, allowed, 100.0 * double(inSpan) / double(allowed), stats.requests,
              stats.blockedRequests, realMs);
        QCOMPARE(stats.blockedRequests, 0);
        QCOMPARE(rig.clock.slept(), 0);
        QVERIFY(double(inSpan) >= 0.95 * double(allowed));
        QCOMPARE(rig.failed(ErrorCode::FeedError), 0);
    }

    void the61stRequestWaitsInsteadOfBlocking()
    {
        Rig rig;
        const qint64 start = rig.clock.nowMs();
        for (int i = 0; i < 61; ++i)
            rig.request(RequestPriority::Interactive, -1);
        QVERIFY(rig.drive([&]() { return rig.results.size() == 61; }));
        QCOMPARE(rig.failed(ErrorCode::FeedError), 0);
        QVERIFY(rig.lastIssueMs - start >= 15000);
        QCOMPARE(rig.emulator.stats().blockedRequests, 0);
        QCOMPARE(rig.emulator.stats().requests, 61);
    }

    void everyReturnCodeFailsCleanly_data()
    {
        QTest::addColumn<int>("returnCode");
        QTest::newRow("1 communication failed") << 1;
        QTest::newRow("2 cancelled") << 2;
        QTest::newRow("3 internal error") << 3;
        QTest::newRow("4 order limit") << 4;
    }

    void everyReturnCodeFailsCleanly()
    {
        QFETCH(int, returnCode);
        Rig rig;
        rig.emulator.failRequests(returnCode, 2);
        for (int i = 0; i < 3; ++i)
            rig.request(RequestPriority::Interactive, 5000);
        QVERIFY(rig.drive([&]() { return rig.results.size() == 3; }));
        QCOMPARE(rig.failed(ErrorCode::FeedError), 2);
        QVERIFY(rig.results.last().ok());
        QVERIFY(rig.results.first().error().message.size() > 0);
        QCOMPARE(rig.emulator.stats().blockedRequests, 0);
    }

    void slowAnswers()
    {
        Rig rig;
        rig.emulator.setAnswerDelay(20);   // real milliseconds per answer
        for (int i = 0; i < 70; ++i)
            rig.request(RequestPriority::Backfill, -1);
        QVERIFY(rig.drive([&]() { return rig.results.size() == 70; }));
        QCOMPARE(rig.failed(ErrorCode::FeedError) + rig.failed(ErrorCode::FeedTimeout), 0);
        QCOMPARE(rig.emulator.stats().blockedRequests, 0);
    }

    void disconnectFailsRequestsInFlight()
    {
        Rig rig;
        rig.emulator.setAnswerDelay(300);
        QSignalSpy edges(&rig.feed, &MarketFeed::connectionChanged);
        for (int i = 0; i < 5; ++i)
            rig.request(RequestPriority::Interactive, 5000);
        rig.emulator.disconnectFor(500);
        QVERIFY(rig.drive([&]() { return rig.results.size() == 5; }));
        QCOMPARE(rig.failed(ErrorCode::FeedDisconnected), 5);
        rig.request(RequestPriority::Interactive, 5000);
        QCOMPARE(rig.failed(ErrorCode::FeedDisconnected), 6);
        // The link comes back by itself (the outage runs on the emulator's clock, the adapter
        // polls IsConnect); requests flow again without a restart.
        rig.clock.advance(600);
        QTRY_VERIFY_WITH_TIMEOUT(rig.feed.isConnected(), 5000);
        QCOMPARE(edges.count(), 2);
        rig.emulator.setAnswerDelay(0);
        rig.request(RequestPriority::Interactive, 5000);
        QVERIFY(rig.drive([&]() { return rig.results.size() == 7; }));
        QVERIFY(rig.results.last().ok());
    }
};

QTEST_GUILESS_MAIN(TestSchedulerEmulator)
#include "tst_scheduler_emulator.moc"
