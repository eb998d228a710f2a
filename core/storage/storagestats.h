#pragma once
// Figures the storage thread keeps current so any thread can read them without a query
// (GET /api/status, /metrics, the tray tooltip).
#include <atomic>
#include <QtGlobal>

namespace cybos {

struct StorageStats {
    std::atomic<qint64> ticks{0};         // rows in ticks (counted at open, then maintained)
    std::atomic<qint64> oldestTickMs{0};  // 0 = none
    std::atomic<qint64> newestTickMs{0};
    std::atomic<qint64> stocks{0};
    std::atomic<qint64> retentionDeleted{0};
};

} // namespace cybos
