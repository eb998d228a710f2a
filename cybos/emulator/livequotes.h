#pragma once
// The live state of each stock for the current session date: what StockMst, StockCur,
// StockJpbid and MarketEye report. Every code follows its day path (daypath.h) on either
// clock, computed lazily when asked: a snapshot of a code nobody subscribed shows what it
// traded so far, and a finished day matches its history. A subscribed code is adopted at that
// state; its live ticks then carry the path's volume traded since the previous tick (at the
// path's price), and where the path traded nothing since, one small trade near its price (1
// share, counted against the path's later volume while it still trades; outside the path —
// on the always-open clock before 09:00 and after 15:20, post-close and after-hours — a trade
// of ordinary size). So the ticks' cumulative volume and value are exactly what they add up to
// from the state at subscription, and a snapshot is the last tick plus what the path traded
// since. Before the first trade of the day open/high/low and volume are 0, as Cybos reports
// them. Live trades are not written back into history: the next day starts again from the
// generated close.
#include "daygen.h"
#include "daypath.h"
#include <QDate>
#include <unordered_map>
#include <vector>

namespace cybos::emu {

class History;
class SessionClock;
struct ListedStock;

struct LiveQuote {
    const ListedStock *stock = nullptr;
    QDate date;                // the session date this state belongs to
    qint64 prevClose = 0, upper = 0, lower = 0;
    // What is reported now (as of the last LiveQuotes::get):
    qint64 open = 0, high = 0, low = 0, price = 0; // open/high/low 0 until the first trade
    qint64 ask = 0, bid = 0;
    qint64 volume = 0, valueKrw = 0, sellQty = 0, buyQty = 0;
    qint64 expectedPrice = 0, expectedQty = 0;     // auction state
    int timeHhmmss = 0;        // last update
    quint64 updates = 0;       // varies the order book
    // The state at the last live tick (before adoption: the empty start of the day), the day
    // path then and now; the reported values are `ticked` plus the path traded since.
    bool touched = false;      // adopted by the live feed today
    EmuBar ticked, pathSeen, pathNow;
    qint64 nowMs = 0, adoptedMs = 0;
    qint64 ahead = 0;          // live volume beyond the path, absorbed by its later volume
    int tickedHhmmss = 0;
    bool lastBuy = false;
    quint64 liveUpdates = 0;
    std::vector<EmuBar> liveMinutes;
    DayPath path;
};

class LiveQuotes
{
public:
    LiveQuotes(History &history, const SessionClock &session)
        : m_history(history), m_session(session) {}

    // The state of `s` at `nowMs` (rolls over to a new session date as needed).
    LiveQuote &get(const ListedStock &s, qint64 nowMs);
    // The live feed takes `s` over at `nowMs` (its subscription): later ticks continue from here.
    void adopt(const ListedStock &s, qint64 nowMs);
    // State for a live tick at `nowMs`: adopted (at nowMs if it was not yet).
    LiveQuote &forTrade(const ListedStock &s, qint64 nowMs);
    // The path volume a tick at the state's moment carries (traded since the last tick).
    static qint64 pending(const LiveQuote &q) { return q.volume - q.ticked.volume; }
    // One live trade: the pending path volume plus `extra` shares, at `price`; returns its
    // volume. `absorbable`: the extra counts against the path's later volume.
    qint64 trade(LiveQuote &q, qint64 price, qint64 extra, bool buyerInitiated, bool absorbable);
    void expect(LiveQuote &q, qint64 price, qint64 quantity);
    // The day's opening or closing-auction print on the path (what an auction converges to).
    EmuBar auctionPrint(LiveQuote &q, bool opening) { return q.path.print(m_history, *q.stock, q.date, opening); }

    // Today's 1-minute bars and today's day bar (volume 0 when nothing traded yet). They
    // aggregate to each other exactly.
    std::vector<EmuBar> todayMinutes(const LiveQuote &q);
    EmuBar todayBar(const LiveQuote &q) const;

private:
    void reset(LiveQuote &q, const ListedStock &s, QDate date);
    void present(LiveQuote &q);
    EmuBar pendingBar(const LiveQuote &q) const;

    History &m_history;
    const SessionClock &m_session;
    std::unordered_map<quint64, LiveQuote> m_quotes; // node-based: references stay valid
};

} // namespace cybos::emu
