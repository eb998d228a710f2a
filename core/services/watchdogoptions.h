#pragma once
// Tuning of the SilenceWatchdog.
#include <QtGlobal>

namespace cybos {

struct WatchdogOptions {
    qint64 silenceMs = 5 * 60 * 1000;   // a code this quiet is suspect...
    qint64 activeMs = 60 * 1000;        // ...when another traded in the regular session this recently
    qint64 checkEveryMs = 30 * 1000;
};

} // namespace cybos
