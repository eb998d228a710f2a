#include "backendkind.h"
#include "enumnames.h"

namespace cybos {

QString backendKindName(BackendKind kind)
{
    switch (kind) {
    case BackendKind::Cybos: return QStringLiteral("cybos");
    case BackendKind::Emulator: return QStringLiteral("emulator");
    case BackendKind::Replay: return QStringLiteral("replay");
    case BackendKind::Relay: return QStringLiteral("relay");
    }
    return {};
}

std::optional<BackendKind> backendKindFromName(QStringView name)
{
    return enumFromName<BackendKind>(kBackendKinds, backendKindName, name);
}

QStringList backendKindNames()
{
    QStringList names;
    for (BackendKind kind : kBackendKinds)
        names << backendKindName(kind);
    return names;
}

} // namespace cybos
