#pragma once
// POST /api/emulator/disconnect and /api/emulator/rate: fault injection and load control,
// registered only when the emulator backend runs.
#include "core/server/http/httprequest.h"
#include "core/server/http/httpresponse.h"
#include <qcoro/qcorotask.h>

namespace cybos {

class EmulatorControl;

class EmulatorController
{
public:
    explicit EmulatorController(EmulatorControl *control) : m_control(control) {}

    QCoro::Task<HttpResponse> disconnect(HttpRequest request);
    QCoro::Task<HttpResponse> rate(HttpRequest request);

private:
    EmulatorControl *m_control;
};

} // namespace cybos
