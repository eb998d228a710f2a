#pragma once
#include "core/config/config.h"

namespace cybos {

class Restarter;

// The tray application: the runtime plus the Desktop (tray, main window, docks). A second
// launch brings the first window forward and exits. --screenshot saves a PNG and exits.
// The restarter is armed on the feed (--on-disconnect restart).
int runGui(const Config &config, int &argc, char **argv, Restarter &restarter);

} // namespace cybos
