#pragma once
// "Start at login": the per-user autostart entry of the desktop (an XDG autostart file on
// Linux, the Run key on Windows). The program starts minimised to the tray.
#include <QString>

namespace cybos::Autostart {

// program: the executable to start (QCoreApplication::applicationFilePath()).
bool setEnabled(bool enabled, const QString &program);
bool isEnabled();
QString entryLocation();    // where the entry lives, for messages and tests

} // namespace cybos::Autostart
