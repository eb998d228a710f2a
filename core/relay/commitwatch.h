#pragma once
// Lets a coroutine wait until the tick writer has committed every tick up to a seq: the relay
// acknowledges a push only then, so a relay that crashes right after an acknowledgement has
// still stored what it acknowledged. Lives on the waiting coroutines' thread.
#include <QObject>
#include <qcoro/qcorotask.h>

namespace cybos {

class TickWriter;

class CommitWatch : public QObject
{
    Q_OBJECT
public:
    explicit CommitWatch(TickWriter *writer, QObject *parent = nullptr);

    qint64 committedSeq() const;
    // True once committedSeq() >= seq; false when timeoutMs passed first.
    QCoro::Task<bool> waitFor(qint64 seq, int timeoutMs);

Q_SIGNALS:
    void advanced();   // a batch was committed (queued from the storage thread)

private:
    TickWriter *m_writer;
};

} // namespace cybos
