#pragma once
// How long a process test waits for something that normally takes a fraction of that.
// Process tests run the real executables, so their timings follow the machine: a loaded
// 2-core CI box, a 32-bit build under emulation, or a Windows VM can be several times slower
// than a developer's machine (durability_slow once needed 53 s for a 30 s wait). Each wait is
// the time that suffices here, multiplied by a margin: 4 by default, CYBOS_TEST_PATIENCE to
// change it. A passing test does not wait longer (QTRY_* and waitFor* return at once).
#include <QtGlobal>

namespace cybos::test {

inline int patience()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("CYBOS_TEST_PATIENCE", &ok);
    return ok && fromEnv > 0 ? fromEnv : 4;
}

inline int patient(int ms)
{
    return int(qMin<qint64>(qint64(ms) * patience(), 30 * 60 * 1000));
}

} // namespace cybos::test
