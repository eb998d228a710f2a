// SilenceWatchdog: a subscribed code silent during the regular session while others trade is
// re-subscribed once per silence period and logged; nothing happens when no one trades or
// outside the regular session.
#include "core/log/eventlog.h"
#include "core/services/silencewatchdog.h"
#include "core/services/subscriptionmanager.h"
#include "fakeclock.h"
#include "fakefeed.h"
#include <QSignalSpy>
#include <QTest>

using namespace cybos;
using namespace cybos::test;

class TestWatchdog : public QObject
{
    Q_OBJECT

    struct Rig {
        FakeClock clock;
        FakeFeed feed{&clock};
        SubscriptionManager subs{&feed};
        EventLog log;
        SilenceWatchdog dog{&feed, &subs, &clock, &log, WatchdogOptions{60'000, 10'000, 5'000}};
        QString quiet, busy;

        Rig()
        {
            quiet = feed.stocks().at(0).code;
            busy = feed.stocks().at(1).code;
            subs.pin({quiet, busy});
            dog.start();
        }
        // Advance `ms` with the busy code trading every second in `session`.
        void run(qint64 ms, Session session = Session::Regular)
        {
            for (qint64 t = 0; t < ms; t += 1000) {
                feed.trade(busy, 0, session);
                clock.advance(1000);
            }
        }
    };

private Q_SLOTS:
    void silentCodeIsResubscribedWhileOthersTrade()
    {
        Rig rig;
        QSignalSpy spy(&rig.dog, &SilenceWatchdog::codeResubscribed);
        rig.run(50'000);
        QCOMPARE(spy.count(), 0);
        rig.run(20'000);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), rig.quiet);
        QCOMPARE(rig.feed.subscribeCalls(rig.quiet), 2);
        QCOMPARE(rig.feed.subscribeCalls(rig.busy), 1);
        QVERIFY(rig.log.recent().last().message.contains(rig.quiet));
        QCOMPARE(rig.log.recent().last().level, LogEvent::Level::Warning);
        // Not again before another full silence period.
        rig.run(40'000);
        QCOMPARE(spy.count(), 1);
        rig.run(30'000);
        QCOMPARE(spy.count(), 2);
    }

    void codeThatTradesIsLeftAlone()
    {
        Rig rig;
        for (int i = 0; i < 200; ++i) {
            rig.feed.trade(rig.quiet);
            rig.run(1000);
        }
        QCOMPARE(rig.dog.resubscribed(), 0);
    }

    void nothingWhenNoOneTradesOrOutsideTheRegularSession_data()
    {
        QTest::addColumn<bool>("othersTrade");
        QTest::addColumn<int>("session");
        QTest::newRow("market quiet") << false << int(Session::Regular);
        QTest::newRow("after hours") << true << int(Session::AfterHours);
        QTest::newRow("pre-open") << true << int(Session::PreOpen);
    }

    void nothingWhenNoOneTradesOrOutsideTheRegularSession()
    {
        QFETCH(bool, othersTrade);
        QFETCH(int, session);
        Rig rig;
        if (othersTrade)
            rig.run(300'000, Session(session));
        else
            rig.clock.advance(300'000);
        QCOMPARE(rig.dog.resubscribed(), 0);
        QCOMPARE(rig.feed.subscribeCalls(rig.quiet), 1);
    }

    void disconnectedFeedIsNotTouched()
    {
        Rig rig;
        rig.run(30'000);
        rig.feed.disconnect();
        rig.clock.advance(300'000);
        QCOMPARE(rig.dog.resubscribed(), 0);
        // After the reconnect the silence counts from the new subscription.
        rig.feed.reconnect();
        rig.run(50'000);
        QCOMPARE(rig.dog.resubscribed(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWatchdog)
#include "tst_watchdog.moc"
