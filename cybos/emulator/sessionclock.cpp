#include "sessionclock.h"
#include "calendar.h"

namespace cybos::emu {

QDate SessionClock::sessionDate(qint64 epochMs) const
{
    const QDate today = kstDate(epochMs);
    if (!m_krx)
        return today;
    QDate d = today;
    while (!isTradingDay(d))
        d = d.addDays(-1);
    return d;
}

Phase SessionClock::phase(qint64 epochMs) const
{
    if (!m_krx)
        return Phase::Regular;
    const QDate d = kstDate(epochMs);
    if (!isTradingDay(d))
        return Phase::Closed;
    const int s = kstSecond(epochMs);
    if (s >= kAuctionStart && s < openSecond(d))
        return Phase::OpeningAuction;
    if (s >= openSecond(d) && s < kClosingAuction)
        return Phase::Regular;
    if (s >= kClosingAuction && s < kClose)
        return Phase::ClosingAuction;
    if (s >= kPostCloseStart && s < kAfterHoursStart)
        return Phase::PostClose;
    if (s >= kAfterHoursStart && s < kAfterHoursEnd)
        return Phase::AfterHours;
    return Phase::Closed;
}

char SessionClock::sessionChar(qint64 epochMs) const
{
    switch (phase(epochMs)) {
    case Phase::OpeningAuction: return '1';
    case Phase::Regular: return '2';
    case Phase::ClosingAuction: return '5';
    case Phase::PostClose:
    case Phase::AfterHours: return '4';
    case Phase::Closed: break;
    }
    // Outside the sessions: before the auction of a trading day it is "pre-open", else the
    // day is over.
    const QDate d = kstDate(epochMs);
    return isTradingDay(d) && kstSecond(epochMs) < kAuctionStart ? '1' : '4';
}

char SessionClock::expectedFlag(qint64 epochMs) const
{
    switch (phase(epochMs)) {
    case Phase::OpeningAuction:
    case Phase::ClosingAuction: return '1';
    case Phase::Regular: return '2';
    default: return '0';
    }
}

qint64 SessionClock::nextBoundary(qint64 epochMs) const
{
    const QDate d = kstDate(epochMs);
    if (m_krx && isTradingDay(d)) {
        const int s = kstSecond(epochMs);
        for (int b : {kAuctionStart, openSecond(d), kClosingAuction, kClose, kPostCloseStart,
                      kAfterHoursStart, kAfterHoursEnd}) {
            if (b > s)
                return kstEpochMs(d, b);
        }
    }
    return kstEpochMs(d.addDays(1), 0);
}

std::vector<SessionEvent> SessionClock::eventsBetween(qint64 fromMs, qint64 toMs) const
{
    std::vector<SessionEvent> events;
    if (!m_krx || toMs <= fromMs)
        return events;
    QDate first = kstDate(fromMs);
    const QDate last = kstDate(toMs);
    if (first.daysTo(last) > 7)
        first = last.addDays(-7);
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        if (!isTradingDay(d))
            continue;
        auto add = [&](int second, SessionEvent::Kind kind) {
            const qint64 at = kstEpochMs(d, second);
            if (at > fromMs && at <= toMs)
                events.push_back({at, kind});
        };
        add(openSecond(d), SessionEvent::OpeningPrint);
        add(kClose, SessionEvent::ClosingPrint);
        for (int s = kAfterHoursStart + 600; s <= kAfterHoursEnd; s += 600)
            add(s, SessionEvent::AfterHoursPrint);
    }
    return events;
}

} // namespace cybos::emu
