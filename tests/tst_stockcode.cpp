#include "core/domain/stockcode.h"
#include <QTest>

using namespace cybos;

class TestStockCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalizes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "005930" << "005930";
        QTest::newRow("cybos") << "A005930" << "005930";
        QTest::newRow("lower") << "a005930" << "005930";
        QTest::newRow("spaces") << "  005930 " << "005930";
        QTest::newRow("etn") << "Q500001" << "Q500001";
        QTest::newRow("etn lower") << "q500001" << "Q500001";
        QTest::newRow("elw") << "J512345" << "J512345";
        QTest::newRow("index") << "U001" << "U001";
        QTest::newRow("letter suffix") << "00088K" << "00088K";
        QTest::newRow("new style") << "0126Z0" << "0126Z0";
    }
    void normalizes()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto r = StockCode::normalize(input);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(*r, expected);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << "";
        QTest::newRow("short") << "05930";
        QTest::newRow("long") << "0059300";
        QTest::newRow("letters") << "SAMSUNG";
        QTest::newRow("B prefix") << "B005930";
        QTest::newRow("path trick") << "../etc";
        QTest::newRow("sql") << "0'; --";
        QTest::newRow("huge") << QString(5000, u'1');
        QTest::newRow("unicode digits") << QString::fromUtf8("٠٠٥٩٣٠");
        QTest::newRow("index long") << "U00123";
        QTest::newRow("A with letters first") << "AABCDEF";
    }
    void rejects()
    {
        QFETCH(QString, input);
        const auto r = StockCode::normalize(input);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidCode);
        QVERIFY(!r.error().message.isEmpty());
    }

    void cybosForm()
    {
        QCOMPARE(StockCode::toCybos(QStringLiteral("005930")), QStringLiteral("A005930"));
        QCOMPARE(StockCode::toCybos(QStringLiteral("Q500001")), QStringLiteral("Q500001"));
        QCOMPARE(StockCode::fromCybos(QStringLiteral("A005930")), QStringLiteral("005930"));
        QCOMPARE(StockCode::fromCybos(QStringLiteral("U001")), QStringLiteral("U001"));
    }
};

QTEST_GUILESS_MAIN(TestStockCode)
#include "tst_stockcode.moc"
