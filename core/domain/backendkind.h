#pragma once
// The backends a server can run on (../shared/api.md "Command line", --backend), with the
// names the option, the settings file, GET /api/status and the metrics use. The names live
// only in backendKindName (a switch without default: a kind without its name fails the build).
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace cybos {

enum class BackendKind : unsigned char {
    Cybos,      // the real Cybos Plus over COM (Windows)
    Emulator,   // the built-in emulator of Cybos' COM objects
    Replay,     // a recorded database played back
    Relay,      // takes the ticks other instances forward to it
};

inline constexpr BackendKind kBackendKinds[] = {BackendKind::Cybos, BackendKind::Emulator, BackendKind::Replay,
                                                BackendKind::Relay};

QString backendKindName(BackendKind kind);                       // "cybos" | "emulator" | "replay" | "relay"
std::optional<BackendKind> backendKindFromName(QStringView name); // nullopt: not a backend
QStringList backendKindNames();                                  // every name, in kBackendKinds' order

} // namespace cybos
