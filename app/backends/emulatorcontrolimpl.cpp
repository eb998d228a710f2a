#include "emulatorcontrolimpl.h"
#include "cybos/emulator/emulator.h"
#include <QMetaObject>

namespace cybos {

EmulatorControlImpl::EmulatorControlImpl(Emulator *emulator) : m_emulator(emulator) {}

void EmulatorControlImpl::disconnectFor(int ms)
{
    Emulator *e = m_emulator.data();
    if (e)
        QMetaObject::invokeMethod(e, [e, ms] { e->disconnectFor(ms); }, Qt::QueuedConnection);
}

void EmulatorControlImpl::setTicksPerSecond(int n)
{
    Emulator *e = m_emulator.data();
    if (e)
        QMetaObject::invokeMethod(e, [e, n] { e->setTicksPerSecond(n); }, Qt::QueuedConnection);
}

} // namespace cybos
