#pragma once
// The live tick generator. A timer drives time slices (every 5 ms): each slice emits the
// ticks due since the previous one at `ticksPerSecond` in total, spread over the currently
// subscribed codes (weight 1/sqrt(rank + 1): larger caps trade more). Work per slice is
// capped (20 ms worth of ticks) and a backlog of at most one second is caught up over the
// next slices, the rest dropped, so even 1,000,000 ticks/s never starves the event loop.
// Which codes trade and when comes from the rate; what they trade follows each code's day
// path (livequotes.h), so the ticks agree with snapshots and charts of the same code.
// Every random choice comes from one generator seeded by the seed, so the same seed, the
// same subscriptions and the same clock give the same tick sequence.
#include "emurandom.h"
#include "sessionclock.h"
#include <QObject>
#include <QTimer>
#include <vector>

namespace cybos::emu {

class EmuContext;
struct ListedStock;
struct LiveQuote;
struct RealtimeEvent;

class TickEngine : public QObject
{
    Q_OBJECT
public:
    TickEngine(EmuContext &ctx, int ticksPerSecond, quint32 seed);

    void setRate(int ticksPerSecond);
    int rate() const { return m_rate; }
    void wake(); // subscriptions changed: make sure slices run
    void slice();

private:
    void rebuildWeights(qint64 fromMs);
    int segment(qint64 from, qint64 to, Phase phase, int budget); // returns the ticks emitted
    const ListedStock *pick();
    void tick(const ListedStock &s, qint64 atMs, Phase phase);
    void continuousTrade(LiveQuote &q, qint64 atMs, char session);
    void expectedUpdate(LiveQuote &q, qint64 atMs, char session);
    void sessionPrint(const SessionEvent &ev);
    // A live trade of the pending path volume plus `extra` shares (see LiveQuotes::trade).
    void trade(LiveQuote &q, qint64 price, qint64 extra, bool buy, char session, bool absorbable = false);
    qint64 tradeVolume(qint64 price);

    EmuContext &m_ctx;
    QTimer m_timer;
    Rng m_rng;
    int m_rate;
    qint64 m_last = -1;
    double m_carry = 0;
    quint64 m_generation = ~quint64(0);
    std::vector<const ListedStock *> m_stocks;
    std::vector<double> m_cumulative;
};

} // namespace cybos::emu
