// The emulated CpUtil objects: ProgIDs, the stock master of the KRX listing (CpCodeMgr,
// CpStockCode) and CpCybos' status properties, against ../shared/cybos-api.md §1, §2, §7.
#include "core/domain/krxrules.h"
#include "emulatorfixture.h"
#include <QFile>
#include <QTest>

using namespace cybos;
using namespace cybos::test;

class TestEmulatorCodes : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    std::unique_ptr<Emulator> m_emu;
    std::unique_ptr<ComObject> m_mgr;
    std::unique_ptr<ComObject> m_codes;

    // The listing's rows (code, market) in file order, read from the emulator's resource.
    static QList<QPair<QString, QString>> listingRows()
    {
        QFile f(QStringLiteral(":/emulator/krx-listing.csv"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QList<QPair<QString, QString>> rows;
        f.readLine();
        while (!f.atEnd()) {
            const QList<QByteArray> cells = f.readLine().split(',');
            rows.append({QString::fromLatin1(cells[0]), QString::fromLatin1(cells[1])});
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.setKst(kWednesday, 10, 0);
        m_emu = std::make_unique<Emulator>(m_clock.options());
        m_mgr = create(*m_emu, "CpUtil.CpCodeMgr");
        m_codes = create(*m_emu, "CpUtil.CpStockCode");
    }

    void progIds_data()
    {
        QTest::addColumn<QString>("progId");
        QTest::addColumn<bool>("known");
        for (const char *id : {"CpUtil.CpCybos", "CpUtil.CpCybos.1", "cputil.cpcodemgr", "CpUtil.CpStockCode.1",
                               "DsCbo1.StockMst", "Dscbo1.StockMst.1", "Dscbo1.StockCur", "DSCBO1.STOCKJPBID",
                               "Dscbo1.StockJpbid2", "CpSysDib.StockChart", "CpSysDib.MarketEye.1"})
            QTest::newRow(id) << QString::fromLatin1(id) << true;
        QTest::newRow("unknown") << QStringLiteral("CpTrade.CpTd0311") << false;
        QTest::newRow("garbage") << QStringLiteral("Foo.Bar") << false;
    }
    void progIds()
    {
        QFETCH(QString, progId);
        QFETCH(bool, known);
        const auto o = m_emu->create(progId);
        QCOMPARE(o != nullptr, known);
        if (o)
            QCOMPARE(o->progId(), progId);
    }

    void marketLists()
    {
        const auto rows = listingRows();
        QCOMPARE(rows.size(), 1896);
        const QStringList kospi = call(*m_mgr, "GetStockListByMarket", {1}).toStringList();
        const QStringList kosdaq = call(*m_mgr, "GetStockListByMarket", {2}).toStringList();
        QCOMPARE(kospi.size(), 927);
        QCOMPARE(kosdaq.size(), 969);
        QVERIFY(call(*m_mgr, "GetStockListByMarket", {5}).toList().isEmpty()); // no KONEX rows
        QVERIFY(kospi.contains(QStringLiteral("A005930")) && kosdaq.contains(QStringLiteral("A247540")));
        for (const QString &c : kospi)
            QCOMPARE(call(*m_mgr, "GetStockMarketKind", {c}).toInt(), 1);
        int k200 = 0, kospiRow = 0;
        for (const auto &[code, market] : rows) {
            if (market != u"KOSPI")
                continue;
            const int kind = call(*m_mgr, "GetStockKospi200Kind", {QString(u'A' + code)}).toInt();
            QCOMPARE(kind != 0, kospiRow++ < 200); // the 200 largest = the first 200 KOSPI rows
            k200 += kind != 0;
        }
        QCOMPARE(k200, 200);
    }

    void koreanNames_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        const char *const rows[][2] = {{"005930", "삼성전자"}, {"000660", "SK하이닉스"}, {"373220", "LG에너지솔루션"},
            {"207940", "삼성바이오로직스"}, {"005935", "삼성전자우"}, {"005380", "현대차"}, {"000270", "기아"},
            {"068270", "셀트리온"}, {"005490", "POSCO홀딩스"}, {"105560", "KB금융"}, {"035420", "NAVER"},
            {"247540", "에코프로비엠"}, {"086520", "에코프로"}, {"196170", "알테오젠"}, {"028300", "HLB"},
            {"003540", "대신증권"}, {"000100", "유한양행"}, {"000020", "동화약품"},
            // beyond the fact sheet's codes: the whole listing is Korean (krx-names-ko.csv)
            {"297890", "HB솔루션"}, {"086820", "바이오솔루션"}, {"012750", "에스원"}, {"004770", "써니전자"},
            {"004415", "서울식품우"}};
        for (const auto &r : rows)
            QTest::newRow(r[0]) << (u'A' + QString::fromLatin1(r[0])) << QString::fromUtf8(r[1]);
    }
    void koreanNames()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QCOMPARE(call(*m_mgr, "CodeToName", {code}).toString(), name);
        QCOMPARE(call(*m_codes, "CodeToName", {code}).toString(), name);
        QCOMPARE(call(*m_codes, "NameToCode", {name}).toString(), code);
    }

    void stockAttributes()
    {
        const QString sec = QStringLiteral("A005930");
        QCOMPARE(call(*m_mgr, "GetStockSectionKind", {sec}).toInt(), 1);
        QCOMPARE(call(*m_mgr, "GetStockMemeMin", {sec}).toInt(), 1);
        QCOMPARE(call(*m_mgr, "GetStockCapital", {sec}).toInt(), 1);
        QCOMPARE(call(*m_mgr, "GetStockStatusKind", {sec}).toInt(), 0);
        QCOMPARE(call(*m_mgr, "GetStockEngName", {sec}).toString(), QStringLiteral("SamsungElec"));
        const int listed = call(*m_mgr, "GetStockListedDate", {sec}).toInt();
        QVERIFY(QDate(listed / 10000, listed / 100 % 100, listed % 100).isValid());
        const qint64 std = call(*m_mgr, "GetStockStdPrice", {sec}).toLongLong();
        QCOMPARE(call(*m_mgr, "GetStockMaxPrice", {sec}).toLongLong(), Krx::upperLimit(std));
        QCOMPARE(call(*m_mgr, "GetStockMinPrice", {sec}).toLongLong(), Krx::lowerLimit(std));
        QCOMPARE(call(*m_mgr, "GetStockYdClosePrice", {sec}).toLongLong(), std);
        const qint64 ydHigh = call(*m_mgr, "GetStockYdHighPrice", {sec}).toLongLong();
        QVERIFY(ydHigh >= std && ydHigh >= call(*m_mgr, "GetStockYdOpenPrice", {sec}).toLongLong());
        QCOMPARE(call(*m_mgr, "GetMarketStartTime").toInt(), 900);
        QCOMPARE(call(*m_mgr, "GetMarketEndTime").toInt(), 1530);
        QCOMPARE(call(*m_mgr, "GetWorkDate").toInt(), 20261125);
        QCOMPARE(call(*m_mgr, "CodeToName", {QStringLiteral("A999999")}).toString(), QString());
        QCOMPARE(call(*m_mgr, "GetStockMarketKind", {QStringLiteral("005930")}).toInt(), 0); // needs "A"
    }

    void stockCodeList()
    {
        QCOMPARE(call(*m_codes, "GetCount").toInt(), 1896);
        QCOMPARE(call(*m_codes, "GetData", {0, 0}).toString(), QStringLiteral("A000020")); // 동화약품 first
        QCOMPARE(call(*m_codes, "GetData", {1, 0}).toString(), QStringLiteral("동화약품"));
        const int i = call(*m_codes, "CodeToIndex", {QStringLiteral("A005930")}).toInt();
        QCOMPARE(call(*m_codes, "GetData", {0, i}).toString(), QStringLiteral("A005930"));
        QCOMPARE(call(*m_codes, "GetData", {2, i}).toString(), QStringLiteral("KR7005930003")); // real ISIN
        QCOMPARE(call(*m_codes, "FullCodeToCode", {QStringLiteral("KR7005930003")}).toString(),
                 QStringLiteral("A005930"));
        QString previous;
        for (int k = 0; k < 1896; ++k) {
            const QString code = call(*m_codes, "GetData", {0, k}).toString();
            QVERIFY(code > previous);
            previous = code;
        }
    }

    void priceUnit_data()
    {
        QTest::addColumn<int>("price");
        QTest::addColumn<bool>("up");
        QTest::addColumn<int>("unit");
        QTest::newRow("1999 up") << 1999 << true << 1;
        QTest::newRow("2000 up") << 2000 << true << 5;
        QTest::newRow("2000 down") << 2000 << false << 1;
        QTest::newRow("50000 down") << 50000 << false << 50;
        QTest::newRow("75700 up") << 75700 << true << 100;
        QTest::newRow("500000 up") << 500000 << true << 1000;
    }
    void priceUnit()
    {
        QFETCH(int, price);
        QFETCH(bool, up);
        QFETCH(int, unit);
        QCOMPARE(call(*m_codes, "GetPriceUnit", {QStringLiteral("A005930"), price, up}).toInt(), unit);
    }

    void cybosStatus()
    {
        auto cy = create(*m_emu, "CpUtil.CpCybos");
        QCOMPARE(cy->getProperty(QStringLiteral("IsConnect")).toInt(), 1);
        QCOMPARE(cy->getProperty(QStringLiteral("ServerType")).toInt(), 1);
        QCOMPARE(call(*cy, "IsConnect").toInt(), 1); // dynamicCall("IsConnect") reads the property
        QCOMPARE(call(*cy, "GetLimitRemainCount", {0}).toInt(), 20);
        QCOMPARE(call(*cy, "GetLimitRemainCount", {1}).toInt(), 60);
        QCOMPARE(call(*cy, "GetLimitRemainCount", {2}).toInt(), 400);
        QCOMPARE(cy->getProperty(QStringLiteral("LimitRequestRemainTime")).toInt(), 0);
        QVERIFY(!call(*cy, "NoSuchMethod").isValid());
        QVERIFY(!cy->getProperty(QStringLiteral("NoSuchProperty")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorCodes)
#include "tst_emulator_codes.moc"
