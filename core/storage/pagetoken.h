#pragma once
// Opaque page tokens: the keyset position of the last row of a page, as base64url text, so
// clients cannot depend on what is inside. A token names its kind, so one from another
// endpoint is rejected.
#include <QString>
#include <QStringList>
#include <optional>

namespace cybos::PageToken {

QString encode(const QString &kind, const QStringList &parts);
// The parts of a token of that kind with `count` parts; nullopt if malformed.
std::optional<QStringList> decode(const QString &kind, const QString &token, int count);
// Integer parts; nullopt if malformed or not numbers.
std::optional<QList<qint64>> decodeInts(const QString &kind, const QString &token, int count);

} // namespace cybos::PageToken
