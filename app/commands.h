#pragma once
// Dispatches a parsed command line to the subcommand or the serving application.
#include "core/config/config.h"

namespace cybos {

// Name, organisation and version of the application, for settings paths and --version.
void nameApplication();

int runCommand(const Config &config, int &argc, char **argv);

} // namespace cybos
