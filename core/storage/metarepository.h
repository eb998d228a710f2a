#pragma once
// The meta key/value table. Use on the thread owning the connection; set() needs a
// read-write connection and runs in the caller's transaction if one is open.
#include "core/domain/result.h"
#include <QSqlDatabase>
#include <QLatin1String>
#include <QString>
#include <optional>

namespace cybos {

namespace MetaKey {
inline constexpr QLatin1String SchemaVersion("schema_version");
inline constexpr QLatin1String SeqReserved("seq_reserved"); // numbers handed out are <= it
inline constexpr QLatin1String ForwardCursor("forward_cursor"); // last seq the remote acknowledged
inline constexpr QLatin1String InstanceId("instance_id");
inline constexpr QLatin1String StocksSyncedAt("stocks_synced_at"); // epoch ms of the last full sync
} // namespace MetaKey

class MetaRepository
{
public:
    explicit MetaRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<QString>> get(const QString &key) const;
    Result<qint64> getInt(const QString &key, qint64 fallback = 0) const; // fallback if absent
    Status set(const QString &key, const QString &value);
    Status setInt(const QString &key, qint64 value);

private:
    QSqlDatabase m_db;
};

} // namespace cybos
