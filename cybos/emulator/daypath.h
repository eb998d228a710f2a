#pragma once
// A stock's day as a function of time: what traded up to any moment, derived from the day's
// generated minute bars, so every code — subscribed or not — trades through the session and a
// snapshot at any moment agrees with the minute chart and, once the day is over, the daily bar.
//
// Minute i of the continuous session covers (open + i min, open + i + 1 min]; it trades as its
// ticksOfMinute() — the same ticks a 'T' chart shows — 15 s apart (the first at :00, or later
// when a minute has fewer than four), each one's volume flowing evenly over its 15 s, first
// share at its start. The day's first trade (the opening print) and the closing auction
// (15:30) trade all their volume at their instant. Only the aggregate of the closed minutes
// and the current minute are kept, so a code costs one generateDay() per minute it is asked.
#include "daygen.h"
#include <QDate>
#include <vector>

namespace cybos::emu {

class History;
struct ListedStock;

class DayPath
{
public:
    // What `s` traded on `date` up to the instant `epochMs` (an empty bar before its first
    // trade, on a non-trading day, or before `date`; the whole day after it).
    EmuBar at(History &history, const ListedStock &s, QDate date, qint64 epochMs);
    // The 1-minute bars up to `epochMs`: the closed minutes and the current one so far.
    static std::vector<EmuBar> minutesAt(History &history, const ListedStock &s, QDate date, qint64 epochMs);
    // The day's opening print (its first trade) or closing-auction print; empty when none.
    EmuBar print(History &history, const ListedStock &s, QDate date, bool opening);
    // Whether the path still trades on `date` after `epochMs` (live volume beyond the path
    // can be absorbed by it).
    static bool tradesAfter(QDate date, qint64 epochMs);

private:
    struct Moment {
        int day = -1;          // calendar index; -1: nothing trades
        int minute = 0;        // closed continuous minutes
        qint64 offsetMs = 0;   // into the current minute
        bool auction = false;  // the closing auction has traded
    };
    static Moment momentOf(QDate date, qint64 epochMs);
    void load(History &history, const ListedStock &s, int day, int minute);

    quint64 m_key = 0;
    int m_day = -1, m_minute = -1;
    EmuBar m_closed;              // minutes [0, m_minute)
    std::vector<EmuBar> m_ticks;  // of minute m_minute
    EmuBar m_auction;
};

} // namespace cybos::emu
