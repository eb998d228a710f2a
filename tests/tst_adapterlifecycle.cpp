// The adapter's COM lifecycle against the scripted fake: after OnDisconnect every object is
// released and none is reused; while down a fresh CpCybos is asked every 2 s and released;
// when one reports the link back the objects are created anew (or, with a reconnect gate that
// says no, nothing is: --on-disconnect restart). An answer that came but was not read yet when
// the link dropped is not read; BlockRequest mode and its failures.
#include "cybos/adapter/cybosfeed.h"
#include "adapterfake.h"
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace cybos;
using namespace cybos::test;

namespace {

const QString kCybos = QStringLiteral("CpUtil.CpCybos");
const QString kCodeMgr = QStringLiteral("CpUtil.CpCodeMgr");
const QString kMst = QStringLiteral("DsCbo1.StockMst");

// StockMst answers 005930 through Request/Received or BlockRequest; `during` runs inside.
void scriptStockMst(FakeDispatch &d, std::function<void(FakeObject &)> during = {})
{
    d.script[kMst] = [during](FakeObject &o) {
        auto fill = [&o] {
            o.headers = {{0, QStringLiteral("A005930")}, {1, QStringLiteral("삼성전자")}, {4, 1015},
                         {10, 75'700}, {11, 76'100}, {59, QStringLiteral("2")}};
        };
        o.methods[QStringLiteral("Request")] = [&o, fill, during](const QVariantList &) {
            fill();
            if (!during) {
                o.answerSoon();
                return QVariant();
            }
            QTimer::singleShot(0, &o, [&o, during] { // `during` right after Received, in one go
                Q_EMIT o.received();
                during(o);
            });
            return QVariant();
        };
        o.methods[QStringLiteral("BlockRequest")] = [&o, fill, during](const QVariantList &) {
            fill();
            if (during)
                during(o);
            return QVariant(0);
        };
    };
}

void dropLink(FakeDispatch &d)
{
    d.linkUp = false;
    d.cybos->props[QStringLiteral("IsConnect")] = 0;
    Q_EMIT d.cybos->disconnected();
}

} // namespace

class TestAdapterLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everythingReleasedAndCreatedAnew()
    {
        FakeDispatch d;
        scriptStockMst(d);
        CybosFeed feed(d, QStringLiteral("cybos"));
        QVERIFY(await(feed.snapshot(QStringLiteral("005930"))).ok());
        QVERIFY(feed.subscribe(QStringLiteral("005930")).ok());
        const QList<QPointer<FakeObject>> before = d.created; // CpCodeMgr, CpCybos, StockMst, StockCur
        QCOMPARE(before.size(), 4);
        QSignalSpy changed(&feed, &MarketFeed::connectionChanged);
        dropLink(d);
        QCOMPARE(changed.size(), 1);
        QTRY_VERIFY(std::none_of(before.cbegin(), before.cend(), [](const auto &o) { return bool(o); }));
        QCOMPARE(await(feed.snapshot(QStringLiteral("005930"))).error().code, ErrorCode::FeedDisconnected);
        QCOMPARE(await(feed.stockList()).error().code, ErrorCode::FeedDisconnected);
        QTest::qWait(4500); // gently: a fresh CpCybos every 2 s, each released again
        const int polls = d.createdCount(kCybos) - 1;
        QVERIFY2(polls >= 1 && polls <= 3, qPrintable(QString::number(polls)));
        QTRY_COMPARE(d.count(kCybos), 0);
        QCOMPARE(d.createdCount(kCodeMgr), 1); // nothing else is created while down
        QCOMPARE(feed.requestBudget().remaining, 0);
        d.linkUp = true;
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.last().at(0).toBool(), true);
        QCOMPARE(d.count(kCybos), 1);
        QCOMPARE(d.createdCount(kCodeMgr), 2);
        const Result<Quote> q = await(feed.snapshot(QStringLiteral("005930")));
        QVERIFY(q.ok());
        QCOMPARE(q->name, QStringLiteral("삼성전자"));
        QCOMPARE(d.createdCount(kMst), 2);
        QVERIFY(feed.subscribe(QStringLiteral("005930")).ok());
        QCOMPARE(d.createdCount(QStringLiteral("Dscbo1.StockCur")), 2);
        QCOMPARE(feed.requestBudget().remaining, 57); // asked of the new CpCybos
    }

    void idleObjectsAreNotReused()
    {
        FakeDispatch d;
        scriptStockMst(d);
        CybosFeed feed(d, QStringLiteral("cybos"));
        QVERIFY(await(feed.snapshot(QStringLiteral("005930"))).ok());
        QVERIFY(await(feed.snapshot(QStringLiteral("005930"))).ok());
        QCOMPARE(d.createdCount(kMst), 1); // reused while the link holds
        dropLink(d);
        d.linkUp = true;
        QTRY_VERIFY_WITH_TIMEOUT(feed.isConnected(), 5000);
        QVERIFY(await(feed.snapshot(QStringLiteral("005930"))).ok());
        QCOMPARE(d.createdCount(kMst), 2);
    }

    void answerNotYetReadIsDropped()
    {
        FakeDispatch d;
        bool dropped = false;
        scriptStockMst(d, [&](FakeObject &) {
            if (!std::exchange(dropped, true))
                dropLink(d); // after Received, before the request resumes to read it
        });
        CybosFeed feed(d, QStringLiteral("cybos"));
        const Result<Quote> q = await(feed.snapshot(QStringLiteral("005930")));
        QCOMPARE(q.error().code, ErrorCode::FeedDisconnected);
    }

    void blockRequestMode()
    {
        FakeDispatch d;
        scriptStockMst(d);
        CybosFeed feed(d, QStringLiteral("cybos"));
        feed.setRequestMode(RequestMode::Block);
        const Result<Quote> q = await(feed.snapshot(QStringLiteral("005930")));
        QVERIFY(q.ok());
        QCOMPARE(q->price, 76'100);
        QVERIFY(d.last(kMst)->calls.contains(QStringLiteral("BlockRequest")));
        QVERIFY(!d.last(kMst)->calls.contains(QStringLiteral("Request")));
        d.last(kMst)->methods[QStringLiteral("BlockRequest")] = [](const QVariantList &) { return QVariant(4); };
        d.last(kMst)->dibMsg = QStringLiteral("요청 제한");
        const Result<Quote> limited = await(feed.snapshot(QStringLiteral("005930")));
        QCOMPARE(limited.error().code, ErrorCode::FeedError);
        QCOMPARE(limited.error().message, QStringLiteral("요청 제한"));
        d.last(kMst)->methods[QStringLiteral("BlockRequest")] = [](const QVariantList &) { return QVariant(); };
        QCOMPARE(await(feed.snapshot(QStringLiteral("005930"))).error().code, ErrorCode::FeedError);
    }

    void dropInsideBlockRequest()
    {
        // A COM STA pumps messages while BlockRequest waits: OnDisconnect may arrive inside it.
        FakeDispatch d;
        scriptStockMst(d, [&d](FakeObject &) { dropLink(d); });
        CybosFeed feed(d, QStringLiteral("cybos"));
        feed.setRequestMode(RequestMode::Block);
        const Result<Quote> q = await(feed.snapshot(QStringLiteral("005930")));
        QCOMPARE(q.error().code, ErrorCode::FeedDisconnected);
    }

    void reconnectGate()
    {
        FakeDispatch d;
        CybosFeed feed(d, QStringLiteral("cybos"));
        int asked = 0;
        bool allow = false;
        feed.setReconnectGate([&] {
            ++asked;
            return allow;
        });
        QSignalSpy changed(&feed, &MarketFeed::connectionChanged);
        dropLink(d);
        d.linkUp = true;
        QTRY_COMPARE_WITH_TIMEOUT(asked, 1, 5000);
        QTest::qWait(4500); // held: no more polls, nothing created, still down
        QCOMPARE(asked, 1);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!feed.isConnected());
        QCOMPARE(d.createdCount(kCodeMgr), 1);
    }
};

QTEST_GUILESS_MAIN(TestAdapterLifecycle)
#include "tst_adapterlifecycle.moc"
