#include "cpcodemgr.h"
#include "calendar.h"
#include "emucontext.h"

namespace cybos::emu {
namespace {
using StockFn = QVariant (*)(const CpCodeMgr &, const ListedStock &);

// Methods taking a code; `fallback` is the answer for an unknown code.
struct StockMethod {
    const char *name;
    StockFn fn;
    QVariant fallback;
};

const QList<StockMethod> &stockMethods()
{
    using M = const CpCodeMgr &;
    using S = const ListedStock &;
    static const QList<StockMethod> methods{
        {"CodeToName", [](M, S s) { return QVariant(s.name); }, QString()},
        {"GetStockEngName", [](M, S s) { return QVariant(s.engName); }, QString()},
        {"GetStockMarketKind", [](M, S s) { return QVariant(s.market); }, 0},
        {"GetStockSectionKind", [](M, S) { return QVariant(1); }, 0}, // every row is a common stock
        {"GetStockControlKind", [](M, S) { return QVariant(0); }, 0},
        {"GetStockSupervisionKind", [](M, S) { return QVariant(0); }, 0},
        {"GetStockStatusKind", [](M, S) { return QVariant(0); }, 0},
        {"GetStockCapital", [](M, S s) { return QVariant(s.sizeClass); }, 0},
        {"GetStockKospi200Kind", [](M, S s) { return QVariant(s.kospi200); }, 0},
        {"GetStockListedDate", [](M, S s) { return QVariant(s.listedDate); }, 0},
        {"GetStockParPrice", [](M, S s) { return QVariant(s.par); }, 0},
        {"GetStockMemeMin", [](M, S) { return QVariant(1); }, 0},
        {"GetStockLacKind", [](M, S) { return QVariant(0); }, 0},
        {"IsSPAC", [](M, S) { return QVariant(0); }, 0}, // the listing holds no SPAC
        {"GetStockMaxPrice", [](M m, S s) { return m.liveField(s, 0); }, 0},
        {"GetStockMinPrice", [](M m, S s) { return m.liveField(s, 1); }, 0},
        {"GetStockStdPrice", [](M m, S s) { return m.liveField(s, 2); }, 0},
        {"GetStockYdOpenPrice", [](M m, S s) { return m.yesterday(s, 0); }, 0},
        {"GetStockYdHighPrice", [](M m, S s) { return m.yesterday(s, 1); }, 0},
        {"GetStockYdLowPrice", [](M m, S s) { return m.yesterday(s, 2); }, 0},
        {"GetStockYdClosePrice", [](M m, S s) { return m.yesterday(s, 3); }, 0},
    };
    return methods;
}
} // namespace

QVariant CpCodeMgr::marketList(int kind) const
{
    QVariantList codes;
    if (EmuContext *ctx = context()) {
        for (const QString &code : ctx->market.listing().cybosCodesOfMarket(kind))
            codes.append(code);
    }
    return codes;
}

QVariant CpCodeMgr::liveField(const ListedStock &s, int which) const
{
    const LiveQuote &q = context()->quote(s);
    const qint64 values[] = {q.upper, q.lower, q.prevClose};
    return int(values[which]);
}

QVariant CpCodeMgr::yesterday(const ListedStock &s, int which) const
{
    EmuContext *ctx = context();
    const QDate date = ctx->market.session().sessionDate(ctx->now());
    const int day = TradingCalendar::instance().indexBefore(date);
    const EmuBar bar = ctx->market.history().dayBar(s, qMax(0, day));
    const qint64 values[] = {bar.open, bar.high, bar.low, bar.close};
    return int(values[which]);
}

// hhmm (900 / 1530) as one public C++ bridge parses it; another source says hours only
// (9 / 15): U. On the krx clock the year's first trading day starts at 1000.
QVariant CpCodeMgr::marketTime(bool start) const
{
    if (!start)
        return 1530;
    EmuContext *ctx = context();
    if (ctx && ctx->market.session().isKrx()) {
        const QDate date = ctx->market.session().sessionDate(ctx->now());
        return hhmm(openSecond(date));
    }
    return 900;
}

QVariant CpCodeMgr::workDate() const
{
    EmuContext *ctx = context();
    return ctx ? int(ymd(ctx->market.session().sessionDate(ctx->now()))) : 0;
}

bool CpCodeMgr::invoke(const QString &method, const QVariantList &args, QVariant &result)
{
    if (is(method, "GetStockListByMarket"))
        result = marketList(args.value(0).toInt());
    else if (is(method, "GetMarketStartTime") || is(method, "GetMarketEndTime"))
        result = marketTime(is(method, "GetMarketStartTime"));
    else if (is(method, "GetWorkDate"))
        result = workDate();
    if (result.isValid())
        return true;
    for (const StockMethod &m : stockMethods()) {
        if (!is(method, m.name))
            continue;
        const ListedStock *s = context() ? context()->market.stock(args.value(0).toString()) : nullptr;
        result = s ? m.fn(*this, *s) : m.fallback;
        return true;
    }
    return false;
}

} // namespace cybos::emu
