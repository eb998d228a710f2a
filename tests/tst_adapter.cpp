// The Cybos adapter against a tiny scripted fake of the dispatch interface: value decoding,
// the Request/Received protocol and its failures, chart page assembly, realtime parsing and
// the subscription limit. The same adapter on the emulator is tested in tst_adapteremulator.
#include "cybos/adapter/comvalue.h"
#include "cybos/adapter/cybosfeed.h"
#include "adapterfake.h"
#include "core/domain/ksttime.h"
#include "core/server/http/httpresponse.h"
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace cybos;
using namespace cybos::test;

class TestAdapter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conversions()
    {
        QCOMPARE(ComValue::sessionFromFlag('1'), Session::PreOpen);
        QCOMPARE(ComValue::sessionFromFlag('2'), Session::Regular);
        QCOMPARE(ComValue::sessionFromFlag('4'), Session::AfterHours);
        QCOMPARE(ComValue::sessionFromFlag('5'), Session::Closing);
        QCOMPARE(ComValue::sideFromFlag('1'), Side::Buy);
        QCOMPARE(ComValue::sideFromFlag('2'), Side::Sell);
        QCOMPARE(ComValue::sideFromFlag(0), Side::Unknown);
        QCOMPARE(ComValue::signedChange(300, '5'), -300);
        QCOMPARE(ComValue::signedChange(-300, '2'), 300);
        QCOMPARE(ComValue::signedChange(-300, 0), -300);
        QCOMPARE(ComValue::valueUnit(1), 10'000);
        QCOMPARE(ComValue::valueUnit(2), 1'000);
        QCOMPARE(ComValue::toInt64(QVariant(qlonglong(5'000'000'000))), 5'000'000'000);
        QCOMPARE(ComValue::toInt64(QVariant(3.0)), 3);
        QCOMPARE(ComValue::timeOfDay(930), QTime(9, 30));
        QCOMPARE(ComValue::timeOfDay(153012), QTime(15, 30, 12));
    }
    void snapshotParsesHeaders()
    {
        FakeDispatch d;
        d.script[QStringLiteral("DsCbo1.StockMst")] = [](FakeObject &o) {
            o.methods[QStringLiteral("Request")] = [&o](const QVariantList &) {
                const QHash<int, QVariant> h{{0, QStringLiteral("A005930")}, {1, QStringLiteral("삼성전자")},
                    {4, 1015}, {8, 98'400}, {9, 53'000}, {10, 75'700}, {11, 76'100}, {12, 400},
                    {13, 75'800}, {14, 76'300}, {15, 75'500}, {16, 76'200}, {17, 76'100},
                    {18, 1'234'567}, {19, 9'400'000}, {59, QStringLiteral("2")}};
                o.headers = h;
                o.answerSoon();
                return QVariant();
            };
        };
        CybosFeed feed(d, QStringLiteral("emulator"));
        QVERIFY(feed.isConnected());
        const Result<Quote> q = await(feed.snapshot(QStringLiteral("005930")));
        QVERIFY2(q.ok(), qPrintable(q.ok() ? QString() : q.error().message));
        QCOMPARE(d.last(QStringLiteral("DsCbo1.StockMst"))->inputs.value(0).toString(), QStringLiteral("A005930"));
        QCOMPARE(q->code, QStringLiteral("005930"));
        QCOMPARE(q->name, QStringLiteral("삼성전자"));
        QCOMPARE(q->price, 76'100);
        QCOMPARE(q->change, 400);
        QCOMPARE(q->prevClose, 75'700);
        QCOMPARE(q->upperLimit, std::optional<qint64>(98'400));
        QCOMPARE(q->value, 94'000'000'000LL); // 만원 → KRW on KOSPI
        QCOMPARE(q->session, Session::Regular);
        QCOMPARE(Kst::timeOf(q->timeMs), QTime(10, 15));
    }
    void requestErrors_data()
    {
        QTest::addColumn<QVariant>("returned");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("answers");
        QTest::addColumn<QString>("code");       // the wire name a client sees
        QTest::addColumn<int>("httpStatus");     // and the status it answers with
        QTest::newRow("status -1 after Received") << QVariant() << -1 << true << "feed_error" << 502;
        QTest::newRow("status -1 at once") << QVariant() << -1 << false << "feed_error" << 502;
        QTest::newRow("return code 1") << QVariant(1) << 0 << false << "feed_error" << 502;
        QTest::newRow("return code 3") << QVariant(3) << 0 << false << "feed_error" << 502;
        QTest::newRow("no answer") << QVariant() << 1 << false << "feed_timeout" << 504;
    }
    void requestErrors()
    {
        QFETCH(QVariant, returned);
        QFETCH(int, status);
        QFETCH(bool, answers);
        QFETCH(QString, code);
        QFETCH(int, httpStatus);
        FakeDispatch d;
        d.script[QStringLiteral("DsCbo1.StockMst")] = [=](FakeObject &o) {
            o.methods[QStringLiteral("Request")] = [&o, returned, status, answers](const QVariantList &) {
                o.dibStatus = status;
                o.dibMsg = QStringLiteral("조회 실패");
                if (answers)
                    o.answerSoon();
                return returned;
            };
        };
        CybosFeed feed(d, QStringLiteral("emulator"));
        feed.setRequestTimeoutMs(100);
        const Result<Quote> q = await(feed.snapshot(QStringLiteral("005930")));
        QVERIFY(!q.ok());
        QCOMPARE(errorCodeName(q.error().code), code);
        const HttpResponse answer = HttpResponse::error(q.error());
        QCOMPARE(answer.status, httpStatus);
        QVERIFY2(answer.body.contains(code.toUtf8()), answer.body.constData());
        if (q.error().code == ErrorCode::FeedError)
            QCOMPARE(q.error().message, QStringLiteral("조회 실패"));
    }
    void unknownCodeCostsNoRequest()
    {
        FakeDispatch d;
        CybosFeed feed(d, QStringLiteral("emulator"));
        const Result<Quote> q = await(feed.snapshot(QStringLiteral("999999")));
        QVERIFY(!q.ok());
        QCOMPARE(q.error().code, ErrorCode::UnknownCode);
        QCOMPARE(d.last(QStringLiteral("DsCbo1.StockMst")), nullptr);
        QCOMPARE(await(feed.snapshot(QStringLiteral("x"))).error().code, ErrorCode::InvalidCode);
    }
    void disconnectFailsRequestInFlight()
    {
        FakeDispatch d;
        CybosFeed feed(d, QStringLiteral("emulator"));
        QSignalSpy changed(&feed, &MarketFeed::connectionChanged);
        QTimer::singleShot(20, d.cybos, [&d] {
            d.linkUp = false;
            d.cybos->props[QStringLiteral("IsConnect")] = 0;
            Q_EMIT d.cybos->disconnected();
        });
        const Result<Quote> q = await(feed.snapshot(QStringLiteral("005930")));
        QVERIFY(!q.ok());
        QCOMPARE(q.error().code, ErrorCode::FeedDisconnected);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), false);
        QCOMPARE(await(feed.snapshot(QStringLiteral("005930"))).error().code, ErrorCode::FeedDisconnected);
        d.linkUp = true;
        QVERIFY(changed.wait(5000)); // a fresh CpCybos sees the link return
        QCOMPARE(changed.at(1).at(0).toBool(), true);
    }
    void budgets()
    {
        FakeDispatch d;
        CybosFeed feed(d, QStringLiteral("emulator"));
        QCOMPARE(feed.requestBudget().remaining, 57);
        QCOMPARE(feed.requestBudget().resetInMs, 4000);
        QCOMPARE(feed.serverType(), 1);
        QCOMPARE(feed.subscriptionBudget().limit, 400);
        QCOMPARE(feed.backendName(), QStringLiteral("emulator"));
    }
};

QTEST_GUILESS_MAIN(TestAdapter)
#include "tst_adapter.moc"
