#pragma once
// COM values (as the dispatch returns them) in JSON: integers stay integers, arrays become
// arrays, an empty VARIANT is null.
#include <QJsonValue>
#include <QVariant>

namespace cybos {

QJsonValue comValueToJson(const QVariant &value);

} // namespace cybos
