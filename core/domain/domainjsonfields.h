#pragma once
// What the JSON readers of domainjsonread*.cpp share: the bad_request naming a field, exact
// integers, and lists read item by item with the failing index in the message.
#include "core/domain/result.h"
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace cybos::DomainJson::Fields {

// bad_request: `<type> field "<name>" <what>` (type "tick", "stock").
Error fieldError(const char *type, const char *name, const char *what);
// A JSON number that is an integer a double holds exactly; nullopt for anything else.
std::optional<qint64> exactInteger(const QJsonValue &value);

// The object of one `type` ("tick", "stock"), its "code" field in canonical form in *code.
// Errors: "a <type> must be a JSON object", the code field's.
Result<QJsonObject> codedObject(const QJsonValue &value, const char *type, QString *code);

// Each item read by `read`; the first failure names its index: "<what>[3]: …".
template<typename T, typename Read>
Result<QList<T>> listFromJson(const QJsonArray &array, const char *what, Read read)
{
    QList<T> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<T> item = read(array.at(i));
        if (!item) {
            Error e = item.error();
            e.message = QStringLiteral("%1[%2]: ").arg(QLatin1String(what)).arg(i) + e.message;
            return e;
        }
        items.append(std::move(item).value());
    }
    return items;
}

} // namespace cybos::DomainJson::Fields
