#pragma once
// The SQLite database file. Qt connections must not cross threads, so every thread gets its
// own named connection, opened on first use with the pragmas applied (WAL, synchronous=NORMAL,
// busy_timeout, foreign keys). The storage thread holds the only read-write connection; the
// server and UI threads open read-only ones (they never block the writer: WAL readers see the
// last committed state).
//
// Threading: a Database object may be shared by reference between threads; connection() and
// closeThreadConnections() act on the calling thread's connections only. A connection opened
// on a QThread is removed automatically when that thread finishes; the rest by ~Database.
#include "core/domain/result.h"
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QThread;

namespace cybos {

enum class DbAccess { ReadWrite, ReadOnly };

class Database
{
public:
    static constexpr int kSchemaVersion = 4; // Migrations::latest()
    static constexpr int kBusyTimeoutMs = 5000;

    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }

    // The calling thread's connection of that access kind, opened on first use. Read-only
    // connections need an existing file (Storage::open creates and migrates it). Errors carry
    // code StorageUnavailable with SQLite's message.
    Result<QSqlDatabase> connection(DbAccess access = DbAccess::ReadOnly) const;
    // Closes and removes the calling thread's connections (drop every QSqlDatabase copy first).
    void closeThreadConnections() const;

    // Current schema version (0 = empty file), from meta.schema_version.
    static Result<int> schemaVersion(QSqlDatabase db);
    // Brings the schema to targetVersion step by step, each step in one transaction; a fresh
    // file also gets meta.instance_id. Returns the version reached. Read-write connection only.
    static Result<int> migrate(QSqlDatabase db, int targetVersion = kSchemaVersion);

private:
    QString connectionName(DbAccess access, QThread *thread) const;
    void forgetThread(QThread *thread) const;

    QString m_path;
    QString m_prefix; // unique per Database object, so two objects on one path never collide
    mutable QMutex m_mutex;
    mutable QHash<QThread *, QStringList> m_open;
    mutable QHash<QThread *, QMetaObject::Connection> m_hooks; // thread finished -> forgetThread
};

} // namespace cybos
