#pragma once
#include "core/config/config.h"
#include "ui/uicontext.h"

namespace cybos {

class ChartSource;
class Restarter;
class Runtime;

// The tray application: the runtime plus the Desktop (tray, main window, docks). A second
// launch brings the first window forward and exits. --screenshot saves a PNG and exits.
// The restarter is armed on the feed (--on-disconnect restart).
int runGui(const Config &config, int &argc, char **argv, Restarter &restarter);

// What the Desktop is given from a started runtime (charts: may be null, no chart data).
UiContext desktopContext(const Runtime &runtime, ChartSource *charts);

} // namespace cybos
