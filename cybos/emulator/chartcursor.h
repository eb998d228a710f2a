#pragma once
// Produces the rows of a StockChart query newest first, one page at a time, so a client can
// page through years of minute bars with Continue without the emulator building them all.
// Days before the session date come from the generated history; the session date's bars
// from the live state (only once something traded). Weekly and monthly bars aggregate the
// daily bars (field 0 in Cybos' own week-of-month / YYYYMM00 form); minute bars of period N group the
// 1-minute bars of a day in N-minute buckets from the open; tick rows group N synthetic ticks.
#include "daygen.h"
#include <QDate>
#include <deque>
#include <optional>

namespace cybos::emu {

class EmuContext;
struct ListedStock;

struct ChartQuery {
    const ListedStock *stock = nullptr;
    char type = 'D';        // 'D', 'W', 'M', 'm', 'T'
    int period = 1;         // bar size for 'm' and 'T'
    bool byCount = true;    // '2' count mode, else '1' period mode
    int count = 0;          // rows wanted in count mode (StockChart pages them; older rows stay)
    int endDate = 0;        // yyyymmdd, 0 = latest
    int startDate = 0;      // yyyymmdd, period mode
};

struct ChartRow {
    EmuBar bar;      // time 0 for D/W/M; sellQty/buyQty cumulative within the day for m/T
    qint64 base = 0; // reference of change and sign: previous close (day's for m/T)
    int ticks = 0;   // ticks folded into the row ('T')
};

class ChartCursor
{
public:
    ChartCursor(EmuContext &ctx, const ChartQuery &query);

    std::optional<ChartRow> next(); // the next older row, or nothing at the end
    bool hasMore();

private:
    struct Day {
        int date = 0;
        qint64 prevClose = 0;
        EmuBar bar;                // the day ('D', 'W', 'M')
        std::vector<EmuBar> bars;  // 1-minute bars ('m', 'T'), oldest first
    };
    std::optional<Day> nextDay(bool withMinutes);
    std::optional<ChartRow> produce();
    std::optional<ChartRow> nextGroup();
    void fillIntraday(const Day &day);

    EmuContext &m_ctx;
    ChartQuery m_query;
    bool m_todayPending = false;
    int m_nextDay = -1;            // calendar index of the next generated day
    std::deque<ChartRow> m_buffer; // rows of the current day, newest first
    std::optional<ChartRow> m_peeked;
    std::optional<Day> m_carry;    // first day of the next week/month group
};

} // namespace cybos::emu
