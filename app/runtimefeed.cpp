// The Runtime's feed: the COM backends (cybos, emulator) through the adapter; replay and
// relay from their own modules.
#include "emulatorcontrolimpl.h"
#include "runtime.h"
#include "runtimeparts.h"
#include "core/server/emulatorcontrol.h"

namespace cybos {

Status Runtime::createFeed()
{
    auto backend = createComBackend(m_config);
    if (!backend)
        return backend.error();
    m_parts->backend = std::move(backend).value();
    m_parts->feed = m_parts->backend.feed.get();
    if (m_parts->backend.emulator)
        m_parts->emulatorControl = std::make_unique<EmulatorControlImpl>(m_parts->backend.emulator.get());
    return Ok{};
}

} // namespace cybos
