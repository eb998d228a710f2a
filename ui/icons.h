#pragma once
// The application's icons, painted at run time (no image files, no SVG plugin needed): a
// rounded badge with three candles. The tray badge takes the colour of the health state.
#include "health.h"
#include <QIcon>

namespace cybos::Icons {

QIcon app();
QIcon health(Health state);
QColor healthColor(Health state);

} // namespace cybos::Icons
