// Conformance of the emulated Cybos objects to ../shared/cybos-api.md, table-driven: every
// header index served by StockMst, StockCur, StockChart, StockJpbid(2) and every MarketEye
// field id, with its type (string, number as int/qlonglong, float, char code, string array).
#include "emulatorfixture.h"
#include "emulatorhelpfacts.h"
#include <QTest>

using namespace cybos;
using namespace cybos::test;

namespace {
// Kinds: S string, N number (int, or qlonglong when it does not fit), U qulonglong (a
// VT_UI8), F float, C char code (the allowed chars follow after ':'), L string array,
// - nothing (an index the help does not define).
// StockMst: 52 벤처기업 구분 and 53 KOSPI200 sector are strings, 65 CB '0'/'1'/'2',
// 69 불성실 공시 '0'/'1' (help page StockMst).
const char *const kStockMst = "SSSSNSSN" "NNNNNNNNNNNNNNNNN" "F" "NN" "F" "NNNNNNN" "FF" "NNNNNN"
                              "C:0;" "C:15;" "NNNNNN" "S" "S" "N" "NNN" "C:012;" "C:12345;" "NNNNN"
                              "C:012;" "C:YN;" "C:12345;" "C:YN;" "C:01;" "N";
// StockCur 11 and 12 are not defined (the help skips from 10 to 13).
const char *const kStockCur = "SS" "NNNNNNNNN" "--" "N" "C:12;" "NNNN" "C:12;" "C:12345;" "N" "C:12345;" "NN" "F"
                              "C:12;" "NN";
const char *const kStockChart = "SN" "L" "NNNNN" "C:12345;" "NNNNNNNN" "C:0;" "NNNNNN";
// StockJpbid2 (help page StrockJpBid2): 0 code, 1 count, 2 not defined, 3 time, 4–11 totals
// and their changes, 12 unused.
const char *const kJpbid2 = "S" "N" "-" "NNNNNNNNNN";

// Splits "SSN" "C:12;" … into (kind, allowed chars) per index.
QList<QPair<QChar, QString>> kinds(const char *spec)
{
    QList<QPair<QChar, QString>> out;
    const QString s = QString::fromLatin1(spec);
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != u'C') {
            out.append({s[i], QString()});
            continue;
        }
        const qsizetype end = s.indexOf(u';', i);
        out.append({u'C', s.mid(i + 2, end - i - 2)});
        i = end;
    }
    return out;
}

void checkKind(const QVariant &v, QChar kind, const QString &chars, const QByteArray &where)
{
    const int t = v.typeId();
    if (kind == u'S')
        QVERIFY2(t == QMetaType::QString, where);
    else if (kind == u'N')
        QVERIFY2(t == QMetaType::Int || t == QMetaType::LongLong, where);
    else if (kind == u'U')
        QVERIFY2(t == QMetaType::ULongLong, where);
    else if (kind == u'-')
        QVERIFY2(!v.isValid(), where);
    else if (kind == u'F')
        QVERIFY2(t == QMetaType::Float, where);
    else if (kind == u'L')
        QVERIFY2(t == QMetaType::QStringList, where);
    else if (kind == u'C')
        QVERIFY2(t == QMetaType::Int && chars.contains(QChar(v.toInt())), QByteArray(where + " = " + v.toByteArray()));
}
} // namespace

class TestEmulatorConformance : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    std::unique_ptr<Emulator> m_emu;
    QHash<QString, std::shared_ptr<ComObject>> m_objects;

    // One answered object per ProgID, for 005930 on a Wednesday in the regular session.
    ComObject &object(const QString &progId)
    {
        if (auto o = m_objects.value(progId))
            return *o;
        std::shared_ptr<ComObject> o = m_emu->create(progId);
        input(*o, 0, QStringLiteral("A005930"));
        if (progId == u"CpSysDib.StockChart") {
            input(*o, 1, int('2'));
            input(*o, 4, 10);
            input(*o, 5, QVariantList{0, 5});
            input(*o, 6, int('D'));
        }
        if (progId.contains(u"StockCur") || progId == u"Dscbo1.StockJpbid") {
            call(*o, "Subscribe");
            m_clock.ms += 2000;
            m_emu->runSlice();
        } else {
            call(*o, "BlockRequest");
        }
        m_objects.insert(progId, o);
        return *o;
    }

    void addRows(const char *progId, const char *spec)
    {
        const auto list = kinds(spec);
        for (int i = 0; i < list.size(); ++i)
            QTest::addRow("%s %d", progId, i) << QString::fromLatin1(progId) << i << list[i].first << list[i].second;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.setKst(kWednesday, 10, 0);
        m_emu = std::make_unique<Emulator>(m_clock.options());
    }
    void cleanupTestCase()
    {
        m_objects.clear();
        m_emu.reset();
    }

    void specLengths()
    {
        QCOMPARE(kinds(kStockMst).size(), 71);
        QCOMPARE(kinds(kStockCur).size(), 29);
        QCOMPARE(kinds(kStockChart).size(), 24);
        QCOMPARE(kinds(kJpbid2).size(), 13);
    }

    void headerTypes_data()
    {
        QTest::addColumn<QString>("progId");
        QTest::addColumn<int>("index");
        QTest::addColumn<QChar>("kind");
        QTest::addColumn<QString>("chars");
        addRows("DsCbo1.StockMst", kStockMst);
        addRows("Dscbo1.StockCur", kStockCur);
        addRows("CpSysDib.StockChart", kStockChart);
        addRows("Dscbo1.StockJpbid2", kJpbid2);
        addRows("Dscbo1.StockJpbid", "SNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN");
    }
    void headerTypes()
    {
        QFETCH(QString, progId);
        QFETCH(int, index);
        QFETCH(QChar, kind);
        QFETCH(QString, chars);
        checkKind(header(object(progId), index), kind, chars, QTest::currentDataTag());
    }

    // Beyond the documented range there is nothing.
    void headersEndWhereTheSheetEnds_data()
    {
        QTest::addColumn<QString>("progId");
        QTest::addColumn<int>("index");
        QTest::newRow("StockMst") << QStringLiteral("DsCbo1.StockMst") << 71;
        QTest::newRow("StockCur") << QStringLiteral("Dscbo1.StockCur") << 29;
        QTest::newRow("StockChart") << QStringLiteral("CpSysDib.StockChart") << 24;
        QTest::newRow("StockJpbid") << QStringLiteral("Dscbo1.StockJpbid") << 69;
        QTest::newRow("StockJpbid2") << QStringLiteral("Dscbo1.StockJpbid2") << 13;
    }
    void headersEndWhereTheSheetEnds()
    {
        QFETCH(QString, progId);
        QFETCH(int, index);
        QVERIFY(!header(object(progId), index).isValid());
    }

    void jpbid2Data()
    {
        ComObject &book = object(QStringLiteral("Dscbo1.StockJpbid2"));
        for (int i = 0; i < 10; ++i) {
            for (int type = 0; type < 6; ++type)
                checkKind(data(book, type, i), u'N', {}, QByteArray::number(type * 100 + i));
            QVERIFY(data(book, 0, i).toLongLong() > data(book, 1, i).toLongLong()); // ask above bid
            if (i > 0)
                QVERIFY(data(book, 0, i).toLongLong() > data(book, 0, i - 1).toLongLong());
        }
        QVERIFY(!data(book, 0, 10).isValid());
        QVERIFY(!data(book, 6, 0).isValid());
    }

    void helpFacts_data()
    {
        QTest::addColumn<int>("fact");
        QTest::newRow("StockJpbid2 header 1 is the count 10") << int(Fact::Jpbid2Count);
        QTest::newRow("StockJpbid2 header 3 is the time hhmm") << int(Fact::Jpbid2Time);
        QTest::newRow("StockJpbid2 headers 4/6 are the total ask/bid quantities") << int(Fact::Jpbid2Totals);
        QTest::newRow("MarketEye 11 in won = StockMst 19 x unit") << int(Fact::MarketEyeWon);
        QTest::newRow("StockMst 52/53 strings, 69 '0'/'1'") << int(Fact::StockMstStrings);
        QTest::newRow("CodeToName in Korean") << int(Fact::KoreanNames);
        QTest::newRow("StockCur 11/12 not defined") << int(Fact::StockCurGap);
    }
    void helpFacts()
    {
        QFETCH(int, fact);
        const QString samsung = QStringLiteral("A005930");
        switch (Fact(fact)) {
        case Fact::Jpbid2Count:
            QCOMPARE(header(*requested(*m_emu, "Dscbo1.StockJpbid2", samsung), 1), QVariant(10));
            break;
        case Fact::Jpbid2Time: {
            const int hhmm = header(*requested(*m_emu, "Dscbo1.StockJpbid2", samsung), 3).toInt();
            QVERIFY(hhmm / 100 < 24 && hhmm % 100 < 60);
            QCOMPARE(hhmm, marketEye(*m_emu, samsung, {1}).at(0).toInt()); // the quote's time
            break;
        }
        case Fact::Jpbid2Totals: {
            auto book = requested(*m_emu, "Dscbo1.StockJpbid2", samsung);
            qint64 asks = 0, bids = 0;
            for (int i = 0; i < 10; ++i) {
                asks += data(*book, 2, i).toLongLong();
                bids += data(*book, 3, i).toLongLong();
            }
            QVERIFY(asks > 0 && bids > 0);
            QCOMPARE(header(*book, 4).toLongLong(), asks);
            QCOMPARE(header(*book, 6).toLongLong(), bids);
            break;
        }
        case Fact::MarketEyeWon: marketEyeInWon(); break;
        case Fact::StockMstStrings: stockMstStrings(*m_emu); break;
        case Fact::KoreanNames: koreanNames(*m_emu); break;
        case Fact::StockCurGap:
            QVERIFY(!header(object(QStringLiteral("Dscbo1.StockCur")), 11).isValid());
            QVERIFY(!header(object(QStringLiteral("Dscbo1.StockCur")), 12).isValid());
            break;
        }
    }

    void marketEyeFields_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QChar>("kind");
        QTest::addColumn<QString>("chars");
        const QList<std::tuple<int, char, const char *>> rows{{0, 'S', ""}, {1, 'N', ""}, {2, 'C', "12345"},
            {3, 'N', ""}, {4, 'N', ""}, {5, 'N', ""}, {6, 'N', ""}, {7, 'N', ""}, {8, 'N', ""}, {9, 'N', ""},
            {10, 'N', ""}, {11, 'U', ""}, {12, 'C', "012"}, {13, 'N', ""}, {14, 'N', ""}, {17, 'S', ""},
            {20, 'U', ""}, {22, 'N', ""}, {23, 'N', ""}, {24, 'F', ""}, {33, 'N', ""}, {34, 'N', ""},
            {67, 'F', ""}, {70, 'N', ""}};
        for (const auto &[id, kind, chars] : rows)
            QTest::addRow("field %d", id) << id << QChar::fromLatin1(kind) << QString::fromLatin1(chars);
    }
    void marketEyeFields()
    {
        QFETCH(int, id);
        QFETCH(QChar, kind);
        QFETCH(QString, chars);
        auto eye = create(*m_emu, "CpSysDib.MarketEye");
        input(*eye, 0, QVariantList{id});
        input(*eye, 1, QVariantList{QStringLiteral("A005930"), QStringLiteral("A247540")});
        QCOMPARE(call(*eye, "BlockRequest").toInt(), 0);
        QCOMPARE(header(*eye, 0).toInt(), 1);
        QCOMPARE(header(*eye, 2).toInt(), 2);
        QCOMPARE(header(*eye, 1).typeId(), int(QMetaType::QStringList));
        checkKind(data(*eye, 0, 0), kind, chars, "code 0");
        checkKind(data(*eye, 0, 1), kind, chars, "code 1");
    }
};

QTEST_GUILESS_MAIN(TestEmulatorConformance)
#include "tst_emulator_conformance.moc"
