#pragma once
// The SeqSource of the application: hands out numbers from blocks reserved durably in advance
// (meta.seq_reserved, committed before any number of a block is handed out), so a number is
// never reused even after a crash — at worst the rest of a block is skipped.
// The next block is requested when half of the current one is used, so in the steady state
// next() never waits for the disk; if the reservation has not landed when the block runs out,
// next() waits for it (up to kWaitMs, then carries on unreserved and counts it).
//
// Threading: next()/lastIssued() on the bus thread; confirmReserved()/reservationFailed()
// from any thread (the storage thread); the request callback runs on the bus thread and must
// not block.
#include "seqsource.h"
#include <QMutex>
#include <QWaitCondition>
#include <atomic>
#include <functional>

namespace cybos {

class BlockSeqSource : public SeqSource
{
public:
    static constexpr int kWaitMs = 2000;
    using ReserveRequest = std::function<void(qint64 upTo)>;

    // lastUsed: every number <= it may have been used; reserved: numbers <= it are durably
    // reserved (>= lastUsed). The first number handed out is lastUsed + 1.
    BlockSeqSource(qint64 lastUsed, qint64 reserved, qint64 blockSize, ReserveRequest request);

    qint64 next() override;
    qint64 lastIssued() const override { return m_last.load(std::memory_order_relaxed); }

    void confirmReserved(qint64 upTo);        // numbers <= upTo are durable now
    void reservationFailed();                 // the requested block could not be written
    qint64 reserved() const;
    qint64 unreservedIssued() const { return m_unreserved.load(std::memory_order_relaxed); }

private:
    qint64 requestIfLow(qint64 seq);          // the upTo to ask for, or 0
    bool waitForReservation(qint64 seq);      // false: not reserved in time

    mutable QMutex m_mutex;
    QWaitCondition m_landed;
    qint64 m_reserved;                        // guarded
    qint64 m_requestedUpTo;                   // guarded: > m_reserved while a request is out
    qint64 m_retryFrom = 0;                   // guarded: after a failure, ask again from here
    bool m_gaveUp = false;                    // guarded: waited kWaitMs for the current request
    const qint64 m_block;
    ReserveRequest m_request;
    std::atomic<qint64> m_last;
    std::atomic<qint64> m_comfortable;        // below this, next() needs no lock
    std::atomic<qint64> m_unreserved{0};
};

} // namespace cybos
