// QuoteCache: realtime quotes built from ticks, completed with master fields, snapshots.
#include "core/pipeline/quotecache.h"
#include <QTest>

using namespace cybos;

namespace {

Tick tick(const QString &code, qint64 price, qint64 change, qint64 cumVolume)
{
    return Tick{.code = code, .timeMs = 1000 + cumVolume, .price = price, .change = change, .volume = 1,
                .cumVolume = cumVolume, .cumValue = cumVolume * price, .ask = price + 50, .bid = price,
                .side = Side::Buy, .session = Session::Regular};
}

Stock master(const QString &code, qint64 prevClose)
{
    Stock s;
    s.code = code;
    s.name = QStringLiteral("삼성전자");
    s.prevClose = prevClose;
    s.upperLimit = prevClose * 13 / 10;
    s.lowerLimit = prevClose * 7 / 10;
    return s;
}

} // namespace

class TestPipelineQuotes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ticksMakeAQuote()
    {
        QuoteCache cache;
        cache.setMaster({master(QStringLiteral("005930"), 70000)});
        cache.applyTicks({tick(QStringLiteral("005930"), 70500, 500, 10), tick(QStringLiteral("005930"), 69800, -200, 20),
                          tick(QStringLiteral("005930"), 70100, 100, 30)});
        const auto q = cache.latest(QStringLiteral("005930"));
        QVERIFY(q.has_value());
        QCOMPARE(q->name, QStringLiteral("삼성전자"));
        QCOMPARE(q->price, 70100);
        QCOMPARE(q->prevClose, 70000);
        QCOMPARE(q->upperLimit, std::optional<qint64>(91000));
        QCOMPARE(q->lowerLimit, std::optional<qint64>(49000));
        QCOMPARE(q->volume, 30);
        QCOMPARE(q->ask, std::optional<qint64>(70150));
        QCOMPARE(q->timeMs, 1030);
        QCOMPARE(q->source, QuoteSource::Realtime);
        QVERIFY(qAbs(q->changeRate - 100.0 / 700.0) < 1e-9);
        QVERIFY(q->ageMs >= 0);
        QCOMPARE(cache.size(), 1);
        QVERIFY(!cache.latest(QStringLiteral("000660")).has_value());
    }

    void masterArrivingLaterCompletesTheQuote()
    {
        QuoteCache cache;
        cache.applyTicks({tick(QStringLiteral("005930"), 70500, 500, 10)});
        QVERIFY(cache.latest(QStringLiteral("005930"))->name.isEmpty());
        cache.setMaster({master(QStringLiteral("005930"), 70000)});
        const auto q = cache.latest(QStringLiteral("005930"));
        QCOMPARE(q->name, QStringLiteral("삼성전자"));
        QCOMPARE(q->upperLimit, std::optional<qint64>(91000));
    }

    // The realtime path carries the day's open/high/low as the feed gives them with each trade
    // (StockCur 4–6), not the first and extreme prices this cache happened to see.
    void realtimeQuoteHasTheFeedsDayRange()
    {
        QuoteCache cache;
        Tick t = tick(QStringLiteral("005930"), 70500, 500, 10);
        t.dayOpen = 70200;
        t.dayHigh = 70900;
        t.dayLow = 69400;
        cache.applyTicks({t});
        const auto q = cache.latest(QStringLiteral("005930"));
        QCOMPARE(q->open, std::optional<qint64>(70200));
        QCOMPARE(q->high, std::optional<qint64>(70900));
        QCOMPARE(q->low, std::optional<qint64>(69400));
    }

    // A source that does not carry the day's range (and no snapshot gave it): absent, never
    // invented; so are an empty book side and limits without master data.
    void whatNobodyGaveStaysAbsent()
    {
        QuoteCache cache;
        Tick t = tick(QStringLiteral("005930"), 70500, 500, 10);
        t.ask = 0;
        cache.applyTicks({t, tick(QStringLiteral("005930"), 70600, 600, 11)});
        const auto q = cache.latest(QStringLiteral("005930"));
        QCOMPARE(q->open, std::optional<qint64>());
        QCOMPARE(q->high, std::optional<qint64>());
        QCOMPARE(q->low, std::optional<qint64>());
        QCOMPARE(q->upperLimit, std::optional<qint64>());
        cache.applyTicks({t});
        QCOMPARE(cache.latest(QStringLiteral("005930"))->ask, std::optional<qint64>());
    }

    void snapshotThenTicks()
    {
        QuoteCache cache;
        Quote snap;
        snap.code = QStringLiteral("000660");
        snap.price = 180000;
        snap.open = 178000;
        snap.high = 181000;
        snap.low = 177000;
        cache.putSnapshot(snap);
        QCOMPARE(cache.latest(QStringLiteral("000660"))->source, QuoteSource::Snapshot);
        cache.applyTicks({tick(QStringLiteral("000660"), 182000, 2000, 100)});
        const auto q = cache.latest(QStringLiteral("000660"));
        QCOMPARE(q->source, QuoteSource::Realtime);
        QCOMPARE(q->open, std::optional<qint64>(178000)); // the day's open from the snapshot stays
        QCOMPARE(q->high, std::optional<qint64>(182000));
        QCOMPARE(q->low, std::optional<qint64>(177000));
    }

    void revisionChangesWithTheQuoteOnly()
    {
        const QString s = QStringLiteral("005930"), h = QStringLiteral("000660");
        QuoteCache cache;
        cache.applyTicks({tick(s, 70500, 500, 10), tick(h, 180000, 0, 5)});
        qint64 r1 = -1, r2 = -1, other = -1;
        QVERIFY(cache.latest(s, &r1));
        QVERIFY(cache.latest(s, &r2));
        QCOMPARE(r2, r1);                         // read twice, unchanged
        cache.applyTicks({tick(h, 180500, 500, 6)});
        QVERIFY(cache.latest(s, &r2));
        QCOMPARE(r2, r1);                         // another code traded
        cache.applyTicks({tick(s, 70600, 600, 11)});
        QVERIFY(cache.latest(s, &r2));
        QVERIFY(r2 != r1);                        // this code traded
        cache.setMaster({master(s, 70000)});
        QVERIFY(cache.latest(s, &r1));
        QVERIFY(r1 != r2);                        // the name and limits arrived
        Quote snap;
        snap.code = h;
        snap.price = 181000;
        QVERIFY(cache.latest(h, &other));
        cache.putSnapshot(snap);
        QVERIFY(cache.latest(h, &r2));
        QVERIFY(r2 != other);
    }
};

QTEST_GUILESS_MAIN(TestPipelineQuotes)
#include "tst_pipeline_quotes.moc"
