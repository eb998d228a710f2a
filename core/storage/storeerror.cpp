#include "storeerror.h"
#include <QSqlDatabase>
#include <sqlite3.h>

namespace cybos::StoreError {

namespace {

ErrorCode codeForSqlite(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return ErrorCode::StorageFull;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return ErrorCode::StorageReadOnly;
    case SQLITE_CANTOPEN:
    case SQLITE_NOTADB:
        return ErrorCode::StorageUnavailable;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::StorageBusy;
    default:
        return ErrorCode::StorageError;
    }
}

} // namespace

Error fromSql(const QSqlError &error, const QString &what)
{
    bool numeric = false;
    const int rc = error.nativeErrorCode().toInt(&numeric);
    const QString text = error.text().trimmed();
    return makeError(numeric ? codeForSqlite(rc) : ErrorCode::StorageError,
                     what + QStringLiteral(": ") + (text.isEmpty() ? QStringLiteral("unknown error") : text));
}

Error fromQuery(const QSqlQuery &query, const QString &what)
{
    return fromSql(query.lastError(), what);
}

Error fromSqlite(sqlite3 *handle, int rc, const QString &what)
{
    const char *msg = handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc);
    return makeError(codeForSqlite(rc), what + QStringLiteral(": ") + QString::fromUtf8(msg));
}

Error badPageToken()
{
    return makeError(ErrorCode::InvalidPageToken,
                     QStringLiteral("page_token is not one this query returned"));
}

Status exec(QSqlDatabase db, const QString &sql, const QString &what)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return fromQuery(query, what);
    return Ok{};
}

} // namespace cybos::StoreError
