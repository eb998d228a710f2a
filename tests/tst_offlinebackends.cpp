// The feed services and the REST API on the backends with no feed to ask (relay, replay):
// history answers from the stored bars (200, possibly empty, normal paging) and prices from
// the quote cache the pushed ticks fill, without a feed request and without a 503 while the
// data is there; a backfill, which could only fetch, is refused.
#include "core/domain/ksttime.h"
#include "core/replay/replayfeed.h"
#include "core/relay/relayfeed.h"
#include "core/services/historyservice.h"
#include "core/services/requestscheduler.h"
#include "core/services/servicehub.h"
#include "core/storage/storagewrites.h"
#include "awaittask.h"
#include "forwardsource.h"
#include "serverfixture.h"
#include "relayfakes.h"

using namespace cybos;
using namespace cybos::test;

namespace {
const QString kCode = QStringLiteral("005930");

StockList listing()
{
    return {ServerFixture::stock(kCode, QStringLiteral("삼성전자")),
            ServerFixture::stock(QStringLiteral("000660"), QStringLiteral("SK하이닉스")),
            ServerFixture::stock(QStringLiteral("035420"), QStringLiteral("NAVER")),
            ServerFixture::stock(QStringLiteral("051910"), QStringLiteral("LG화학"))};
}

// Three daily bars of January 2024, stored without coverage: the feed never proved the range.
BarList januaryBars()
{
    BarList bars;
    for (int day : {2, 3, 4}) {
        const qint64 price = 70000 + day * 100;
        bars << Bar{Kst::toEpochMs(QDate(2024, 1, day)), price, price + 500, price - 500, price, 1000, price * 1000};
    }
    return bars;
}

ChartQuery january(const QString &code = kCode)
{
    return ChartQuery{code, Interval::Day, true, QDate(2024, 1, 1), QDate(2024, 1, 31)};
}

// A ServiceHub over an offline feed and a storage holding the listing and January's bars.
struct OfflineHub {
    QuoteCache cache;
    std::unique_ptr<ServiceHub> hub;

    void start(MarketFeed *feed, Storage *storage)
    {
        QVERIFY(await(storage->writes()->upsertStocks(listing(), true)).ok());
        QVERIFY(await(storage->writes()->storeBars(BarKey{kCode, Interval::Day, true}, januaryBars(), std::nullopt)).ok());
        ServiceHubOptions options;
        options.autoSync = false;
        hub = std::make_unique<ServiceHub>(feed, storage, &cache, nullptr, options);
        hub->start();
    }
};

// The relay of the application: pushes feed the cache through the RelayBus and keep the
// RelayFeed connected; an ApiServer serves the hub.
struct RelayApp {
    RelayRig relay;
    RelayFeed feed{relay.storage.database()};
    OfflineHub services;
    FixedStatus status;
    std::unique_ptr<ApiServer> server;
    QNetworkAccessManager network;

    RelayApp()
    {
        QObject::connect(relay.bus.get(), &TickBus::ticksPublished, &services.cache, &QuoteCache::applyTicks,
                         Qt::DirectConnection);
        QObject::connect(relay.ingest.get(), &IngestService::pushed, &feed, &RelayFeed::notePush);
        services.start(&feed, &relay.storage);
    }
    ~RelayApp() { server.reset(); }
    ServiceHub *hub() const { return services.hub.get(); }
    bool push(qint64 firstSeq, int n) { return await(relay.ingest->ingest(QStringLiteral("src"), makeTicks(firstSeq, n))).ok(); }
    bool serve()
    {
        ServerDeps deps;
        deps.config.backend = BackendKind::Relay;
        deps.config.port = 0;
        deps.services = hub();
        deps.status = &status;
        deps.quotes = &services.cache;
        deps.tickBus = relay.bus.get();
        deps.dbPath = relay.tmp.path();
        server = std::make_unique<ApiServer>(deps);
        return server->start().ok();
    }
    HttpResult get(const QString &path)
    {
        return replyResult(network.get(QNetworkRequest(QUrl(server->address() + path))));
    }
};

QList<qint64> barTimes(const QJsonObject &body)
{
    QList<qint64> out;
    for (const QJsonValue &b : body.value(QLatin1String("bars")).toArray())
        out << Kst::parse(b[QLatin1String("time")].toString()).value();
    return out;
}
} // namespace

class TestOfflineBackends : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void relayHistoryServesStoredBars_data();
    void relayHistoryServesStoredBars();
    void relayHistoryOverHttpPages();
    void relayQuotesComeFromTheCache();
    void relayQuoteOfAnUntradedCode();
    void relayRefusesBackfill();
    void replayHistoryServesStoredBars();
};

void TestOfflineBackends::relayHistoryServesStoredBars_data()
{
    QTest::addColumn<bool>("pushing");
    QTest::newRow("forwarder pushing") << true;
    QTest::newRow("no forwarder") << false;
}

void TestOfflineBackends::relayHistoryServesStoredBars()
{
    QFETCH(bool, pushing);
    RelayApp app;
    if (pushing)
        QVERIFY(app.push(1, 3));
    QCOMPARE(app.feed.isConnected(), pushing);
    for (const QString &code : {kCode, QStringLiteral("000660")}) { // with bars, and with none
        const auto ensured = await(app.hub()->ensureHistory(january(code), 1000));
        QVERIFY2(ensured.ok(), qPrintable(ensured.ok() ? QString() : errorCodeName(ensured.error().code)));
    }
    QCOMPARE(app.hub()->scheduler()->issued(), 0);
    QCOMPARE(app.hub()->history()->pagesFetched(), 0);
}

void TestOfflineBackends::relayHistoryOverHttpPages()
{
    RelayApp app;
    QVERIFY(app.push(1, 3));
    QVERIFY(app.serve());
    const QString path = QStringLiteral("/api/prices/005930/history?from=2024-01-01&to=2024-01-31&limit=2");
    const HttpResult first = app.get(path);
    QCOMPARE(first.status, 200);
    const BarList bars = januaryBars();
    QCOMPARE(barTimes(first.json()), (QList<qint64>{bars[0].timeMs, bars[1].timeMs}));
    const QString token = first.json().value(QLatin1String("next_page_token")).toString();
    QVERIFY(!token.isEmpty());
    const HttpResult second = app.get(path + QStringLiteral("&page_token=") + token);
    QCOMPARE(second.status, 200);
    QCOMPARE(barTimes(second.json()), QList<qint64>{bars[2].timeMs});
    QVERIFY(second.json().value(QLatin1String("next_page_token")).isNull());
    const HttpResult none = app.get(QStringLiteral("/api/prices/000660/history?from=2024-01-01&to=2024-01-31"));
    QCOMPARE(none.status, 200);
    QVERIFY(none.json().value(QLatin1String("bars")).toArray().isEmpty());
    QVERIFY(none.json().value(QLatin1String("next_page_token")).isNull());
}

// Nothing is subscribed on the relay: the forwarder pushes what its source streams.
void TestOfflineBackends::relayQuotesComeFromTheCache()
{
    RelayApp app;
    const TickList pushed = makeTicks(1, 6); // 005930 trades at seq 3 and 6
    QVERIFY(app.push(1, 6));
    QVERIFY(app.hub()->subscribed().isEmpty());
    for (bool fresh : {false, true}) {
        const auto quote = await(app.hub()->quote(kCode, fresh, 1000));
        QVERIFY2(quote.ok(), qPrintable(quote.ok() ? QString() : errorCodeName(quote.error().code)));
        QCOMPARE(quote->price, pushed.at(5).price);
    }
    QVERIFY(app.serve());
    const HttpResult one = app.get(QStringLiteral("/api/prices/005930"));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value(QLatin1String("price")).toInteger(), pushed.at(5).price);
    const HttpResult many = app.get(QStringLiteral("/api/prices?codes=005930,000660,051910"));
    QCOMPARE(many.status, 200);
    QCOMPARE(many.json().value(QLatin1String("items")).toArray().size(), 2);
    QCOMPARE(many.json().value(QLatin1String("missing")).toArray(), QJsonArray{QStringLiteral("051910")});
    QCOMPARE(app.hub()->scheduler()->issued(), 0);
}

void TestOfflineBackends::relayQuoteOfAnUntradedCode()
{
    RelayApp app;
    auto quote = await(app.hub()->quote(QStringLiteral("051910"), false, 1000));
    QCOMPARE(quote.error().code, ErrorCode::FeedDisconnected); // no forwarder pushes
    QVERIFY(app.push(1, 3));
    quote = await(app.hub()->quote(QStringLiteral("051910"), false, 1000));
    QCOMPARE(quote.error().code, ErrorCode::FeedUnavailable);
    QCOMPARE(app.hub()->scheduler()->issued(), 0);
}

void TestOfflineBackends::relayRefusesBackfill()
{
    RelayApp app;
    QVERIFY(app.push(1, 3));
    const auto start = await(app.hub()->startBackfill(BackfillRequest{{kCode}, Interval::Day, QDate(2024, 1, 1)}));
    QVERIFY(!start.ok());
    QCOMPARE(start.error().code, ErrorCode::FeedUnavailable);
}

void TestOfflineBackends::replayHistoryServesStoredBars()
{
    TempDb recording;
    {
        Database database(recording.path());
        QSqlDatabase db = database.connection(DbAccess::ReadWrite).value();
        QVERIFY(Database::migrate(db).ok());
        db = QSqlDatabase();
        database.closeThreadConnections();
    }
    ReplayFeed feed({.path = recording.path()});
    QVERIFY(feed.open().ok());
    TempDb own;
    Storage storage(StorageOptions{.path = own.path(), .retentionDays = 0});
    QVERIFY(storage.open().ok());
    {
        OfflineHub services;
        services.start(&feed, &storage);
        QVERIFY(!feed.isConnected()); // not playing
        const auto ensured = await(services.hub->ensureHistory(january(), 1000));
        QVERIFY2(ensured.ok(), qPrintable(ensured.ok() ? QString() : errorCodeName(ensured.error().code)));
        QCOMPARE(services.hub->scheduler()->issued(), 0);
    }
    storage.shutdown();
}

QTEST_GUILESS_MAIN(TestOfflineBackends)
#include "tst_offlinebackends.moc"
