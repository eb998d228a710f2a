#pragma once
// The body of GET /api/status (api.md "System"), from a status snapshot.
#include "core/status/systemstatus.h"
#include <QByteArray>

namespace cybos {

QByteArray statusJson(const SystemStatus &status);

} // namespace cybos
