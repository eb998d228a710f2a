#pragma once
// The emulator's session clock: "always-open" (the regular session all day, every day) or
// "krx", the real KST schedule (cybos-api.md §7):
//   08:30–open   opening auction: expected prices, no trades; one opening print at the open
//   open–15:20   regular continuous trading (open is 09:00, 10:00 on the year's first day;
//                the opening auction then simply lasts until 10:00 — how KRX shifts the
//                auction that day is U)
//   15:20–15:30  closing auction: expected prices; one closing print at 15:30
//   15:40–16:00  post-close trading at the closing price
//   16:00–18:00  after-hours single price, one print every 10 minutes (16:10 … 18:00)
//   otherwise, weekends and holidays: no ticks.
#include <QDate>
#include <vector>

namespace cybos::emu {

enum class Phase { Closed, OpeningAuction, Regular, ClosingAuction, PostClose, AfterHours };

struct SessionEvent {
    enum Kind { OpeningPrint, ClosingPrint, AfterHoursPrint };
    qint64 epochMs;
    Kind kind;
};

class SessionClock
{
public:
    explicit SessionClock(bool krx) : m_krx(krx) {}
    bool isKrx() const { return m_krx; }

    // The trading date quotes belong to: the KST date (krx: the last trading day on or before).
    QDate sessionDate(qint64 epochMs) const;
    Phase phase(qint64 epochMs) const;
    // Header 20 of StockCur / 59 of StockMst: '1' pre-open expected, '2' regular,
    // '4' after-market (post-close and after-hours), '5' closing-auction expected (U: the fact
    // sheet names '5' "after-close expected"; the closing auction is our reading of it).
    char sessionChar(qint64 epochMs) const;
    // Header 58 of StockMst: '1' auction, '2' continuous, '0' otherwise.
    char expectedFlag(qint64 epochMs) const;
    // The first instant after epochMs at which the phase may change (a session boundary or
    // the next KST midnight): tick slices are split there so no tick straddles a boundary.
    qint64 nextBoundary(qint64 epochMs) const;
    // Single-price events in (fromMs, toMs], oldest first (only the last 7 days are scanned).
    std::vector<SessionEvent> eventsBetween(qint64 fromMs, qint64 toMs) const;

    static constexpr int kAuctionStart = 8 * 3600 + 30 * 60;
    static constexpr int kClosingAuction = 15 * 3600 + 20 * 60;
    static constexpr int kClose = 15 * 3600 + 30 * 60;
    static constexpr int kPostCloseStart = 15 * 3600 + 40 * 60;
    static constexpr int kAfterHoursStart = 16 * 3600;
    static constexpr int kAfterHoursEnd = 18 * 3600;

private:
    bool m_krx;
};

} // namespace cybos::emu
