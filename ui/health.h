#pragma once
// The one-word state of the whole application that the tray icon's colour shows.
#include "core/status/systemstatus.h"
#include <QString>

namespace cybos {

enum class Health {
    Connected,     // green: feed up, budget left, writer keeping up
    Degraded,      // amber: request budget exhausted, writer lagging or failing
    Disconnected,  // red: no feed
};

// Ticks waiting for the writer beyond which storage counts as lagging.
constexpr qint64 kWriterLagTicks = 50'000;

Health healthOf(const SystemStatus &status);
// Why the state is not green, for the tooltip; empty when healthy.
QString healthReason(const SystemStatus &status);

} // namespace cybos
