#pragma once
// Storage failures as Error values. Codes: "storage_full" (disk or size cap full),
// "storage_readonly" (read-only file or folder), "storage_unavailable" (cannot open),
// "storage_busy" (locked past busy_timeout), "invalid_page_token", "storage_error" (other).
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
