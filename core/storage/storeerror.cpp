#include "storeerror.h"
#include <QSqlDatabase>
#include <sqlite3.h>

namespace cybos::StoreError {

namespace {

QString codeForSqlite(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return QStringLiteral("storage_full");
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return QStringLiteral("storage_readonly");
    case SQLITE_CANTOPEN:
    case SQLITE_NOTADB:
        return QStringLiteral("storage_unavailable");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("storage_busy");
    default:
        return QStringLiteral("storage_error");
    }
}

} // namespace

Error fromSql(const QSqlError &error, const QString &what)
{
    bool numeric = false;
    const int rc = error.nativeErrorCode().toInt(&numeric);
    const QString text = error.text().trimmed();
    return makeError(numeric ? codeForSqlite(rc) : QStringLiteral("storage_error"),
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
    return makeError(QStringLiteral("invalid_page_token"),
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
