#pragma once
// Dispatches a parsed command line to the subcommand or the serving application.
#include "core/config/config.h"

namespace cybos {

int runCommand(const Config &config, int &argc, char **argv);

} // namespace cybos
