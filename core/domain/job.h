#pragma once
// A background job (code sync, history backfill) as GET /api/jobs/{id} shows it.
#include <QMetaType>
#include <QString>

namespace cybos {

struct Job {
    qint64 id = 0;
    QString kind;           // "code_sync" | "backfill"
    QString state;          // queued | running | done | failed | cancelled
    qint64 done = 0;        // progress
    qint64 total = 0;
    qint64 startedAtMs = 0; // 0 = not yet
    qint64 finishedAtMs = 0;
    QString error;          // empty unless failed

    bool operator==(const Job &) const = default;
};

} // namespace cybos

Q_DECLARE_METATYPE(cybos::Job)
