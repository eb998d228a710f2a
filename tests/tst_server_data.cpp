// History, ticks, subscriptions, backfill and the emulator's endpoints.
#include "serverfixture.h"
#include "core/domain/ksttime.h"
#include <QTest>

using namespace cybos;
using namespace cybos::test;

class TestServerData : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> f;
    const qint64 day0 = Kst::toEpochMs(QDate(2026, 11, 2));

    BarList dailyBars(int n) const
    {
        BarList bars;
        for (int i = 0; i < n; ++i)
            bars.append(Bar{day0 + i * 86'400'000LL, 100 + i, 110 + i, 90 + i, 105 + i, 1000 + i, 100000 + i});
        return bars;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<ServerFixture>();
        QVERIFY(f->started());
        f->addStocks({ServerFixture::stock(QStringLiteral("005930"), QStringLiteral("삼성전자")),
                      ServerFixture::stock(QStringLiteral("000660"), QStringLiteral("SK하이닉스"))});
    }
    void cleanup() { f.reset(); }

    void historyFromTheDatabase()
    {
        f->addBars(BarKey{QStringLiteral("005930"), Interval::Day, true}, dailyBars(5));
        const auto r = f->get(QStringLiteral("/api/prices/005930/history?from=2026-11-02&to=2026-11-05&limit=3"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("005930"));
        QCOMPARE(o.value(QStringLiteral("interval")).toString(), QStringLiteral("1d"));
        QCOMPARE(o.value(QStringLiteral("adjusted")).toBool(), true);
        const QJsonArray bars = o.value(QStringLiteral("bars")).toArray();
        QCOMPARE(bars.size(), 3);
        QCOMPARE(bars.at(0).toObject().value(QStringLiteral("time")).toString(), QStringLiteral("2026-11-02T00:00:00.000+09:00"));
        QCOMPARE(bars.at(2).toObject().value(QStringLiteral("close")).toInt(), 107);
        const QString token = o.value(QStringLiteral("next_page_token")).toString();
        QVERIFY(!token.isEmpty());
        // The feed services were asked for exactly the requested range.
        QCOMPARE(f->services.historyCalls.size(), 1);
        const ChartQuery q = f->services.historyCalls.at(0);
        QCOMPARE(q.code, QStringLiteral("005930"));
        QCOMPARE(q.from, QDate(2026, 11, 2));
        QCOMPARE(q.to, QDate(2026, 11, 5));
        QVERIFY(q.adjusted);
        const auto next = f->get(QStringLiteral("/api/prices/005930/history?from=2026-11-02&to=2026-11-05&limit=3&page_token=")
                                 + QString::fromLatin1(QUrl::toPercentEncoding(token)));
        QCOMPARE(next.json().value(QStringLiteral("bars")).toArray().size(), 1); // "to" is the whole day 11-05
        QVERIFY(next.json().value(QStringLiteral("next_page_token")).isNull());
    }

    void historyCsvAndOptions()
    {
        // A weekly bar is built from the daily bars of its week (the raw series here).
        f->addBars(BarKey{QStringLiteral("005930"), Interval::Day, false}, dailyBars(2));
        f->addBars(BarKey{QStringLiteral("005930"), Interval::Day, true}, {Bar{day0, 1, 1, 1, 1, 1, 1}});
        const auto r = f->get(QStringLiteral("/api/prices/005930/history?interval=1w&adjusted=false&from=2026-11-01&format=csv"));
        QCOMPARE(r.status, 200);
        const QList<QByteArray> lines = r.body.trimmed().split('\n');
        QCOMPARE(lines.at(0).trimmed(), QByteArray("time,open,high,low,close,volume,value"));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(1).startsWith("2026-11-03T00:00:00.000+09:00,100,111,90,106,2001,200001"), lines.at(1));
        QCOMPARE(f->services.historyCalls.at(0).interval, Interval::Week);
        QVERIFY(!f->services.historyCalls.at(0).adjusted);
    }

    void historyErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("interval") << "interval=2h" << 400 << "invalid_parameter";
        QTest::newRow("from") << "from=yesterday" << 400 << "invalid_parameter";
        QTest::newRow("reversed") << "from=2026-11-05&to=2026-11-01" << 400 << "invalid_parameter";
        QTest::newRow("adjusted") << "adjusted=maybe" << 400 << "invalid_parameter";
        QTest::newRow("limit0") << "limit=0" << 400 << "invalid_parameter";
        QTest::newRow("format") << "format=xml" << 400 << "invalid_parameter";
        QTest::newRow("token") << "page_token=zzz" << 400 << "invalid_page_token";
    }
    void historyErrors()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, code);
        const auto r = f->get(QStringLiteral("/api/prices/005930/history?") + query);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
    }

    void historyBudget()
    {
        f->services.exhaustBudget(20000);
        const auto r = f->get(QStringLiteral("/api/prices/005930/history?max_wait_ms=100"));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("retry-after"), QByteArray("20"));
    }

    void ticksByCode()
    {
        const qint64 t0 = Kst::toEpochMs(QDate(2026, 11, 26), QTime(9, 0));
        TickList ticks;
        for (int i = 1; i <= 5; ++i)
            ticks.append(ServerFixture::tick(i, i % 2 ? QStringLiteral("005930") : QStringLiteral("000660"), t0 + i * 1000, 71000 + i));
        f->addTicks(ticks);
        auto r = f->get(QStringLiteral("/api/ticks/005930?limit=2"));
        QCOMPARE(r.status, 200);
        QJsonArray got = r.json().value(QStringLiteral("ticks")).toArray();
        QCOMPARE(got.size(), 2);
        const QJsonObject first = got.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("seq")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("time")).toString(), QStringLiteral("2026-11-26T09:00:01.000+09:00"));
        QCOMPARE(first.value(QStringLiteral("side")).toString(), QStringLiteral("buy"));
        QCOMPARE(first.value(QStringLiteral("session")).toString(), QStringLiteral("regular"));
        const QString token = r.json().value(QStringLiteral("next_page_token")).toString();
        r = f->get(QStringLiteral("/api/ticks/005930?limit=2&page_token=") + QString::fromLatin1(QUrl::toPercentEncoding(token)));
        got = r.json().value(QStringLiteral("ticks")).toArray();
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.at(0).toObject().value(QStringLiteral("seq")).toInt(), 5);
        r = f->get(QStringLiteral("/api/ticks/005930?from=2026-11-26T09:00:02.500%2B09:00&to=") + QString::number(t0 + 4000));
        QCOMPARE(r.json().value(QStringLiteral("ticks")).toArray().size(), 1);
        r = f->get(QStringLiteral("/api/ticks/005930?format=csv"));
        QVERIFY(r.body.startsWith("seq,code,time,price,change,volume,cum_volume,cum_value,ask,bid,side,session\r\n1,005930,"));
    }

    void ticksSinceSeq()
    {
        TickList ticks;
        for (int i = 1; i <= 5; ++i)
            ticks.append(ServerFixture::tick(i, QStringLiteral("005930"), Kst::nowMs(), 71000 + i));
        f->addTicks(ticks);
        auto r = f->get(QStringLiteral("/api/ticks?since_seq=1&limit=3"));
        QCOMPARE(r.status, 200);
        QJsonArray got = r.json().value(QStringLiteral("ticks")).toArray();
        QCOMPARE(got.size(), 3);
        QCOMPARE(got.at(0).toObject().value(QStringLiteral("seq")).toInt(), 2);
        QCOMPARE(r.json().value(QStringLiteral("next_since_seq")).toInt(), 4);
        const QString token = r.json().value(QStringLiteral("next_page_token")).toString();
        QVERIFY(!token.isEmpty());
        r = f->get(QStringLiteral("/api/ticks?limit=3&page_token=") + token);
        got = r.json().value(QStringLiteral("ticks")).toArray();
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.at(0).toObject().value(QStringLiteral("seq")).toInt(), 5);
        QVERIFY(r.json().value(QStringLiteral("next_page_token")).isNull());
        QCOMPARE(f->get(QStringLiteral("/api/ticks?since_seq=5")).json().value(QStringLiteral("ticks")).toArray().size(), 0);
        QCOMPARE(f->get(QStringLiteral("/api/ticks")).errorCode(), QStringLiteral("invalid_parameter"));
        QCOMPARE(f->get(QStringLiteral("/api/ticks?since_seq=-1")).errorCode(), QStringLiteral("invalid_parameter"));
        QCOMPARE(f->get(QStringLiteral("/api/ticks?page_token=bad")).errorCode(), QStringLiteral("invalid_page_token"));
    }

    void subscriptions()
    {
        auto r = f->get(QStringLiteral("/api/subscriptions"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("limit")).toInt(), 400);
        r = f->post(QStringLiteral("/api/subscriptions"), R"({"codes":["005930","a000660"]})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("codes")).toArray(), (QJsonArray{QStringLiteral("005930"), QStringLiteral("000660")}));
        QCOMPARE(r.json().value(QStringLiteral("used")).toInt(), 2);
        r = f->del(QStringLiteral("/api/subscriptions/005930"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("pinned")).toArray(), QJsonArray{QStringLiteral("000660")});
        QCOMPARE(f->del(QStringLiteral("/api/subscriptions/005930")).errorCode(), QStringLiteral("not_pinned"));
        f->services.setSubscriptionLimit(1);
        r = f->post(QStringLiteral("/api/subscriptions"), R"({"codes":["005930"]})");
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("subscription_limit"));
        QCOMPARE(f->get(QStringLiteral("/api/subscriptions")).json().value(QStringLiteral("codes")).toArray().size(), 1);
    }

    void backfill()
    {
        auto r = f->post(QStringLiteral("/api/history/backfill"), R"({"codes":"kospi200","interval":"1w","from":"2024-01-02"})");
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json().value(QStringLiteral("job")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("backfill"));
        QCOMPARE(f->services.backfills.size(), 1);
        QCOMPARE(f->services.backfills.at(0).codes, QStringList{QStringLiteral("kospi200")});
        QCOMPARE(f->services.backfills.at(0).interval, Interval::Week);
        QCOMPARE(f->services.backfills.at(0).from, QDate(2024, 1, 2));
        QCOMPARE(f->post(QStringLiteral("/api/history/backfill"), R"({"codes":["005930"]})").status, 409);
        QCOMPARE(f->post(QStringLiteral("/api/history/backfill"), R"({"codes":[]})").errorCode(), QStringLiteral("bad_request"));
        QCOMPARE(f->post(QStringLiteral("/api/history/backfill"), R"({"codes":"all"})").errorCode(), QStringLiteral("bad_request"));
        QCOMPARE(f->post(QStringLiteral("/api/history/backfill"), R"({"codes":["59 30"]})").errorCode(), QStringLiteral("invalid_code"));
        QCOMPARE(f->post(QStringLiteral("/api/history/backfill"), R"({"codes":["005930"],"interval":7})").status, 400);
        QCOMPARE(f->post(QStringLiteral("/api/history/backfill"), R"({"codes":["005930"],"from":"soon"})").status, 400);
    }

    void emulatorEndpoints()
    {
        auto r = f->post(QStringLiteral("/api/emulator/disconnect"), R"({"seconds":3})");
        QCOMPARE(r.status, 202);
        QCOMPARE(f->emulator.disconnects, QList<int>{3000});
        r = f->post(QStringLiteral("/api/emulator/rate"), R"({"ticks_per_s":500})");
        QCOMPARE(r.status, 200);
        QCOMPARE(f->emulator.rates, QList<int>{500});
        QCOMPARE(f->post(QStringLiteral("/api/emulator/rate"), R"({"ticks_per_s":-1})").status, 400);
        QCOMPARE(f->post(QStringLiteral("/api/emulator/rate"), R"({"ticks_per_s":"fast"})").status, 400);
        QCOMPARE(f->post(QStringLiteral("/api/emulator/disconnect"), R"({"seconds":1.5})").status, 400);
        QCOMPARE(f->get(QStringLiteral("/api/emulator/rate")).status, 405);
    }

    void emulatorEndpointsAbsentElsewhere()
    {
        FixtureSetup setup;
        setup.emulator = false;
        ServerFixture other(setup);
        const auto r = other.post(QStringLiteral("/api/emulator/disconnect"), R"({"seconds":3})");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
    }
};

QTEST_GUILESS_MAIN(TestServerData)
#include "tst_server_data.moc"
