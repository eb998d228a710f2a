// SubscriptionManager against a FakeFeed: pinned ∪ watched, the 400 limit failing whole,
// exactly one re-subscription per code after a reconnect (no duplicate tick streams), and
// pause, which unsubscribes everything but stores nothing (through the ServiceHub: the
// stored pins survive a quit while paused).
#include "core/services/subscriptionmanager.h"
#include "core/storage/pinnedrepository.h"
#include "fakeclock.h"
#include "fakefeed.h"
#include "servicesrig.h"
#include <QSignalSpy>
#include <QTest>

using namespace cybos;
using namespace cybos::test;

namespace {
QStringList codesOf(const FakeFeed &feed, int from, int count)
{
    QStringList out;
    for (int i = from; i < from + count; ++i)
        out.append(feed.stocks().at(i).code);
    return out;
}

// Three pinned and two watched codes, streamed once start() succeeded.
struct PinnedAndWatched {
    FakeClock clock;
    FakeFeed feed{&clock};
    SubscriptionManager subs{&feed};
    const QStringList pinned = codesOf(feed, 0, 3);
    const QStringList watched = codesOf(feed, 3, 2);
    bool start() { return subs.pin(pinned).ok() && subs.watch(watched).ok(); }
};
} // namespace

class TestSubscriptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pinnedUnionWatched()
    {
        FakeClock clock;
        FakeFeed feed(&clock);
        SubscriptionManager subs(&feed);
        const QStringList codes = codesOf(feed, 0, 4);
        QVERIFY(subs.pin({codes[0], codes[1]}));
        QVERIFY(subs.watch({codes[1], codes[2]}));
        QCOMPARE(feed.subscribedCodes(), (QStringList{codes[0], codes[1], codes[2]}));
        // Unwatching a pinned code keeps it; unpinning a watched code keeps it.
        QVERIFY(subs.unwatch({codes[1], codes[2]}));
        QCOMPARE(feed.subscribedCodes(), (QStringList{codes[0], codes[1]}));
        QVERIFY(subs.watch({codes[0], codes[3]}));
        QCOMPARE(subs.unpin(codes[0]).value(), (QStringList{codes[1]}));
        QCOMPARE(feed.subscribedCodes(), (QStringList{codes[0], codes[1], codes[3]}));
        QCOMPARE(subs.unwatch({codes[0]}).ok(), true);
        QCOMPARE(feed.subscribedCodes(), (QStringList{codes[1], codes[3]}));
        QCOMPARE(subs.subscribed(), feed.subscribedCodes());
        QVERIFY(subs.isSubscribed(codes[1]) && subs.isSubscribed(codes[3]));
        QVERIFY(!subs.isSubscribed(codes[0]) && !subs.isSubscribed(codes[2]));
        QCOMPARE(subs.pinned(), QStringList{codes[1]});
        QCOMPARE(subs.watched(), QStringList{codes[3]});
    }

    void the401stFailsWholeAndLeavesTheSetUnchanged_data()
    {
        QTest::addColumn<bool>("viaPin");
        QTest::newRow("pin") << true;
        QTest::newRow("watch") << false;
    }

    void the401stFailsWholeAndLeavesTheSetUnchanged()
    {
        QFETCH(bool, viaPin);
        FakeClock clock;
        FakeFeed feed(&clock);
        feed.setListing(420);
        SubscriptionManager subs(&feed);
        QVERIFY(subs.pin(codesOf(feed, 0, 200)));
        QVERIFY(subs.watch(codesOf(feed, 200, 200)));
        QCOMPARE(feed.subscribedCodes().size(), 400);
        const QStringList before = subs.subscribed();
        QSignalSpy changed(&subs, &SubscriptionManager::subscriptionsChanged);
        // Two codes, one already in the set: 401 would result, so neither is added.
        const QStringList change{codesOf(feed, 0, 1).first(), codesOf(feed, 400, 1).first()};
        const Error e = viaPin ? subs.pin(change).error() : subs.watch(change).error();
        QCOMPARE(e.code, ErrorCode::SubscriptionLimit);
        QCOMPARE(subs.subscribed(), before);
        QCOMPARE(feed.subscribedCodes().size(), 400);
        QCOMPARE(subs.pinned().size(), 200);
        QCOMPARE(subs.watched().size(), 200);
        QCOMPARE(changed.count(), 0);
        // Codes already in the set do not count twice.
        QVERIFY(subs.pin(codesOf(feed, 250, 10)));
        QCOMPARE(feed.subscribedCodes().size(), 400);
    }

    void reconnectResubscribesEachCodeExactlyOnce()
    {
        PinnedAndWatched s;
        QVERIFY(s.start());
        QSignalSpy changed(&s.subs, &SubscriptionManager::subscriptionsChanged);
        QSignalSpy ticks(&s.feed, &MarketFeed::tickReceived);

        s.feed.disconnect();
        QCOMPARE(s.subs.subscribed(), QStringList());
        QCOMPARE(changed.count(), 1);
        QVERIFY(!s.feed.trade(s.pinned[0]));
        // Changes while down are kept and applied on return.
        QVERIFY(s.subs.unwatch({s.watched[1]}));
        s.feed.reconnect();
        const QStringList wanted = QStringList(s.pinned) << s.watched[0];
        QCOMPARE(s.feed.subscribedCodes(), wanted);
        QCOMPARE(s.subs.subscribed(), wanted);
        for (const QString &code : wanted)
            QCOMPARE(s.feed.subscribeCalls(code), 2);   // once at first, once after the reconnect
        QCOMPARE(s.feed.subscribeCalls(s.watched[1]), 1);
        // One tick per trade: no duplicate stream.
        for (const QString &code : wanted)
            QVERIFY(s.feed.trade(code));
        QCOMPARE(ticks.count(), wanted.size());
        // A second "connected" edge does not subscribe again.
        s.feed.reconnect();
        for (const QString &code : wanted)
            QCOMPARE(s.feed.subscribeCalls(code), 2);
    }

    void resubscribeRestartsOneStream()
    {
        FakeClock clock;
        FakeFeed feed(&clock);
        SubscriptionManager subs(&feed);
        const QString code = codesOf(feed, 0, 1).first();
        QVERIFY(subs.pin({code}));
        QVERIFY(subs.resubscribe(code));
        QCOMPARE(feed.subscribeCalls(code), 2);
        QCOMPARE(feed.subscribedCodes(), QStringList{code});
        QVERIFY(!subs.resubscribe(codesOf(feed, 1, 1).first()));   // not in the set
    }

    void pauseUnsubscribesAndResumeSubscribesOnce()
    {
        PinnedAndWatched s;
        QVERIFY(s.start());
        QSignalSpy changed(&s.subs, &SubscriptionManager::subscriptionsChanged);
        s.subs.setPaused(true);
        QVERIFY(s.subs.isPaused());
        QVERIFY(s.feed.subscribedCodes().isEmpty());
        QVERIFY(s.subs.subscribed().isEmpty());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(s.subs.pinned(), s.pinned);   // the sets are kept
        QCOMPARE(s.subs.watched(), s.watched);
        QVERIFY(!s.feed.trade(s.pinned[0]));
        // Changes, a reconnect and the watchdog's remedy while paused subscribe nothing.
        const QString added = codesOf(s.feed, 5, 1).first();
        QVERIFY(s.subs.pin({added}));
        QVERIFY(s.subs.unwatch({s.watched[1]}));
        s.feed.disconnect();
        s.feed.reconnect();
        QVERIFY(!s.subs.resubscribe(s.pinned[0]));
        QVERIFY(s.feed.subscribedCodes().isEmpty());
        s.subs.setPaused(false);
        const QStringList wanted = QStringList(s.pinned) << s.watched[0] << added;
        QCOMPARE(s.feed.subscribedCodes(), wanted);
        QCOMPARE(s.subs.subscribed(), wanted);
        const QStringList streamedBefore = QStringList(s.pinned) << s.watched[0];
        for (const QString &code : streamedBefore)
            QCOMPARE(s.feed.subscribeCalls(code), 2);   // once at first, once at resume
        QCOMPARE(s.feed.subscribeCalls(added), 1);
        QCOMPARE(s.feed.subscribeCalls(s.watched[1]), 1);
        s.subs.setPaused(false);                        // resuming twice subscribes nothing more
        for (const QString &code : wanted)
            QVERIFY(s.feed.trade(code));
        QCOMPARE(s.feed.subscribeCalls(added), 1);
    }

    void pauseKeepsTheStoredPinsAcrossAQuit()
    {
        ServicesRig rig;
        const QStringList pins = codesOf(rig.feed, 0, 3);
        QCOMPARE(rig.await(rig.hub->pin(pins))->value(), pins);
        rig.hub->setPaused(true);
        QVERIFY(rig.feed.subscribedCodes().isEmpty());
        QVERIFY(rig.hub->subscribed().isEmpty());
        QCOMPARE(rig.hub->pinned(), pins);
        QStringList stored = PinnedRepository(rig.db()).list().value();
        stored.sort();
        QCOMPARE(stored, pins);
        rig.makeHub();                                // quit while paused, start again
        QCOMPARE(rig.hub->pinned(), pins);
        QCOMPARE(rig.hub->subscribed(), pins);
        QCOMPARE(rig.feed.subscribedCodes(), pins);
        for (const QString &code : pins)
            QCOMPARE(rig.feed.subscribeCalls(code), 2);
    }
};

QTEST_GUILESS_MAIN(TestSubscriptions)
#include "tst_subscriptions.moc"
