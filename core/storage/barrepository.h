#pragma once
// Chart bars and their coverage: which [from, to] time ranges of a series were fetched from
// the feed completely, so a repeated history request needs no feed call and an interrupted
// backfill resumes. Use on the thread owning the connection; writes need the read-write one.
#include "core/domain/bar.h"
#include "core/domain/result.h"
#include <QSqlDatabase>

namespace cybos {

struct BarKey {
    QString code;                     // canonical code
    Interval interval = Interval::Day;
    bool adjusted = true;
};

struct TimeRange {
    qint64 fromMs = 0;                // inclusive
    qint64 toMs = 0;                  // inclusive
    bool operator==(const TimeRange &) const = default;
};

using TimeRanges = QList<TimeRange>;  // ascending, non-overlapping

struct BarPage {
    BarList bars;                     // ascending by time
    QString nextPageToken;            // empty at the end
};

class BarRepository
{
public:
    explicit BarRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Inserts or replaces the bars of one series in one transaction.
    Status upsert(const BarKey &key, const BarList &bars);
    // Bars and, when covered is given, the coverage range in the same transaction.
    Status store(const BarKey &key, const BarList &bars, const std::optional<TimeRange> &covered);
    // Bars with time in [fromMs, toMs], keyset paging on time. Weekly and monthly bars are
    // not stored: they are built from the daily series of the same code and adjustment.
    Result<BarPage> range(const BarKey &key, qint64 fromMs, qint64 toMs, int limit,
                          const QString &pageToken = {}) const;

    // Records [from, to] as fetched; merges it with overlapping or adjacent ranges.
    Status addCoverage(const BarKey &key, TimeRange covered);
    Result<TimeRanges> coverage(const BarKey &key) const;
    // The parts of `requested` no coverage range contains, ascending (empty: all covered).
    Result<TimeRanges> missing(const BarKey &key, TimeRange requested) const;

private:
    Result<BarList> readBars(const BarKey &key, qint64 fromMs, qint64 toMs, qint64 afterMs, qint64 limit) const;
    Result<BarList> aggregatedBars(const BarKey &key, qint64 fromMs, qint64 toMs, qint64 afterMs) const;

    QSqlDatabase m_db;
};

} // namespace cybos
