#pragma once
// Deletes ticks older than retentionDays in the background on the storage thread: short
// transactions of retentionBatch rows, returning to the event loop between them so tick
// batches and write requests interleave. With forwarding on, ticks after
// meta.forward_cursor are kept whatever their age. Bars are never deleted.
#include "storageoptions.h"
#include "storagestats.h"
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace cybos {

class TickRetention : public QObject
{
    Q_OBJECT
public:
    TickRetention(QSqlDatabase db, const StorageOptions &options, StorageStats *stats,
                  QObject *parent = nullptr);

    void start();                      // a pass now, then every retentionPeriodMs
    void stop();
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void runPass();                    // starts a pass unless one is running

Q_SIGNALS:
    void passFinished(qint64 deleted);

private:
    void step();
    qint64 protectedAbove() const;     // highest seq that may be deleted

    QSqlDatabase m_db;
    StorageOptions m_options;
    StorageStats *m_stats;
    QTimer m_period;
    bool m_running = false;
    bool m_stopped = false;
    qint64 m_cutoffMs = 0;
    qint64 m_maxSeq = 0;
    qint64 m_deleted = 0;
};

} // namespace cybos
