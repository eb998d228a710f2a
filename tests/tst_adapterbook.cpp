// The realtime order book through the Cybos adapter on the emulator (Dscbo1.StockJpbid):
// one followed code at a time, ten levels each side in order, one more subscription while it
// runs, stopped by an empty code and dropped with the link.
#include "emulatedfeed.h"
#include "adapterfake.h"
#include <QSignalSpy>
#include <QTest>

using namespace cybos;
using namespace cybos::test;

class TestAdapterBook : public QObject
{
    Q_OBJECT

    EmulatedFeed m_rig;

private Q_SLOTS:
    void init()
    {
        m_rig.start(2000);
    }
    void cleanup()
    {
        m_rig.stop();
    }

    void followsOneCodeAtATime()
    {
        QSignalSpy books(m_rig.feed.get(), &MarketFeed::orderBookReceived);
        QVERIFY(m_rig.feed->subscribe(QStringLiteral("005930")).ok());
        QVERIFY(m_rig.feed->subscribe(QStringLiteral("000660")).ok());
        QVERIFY(m_rig.feed->followOrderBook(QStringLiteral("A005930")).ok());
        QCOMPARE(m_rig.feed->subscriptionBudget().used, 3);   // the book is a subscription of its own
        QTRY_VERIFY_WITH_TIMEOUT(books.size() >= 5, 10000);
        for (const QList<QVariant> &args : std::as_const(books)) {
            const OrderBook b = args.at(0).value<OrderBook>();
            QCOMPARE(b.code, QStringLiteral("005930"));
            QVERIFY(b.timeMs > 0);
            QVERIFY2(b.asks[0].price > b.bids[0].price, qPrintable(QString::number(b.asks[0].price)));
            for (size_t i = 1; i < 10; ++i) {
                QVERIFY(b.asks[i].price > b.asks[i - 1].price);   // asks ascend from the best
                QVERIFY(b.bids[i].price < b.bids[i - 1].price);   // bids descend from the best
            }
            QVERIFY(b.totalAskQty > 0 && b.totalBidQty > 0);
        }
        // Another code replaces the first.
        QVERIFY(m_rig.feed->followOrderBook(QStringLiteral("000660")).ok());
        QCOMPARE(m_rig.feed->subscriptionBudget().used, 3);
        books.clear();
        QTRY_VERIFY_WITH_TIMEOUT(books.size() >= 2, 10000);
        QCOMPARE(books.last().at(0).value<OrderBook>().code, QStringLiteral("000660"));
        // An empty code stops it.
        QVERIFY(m_rig.feed->followOrderBook(QString()).ok());
        QCOMPARE(m_rig.feed->subscriptionBudget().used, 2);
        QVERIFY(m_rig.feed->followOrderBook(QStringLiteral("999999")).error().code == ErrorCode::UnknownCode);
        QCOMPARE(m_rig.feed->subscriptionBudget().used, 2);
    }
};

QTEST_GUILESS_MAIN(TestAdapterBook)
#include "tst_adapterbook.moc"
