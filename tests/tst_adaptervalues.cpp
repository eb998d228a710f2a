// How the adapter decodes what Cybos objects return, against scripted fake objects: char
// fields (a number is a char code, never a digit's value), fields the help types unsigned
// (a UI4 reaches Qt as an int and must not wrap negative), MarketEye's value in won and the
// StockJpbid2 totals and time from its headers (help pages MarketEye, StrockJpBid2).
#include "cybos/adapter/comvalue.h"
#include "cybos/adapter/jpbidreader.h"
#include "cybos/adapter/marketeyereader.h"
#include "adapterfake.h"
#include "core/domain/ksttime.h"
#include <QTest>

using namespace cybos;
using namespace cybos::test;

namespace {
// A UI4 as ActiveQt hands it over: the 32 bits cast to int (activeqt.md §3).
QVariant ui4(quint32 v)
{
    return QVariant(int(v));
}

const QDate kDay(2024, 5, 15);
} // namespace

class TestAdapterValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void charFields_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<int>("expected");
        QTest::newRow("code of '1'") << QVariant(49) << int('1');
        QTest::newRow("code of '2'") << QVariant(int('2')) << int('2');
        QTest::newRow("code of 'Y'") << QVariant(int('Y')) << int('Y');
        QTest::newRow("bare 1 is no digit") << QVariant(1) << 0;
        QTest::newRow("bare 5 is no digit") << QVariant(5) << 0;
        QTest::newRow("bare 9 is no digit") << QVariant(9) << 0;
        QTest::newRow("one-character string") << QVariant(QStringLiteral("1")) << int('1');
        QTest::newRow("longer string") << QVariant(QStringLiteral("12")) << 0;
        QTest::newRow("empty") << QVariant() << 0;
    }
    void charFields()
    {
        QFETCH(QVariant, value);
        QFETCH(int, expected);
        QCOMPARE(int(ComValue::toChar(value)), expected);
    }

    void unsignedFields_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("UI4 small") << ui4(1'234) << qint64(1'234);
        QTest::newRow("UI4 at 2^31") << ui4(2'147'483'648u) << qint64(2'147'483'648);
        QTest::newRow("UI4 3e9") << ui4(3'000'000'000u) << qint64(3'000'000'000);
        QTest::newRow("UI4 max") << ui4(0xFFFFFFFFu) << qint64(4'294'967'295);
        QTest::newRow("uint") << QVariant(uint(4'000'000'000u)) << qint64(4'000'000'000);
        QTest::newRow("UI8") << QVariant(qulonglong(12'345'678'901'234ULL)) << qint64(12'345'678'901'234);
        QTest::newRow("UI8 beyond qint64") << QVariant(~qulonglong(0)) << std::numeric_limits<qint64>::max();
        QTest::newRow("I8") << QVariant(qlonglong(5'000'000'000)) << qint64(5'000'000'000);
        QTest::newRow("negative I8") << QVariant(qlonglong(-5)) << qint64(0);
        QTest::newRow("double") << QVariant(7.0) << qint64(7);
        QTest::newRow("empty") << QVariant() << qint64(0);
    }
    void unsignedFields()
    {
        QFETCH(QVariant, value);
        QFETCH(qint64, expected);
        QCOMPARE(ComValue::toUnsigned(value), expected);
    }

    // Field 11 is in won on every market; volume and time are ulong (UI4).
    void marketEyeValueInWon_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("kospi") << QStringLiteral("A005930");
        QTest::newRow("kosdaq") << QStringLiteral("A247540");
    }
    void marketEyeValueInWon()
    {
        QFETCH(QString, code);
        FakeObject eye(QString::fromLatin1(MarketEyeReader::kProgId));
        MarketEyeReader::setInputs(eye, {code});
        // Positions follow the ascending field ids the reader asks for.
        const QVariantList inputFields = eye.inputs.value(0).toList();
        auto put = [&](int fieldId, const QVariant &v) { eye.data[{int(inputFields.indexOf(fieldId)), 0}] = v; };
        eye.headers[2] = 1;
        put(0, code);
        put(1, ui4(1015));
        put(2, int('5'));
        put(3, 300);
        put(4, 75'400);
        put(10, ui4(3'000'000'000u));
        put(11, QVariant(qulonglong(226'512'345'678'901ULL)));
        put(12, int('2'));
        put(17, QStringLiteral("이름"));
        put(23, 75'700);
        const QuoteList quotes = MarketEyeReader::read(eye, Kst::toEpochMs(kDay, QTime(12, 0)));
        QCOMPARE(quotes.size(), 1);
        const Quote &q = quotes.first();
        QCOMPARE(q.value, qint64(226'512'345'678'901));
        QCOMPARE(q.volume, qint64(3'000'000'000));
        QCOMPARE(q.change, -300); // sign '5' (down) as char code
        QCOMPARE(q.timeMs, Kst::toEpochMs(kDay, QTime(10, 15)));
    }

    // Totals come from headers 4 / 6 (the whole book, not only ten levels), time from 3.
    void jpbidTotalsFromHeaders()
    {
        FakeObject book(QString::fromLatin1(JpbidReader::kProgId));
        book.headers = {{0, QStringLiteral("A005930")}, {1, 10}, {3, 1432}, {4, 987'654}, {5, 12},
                        {6, 876'543}, {7, -3}};
        for (int i = 0; i < 10; ++i) {
            book.data[{0, i}] = 75'500 + 100 * i;
            book.data[{1, i}] = 75'400 - 100 * i;
            book.data[{2, i}] = 100 + i;
            book.data[{3, i}] = 200 + i;
        }
        const OrderBook b = JpbidReader::read(book, QStringLiteral("005930"), Kst::toEpochMs(kDay, QTime(14, 40)));
        QCOMPARE(b.totalAskQty, 987'654);
        QCOMPARE(b.totalBidQty, 876'543);
        QCOMPARE(b.timeMs, Kst::toEpochMs(kDay, QTime(14, 32)));
        QCOMPARE(b.asks[9], (BookLevel{76'400, 109}));
        QCOMPARE(b.bids[9], (BookLevel{74'500, 209}));
    }
};

QTEST_GUILESS_MAIN(TestAdapterValues)
#include "tst_adaptervalues.moc"
