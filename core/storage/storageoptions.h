#pragma once
// Tuning of the storage thread. Defaults suit the real feed and the emulator.
#include <QString>

namespace cybos {

struct StorageOptions {
    QString path;                   // database file (created if missing)
    int retentionDays = 30;         // ticks older than this are deleted; 0 keeps them forever
    bool forwarding = false;        // keep every tick after meta.forward_cursor
    int batchRows = 5000;           // a transaction holds at most this many ticks...
    int flushIntervalMs = 50;       // ...and pending ticks are written at least this often
    qint64 maxBacklog = 500'000;    // ticks waiting beyond this are dropped and counted
    qint64 seqBlock = 100'000;      // seq numbers reserved per meta write
    int retentionBatch = 2000;      // rows per retention transaction
    int retentionPeriodMs = 10 * 60 * 1000; // between retention passes
    qint64 maxSizeBytes = 0;        // cap of the file (PRAGMA max_page_count); 0 = none
};

} // namespace cybos
