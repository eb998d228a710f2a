#pragma once
// Storage failures as Error values. Codes: StorageFull (disk or size cap full),
// StorageReadOnly (read-only file or folder), StorageUnavailable (cannot open),
// StorageBusy (locked past busy_timeout), InvalidPageToken, StorageError (other).
#include "core/domain/result.h"
#include <QSqlError>
#include <QSqlQuery>

struct sqlite3;

namespace cybos::StoreError {

Error fromSql(const QSqlError &error, const QString &what);
Error fromQuery(const QSqlQuery &query, const QString &what);
Error fromSqlite(sqlite3 *handle, int rc, const QString &what);
Error badPageToken();

// Runs one statement with no result rows (DDL, pragmas, simple updates).
Status exec(QSqlDatabase db, const QString &sql, const QString &what);

} // namespace cybos::StoreError
