#include "servercontext.h"
#include "core/storage/database.h"

namespace cybos {

Result<QSqlDatabase> ServerContext::db() const
{
    return database->connection(DbAccess::ReadOnly);
}

} // namespace cybos
