// The ServiceHub facade on a FakeFeed: quotes from the realtime cache or one snapshot,
// multi-code snapshots, unknown codes, pins kept across restarts, --subscribe kospi200,
// the subscription limit, connection edges and the budget report.
#include "servicesrig.h"
#include <QSignalSpy>

using namespace cybos;
using namespace cybos::test;

namespace {
QStringList codes(const FakeFeed &feed, int from, int n)
{
    QStringList out;
    for (int i = from; i < from + n; ++i)
        out.append(feed.stocks().at(i).code);
    return out;
}

void sync(ServicesRig &rig)
{
    const auto start = rig.await(rig.hub->startCodeSync());
    QCOMPARE(rig.awaitJob(start->job.id)->state, JobState::Done);
}
} // namespace

class TestServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoteFromTheStreamOrOneSnapshot()
    {
        ServicesRig rig;
        const QString live = rig.feed.stocks().at(0).code;
        const QString other = rig.feed.stocks().at(1).code;
        QVERIFY(rig.await(rig.hub->pin({live}))->ok());
        QVERIFY(rig.feed.trade(live, 12340));
        const auto cached = rig.await(rig.hub->quote(live, false, 1000));
        QCOMPARE((*cached)->source, QuoteSource::Realtime);
        QCOMPARE((*cached)->price, 12340);
        QCOMPARE(rig.feed.requests(), 0);
        // fresh=true forces a snapshot; an unsubscribed code always costs one.
        QCOMPARE((*rig.await(rig.hub->quote(live, true, 1000)))->source, QuoteSource::Snapshot);
        QCOMPARE(rig.feed.requests(), 1);
        QVERIFY(rig.await(rig.hub->quote(QStringLiteral("A") + other, false, 1000))->ok());
        QVERIFY(rig.await(rig.hub->quote(other, false, 1000))->ok());
        QCOMPARE(rig.feed.requests(), 3);
        QCOMPARE(rig.hub->budget().requests.remaining, 57);
        QVERIFY(rig.await(rig.hub->orderBook(other, 1000))->ok());
    }

    void unknownAndInvalidCodes()
    {
        ServicesRig rig;
        sync(rig);
        QCOMPARE(rig.await(rig.hub->quote(QStringLiteral("999990"), false, 1000))->error().code, ErrorCode::UnknownCode);
        QCOMPARE(rig.await(rig.hub->quote(QStringLiteral("12#4"), false, 1000))->error().code, ErrorCode::InvalidCode);
        QCOMPARE(rig.await(rig.hub->orderBook(QStringLiteral("999990"), 1000))->error().code, ErrorCode::UnknownCode);
        QCOMPARE(rig.feed.requests(), 0);
    }

    void quotesUseMultiCodeSnapshots()
    {
        ServicesRig rig;
        rig.feed.setListing(300);
        sync(rig);
        QStringList wanted = codes(rig.feed, 0, 250);
        QVERIFY(rig.await(rig.hub->pin({wanted.first()}))->ok());
        rig.feed.trade(wanted.first());
        wanted << QStringLiteral("999990") << QStringLiteral("999980");
        const auto answer = rig.await(rig.hub->quotes(wanted, 5000));
        QVERIFY(answer->ok());
        QCOMPARE((*answer)->items.size(), 250);
        QCOMPARE((*answer)->items.first().source, QuoteSource::Realtime);
        QCOMPARE((*answer)->items.at(1).code, wanted.at(1));
        QCOMPARE((*answer)->missing, (QStringList{QStringLiteral("999990"), QStringLiteral("999980")}));
        QCOMPARE(rig.feed.requests(), 2);   // 249 codes: two multi-code snapshots of <= 200
        QStringList tooMany = codes(rig.feed, 0, 300) + codes(rig.feed, 0, 101);
        for (int i = 0; i < 101; ++i)
            tooMany[300 + i] = QStringLiteral("A") + tooMany[300 + i];
        QCOMPARE(rig.await(rig.hub->quotes(tooMany, 5000))->error().code, ErrorCode::BadRequest);
    }

    void budgetExhaustedIsImmediate()
    {
        ServicesRig rig;
        for (int i = 0; i < 60; ++i)
            QVERIFY(rig.await(rig.hub->quote(rig.feed.stocks().at(i % 20).code, true, 0))->ok());
        const qint64 before = rig.clock.nowMs();
        const auto refused = rig.await(rig.hub->quote(rig.feed.stocks().first().code, true, 2000));
        QCOMPARE(refused->error().code, ErrorCode::BudgetExhausted);
        QVERIFY(refused->error().retryAfterMs > 2000 && refused->error().retryAfterMs <= 15100);
        QCOMPARE(rig.clock.nowMs(), before);
        QCOMPARE(rig.hub->budget().requests.remaining, 0);
        QVERIFY(rig.hub->budget().requests.resetInMs > 0);
    }

    void whileDisconnected()
    {
        ServicesRig rig;
        const QString seen = rig.feed.stocks().at(0).code;
        const QString unseen = rig.feed.stocks().at(1).code;
        QVERIFY(rig.await(rig.hub->quote(seen, true, 1000))->ok());
        rig.feed.disconnect();
        const auto cached = rig.await(rig.hub->quote(seen, false, 1000));
        QVERIFY(cached->ok());
        QCOMPARE(rig.await(rig.hub->quote(unseen, false, 1000))->error().code, ErrorCode::FeedDisconnected);
        QCOMPARE(rig.await(rig.hub->quotes({unseen}, 1000))->error().code, ErrorCode::FeedDisconnected);
        const auto some = rig.await(rig.hub->quotes({seen, unseen}, 1000));
        QCOMPARE((*some)->items.size(), 1);
        QCOMPARE(rig.await(rig.hub->orderBook(seen, 1000))->error().code, ErrorCode::FeedDisconnected);
        rig.feed.reconnect();
        QVERIFY(rig.await(rig.hub->quote(unseen, false, 1000))->ok());
    }

    void connectionEdges()
    {
        ServicesRig rig;
        QSignalSpy edges(rig.hub.get(), &FeedServices::connectionChanged);
        QVERIFY(rig.hub->isConnected());
        QVERIFY(rig.hub->connectedSinceMs() > 0);
        rig.feed.disconnect();
        QCOMPARE(edges.count(), 1);
        QCOMPARE(edges.at(0).at(0).toBool(), false);
        QVERIFY(!rig.hub->isConnected());
        QCOMPARE(rig.hub->connectedSinceMs(), 0);
        rig.clock.advance(5000);
        rig.feed.reconnect();
        QCOMPARE(edges.count(), 2);
        QCOMPARE(edges.at(1).at(0).toBool(), true);
        QCOMPARE(rig.hub->connectedSinceMs(), rig.clock.nowMs());
        QVERIFY(rig.log.recent().last().message.contains(QStringLiteral("connected")));
    }

    void pinsSurviveARestart()
    {
        ServicesRig rig;
        const QStringList pins = codes(rig.feed, 0, 3);
        QSignalSpy changed(rig.hub.get(), &FeedServices::subscriptionsChanged);
        QCOMPARE(rig.await(rig.hub->pin(pins))->value(), pins);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(rig.await(rig.hub->unpin(QStringLiteral("A") + pins[1]))->value(), (QStringList{pins[0], pins[2]}));
        rig.feed.disconnect();   // the restart: the feed has nothing subscribed
        rig.feed.reconnect();
        rig.makeHub();
        QCOMPARE(rig.hub->pinned(), (QStringList{pins[0], pins[2]}));
        QCOMPARE(rig.hub->subscribed(), (QStringList{pins[0], pins[2]}));
        QCOMPARE(rig.feed.subscribedCodes(), (QStringList{pins[0], pins[2]}));
        QCOMPARE(rig.hub->budget().subscriptions.used, 2);
    }

    void subscribeKospi200AtStart()
    {
        ServicesRig rig;
        rig.makeHub(true, {QStringLiteral("kospi200"), QStringLiteral("100010")});
        QVERIFY(rig.settle([&]() { return rig.hub->pinned().size() == 6; }));
        QCOMPARE(rig.feed.subscribedCodes().size(), 6);
        QVERIFY(rig.hub->pinned().contains(QStringLiteral("100010")));
    }

    void watchAndTheLimit()
    {
        ServicesRig rig;
        rig.feed.setListing(420);
        sync(rig);
        const auto partly = rig.await(rig.hub->watch({codes(rig.feed, 0, 1).first(), QStringLiteral("999990")}));
        QCOMPARE(partly->error().code, ErrorCode::UnknownCode);
        QCOMPARE(rig.hub->subscribed(), codes(rig.feed, 0, 1));
        QVERIFY(rig.await(rig.hub->pin(codes(rig.feed, 1, 399)))->ok());
        const auto over = rig.await(rig.hub->pin({codes(rig.feed, 400, 1)}));
        QCOMPARE(over->error().code, ErrorCode::SubscriptionLimit);
        QCOMPARE(rig.await(rig.hub->watch(codes(rig.feed, 400, 1)))->error().code, ErrorCode::SubscriptionLimit);
        QCOMPARE(rig.hub->budget().subscriptions.used, 400);
        QCOMPARE(rig.hub->budget().subscriptions.limit, 400);
        QVERIFY(rig.await(rig.hub->unwatch(codes(rig.feed, 0, 1)))->ok());
        QVERIFY(rig.await(rig.hub->watch(codes(rig.feed, 400, 1)))->ok());
        QCOMPARE(rig.feed.subscribedCodes().size(), 400);
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
