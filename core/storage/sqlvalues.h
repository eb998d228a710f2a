#pragma once
// Small conversions between domain optionals and SQL values.
#include <QVariant>
#include <optional>

namespace cybos::SqlValue {

inline QVariant of(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

inline std::optional<qint64> optInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

inline QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace cybos::SqlValue
