#include "stockmst.h"
#include "calendar.h"
#include "emucontext.h"
#include "emuvalues.h"
#include "stockfacts.h"

namespace cybos::emu {
namespace {

// Header 52 (string) 벤처기업 구분: "일반기업" / "벤처기업" on KOSDAQ; the help gives no value
// for 거래소 ("해당사항없음"): empty there (U what the real feed sends).
QString ventureKind(const ListedStock &s)
{
    if (s.market != 2)
        return QString();
    return s.key % 3 == 0 ? QStringLiteral("벤처기업") : QStringLiteral("일반기업");
}

// Header 53 (string): the KOSPI200 sector name of CPE_KOSPI200_KIND (values since 2011-04-01).
QString kospi200Sector(int kind)
{
    static const char *const names[] = {"미채용", "건설기계", "조선운송", "철강소재", "에너지화학",
                                        "정보통신", "금융", "필수소비재", "자유소비재"};
    return QString::fromUtf8(names[kind >= 0 && kind < 9 ? kind : 0]);
}

void addQuote(QVariantList &h, EmuContext &ctx, const ListedStock &s, const LiveQuote &q)
{
    static const char *const sizeNames[] = {"", "대", "중", "소"};
    h << QString(u'A' + s.code) << s.name << stockFacts(ctx, s, false).sectorCode << QString()
      << hhmm(kstSecond(ctx.now()))
      << (s.market == 1 ? QStringLiteral("거래소") : QStringLiteral("코스닥"))
      << QString::fromUtf8(sizeNames[s.sizeClass]) << num(0)                   // 4 … 7
      << num(q.upper) << num(q.lower) << num(q.prevClose) << num(q.price)     // 8 … 11
      << num(q.price - q.prevClose) << num(q.open) << num(q.high) << num(q.low) // 12 … 15
      << num(q.ask) << num(q.bid) << num(q.volume)                            // 16 … 18
      << num(cybosValue(q.valueKrw, s.market));                                // 19
}

void addFundamentals(QVariantList &h, const ListedStock &s, const LiveQuote &q, const StockFacts &f)
{
    const qint64 capitalMillions = s.listedShares * s.par / 1'000'000; // 자본금, 백만원 (U)
    h << num(f.eps) << num(f.high52) << num(f.high52Date) << num(f.low52) << num(f.low52Date) // 20 … 24
      << QVariant(f.creditRatio) << num(12) << num(q.prevClose) << QVariant(f.per)             // 25 … 28
      << num(0) << num(0) << num(s.listedShares) << num(capitalMillions)                       // 29 … 32
      << num(s.listedShares) << num(s.listedShares - f.foreignHolding)                        // 33, 34
      << num(f.foreignHolding)                                                                 // 35
      << QVariant(float(100.0 * double(f.foreignHolding) / double(s.listedShares)))           // 36
      << QVariant(100.0f) << num(0) << num(0) << num(0) << num(0)                              // 37 … 41
      << num(f.industryCode) << num(1) << chr('0') << chr(s.market == 1 ? '1' : '5')          // 42 … 45
      << num(f.yesterday.volume) << num(f.high52) << num(f.high52Date)                        // 46 … 48
      << num(f.low52) << num(f.low52Date) << num(0)                                            // 49 … 51
      << ventureKind(s) << kospi200Sector(s.kospi200) << num(s.par);                        // 52 … 54
}

void addSession(QVariantList &h, EmuContext &ctx, const LiveQuote &q, const StockFacts &f)
{
    const SessionClock &session = ctx.market.session();
    const char flag = session.expectedFlag(ctx.now());
    const bool auction = flag == '1';
    const qint64 expected = auction ? (q.expectedPrice ? q.expectedPrice : q.price) : 0;
    h << num(expected) << num(auction ? expected - q.prevClose : 0)            // 55, 56
      << num(auction ? q.expectedQty : 0) << chr(flag)                          // 57, 58
      << chr(session.sessionChar(ctx.now()))                                     // 59
      << num(0) << num(0) << num(0) << num(0) << num(0)                          // 60 … 64
      << chr('0') << chr('N') << chr('1') << chr('N') << chr('0') << num(f.bps); // 65 … 70
}

} // namespace

QVariantList StockMst::headers(EmuContext &ctx, const ListedStock &s)
{
    const LiveQuote &q = ctx.quote(s);
    const StockFacts facts = stockFacts(ctx, s, true);
    QVariantList h;
    h.reserve(71);
    addQuote(h, ctx, s, q);
    addFundamentals(h, s, q, facts);
    addSession(h, ctx, q, facts);
    return h;
}

QString StockMst::inputError() const
{
    const auto code = stringInput(input(0));
    if (!code || code->isEmpty())
        return QStringLiteral("input 0 must be a stock code string (\"A005930\")");
    return {};
}

void StockMst::answer()
{
    EmuContext *ctx = context();
    const QString code = input(0).toString();
    const ListedStock *s = ctx->market.stock(code);
    if (!s) {
        m_headers.clear();
        setStatus(-1, msg::unknownCode(code));
        return;
    }
    m_headers = headers(*ctx, *s);
}

} // namespace cybos::emu
