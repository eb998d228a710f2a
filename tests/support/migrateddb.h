#pragma once
// A migrated database in a fresh temporary folder with this thread's read-write connection:
// the fixture of the repository and tick-writer suites, made anew for each test function.
//
//     test::MigratedDb m_store;
//     void init() { QVERIFY(m_store.create()); }
//     void cleanup() { m_store.drop(); }
//     ... BarRepository repo(m_store.db()); ...
#include "core/storage/database.h"
#include "tempdb.h"
#include <QSqlDatabase>
#include <memory>

namespace cybos::test {

class MigratedDb
{
public:
    ~MigratedDb() { drop(); }

    bool create();   // drops the previous one; false if the new one cannot be made or migrated
    void drop();     // the connection goes before the database, the folder last
    void closeConnection();   // this thread's connection only: the file stays for another user

    QSqlDatabase db() const { return m_db; }
    Database &database() { return *m_database; }
    QString path() const { return m_tmp ? m_tmp->path() : QString(); }

private:
    std::unique_ptr<TempDb> m_tmp;
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
};

} // namespace cybos::test
