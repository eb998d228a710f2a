#pragma once
// What the API may ask of the emulator (POST /api/emulator/*), without core depending on
// cybos/: the composition root passes an implementation only on the emulator backend.
// Called on the server thread: implementations hand the call to the emulator's own thread
// (e.g. QMetaObject::invokeMethod with a queued connection) and return at once.
namespace cybos {

class EmulatorControl
{
public:
    virtual ~EmulatorControl() = default;
    virtual void disconnectFor(int ms) = 0;          // drop the connection, reconnect after ms
    virtual void setTicksPerSecond(int n) = 0;       // total trade rate over subscribed codes
};

} // namespace cybos
