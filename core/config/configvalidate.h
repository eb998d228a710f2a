#pragma once
// Turns resolved option strings into a typed Config, one clear message per bad value.
#include "config.h"
#include "core/domain/result.h"
#include <QHash>

namespace cybos {

using RawOptions = QHash<QString, QString>; // option name → resolved text ("" for unset)

Result<Config> buildConfig(const RawOptions &raw);

// An http(s):// or ws(s):// URL with a host: what --remote takes.
bool isRemoteUrl(const QString &text);

} // namespace cybos
