#include "pinnedrepository.h"
#include "sqltransaction.h"
#include "storeerror.h"
#include <QSqlQuery>
#include <QVariant>

namespace cybos {

Status PinnedRepository::pin(const QStringList &codes, qint64 nowMs)
{
    SqlTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO pinned(code, pinned_at) VALUES(?, ?)"));
    for (const QString &code : codes) {
        query.addBindValue(code);
        query.addBindValue(nowMs);
        if (!query.exec())
            return StoreError::fromQuery(query, QStringLiteral("pin ") + code);
    }
    return tx.commit();
}

Result<bool> PinnedRepository::unpin(const QString &code)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM pinned WHERE code = ?"));
    query.addBindValue(code);
    if (!query.exec())
        return StoreError::fromQuery(query, QStringLiteral("unpin ") + code);
    return query.numRowsAffected() > 0;
}

Result<QStringList> PinnedRepository::list() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT code FROM pinned ORDER BY pinned_at, code")))
        return StoreError::fromQuery(query, QStringLiteral("list pinned codes"));
    QStringList codes;
    while (query.next())
        codes.append(query.value(0).toString());
    return codes;
}

} // namespace cybos
