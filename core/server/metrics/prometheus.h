#pragma once
// GET /metrics: the Prometheus text exposition (version 0.0.4) of the status figures and the
// server's counters.
#include "servermetrics.h"
#include "core/services/feedservices.h"
#include "core/status/systemstatus.h"
#include <QByteArray>

namespace cybos {

struct MetricsInput {
    SystemStatus status;
    BudgetStatus budget;             // queue depths by priority
    qint64 ticksPublished = 0;       // tick bus: every tick received from the feed
    qint64 wsSendBufferBytes = 0;    // bytes waiting in all WebSocket clients' buffers
    const ServerMetrics *server = nullptr;
};

QByteArray renderPrometheus(const MetricsInput &in);

} // namespace cybos
