#include "commitwatch.h"
#include "core/storage/tickwriter.h"
#include <QDeadlineTimer>
#include <qcoro/qcorosignal.h>

namespace cybos {

CommitWatch::CommitWatch(TickWriter *writer, QObject *parent)
    : QObject(parent), m_writer(writer)
{
    connect(writer, &TickWriter::batchCommitted, this, &CommitWatch::advanced, Qt::QueuedConnection);
}

qint64 CommitWatch::committedSeq() const
{
    return m_writer->committedSeq();
}

QCoro::Task<bool> CommitWatch::waitFor(qint64 seq, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    // The signal is queued to this thread: a commit after this check still wakes us.
    while (m_writer->committedSeq() < seq) {
        const qint64 left = deadline.remainingTime();
        if (left <= 0)
            co_return false;
        auto signal = qCoro(this, &CommitWatch::advanced, std::chrono::milliseconds(left));
        co_await std::move(signal); // named: the GCC 12 rule, core/async/threadcall.h
    }
    co_return true;
}

} // namespace cybos
