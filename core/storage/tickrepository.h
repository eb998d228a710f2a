#pragma once
// The ticks table. insert() writes through the raw sqlite3 handle (QSqlDriver::handle()):
// about 1.5x the rows/s of QSqlQuery. Use on the thread owning the connection; writes need
// the read-write connection (normally only the TickWriter on the storage thread writes).
#include "core/domain/result.h"
#include "core/domain/tick.h"
#include <QHash>
#include <QSqlDatabase>
#include <limits>

namespace cybos {

struct TickRange {
    QString code;                                          // canonical code
    qint64 fromMs = 0;                                     // inclusive
    qint64 toMs = std::numeric_limits<qint64>::max();      // inclusive
    int limit = 1000;
    QString pageToken;                                     // from TickPage::nextPageToken
};

// Where a page of one code's ticks resumes: after this (time, seq).
struct TickCursor {
    qint64 timeMs = std::numeric_limits<qint64>::min();
    qint64 seq = std::numeric_limits<qint64>::min();
    bool before(const Tick &t) const { return timeMs < t.timeMs || (timeMs == t.timeMs && seq < t.seq); }
};

struct TickPage {
    TickList ticks;             // ascending by (time, seq)
    QString nextPageToken;      // empty at the end
};

class TickRepository
{
public:
    explicit TickRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Inserts the batch in one transaction. A seq, or a relay's (source, source_seq), already
    // stored is skipped (a relay may take a tick twice). Returns the number of rows inserted.
    Result<qint64> insert(const TickList &ticks);
    // One code's ticks in [fromMs, toMs], keyset paging on (time, seq).
    Result<TickPage> byCode(const TickRange &range) const;
    // The cursor of a byCode page token (the start when the token is empty), and the token
    // that resumes after `last`.
    static Result<TickCursor> cursor(const TickRange &range);
    static QString pageTokenAfter(const Tick &last);
    // Every tick with seq > afterSeq, all codes, ascending by seq, at most limit rows.
    Result<TickList> sinceSeq(qint64 afterSeq, int limit) const;

    Result<qint64> count() const;        // exact COUNT(*): O(rows); Storage keeps a running one
    Result<qint64> oldestTimeMs() const; // time of the lowest seq (0 = empty)
    Result<qint64> newestTimeMs() const; // time of the highest seq (0 = empty)
    Result<qint64> maxSeq() const;       // 0 = empty
    // A relay's ticks: per source instance, the highest source_seq stored.
    Result<QHash<QString, qint64>> sourceHighs() const;

    // Retention, one short transaction: among the `batch` lowest seqs <= maxSeq, deletes those
    // with time < beforeMs. Returns the rows deleted; when it is less than `batch`, the old
    // prefix is gone (call again later). Bounded work whatever the table size.
    Result<qint64> deleteOldBatch(qint64 beforeMs, qint64 maxSeq, int batch);

private:
    QSqlDatabase m_db;
};

} // namespace cybos
