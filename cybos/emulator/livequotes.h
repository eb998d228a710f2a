#pragma once
// The live state of each stock for the current session date: what StockMst, StockCur,
// StockJpbid and MarketEye report. A day starts from the generated close of the previous
// trading day. On the krx clock a stock nobody has traded live yet follows its generated day
// (the minute bars closed by now), so snapshots of unsubscribed codes look like a real
// market and a finished day matches its history; the first live tick freezes that prefix and
// live trades continue from it. Live trades are not written back into history: the next day
// starts again from the generated close.
#include "daygen.h"
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
    bool touched = false;      // traded live today (else it follows the generated day)
    int followedSecond = -1;   // generated minutes closed by this second are folded in
    qint64 prevClose = 0, upper = 0, lower = 0;
    qint64 open = 0, high = 0, low = 0, price = 0; // open/high/low 0 until the first trade
    qint64 ask = 0, bid = 0;
    qint64 volume = 0, valueKrw = 0, sellQty = 0, buyQty = 0;
    qint64 expectedPrice = 0, expectedQty = 0;     // auction state
    int timeHhmmss = 0;        // last update
    quint64 updates = 0;       // live updates today (varies the order book)
    std::vector<EmuBar> liveMinutes;
};

class LiveQuotes
{
public:
    LiveQuotes(History &history, const SessionClock &session)
        : m_history(history), m_session(session) {}

    // The state of `s` at `nowMs` (rolls over to a new session date as needed).
    LiveQuote &get(const ListedStock &s, qint64 nowMs);
    void trade(LiveQuote &q, qint64 price, qint64 volume, bool buyerInitiated, qint64 nowMs);
    void expect(LiveQuote &q, qint64 price, qint64 quantity, qint64 nowMs);

    // Today's 1-minute bars (generated prefix + live) and today's day bar (nullopt-like:
    // volume 0 when nothing traded yet). They aggregate to each other exactly.
    std::vector<EmuBar> todayMinutes(const LiveQuote &q);
    EmuBar todayBar(const LiveQuote &q) const;

private:
    void reset(LiveQuote &q, const ListedStock &s, QDate date);
    void follow(LiveQuote &q, qint64 nowMs);
    std::vector<EmuBar> generatedPrefix(const LiveQuote &q, int second);

    History &m_history;
    const SessionClock &m_session;
    std::unordered_map<quint64, LiveQuote> m_quotes; // node-based: references stay valid
};

} // namespace cybos::emu
