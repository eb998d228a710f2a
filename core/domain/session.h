#pragma once
// Trading session and trade side, with the exact strings of ../shared/api.md.
#include <QString>
#include <optional>

namespace cybos {

enum class Session { PreOpen, Regular, Closing, AfterHours };
enum class Side { Unknown, Buy, Sell };

QString sessionName(Session s);                          // "preopen" | "regular" | ...
std::optional<Session> sessionFromName(const QString &s);
QString sideName(Side s);                                // "buy" | "sell" | "" (null)
Side sideFromName(const QString &s);

} // namespace cybos
