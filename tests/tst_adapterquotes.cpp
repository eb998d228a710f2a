// Batch quotes (MarketEye through the adapter, `snapshots`) against single snapshots (StockMst,
// `snapshot`) of the same codes at the same moment on the emulator: the emulator's clock
// stands still between the two reads, so both must describe the same state. MarketEye 11 is
// in won, StockMst 19 in 만원 (KOSPI) / 천원 (KOSDAQ) (help pages MarketEye, StockMst).
#include "cybos/adapter/comvalue.h"
#include "cybos/adapter/cybosfeed.h"
#include "emulatorfixture.h"
#include "awaittask.h"
#include <QTest>

using namespace cybos;
using namespace cybos::test;

class TestAdapterQuotes : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    std::unique_ptr<Emulator> m_emu;
    std::unique_ptr<CybosFeed> m_feed;
    const QStringList m_codes{QStringLiteral("005930"), QStringLiteral("000660"), QStringLiteral("247540"),
                              QStringLiteral("086520")};

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.setKst(kWednesday, 10, 0);
        EmulatorOptions options = m_clock.options();
        options.ticksPerSecond = 2000;
        m_emu = std::make_unique<Emulator>(options);
        m_feed = std::make_unique<CybosFeed>(*m_emu, QStringLiteral("emulator"));
        QVERIFY(m_feed->isConnected());
        for (const QString &code : m_codes)
            QVERIFY(m_feed->subscribe(code).ok()); // so the codes trade
        m_clock.ms += 5'000; // five seconds of trades; from here on the clock stands still
        drainTicks(*m_emu);
    }
    void cleanupTestCase()
    {
        m_feed.reset();
        m_emu.reset();
    }

    void batchEqualsSnapshot()
    {
        const qint64 frozen = m_clock.ms;
        const Result<QuoteList> batch = await(m_feed->snapshots(m_codes));
        QVERIFY(batch.ok());
        QCOMPARE(batch->size(), m_codes.size());
        int wonPrecision = 0;
        for (const Quote &eye : *batch) {
            const Result<Quote> mst = await(m_feed->snapshot(eye.code));
            QVERIFY(mst.ok());
            QCOMPARE(m_clock.ms, frozen);
            QCOMPARE(eye.name, mst->name);
            QCOMPARE(eye.price, mst->price);
            QCOMPARE(eye.change, mst->change);
            QCOMPARE(eye.prevClose, mst->prevClose);
            QCOMPARE(eye.open, mst->open);
            QCOMPARE(eye.high, mst->high);
            QCOMPARE(eye.low, mst->low);
            QCOMPARE(eye.ask, mst->ask);
            QCOMPARE(eye.bid, mst->bid);
            QCOMPARE(eye.upperLimit, mst->upperLimit);
            QCOMPARE(eye.lowerLimit, mst->lowerLimit);
            QVERIFY2(eye.volume > 0, qPrintable(eye.code));
            QCOMPARE(eye.volume, mst->volume);
            // StockMst 19 is the won value truncated to its unit; MarketEye keeps every won.
            const qint64 unit = ComValue::valueUnit(eye.code == u"005930" || eye.code == u"000660" ? 1 : 2);
            QCOMPARE(mst->value, eye.value / unit * unit);
            wonPrecision += eye.value % unit != 0;
            const double avg = double(eye.value) / double(eye.volume); // won per share: within the day's range
            QVERIFY2(eye.low && eye.high, qPrintable(eye.code));
            QVERIFY2(avg >= double(*eye.low) && avg <= double(*eye.high), qPrintable(QString::number(avg)));
        }
        QVERIFY(wonPrecision > 0);
    }
};

QTEST_GUILESS_MAIN(TestAdapterQuotes)
#include "tst_adapterquotes.moc"
