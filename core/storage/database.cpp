#include "database.h"
#include "core/log/categories.h"
#include "metarepository.h"
#include "migrations.h"
#include "storeerror.h"
#include <QAtomicInteger>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace cybos {

namespace {

QAtomicInteger<int> g_instances;

Status applyPragmas(QSqlDatabase db, DbAccess access)
{
    if (access == DbAccess::ReadOnly)
        return StoreError::exec(db, QStringLiteral("PRAGMA query_only=1"), QStringLiteral("query_only"));
    QSqlQuery wal(db);
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return StoreError::fromQuery(wal, QStringLiteral("journal_mode=WAL"));
    // A larger page cache keeps the hot pages of the (code, time) index in memory while
    // ticks stream in: about 1.3x the insert rate of the 2 MB default.
    for (const QString &pragma : {QStringLiteral("PRAGMA synchronous=NORMAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
                                  QStringLiteral("PRAGMA cache_size=-32768")}) {
        if (auto st = StoreError::exec(db, pragma, pragma); !st)
            return st;
    }
    return Ok{};
}

Status runStep(QSqlDatabase db, int version)
{
    if (!db.transaction())
        return StoreError::fromSql(db.lastError(), QStringLiteral("begin migration"));
    const QString what = QStringLiteral("migration to version %1").arg(version);
    Status st = Ok{};
    for (const QString &sql : Migrations::step(version)) {
        st = StoreError::exec(db, sql, what);
        if (!st)
            break;
    }
    MetaRepository meta(db);
    if (st && version == 1)
        st = meta.set(MetaKey::InstanceId, QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (st)
        st = meta.setInt(MetaKey::SchemaVersion, version);
    if (st && !db.commit())
        st = StoreError::fromSql(db.lastError(), what);
    if (!st)
        db.rollback();
    return st;
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path)),
      m_prefix(QStringLiteral("cybos-db%1-").arg(g_instances.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
        QObject::disconnect(m_hooks.value(it.key()));
        for (const QString &name : it.value())
            QSqlDatabase::removeDatabase(name);
    }
}

QString Database::connectionName(DbAccess access, QThread *thread) const
{
    const QString kind = access == DbAccess::ReadWrite ? QStringLiteral("rw-") : QStringLiteral("ro-");
    return m_prefix + kind + QString::number(quintptr(thread), 16);
}

Result<QSqlDatabase> Database::connection(DbAccess access) const
{
    QThread *thread = QThread::currentThread();
    const QString name = connectionName(access, thread);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (access == DbAccess::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    Status st = db.open() ? applyPragmas(db, access)
                          : Status(StoreError::fromSql(db.lastError(), QStringLiteral("open ") + m_path));
    if (!st) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return makeError(ErrorCode::StorageUnavailable, st.error().message);
    }
    QMutexLocker lock(&m_mutex);
    if (!m_open.contains(thread)) {
        // Remove the thread's connections when it ends, on that thread, as Qt requires.
        m_hooks.insert(thread, QObject::connect(thread, &QThread::finished, thread,
                                                [this, thread] { forgetThread(thread); },
                                                Qt::DirectConnection));
    }
    m_open[thread].append(name);
    return db;
}

void Database::closeThreadConnections() const
{
    forgetThread(QThread::currentThread());
}

void Database::forgetThread(QThread *thread) const
{
    QMutexLocker lock(&m_mutex);
    const QStringList names = m_open.take(thread);
    QObject::disconnect(m_hooks.take(thread));
    for (const QString &name : names)
        QSqlDatabase::removeDatabase(name);
}

Result<int> Database::schemaVersion(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'")))
        return StoreError::fromQuery(query, QStringLiteral("read schema"));
    if (!query.next())
        return 0;
    auto version = MetaRepository(db).getInt(MetaKey::SchemaVersion, 0);
    if (!version)
        return version.error();
    return int(*version);
}

Result<int> Database::migrate(QSqlDatabase db, int targetVersion)
{
    auto current = schemaVersion(db);
    if (!current)
        return current;
    if (*current > Migrations::latest()) {
        return makeError(ErrorCode::StorageError,
                         QStringLiteral("the database has schema version %1; this program knows up to %2")
                             .arg(*current).arg(Migrations::latest()));
    }
    for (int v = *current + 1; v <= qMin(targetVersion, Migrations::latest()); ++v) {
        if (auto st = runStep(db, v); !st)
            return st.error();
        qCInfo(lcStorage) << "migrated" << db.databaseName() << "to schema version" << v;
    }
    return schemaVersion(db);
}

} // namespace cybos
