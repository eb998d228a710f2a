// The listing every thread asks "is this code listed?": replaced by a code sync, merged with a
// relay's pushed chunks, open to every code while empty; the quote cache completes realtime
// quotes from it; readers on other threads see a whole list while a sync replaces it.
#include "core/pipeline/listing.h"
#include "core/pipeline/quotecache.h"
#include <QTest>
#include <QThread>
#include <atomic>

using namespace cybos;

namespace {

Stock stock(const QString &code, const QString &status = QStringLiteral("normal"), bool kospi200 = false)
{
    Stock s;
    s.code = code;
    s.name = QStringLiteral("N") + code;
    s.status = status;
    s.kospi200 = kospi200;
    return s;
}

StockList numbered(int first, int count)
{
    StockList out;
    for (int i = first; i < first + count; ++i)
        out.append(stock(QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'))));
    return out;
}

} // namespace

class TestListing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyListsEveryCode()
    {
        Listing listing;
        QVERIFY(listing.isEmpty());
        QVERIFY(listing.isListed(QStringLiteral("123456")));
        QVERIFY(listing.unlisted({QStringLiteral("123456")}).isEmpty());
        QVERIFY(!listing.stock(QStringLiteral("123456")));
        QCOMPARE(*listing.expand({QStringLiteral("A123456")}), QStringList{QStringLiteral("123456")});
    }

    void replaceDropsDelistedAndWhatIsGone()
    {
        Listing listing;
        listing.replace({stock(QStringLiteral("000660")), stock(QStringLiteral("005930"), QStringLiteral("halted"))});
        listing.replace({stock(QStringLiteral("005930")), stock(QStringLiteral("000020"), QStringLiteral("delisted"))});
        QCOMPARE(listing.size(), 1);
        QVERIFY(listing.isListed(QStringLiteral("005930")));
        QVERIFY(!listing.isListed(QStringLiteral("000660")));
        QVERIFY(!listing.isListed(QStringLiteral("000020")));
        QCOMPARE(listing.unlisted({QStringLiteral("005930"), QStringLiteral("000660")}),
                 QStringList{QStringLiteral("000660")});
        QCOMPARE(listing.stock(QStringLiteral("005930"))->status, QStringLiteral("normal"));
    }

    void mergeAddsUpdatesAndDelists()
    {
        Listing listing;
        listing.replace({stock(QStringLiteral("005930")), stock(QStringLiteral("000660"))});
        Stock renamed = stock(QStringLiteral("005930"));
        renamed.name = QStringLiteral("삼성전자");
        listing.merge({renamed, stock(QStringLiteral("035420")), stock(QStringLiteral("000660"), QStringLiteral("delisted"))});
        QCOMPARE(listing.size(), 2);
        QCOMPARE(listing.stock(QStringLiteral("005930"))->name, QStringLiteral("삼성전자"));
        QVERIFY(listing.isListed(QStringLiteral("035420")));
        QVERIFY(!listing.isListed(QStringLiteral("000660")));
    }

    void stocksAscendAndKospi200Expands()
    {
        Listing listing;
        listing.replace({stock(QStringLiteral("035420"), QStringLiteral("normal"), true), stock(QStringLiteral("000660")),
                         stock(QStringLiteral("005930"), QStringLiteral("normal"), true)});
        QStringList codes;
        for (const Stock &s : listing.stocks())
            codes.append(s.code);
        QCOMPARE(codes, (QStringList{QStringLiteral("000660"), QStringLiteral("005930"), QStringLiteral("035420")}));
        QCOMPARE(*listing.expand({QStringLiteral("KOSPI200"), QStringLiteral("005930")}),
                 (QStringList{QStringLiteral("005930"), QStringLiteral("035420")}));
        const Result<QStringList> missing = listing.expand({QStringLiteral("123456")});
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::UnknownCode);
        QCOMPARE(Listing::normalize({QStringLiteral("x")}).error().code, ErrorCode::InvalidCode);
    }

    // Readers on another thread see either the old or the new list whole, never a half of one.
    void readersSeeWholeLists()
    {
        Listing listing;
        const StockList a = numbered(1, 500);
        const StockList b = numbered(1001, 300);
        listing.replace(a);
        std::atomic<bool> stop{false};
        std::atomic<int> torn{0};
        std::atomic<int> reads{0};
        QThread *reader = QThread::create([&] {
            while (!stop.load() || reads.load() == 0) {
                const int n = listing.size();
                const int listed = int(listing.stocks().size());
                if ((n != 500 && n != 300) || (listed != 500 && listed != 300))
                    ++torn;
                ++reads;
            }
        });
        reader->start();
        for (int i = 0; i < 200; ++i)
            listing.replace(i % 2 ? a : b);
        stop = true;
        QVERIFY(reader->wait(60'000));
        delete reader;
        QVERIFY(reads.load() > 0);
        QCOMPARE(torn.load(), 0);
    }

    void quoteCacheFeedsItsListing()
    {
        QuoteCache cache;
        cache.replaceMaster({stock(QStringLiteral("005930"))});
        cache.setMaster({stock(QStringLiteral("000660"))});
        QCOMPARE(cache.listing().size(), 2);
        Tick t;
        t.code = QStringLiteral("000660");
        t.price = 1000;
        t.change = 10;
        cache.applyTicks({t});
        QCOMPARE(cache.latest(QStringLiteral("000660"))->name, QStringLiteral("N000660"));
        cache.replaceMaster({stock(QStringLiteral("005930"))});
        QVERIFY(!cache.listing().isListed(QStringLiteral("000660")));
    }
};

QTEST_GUILESS_MAIN(TestListing)
#include "tst_listing.moc"
