// StockRepository: upsert (delisting on full sync), filters, keyset paging, counts.
#include "core/domain/ksttime.h"
#include "core/storage/database.h"
#include "core/storage/stockrepository.h"
#include "core/storage/metarepository.h"
#include "migrateddb.h"
#include "tempdb.h"
#include <QSqlQuery>
#include <QTest>

using namespace cybos;

namespace {

Stock stock(const QString &code, const QString &name, const QString &market, bool k200 = false)
{
    Stock s;
    s.code = code;
    s.name = name;
    s.market = market;
    s.section = QStringLiteral("stock");
    s.kospi200 = k200;
    s.controlKind = QStringLiteral("normal");
    s.status = QStringLiteral("normal");
    return s;
}

StockList sample()
{
    Stock samsung = stock(QStringLiteral("005930"), QStringLiteral("삼성전자"), QStringLiteral("kospi"), true);
    samsung.listedDate = QDate(1975, 6, 11);
    samsung.parPrice = 100;
    samsung.prevClose = 71000;
    samsung.upperLimit = 92300;
    samsung.lowerLimit = 49700;
    samsung.updatedAt = Kst::toDateTime(1'700'000'000'000);
    samsung.engName = QStringLiteral("SamsungElec");
    samsung.sizeClass = 1;
    return {samsung,
            stock(QStringLiteral("000660"), QStringLiteral("SK하이닉스"), QStringLiteral("kospi"), true),
            stock(QStringLiteral("035720"), QStringLiteral("카카오"), QStringLiteral("kospi")),
            stock(QStringLiteral("091990"), QStringLiteral("셀트리온헬스케어"), QStringLiteral("kosdaq")),
            stock(QStringLiteral("Q500001"), QStringLiteral("신한 인버스 WTI원유 선물 ETN"), QStringLiteral("etn")),
            stock(QStringLiteral("069500"), QStringLiteral("KODEX 200"), QStringLiteral("etf"))};
}

QStringList codes(const StockList &list)
{
    QStringList out;
    for (const Stock &s : list)
        out << s.code;
    return out;
}

} // namespace

class TestStorageStocks : public QObject
{
    Q_OBJECT
    test::MigratedDb m_store;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_store.create());
        QVERIFY(StockRepository(m_store.db()).upsert(sample(), true, 1000).ok());
    }

    void cleanup() { m_store.drop(); }

    void roundTripKeepsEveryField()
    {
        auto got = StockRepository(m_store.db()).get(QStringLiteral("005930"));
        QVERIFY(got.ok() && got->has_value());
        QCOMPARE(**got, sample().first());
        auto missing = StockRepository(m_store.db()).get(QStringLiteral("999999"));
        QVERIFY(missing.ok() && !missing->has_value());
        // Absent fields stay null, never invented; no updatedAt means "now" of the sync.
        const Stock kakao = **StockRepository(m_store.db()).get(QStringLiteral("035720"));
        QVERIFY(!kakao.listedDate && !kakao.parPrice && !kakao.prevClose);
        QCOMPARE(kakao.updatedAt.toMSecsSinceEpoch(), 1000);
    }

    void fullSyncDelistsAbsentCodes()
    {
        StockRepository repo(m_store.db());
        StockList next = sample();
        next.removeIf([](const Stock &s) { return s.code == QStringLiteral("035720"); });
        next[1].name = QStringLiteral("SK hynix");
        auto summary = repo.upsert(next, true, 2000);
        QVERIFY(summary.ok());
        QCOMPARE(summary->upserted, next.size());
        QCOMPARE(summary->delisted, 1);
        QCOMPARE((*repo.get(QStringLiteral("035720")))->status, QStringLiteral("delisted"));
        QCOMPARE((*repo.get(QStringLiteral("000660")))->name, QStringLiteral("SK hynix"));
        QCOMPARE(*repo.lastSyncMs(), 2000);
        // A partial upsert delists nothing and leaves the sync time alone.
        auto partial = repo.upsert({stock(QStringLiteral("123456"), QStringLiteral("New"), QStringLiteral("konex"))}, false, 3000);
        QCOMPARE(partial->delisted, 0);
        QCOMPARE(*repo.lastSyncMs(), 2000);
        QCOMPARE(*repo.count(), 7);
        // A full sync listing nothing is refused rather than delisting everything.
        QVERIFY(!repo.upsert({}, true, 4000).ok());
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("markets");
        QTest::addColumn<QString>("q");
        QTest::addColumn<bool>("k200");
        QTest::addColumn<QStringList>("expected");
        const auto L = [](std::initializer_list<const char *> l) {
            QStringList out;
            for (const char *s : l)
                out << QString::fromLatin1(s);
            return out;
        };
        QTest::newRow("all") << QStringList() << QString() << false
                             << L({"000660", "005930", "035720", "069500", "091990", "Q500001"});
        QTest::newRow("kospi") << L({"kospi"}) << QString() << false << L({"000660", "005930", "035720"});
        QTest::newRow("two markets") << L({"etf", "etn"}) << QString() << false << L({"069500", "Q500001"});
        QTest::newRow("korean name") << QStringList() << QStringLiteral("삼성") << false << L({"005930"});
        QTest::newRow("english, any case") << QStringList() << QStringLiteral("kodex") << false << L({"069500"});
        QTest::newRow("english name column") << QStringList() << QStringLiteral("samsung el") << false << L({"005930"});
        QTest::newRow("initials") << QStringList() << QStringLiteral("ㅅㅅㅈㅈ") << false << L({"005930"});
        QTest::newRow("code substring") << QStringList() << QStringLiteral("0066") << false << L({"000660"});
        QTest::newRow("like wildcards are literal") << QStringList() << QStringLiteral("%") << false << QStringList();
        QTest::newRow("kospi200") << QStringList() << QString() << true << L({"000660", "005930"});
        QTest::newRow("combined") << L({"kospi"}) << QStringLiteral("하이닉스") << true << L({"000660"});
    }

    void filters()
    {
        QFETCH(QStringList, markets);
        QFETCH(QString, q);
        QFETCH(bool, k200);
        QFETCH(QStringList, expected);
        auto page = StockRepository(m_store.db()).query(StockFilter{.markets = markets, .q = q, .kospi200Only = k200});
        QVERIFY(page.ok());
        QCOMPARE(codes(page->items), expected);
        QCOMPARE(page->total, expected.size());
        QVERIFY(page->nextPageToken.isEmpty());
    }

    void statusFilter()
    {
        StockList next = sample();
        next.removeLast();
        QVERIFY(StockRepository(m_store.db()).upsert(next, true, 5000).ok());
        auto page = StockRepository(m_store.db()).query(StockFilter{.status = QStringLiteral("delisted")});
        QCOMPARE(codes(page->items), QStringList{QStringLiteral("069500")});
    }

    void keysetPaging()
    {
        StockRepository repo(m_store.db());
        StockFilter filter{.limit = 4};
        auto first = repo.query(filter);
        QCOMPARE(codes(first->items), (QStringList{QStringLiteral("000660"), QStringLiteral("005930"),
                                                   QStringLiteral("035720"), QStringLiteral("069500")}));
        QCOMPARE(first->total, 6);
        QVERIFY(!first->nextPageToken.isEmpty());
        filter.pageToken = first->nextPageToken;
        auto second = repo.query(filter);
        QCOMPARE(codes(second->items), (QStringList{QStringLiteral("091990"), QStringLiteral("Q500001")}));
        QVERIFY(second->nextPageToken.isEmpty());
        // Exactly a page: no token pointing at an empty page.
        auto exact = repo.query(StockFilter{.limit = 6});
        QVERIFY(exact->nextPageToken.isEmpty());
        filter.pageToken = QStringLiteral("not a token");
        auto bad = repo.query(filter);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::InvalidPageToken);
        // all(): every page of the default filter, in one read.
        auto all = repo.all();
        QVERIFY(all.ok());
        QCOMPARE(codes(*all), codes(first->items) + codes(second->items));
    }

    void rankedPaging()
    {
        // With a query the order is the matcher's (core/search/stockmatcher.h), paged by position.
        StockRepository repo(m_store.db());
        StockFilter filter{.q = QStringLiteral("0"), .limit = 2};
        auto first = repo.query(filter);
        QVERIFY(first.ok());
        // Code prefixes first, shorter names first (카카오, 삼성전자, SK하이닉스, then two of
        // eight letters by code); Q500001 holds a "0" further in.
        QCOMPARE(first->total, 6);
        QCOMPARE(codes(first->items), (QStringList{QStringLiteral("035720"), QStringLiteral("005930")}));
        filter.pageToken = first->nextPageToken;
        auto second = repo.query(filter);
        QCOMPARE(codes(second->items), (QStringList{QStringLiteral("000660"), QStringLiteral("069500")}));
        filter.pageToken = second->nextPageToken;
        auto third = repo.query(filter);
        QCOMPARE(codes(third->items), (QStringList{QStringLiteral("091990"), QStringLiteral("Q500001")}));
        QVERIFY(third->nextPageToken.isEmpty());
        // A keyset token is not a position token.
        filter.pageToken = (*repo.query(StockFilter{.limit = 1})).nextPageToken;
        QVERIFY(repo.query(filter).error().code == ErrorCode::InvalidPageToken);
    }

    void migrationToThreeKeepsRowsAndResyncs()
    {
        test::TempDb tmp;
        Database database(tmp.path());
        QSqlDatabase db = *database.connection(DbAccess::ReadWrite);
        QCOMPARE(*Database::migrate(db, 2), 2);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO stocks(code, name, market, updated_at)"
                                      " VALUES('005930', '삼성전자', 'kospi', 1)")));
        QVERIFY(MetaRepository(db).setInt(MetaKey::StocksSyncedAt, 1).ok());
        QCOMPARE(*Database::migrate(db, 3), 3);
        const Stock kept = **StockRepository(db).get(QStringLiteral("005930"));
        QCOMPARE(kept.name, QStringLiteral("삼성전자"));
        QVERIFY(kept.engName.isEmpty() && !kept.sizeClass);
        QCOMPARE(*StockRepository(db).lastSyncMs(), 0); // the next start syncs the new columns
    }

    void countsPerMarket()
    {
        auto counts = StockRepository(m_store.db()).countsByMarket();
        QVERIFY(counts.ok());
        QCOMPARE(counts->value(QStringLiteral("kospi")), 3);
        QCOMPARE(counts->value(QStringLiteral("kosdaq")), 1);
        QCOMPARE(counts->value(QStringLiteral("etn")), 1);
        QCOMPARE(counts->value(QStringLiteral("konex")), 0);
    }
};

QTEST_GUILESS_MAIN(TestStorageStocks)
#include "tst_storage_stocks.moc"
