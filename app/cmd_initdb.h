#pragma once
// `cybos-server init-db`: creates or migrates the database, prints its path and schema
// version, exits.
#include "core/config/config.h"

namespace cybos {

int runInitDb(const Config &config); // exit code: 0 done, 1 the database cannot be used

} // namespace cybos
