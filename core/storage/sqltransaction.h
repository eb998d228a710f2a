#pragma once
// A transaction that joins the caller's when one is already open (so repository methods that
// need atomicity compose: BarRepository::store = upsert + addCoverage in one transaction).
// Rolls back on destruction unless committed.
#include "core/domain/result.h"
#include <QSqlDatabase>

struct sqlite3;

namespace cybos {

sqlite3 *sqliteHandle(const QSqlDatabase &db); // the raw handle of an open QSQLITE connection

class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    const Status &begun() const { return m_begun; } // check before writing
    Status commit();                               // a joined transaction commits with its owner

private:
    QSqlDatabase m_db;
    Status m_begun = Ok{};
    bool m_owner = false;
    bool m_done = false;
};

} // namespace cybos
