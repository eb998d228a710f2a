#pragma once
// EmulatorControl (core/server) over the emulator: calls from the server thread are queued to
// the emulator's thread.
#include "core/server/emulatorcontrol.h"
#include <QPointer>

namespace cybos {

class Emulator;

class EmulatorControlImpl : public EmulatorControl
{
public:
    explicit EmulatorControlImpl(Emulator *emulator);
    void disconnectFor(int ms) override;
    void setTicksPerSecond(int n) override;

private:
    QPointer<Emulator> m_emulator;
};

} // namespace cybos
