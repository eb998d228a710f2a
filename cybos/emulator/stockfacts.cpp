#include "stockfacts.h"
#include "calendar.h"
#include "emucontext.h"
#include "emurandom.h"
#include <cmath>

namespace cybos::emu {
namespace {
constexpr int kYearDays = 250;

void fillRange(StockFacts &f, History &history, const ListedStock &s, int lastDay)
{
    const int first = qMax(history.firstDay(s), lastDay - kYearDays + 1);
    for (int day = first; day <= lastDay; ++day) {
        const EmuBar b = history.dayBar(s, day);
        if (b.high > f.high52) {
            f.high52 = b.high;
            f.high52Date = b.date;
        }
        if (f.low52 == 0 || b.low < f.low52) {
            f.low52 = b.low;
            f.low52Date = b.date;
        }
    }
}
} // namespace

StockFacts stockFacts(EmuContext &ctx, const ListedStock &s, bool withRange)
{
    StockFacts f;
    History &history = ctx.market.history();
    const QDate date = ctx.market.session().sessionDate(ctx.now());
    const int lastDay = qMax(history.firstDay(s), TradingCalendar::instance().indexBefore(date));
    f.yesterday = history.dayBar(s, lastDay);
    if (withRange)
        fillRange(f, history, s, lastDay);
    const quint64 h = hashOf(s.key, 0x44);
    f.per = float(5.0 + 25.0 * unitOf(h));
    f.eps = std::llround(double(s.anchorClose) / double(f.per));
    f.bps = std::llround(double(s.anchorClose) / (0.4 + 2.6 * unitOf(hashOf(h, 1))));
    f.foreignHolding = qint64(double(s.listedShares) * 0.5 * unitOf(hashOf(h, 2)));
    f.creditRatio = float(std::round(300.0 * unitOf(hashOf(h, 3))) / 100.0);
    f.sectorCode = QStringLiteral("%1").arg(1 + hashOf(h, 4) % 40, 3, 10, QLatin1Char('0'));
    f.industryCode = int(1 + hashOf(h, 5) % 30);
    return f;
}

} // namespace cybos::emu
