// The hand-written JSON of the domain types (core/domain/domainjson): exact bytes, KST times,
// escaping, nulls, and Tick read back from JSON (the relay's ingest).
#include "core/domain/domainjson.h"
#include "core/server/controllers/quotejsoncache.h"
#include "core/server/http/csv.h"
#include "core/domain/ksttime.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cybos;

class TestServerJson : public QObject
{
    Q_OBJECT

private:
    static Tick sampleTick()
    {
        Tick t;
        t.seq = 42;
        t.code = QStringLiteral("005930");
        t.timeMs = Kst::toEpochMs(QDate(2026, 11, 26), QTime(9, 0, 1, 123));
        t.price = 71000;
        t.change = -500;
        t.volume = 10;
        t.cumVolume = 12345;
        t.cumValue = 876543210;
        t.ask = 71100;
        t.bid = 71000;
        t.side = Side::Sell;
        t.session = Session::Regular;
        return t;
    }

private Q_SLOTS:
    void tickBytes()
    {
        QCOMPARE(DomainJson::toJson(sampleTick()),
                 QByteArray(R"({"seq":42,"code":"005930","time":"2026-11-26T09:00:01.123+09:00","price":71000,)"
                            R"("change":-500,"volume":10,"cum_volume":12345,"cum_value":876543210,"ask":71100,)"
                            R"("bid":71000,"side":"sell","session":"regular"})"));
        Tick unknownSide = sampleTick();
        unknownSide.side = Side::Unknown;
        QVERIFY(DomainJson::toJson(unknownSide).contains("\"side\":null"));
        QVERIFY(DomainJson::tickMessage(sampleTick()).startsWith("{\"type\":\"tick\",\"seq\":42,"));
    }

    void isoTimes_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::newRow("epoch") << QDate(1970, 1, 1) << QTime(9, 0);
        QTest::newRow("before epoch") << QDate(1969, 12, 31) << QTime(23, 59, 59, 999);
        QTest::newRow("leap day") << QDate(2028, 2, 29) << QTime(15, 30, 0, 5);
        QTest::newRow("century") << QDate(2100, 3, 1) << QTime(0, 0);
        QTest::newRow("year end") << QDate(2026, 12, 31) << QTime(23, 59, 59, 999);
        QTest::newRow("midnight") << QDate(2026, 11, 27) << QTime(0, 0);
    }
    void isoTimes()
    {
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        const qint64 ms = Kst::toEpochMs(date, time);
        QByteArray fast;
        Json::appendIsoKst(fast, ms);
        QCOMPARE(QString::fromLatin1(fast), Kst::toIso(ms));
        QCOMPARE(Kst::parse(QString::fromLatin1(fast)).value(), ms);
    }

    void stockNullsAndEscapes()
    {
        Stock s;
        s.code = QStringLiteral("Q500001");
        s.name = QStringLiteral("삼성 \"레버리지\"\\ \n ETN");
        s.market = QStringLiteral("etn");
        s.prevClose = 12000;
        const QByteArray json = DomainJson::toJson(s);
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), s.name);
        QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("Q500001"));
        QVERIFY(o.value(QStringLiteral("section")).isNull());
        QVERIFY(o.value(QStringLiteral("listed_date")).isNull());
        QVERIFY(o.value(QStringLiteral("par_price")).isNull());
        QVERIFY(o.value(QStringLiteral("updated_at")).isNull());
        QCOMPARE(o.value(QStringLiteral("prev_close")).toInt(), 12000);
        QCOMPARE(o.size(), 15);
    }

    void quoteAndOthers()
    {
        Quote q;
        q.code = QStringLiteral("005930");
        q.changeRate = 1.2345;
        q.source = QuoteSource::Realtime;
        const QJsonObject o = QJsonDocument::fromJson(DomainJson::toJson(q)).object();
        QCOMPARE(o.size(), 19);
        QCOMPARE(o.value(QStringLiteral("change_rate")).toDouble(), 1.23);
        QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("realtime"));
        QVERIFY(o.value(QStringLiteral("time")).isNull());
        Job j;
        j.id = 3;
        j.kind = JobKind::Backfill;
        j.state = JobState::Failed;
        j.error = QStringLiteral("disk full");
        const QJsonObject jo = QJsonDocument::fromJson(DomainJson::toJson(j)).object();
        QCOMPARE(jo.value(QStringLiteral("error")).toString(), QStringLiteral("disk full"));
        QCOMPARE(jo.value(QStringLiteral("progress")).toObject().size(), 2);
        OrderBook b;
        QCOMPARE(QJsonDocument::fromJson(DomainJson::toJson(b)).object().value(QStringLiteral("asks")).toArray().size(), 10);
    }

    // What the feed did not give is null, never 0 (api.md): before the day's first trade a
    // quote has no open/high/low; a side with no order has no ask/bid.
    void absentQuoteFieldsAreNull()
    {
        Quote q;
        q.code = QStringLiteral("005930");
        q.price = 71000;
        q.prevClose = 71000;
        q.high = 71500;
        const QJsonObject o = QJsonDocument::fromJson(DomainJson::toJson(q)).object();
        for (const char *name : {"open", "low", "ask", "bid", "upper_limit", "lower_limit"})
            QVERIFY2(o.value(QLatin1String(name)).isNull(), name);
        QCOMPARE(o.value(QStringLiteral("high")).toInteger(), 71500);
        QCOMPARE(o.value(QStringLiteral("volume")).toInteger(), 0); // a count: 0 shares is given
        const QByteArray csv = Csv::quotes({q});
        QVERIFY2(csv.contains(",0.00,,71500,,,,0,0,71000,,,regular,"), csv.constData());
        Tick t = sampleTick();
        t.ask = 0;
        const QJsonObject to = QJsonDocument::fromJson(DomainJson::toJson(t)).object();
        QVERIFY(to.value(QStringLiteral("ask")).isNull());
        QCOMPARE(to.value(QStringLiteral("bid")).toInteger(), 71000);
        QCOMPARE(DomainJson::tickFromJson(to).value(), t);
    }

    void tickRoundTrip()
    {
        const Tick t = sampleTick();
        const auto back = DomainJson::tickFromJson(QJsonDocument::fromJson(DomainJson::toJson(t)).object());
        QVERIFY(back);
        QCOMPARE(back.value(), t);
        QJsonObject epoch = QJsonDocument::fromJson(DomainJson::toJson(t)).object();
        epoch.insert(QStringLiteral("time"), double(t.timeMs));
        epoch.insert(QStringLiteral("code"), QStringLiteral("A005930"));
        QCOMPARE(DomainJson::tickFromJson(epoch).value(), t);
    }

    void tickFromBadJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QByteArray ok = R"("seq":1,"code":"005930","time":1700000000000,"price":1,"volume":1)";
        QTest::newRow("not object") << QByteArray("[1]") << "object";
        QTest::newRow("no seq") << QByteArray(R"({"code":"005930","time":1,"price":1,"volume":1})") << "seq";
        QTest::newRow("zero seq") << QByteArray(R"({"seq":0,"code":"005930","time":1,"price":1,"volume":1})") << "seq";
        QTest::newRow("bad code") << QByteArray(R"({"seq":1,"code":"x","time":1,"price":1,"volume":1})") << "code";
        QTest::newRow("bad time") << QByteArray(R"({"seq":1,"code":"005930","time":"soon","price":1,"volume":1})") << "time";
        QTest::newRow("fraction") << QByteArray(R"({"seq":1,"code":"005930","time":1,"price":1.5,"volume":1})") << "price";
        QTest::newRow("string price") << QByteArray(R"({"seq":1,"code":"005930","time":1,"price":"1","volume":1})") << "price";
        QTest::newRow("side") << QByteArray("{" + ok + R"(,"side":"up"})") << "side";
        QTest::newRow("session") << QByteArray("{" + ok + R"(,"session":"night"})") << "session";
        QTest::newRow("huge") << QByteArray(R"({"seq":1e300,"code":"005930","time":1,"price":1,"volume":1})") << "seq";
    }
    void tickFromBadJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        const auto t = DomainJson::tickFromJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        QVERIFY(!t);
        QCOMPARE(t.error().code, ErrorCode::BadRequest);
        QVERIFY2(t.error().message.contains(field), qPrintable(t.error().message));
    }

    void tickListNamesTheIndex()
    {
        QJsonArray list{QJsonDocument::fromJson(DomainJson::toJson(sampleTick())).object(), QJsonObject{}};
        const auto r = DomainJson::ticksFromJson(list);
        QVERIFY(!r);
        QVERIFY(r.error().message.startsWith(QStringLiteral("ticks[1]")));
    }

    void quoteJsonCacheMatchesTheSerialiserAndFollowsRevisions()
    {
        Quote q;
        q.code = QStringLiteral("005930");
        q.name = QStringLiteral("삼성전자");
        q.timeMs = Kst::toEpochMs(QDate(2026, 11, 26), QTime(9, 0, 1, 123));
        q.price = 71000;
        q.source = QuoteSource::Realtime;
        QuoteJsonCache cache;
        for (qint64 age : {0, 7, 123456}) {
            q.ageMs = age;
            QCOMPARE(cache.json(q, 1), DomainJson::toJson(q));
        }
        const Quote before = q;
        q.price = 71100; // the same revision: the cached part stays (the cache's contract)
        QCOMPARE(cache.json(q, 1), DomainJson::toJson(before));
        QCOMPARE(cache.json(q, 2), DomainJson::toJson(q)); // a new revision: serialised again
        Quote other = q;
        other.code = QStringLiteral("000660");
        other.price = 180000;
        QCOMPARE(cache.json(other, 2), DomainJson::toJson(other)); // per code
        QCOMPARE(cache.json(q, 2), DomainJson::toJson(q));
    }
};

QTEST_GUILESS_MAIN(TestServerJson)
#include "tst_server_json.moc"
