#pragma once
// Installs the process-wide message handler: every message at or above the chosen level goes
// to stderr and to the log file (KST timestamp, level, category). Thread-safe.
#include <QString>

namespace cybos::LogFile {

// Returns false (and keeps logging to stderr) when the file cannot be opened.
bool install(const QString &path, const QString &level);
void uninstall();

} // namespace cybos::LogFile
