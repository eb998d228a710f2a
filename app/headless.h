#pragma once
#include "core/config/config.h"

namespace cybos {

class Restarter;

// Serves without a GUI until SIGINT/SIGTERM, then shuts down cleanly (storage flushed, exit 0).
// Needs a QCoreApplication. The restarter is armed on the feed (--on-disconnect restart).
int runHeadless(const Config &config, Restarter &restarter);

} // namespace cybos
