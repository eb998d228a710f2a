#pragma once
// `cybos-bench forward --live-outage-s S`: the catch-up measured end to end with real
// processes — a source on the emulator at `rate` ticks/s forwarding to a relay that is not
// there for S seconds, then starts.
#include "core/domain/result.h"
#include <QString>

namespace cybos::bench {

struct LiveCatchUp {
    qint64 backlog = 0;       // ticks pending at the source when the relay came up
    double seconds = 0;       // until at most 100 ms of ticks were pending
    double reconnectS = -1;   // until the forwarder sent again (the rest of its backoff)
};

Result<LiveCatchUp> liveCatchUp(const QString &serverBin, const QString &transport, int rate, int outageS,
                                const QString &key);

} // namespace cybos::bench
