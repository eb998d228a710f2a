#include "sqltransaction.h"
#include "storeerror.h"
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace cybos {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqlTransaction::SqlTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle) {
        m_begun = makeError(ErrorCode::StorageUnavailable, QStringLiteral("database not open"));
        return;
    }
    if (sqlite3_get_autocommit(handle) == 0)
        return; // joins the open transaction
    if (!m_db.transaction()) {
        m_begun = StoreError::fromSql(m_db.lastError(), QStringLiteral("begin transaction"));
        return;
    }
    m_owner = true;
}

SqlTransaction::~SqlTransaction()
{
    if (m_owner && !m_done)
        m_db.rollback();
}

Status SqlTransaction::commit()
{
    if (!m_begun)
        return m_begun;
    m_done = true;
    if (m_owner && !m_db.commit()) {
        const Error error = StoreError::fromSql(m_db.lastError(), QStringLiteral("commit"));
        m_db.rollback();
        return error;
    }
    return Ok{};
}

} // namespace cybos
