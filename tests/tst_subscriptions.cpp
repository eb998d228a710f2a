// SubscriptionManager against a FakeFeed: pinned ∪ watched, the 400 limit failing whole,
// and exactly one re-subscription per code after a reconnect (no duplicate tick streams).
#include "core/services/subscriptionmanager.h"
#include "fakeclock.h"
#include "fakefeed.h"
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
        QCOMPARE(e.code, QStringLiteral("subscription_limit"));
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
        FakeClock clock;
        FakeFeed feed(&clock);
        SubscriptionManager subs(&feed);
        const QStringList pinned = codesOf(feed, 0, 3);
        const QStringList watched = codesOf(feed, 3, 2);
        QVERIFY(subs.pin(pinned));
        QVERIFY(subs.watch(watched));
        QSignalSpy changed(&subs, &SubscriptionManager::subscriptionsChanged);
        QSignalSpy ticks(&feed, &MarketFeed::tickReceived);

        feed.disconnect();
        QCOMPARE(subs.subscribed(), QStringList());
        QCOMPARE(changed.count(), 1);
        QVERIFY(!feed.trade(pinned[0]));
        // Changes while down are kept and applied on return.
        QVERIFY(subs.unwatch({watched[1]}));
        feed.reconnect();
        const QStringList wanted = QStringList(pinned) << watched[0];
        QCOMPARE(feed.subscribedCodes(), wanted);
        QCOMPARE(subs.subscribed(), wanted);
        for (const QString &code : wanted)
            QCOMPARE(feed.subscribeCalls(code), 2);   // once at first, once after the reconnect
        QCOMPARE(feed.subscribeCalls(watched[1]), 1);
        // One tick per trade: no duplicate stream.
        for (const QString &code : wanted)
            QVERIFY(feed.trade(code));
        QCOMPARE(ticks.count(), wanted.size());
        // A second "connected" edge does not subscribe again.
        feed.reconnect();
        for (const QString &code : wanted)
            QCOMPARE(feed.subscribeCalls(code), 2);
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
};

QTEST_GUILESS_MAIN(TestSubscriptions)
#include "tst_subscriptions.moc"
