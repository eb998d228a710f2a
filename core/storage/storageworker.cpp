#include "storageworker.h"
#include "core/log/categories.h"
#include "core/log/eventlog.h"
#include "core/pipeline/blockseqsource.h"
#include "metarepository.h"
#include "sqltransaction.h"
#include "stockrepository.h"
#include "storeerror.h"
#include "tickrepository.h"
#include "tickretention.h"
#include "tickwriter.h"
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace cybos {

StorageWorker::StorageWorker(const Database &database, StorageOptions options, EventLog *events)
    : m_database(database), m_options(std::move(options)), m_events(events)
{
}

StorageWorker::~StorageWorker() = default;

Status StorageWorker::open()
{
    if (auto st = openConnection(); !st)
        return st;
    if (m_writable) {
        auto version = Database::migrate(m_db);
        if (!version)
            return version.error();
    }
    if (auto st = loadSeqState(); !st)
        return st;
    loadStats();
    m_writer = std::make_unique<TickWriter>(m_db, m_options, m_events);
    m_writer->setCommittedSeq(m_maxStoredSeq);
    connect(m_writer.get(), &TickWriter::batchCommitted, this, [this](qint64, int rows, qint64) {
        m_stats.ticks.fetch_add(rows, std::memory_order_relaxed);
        if (m_stats.oldestTickMs.load() == 0) {
            if (auto oldest = TickRepository(m_db).oldestTimeMs())
                m_stats.oldestTickMs.store(*oldest);
        }
    });
    m_retention = std::make_unique<TickRetention>(m_db, m_options, &m_stats);
    if (!m_writable)
        m_writer->close(); // nothing can be stored: every tick counts as dropped, visibly
    return Ok{};
}

Status StorageWorker::openConnection()
{
    auto rw = m_database.connection(DbAccess::ReadWrite);
    if (rw && sqlite3_db_readonly(sqliteHandle(*rw), "main") == 0) {
        m_db = *rw;
        m_writable = true;
        if (m_options.maxSizeBytes > 0) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("PRAGMA page_size"));
            const qint64 page = q.next() ? qMax<qint64>(512, q.value(0).toLongLong()) : 4096;
            StoreError::exec(m_db, QStringLiteral("PRAGMA max_page_count=%1").arg(qMax<qint64>(1, m_options.maxSizeBytes / page)),
                             QStringLiteral("max_page_count"));
        }
        return Ok{};
    }
    const QString why = rw ? QStringLiteral("the database file is read-only") : rw.error().message;
    auto ro = m_database.connection(DbAccess::ReadOnly);
    if (!ro)
        return rw ? ro.error() : rw.error();
    m_db = *ro;
    reportError(makeError(ErrorCode::StorageReadOnly,
                          tr("Database %1 cannot be written (%2): serving stored data only")
                              .arg(m_database.path(), why)));
    return Ok{};
}

Status StorageWorker::loadSeqState()
{
    auto maxSeq = TickRepository(m_db).maxSeq();
    if (!maxSeq)
        return maxSeq.error();
    auto reserved = MetaRepository(m_db).getInt(MetaKey::SeqReserved, 0);
    if (!reserved)
        return reserved.error();
    m_maxStoredSeq = *maxSeq;
    // Every number up to the old reservation may have been handed out before a crash.
    m_lastUsedSeq = qMax(*maxSeq, *reserved);
    m_reservedSeq = m_lastUsedSeq;
    if (m_writable && m_options.seqBlock > 0) {
        if (auto st = writeReservation(m_lastUsedSeq + m_options.seqBlock); !st)
            return st;
        m_reservedSeq = m_lastUsedSeq + m_options.seqBlock;
    }
    return Ok{};
}

void StorageWorker::loadStats()
{
    TickRepository ticks(m_db);
    const auto count = ticks.count(); // a COUNT(*) over every tick: once
    m_stats.ticks = count.ok() ? *count : 0;
    if (auto oldest = ticks.oldestTimeMs())
        m_stats.oldestTickMs = *oldest;
    if (auto newest = ticks.newestTimeMs())
        m_stats.newestTickMs = *newest;
    if (auto stocks = StockRepository(m_db).count())
        m_stats.stocks = *stocks;
}

Status StorageWorker::writeReservation(qint64 upTo)
{
    // The reservation must survive a power cut, not just a crash: sync this one commit.
    StoreError::exec(m_db, QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("synchronous"));
    MetaRepository meta(m_db);
    auto current = meta.getInt(MetaKey::SeqReserved, 0);
    Status st = current ? meta.setInt(MetaKey::SeqReserved, qMax(*current, upTo)) : Status(current.error());
    StoreError::exec(m_db, QStringLiteral("PRAGMA synchronous=NORMAL"), QStringLiteral("synchronous"));
    return st;
}

void StorageWorker::reserveSeq(qint64 upTo)
{
    if (!m_seq)
        return;
    if (!m_writable || m_closed) {
        m_seq->reservationFailed();
        return;
    }
    if (auto st = writeReservation(upTo); !st) {
        reportError(st.error());
        m_seq->reservationFailed();
        return;
    }
    m_reservedSeq = qMax(m_reservedSeq, upTo);
    m_seq->confirmReserved(upTo);
}

void StorageWorker::start()
{
    if (m_writable) {
        m_writer->start();
        m_retention->start();
    }
}

void StorageWorker::close()
{
    if (m_closed.exchange(true))
        return;
    if (m_retention)
        m_retention->stop();
    if (m_writer) {
        m_writer->close();
        if (m_writable && !m_writer->flushAll()) {
            const QString why = m_writer->lastError();
            reportError(makeError(ErrorCode::StorageError,
                                  tr("%1 ticks could not be stored before shutdown: %2")
                                      .arg(m_writer->discardPending()).arg(why)));
        }
    }
    if (m_db.isOpen() && m_writable)
        StoreError::exec(m_db, QStringLiteral("PRAGMA optimize"), QStringLiteral("optimize"));
    if (m_writer)
        m_writer->release(); // the writer object stays: late submits are counted as dropped
    m_retention.reset();
    m_db = QSqlDatabase();
    m_database.closeThreadConnections();
}

QString StorageWorker::lastError() const
{
    QMutexLocker lock(&m_errorMutex);
    return m_lastError;
}

void StorageWorker::reportError(const Error &error)
{
    {
        QMutexLocker lock(&m_errorMutex);
        m_lastError = error.message;
    }
    qCWarning(lcStorage).noquote() << error.message;
    if (m_events)
        m_events->error(QStringLiteral("storage"), error.message);
}

} // namespace cybos
