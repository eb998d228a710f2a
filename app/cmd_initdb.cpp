#include "cmd_initdb.h"
#include "core/storage/database.h"
#include <QDir>
#include <QFileInfo>
#include <cstdio>

namespace cybos {

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "cybos-server init-db: %s\n", message.toLocal8Bit().constData());
    return 1;
}

} // namespace

int runInitDb(const Config &config)
{
    const QString path = QFileInfo(config.dbPath).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(QStringLiteral("cannot create the folder of %1").arg(path));
    int version = 0;
    {
        Database database(path);
        auto db = database.connection(DbAccess::ReadWrite);
        if (!db)
            return fail(db.error().message);
        auto migrated = Database::migrate(*db);
        if (!migrated)
            return fail(migrated.error().message);
        version = *migrated;
        db = QSqlDatabase();
        database.closeThreadConnections();
    }
    std::printf("database: %s\nschema version: %d\n", QDir::toNativeSeparators(path).toLocal8Bit().constData(),
                version);
    return 0;
}

} // namespace cybos
