#pragma once
#include "core/config/config.h"

namespace cybos {

// The tray application: the runtime plus the Desktop (tray, main window, docks). A second
// launch brings the first window forward and exits. --screenshot saves a PNG and exits.
int runGui(const Config &config, int &argc, char **argv);

} // namespace cybos
