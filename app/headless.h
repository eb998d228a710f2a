#pragma once
#include "core/config/config.h"

namespace cybos {

// Serves without a GUI until SIGINT/SIGTERM, then shuts down cleanly (storage flushed, exit 0).
// Needs a QCoreApplication.
int runHeadless(const Config &config);

} // namespace cybos
