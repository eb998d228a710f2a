#pragma once
// The replay backend: plays the ticks recorded in another database through the normal
// pipeline, as a MarketFeed emitting tickReceived (seq 0: the tick bus numbers them anew) in
// the recorded seq order, at `speed` times the recorded pace (0: as fast as the pipeline takes
// them, in slices that leave the event loop free). Times are shifted so the first tick happens
// now, unless keepTimes. Every recorded code is played whatever is subscribed: subscriptions
// are only recorded (the WebSocket hub still filters per client). The stock master is the
// recorded database's stocks table. Lives on the COM/GUI thread.
//
//   ReplayFeed feed({config.replayFrom, config.replaySpeed, config.replayKeepTimes});
//   if (auto st = feed.open(); !st) { ... st.error() ... }   // exit 2
//   feed.setBackpressure([&storage] { return storage.tickWriter()->backlog() > 100'000; });
//   connect(&feed, &MarketFeed::tickReceived, &bus, &TickBus::publish);
//   feed.start();
#include "core/relay/offlinefeed.h"
#include "core/storage/database.h"
#include <QElapsedTimer>
#include <QTimer>
#include <functional>
#include <memory>

namespace cybos {

struct ReplayOptions {
    QString path;             // the recorded database (read only)
    double speed = 1.0;       // 0 = as fast as possible
    bool keepTimes = false;   // keep the recorded times instead of shifting them to now
    int chunk = 5000;         // ticks read per query
    int maxPerTurn = 2000;    // ticks emitted per event-loop turn, at most
};

class ReplayFeed : public OfflineFeed
{
    Q_OBJECT
public:
    explicit ReplayFeed(ReplayOptions options, QObject *parent = nullptr);
    ~ReplayFeed() override;

    Status open();            // the file must be a cybos-server database; reads the first ticks
    void start();             // plays from the first recorded tick
    // While busy() is true (the tick writer is far behind), playing waits.
    void setBackpressure(std::function<bool()> busy) { m_busy = std::move(busy); }

    bool isConnected() const override { return m_playing; }
    bool isFinished() const { return m_finished; }
    qint64 replayed() const { return m_replayed; }

Q_SIGNALS:
    void replayFinished(qint64 ticks);

protected:
    const Database &stockDatabase() const override { return *m_recorded; }

private:
    void step();
    bool refill();                              // false: the recording is over
    qint64 dueMs(const Tick &tick) const;       // since start, in wall-clock ms
    void emitTick(const Tick &recorded, qint64 due);
    void finish();

    ReplayOptions m_options;
    std::unique_ptr<Database> m_recorded;
    std::function<bool()> m_busy;
    TickList m_buffer;
    qsizetype m_index = 0;
    qint64 m_lastSeq = 0;                       // of the recording, for paging
    qint64 m_firstTimeMs = 0;
    qint64 m_startMs = 0;                       // wall clock at start()
    qint64 m_lastShiftedMs = 0;
    qint64 m_replayed = 0;
    QElapsedTimer m_clock;
    QTimer m_timer;
    bool m_playing = false;
    bool m_finished = false;
};

} // namespace cybos
