#pragma once
// `cybos-server probe`: a connection test of the configured COM backend (cybos or emulator).
// Prints, in plain text, the connection state, server type, request and subscription
// budgets, the number of codes per market and one snapshot of 005930. Exit 0 only when
// connected; 1 otherwise (also when the backend cannot be created).
#include "core/config/config.h"

namespace cybos {

// Needs a QCoreApplication (runs the feed's requests on a local event loop).
int runProbe(const Config &config);

} // namespace cybos
