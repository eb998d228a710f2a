#pragma once
// Between the tick bus and the views: keeps the latest tick of each code and the newest ticks
// for the tape, and hands them on every 100 ms, so the grid repaints at most ten times a
// second however many ticks arrive (400 codes at thousands of ticks a second stay smooth).
#include "core/domain/tick.h"
#include <QHash>
#include <QObject>
#include <QTimer>

namespace cybos {

class TickCoalescer : public QObject
{
    Q_OBJECT
public:
    explicit TickCoalescer(int tapeCapacity = 500, QObject *parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }
    qint64 received() const { return m_received; }   // ticks seen since start

public Q_SLOTS:
    void addBatch(const cybos::TickList &batch);
    void flush();                                      // hand on what is pending now

Q_SIGNALS:
    // latest: one tick per code that traded since the last flush; recent: up to tapeCapacity
    // ticks, oldest first. Emitted only when something arrived, plus one quiet flush after
    // activity so flashes can fade.
    void flushed(const QHash<QString, cybos::Tick> &latest, const cybos::TickList &recent, qint64 nowMs);

private:
    QTimer m_timer;
    QHash<QString, Tick> m_latest;
    TickList m_recent;
    int m_tapeCapacity;
    qint64 m_received = 0;
    int m_quietFlushes = 0;
};

} // namespace cybos
