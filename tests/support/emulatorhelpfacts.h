#pragma once
// The §0b facts of ../shared/cybos-api.md (what Daishin's help file settles) as checks on the
// emulator, the rows of tst_emulator_conformance's helpFacts table.
#include "emulatorfixture.h"
#include <QRegularExpression>
#include <QTest>
#include <vector>

namespace cybos::test {

// §0b facts of cybos-api.md (Daishin's help file), one row each in helpFacts.
enum class Fact { Jpbid2Count, Jpbid2Time, Jpbid2Totals, MarketEyeWon, StockMstStrings, KoreanNames, StockCurGap };

inline std::unique_ptr<ComObject> requested(Emulator &emu, const char *progId, const QString &code)
{
    auto o = create(emu, progId);
    input(*o, 0, code);
    call(*o, "BlockRequest");
    return o;
}

// MarketEye values of `fieldIds` (ascending) for one code.
inline QVariantList marketEye(Emulator &emu, const QString &code, const QVariantList &fieldIds)
{
    auto eye = create(emu, "CpSysDib.MarketEye");
    input(*eye, 0, fieldIds);
    input(*eye, 1, QVariantList{code});
    call(*eye, "BlockRequest");
    QVariantList out;
    for (int i = 0; i < fieldIds.size(); ++i)
        out << data(*eye, i, 0);
    return out;
}

// 11 in won (ulonglong), StockMst 19 the same value in 만원 (KOSPI) / 천원 (KOSDAQ), truncated.
inline void marketEyeInWon()
{
    FakeClock clock;
    clock.setKst(kWednesday, 10, 0);
    Emulator emu(clock.options());
    const QStringList codes{QStringLiteral("A005930"), QStringLiteral("A247540")};
    std::vector<std::unique_ptr<ComObject>> ticks;
    for (const QString &code : codes) {
        ticks.push_back(create(emu, "Dscbo1.StockCur"));
        input(*ticks.back(), 0, code);
        call(*ticks.back(), "Subscribe"); // so the code trades
    }
    clock.ms += 5000;
    drainTicks(emu);
    for (const QString &code : codes) {
        const QVariantList eye = marketEye(emu, code, {10, 11});
        auto mst = requested(emu, "DsCbo1.StockMst", code);
        const qint64 unit = code == u"A005930" ? 10'000 : 1'000;
        QCOMPARE(eye[1].typeId(), int(QMetaType::ULongLong));
        QVERIFY(eye[1].toLongLong() > 100 * unit);
        QCOMPARE(header(*mst, 19).toLongLong(), eye[1].toLongLong() / unit);
        QCOMPARE(header(*mst, 18).toLongLong(), eye[0].toLongLong());
    }
}

inline void stockMstStrings(Emulator &emu)
{
    static const QStringList sectors{QStringLiteral("건설기계"), QStringLiteral("조선운송"), QStringLiteral("철강소재"),
        QStringLiteral("에너지화학"), QStringLiteral("정보통신"), QStringLiteral("금융"), QStringLiteral("필수소비재"),
        QStringLiteral("자유소비재")};
    auto kospi = requested(emu, "DsCbo1.StockMst", QStringLiteral("A005930"));
    auto kosdaq = requested(emu, "DsCbo1.StockMst", QStringLiteral("A247540"));
    QCOMPARE(header(*kospi, 52).toString(), QString()); // 거래소: 해당사항없음
    QVERIFY(QStringList({QStringLiteral("일반기업"), QStringLiteral("벤처기업")}).contains(header(*kosdaq, 52).toString()));
    QVERIFY(sectors.contains(header(*kospi, 53).toString())); // a KOSPI200 member
    QCOMPARE(header(*kosdaq, 53).toString(), QStringLiteral("미채용"));
    QCOMPARE(header(*kospi, 69).toInt(), int('0'));
}

// CodeToName is the Korean short name for the whole listing; English names stay available.
inline void koreanNames(Emulator &emu)
{
    auto mgr = create(emu, "CpUtil.CpCodeMgr");
    auto codes = create(emu, "CpUtil.CpStockCode");
    static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
    int total = 0, korean = 0;
    for (int market : {1, 2}) {
        for (const QVariant &c : call(*mgr, "GetStockListByMarket", {market}).toList()) {
            const QString name = call(*mgr, "CodeToName", {c}).toString();
            ++total;
            korean += name.contains(hangul);
            QCOMPARE(call(*codes, "CodeToName", {c}).toString(), name);
            QCOMPARE(call(*codes, "NameToCode", {name}).toString(), c.toString());
            QVERIFY(!call(*mgr, "GetStockEngName", {c}).toString().isEmpty());
        }
    }
    QCOMPARE(total, 1896);
    QVERIFY2(korean > 1800, qPrintable(QString::number(korean))); // the rest are Latin names (NAVER, HLB …)
}
} // namespace cybos::test
