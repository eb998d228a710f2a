#pragma once
// Generated price history. Each stock's daily closes are a random walk anchored at the
// listing's close of 2024-05-13, walked back to max(2016-01-04, listed date) and forward to
// any later date; each step is a pure function of (seed, code, date). A day's bars come from
// generateDay(), so daily, weekly, monthly, minute and tick charts agree with each other and
// the same request always returns the same bars. There are no corporate actions, so adjusted
// and raw prices are identical.
#include "daygen.h"
#include <QHash>
#include <vector>

namespace cybos::emu {

struct ListedStock;

class History
{
public:
    explicit History(quint32 seed) : m_seed(seed) {}

    // Calendar index (TradingCalendar) of the stock's first generated day.
    int firstDay(const ListedStock &s) const;
    // Close of a trading day (calendar index ≥ firstDay - 1; firstDay - 1 gives the base
    // price of the first day).
    qint64 close(const ListedStock &s, int day);
    EmuBar dayBar(const ListedStock &s, int day);
    std::vector<EmuBar> minutes(const ListedStock &s, int day);

private:
    const std::vector<qint64> &series(const ListedStock &s, int upTo);
    double dayReturn(const ListedStock &s, int day) const;
    DayInput input(const ListedStock &s, int day);

    quint32 m_seed;
    // closes[i] is the close of calendar day firstDay - 1 + i.
    QHash<quint64, std::vector<qint64>> m_closes;
    QHash<quint64, QHash<int, EmuBar>> m_days;
};

} // namespace cybos::emu
