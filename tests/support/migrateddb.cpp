#include "migrateddb.h"

namespace cybos::test {

bool MigratedDb::create()
{
    drop();
    m_tmp = std::make_unique<TempDb>();
    m_database = std::make_unique<Database>(m_tmp->path());
    const auto connection = m_database->connection(DbAccess::ReadWrite);
    if (!connection)
        return false;
    m_db = *connection;
    return Database::migrate(m_db).ok();
}

void MigratedDb::closeConnection()
{
    m_db = QSqlDatabase();
    if (m_database)
        m_database->closeThreadConnections();
}

void MigratedDb::drop()
{
    m_db = QSqlDatabase();
    m_database.reset();
    m_tmp.reset();
}

} // namespace cybos::test
