#include "storage.h"
#include "core/log/categories.h"
#include "core/pipeline/blockseqsource.h"
#include "storagewrites.h"
#include "storageworker.h"
#include "tickwriter.h"
#include <QFileInfo>

namespace cybos {

Storage::Storage(StorageOptions options, EventLog *events, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_events(events), m_database(m_options.path)
{
    m_thread.setObjectName(QStringLiteral("storage"));
}

Storage::~Storage()
{
    shutdown();
    delete m_worker; // its thread has finished, so deleting it from here is safe
}

Status Storage::open()
{
    if (m_open)
        return Ok{};
    if (auto st = startWorker(); !st)
        return st;
    m_seq = std::make_unique<BlockSeqSource>(m_worker->lastUsedSeq(), m_worker->reservedSeq(), m_options.seqBlock,
                                             [this](qint64 upTo) { requestReservation(upTo); });
    m_worker->setSeqSource(m_seq.get());
    m_writes = std::make_unique<StorageWrites>(m_worker);
    {
        QMutexLocker lock(&m_reserveMutex);
        m_accepting = true;
    }
    QMetaObject::invokeMethod(m_worker, &StorageWorker::start, Qt::QueuedConnection);
    m_open = true;
    qCInfo(lcStorage).noquote() << "storage open:" << m_options.path << "next seq" << m_worker->lastUsedSeq() + 1;
    return Ok{};
}

Status Storage::startWorker()
{
    delete m_worker; // from an earlier failed open; its thread is stopped
    m_worker = new StorageWorker(m_database, m_options, m_events);
    m_thread.start();
    m_worker->moveToThread(&m_thread);
    Status st = Ok{};
    QMetaObject::invokeMethod(m_worker, [this, &st] { st = m_worker->open(); }, Qt::BlockingQueuedConnection);
    if (!st) {
        QMetaObject::invokeMethod(m_worker, [this] { m_worker->close(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    return st;
}

void Storage::shutdown()
{
    if (!m_open)
        return;
    {
        QMutexLocker lock(&m_reserveMutex);
        m_accepting = false;
    }
    QMetaObject::invokeMethod(m_worker, [this] { m_worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_open = false;
    qCInfo(lcStorage).noquote() << "storage closed; committed seq" << committedSeq();
}

void Storage::requestReservation(qint64 upTo)
{
    QMutexLocker lock(&m_reserveMutex);
    if (!m_accepting) {
        lock.unlock();
        m_seq->reservationFailed();
        return;
    }
    StorageWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, upTo] { worker->reserveSeq(upTo); }, Qt::QueuedConnection);
}

bool Storage::isWritable() const
{
    return m_worker && m_worker->isWritable() && !m_worker->isClosed();
}

SeqSource *Storage::seqSource() const
{
    return m_seq.get();
}

TickWriter *Storage::tickWriter() const
{
    return m_worker ? m_worker->writer() : nullptr;
}

StorageWrites *Storage::writes() const
{
    return m_writes.get();
}

qint64 Storage::committedSeq() const
{
    TickWriter *writer = tickWriter();
    return writer ? writer->committedSeq() : 0;
}

SystemStatus::Database Storage::status() const
{
    SystemStatus::Database d;
    d.path = m_options.path;
    d.sizeBytes = QFileInfo(m_options.path).size() + QFileInfo(m_options.path + QStringLiteral("-wal")).size();
    if (!m_worker)
        return d;
    StorageStats &stats = m_worker->stats();
    d.stocks = stats.stocks.load();
    d.ticks = stats.ticks.load();
    d.oldestTickMs = stats.oldestTickMs.load();
    d.newestTickMs = stats.newestTickMs.load();
    d.lastError = m_worker->lastError();
    if (TickWriter *writer = m_worker->writer()) {
        d.newestTickMs = qMax(d.newestTickMs, writer->newestTimeMs());
        d.committedSeq = writer->committedSeq();
        d.writerBacklog = writer->backlog();
        d.droppedTicks = writer->dropped();
        d.storedSinceStart = writer->stored();
        if (const QString e = writer->lastError(); !e.isEmpty())
            d.lastError = e;
    }
    return d;
}

} // namespace cybos
