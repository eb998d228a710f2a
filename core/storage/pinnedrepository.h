#pragma once
// Pinned realtime subscriptions (kept across restarts). Use on the thread owning the
// connection; writes need the read-write one.
#include "core/domain/result.h"
#include <QSqlDatabase>
#include <QStringList>

namespace cybos {

class PinnedRepository
{
public:
    explicit PinnedRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Status pin(const QStringList &codes, qint64 nowMs);   // already pinned: kept, time unchanged
    Result<bool> unpin(const QString &code);             // false: was not pinned
    Result<QStringList> list() const;                    // oldest pin first

private:
    QSqlDatabase m_db;
};

} // namespace cybos
