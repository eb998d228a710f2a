#pragma once
// `cybos-server sync-codes`: syncs the stock master from the configured COM backend (cybos
// or emulator) into the database — the same CodeSync the server runs — then prints the
// listed codes per market. Exit 0 when the sync is done; 1 when the backend, the database or
// the sync fails.
#include "core/config/config.h"

namespace cybos {

// Needs a QCoreApplication (runs the feed and the storage thread on a local event loop).
int runSyncCodes(const Config &config);

} // namespace cybos
