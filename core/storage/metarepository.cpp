#include "metarepository.h"
#include "storeerror.h"
#include <QSqlQuery>
#include <QVariant>

namespace cybos {

Result<std::optional<QString>> MetaRepository::get(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return StoreError::fromQuery(query, QStringLiteral("read meta ") + key);
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

Result<qint64> MetaRepository::getInt(const QString &key, qint64 fallback) const
{
    auto value = get(key);
    if (!value)
        return value.error();
    if (!value->has_value())
        return fallback;
    bool ok = false;
    const qint64 n = (*value)->toLongLong(&ok);
    if (!ok)
        return makeError(ErrorCode::StorageError,
                         QStringLiteral("meta %1 is not a number: %2").arg(key, **value));
    return n;
}

Status MetaRepository::set(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)"
                                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return StoreError::fromQuery(query, QStringLiteral("write meta ") + key);
    return Ok{};
}

Status MetaRepository::setInt(const QString &key, qint64 value)
{
    return set(key, QString::number(value));
}

} // namespace cybos
