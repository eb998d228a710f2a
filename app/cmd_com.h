#pragma once
// `cybos-server com PROGID [--input I=V]... [--block-request] [--headers LIST]
// [--data FIELDS:ROWS] [--call METHOD [ARGS...]] [--property NAME]`: creates one Cybos object
// on the chosen backend, drives it and prints ONE JSON object with what it answered —
// a way to check field numbers against the real Cybos (and the emulator against it).
// Exit 0, 1 when the backend or the ProgID cannot be created, 2 on bad syntax.
#include "core/config/config.h"

namespace cybos {

// Needs a QCoreApplication.
int runCom(const Config &config);

} // namespace cybos
