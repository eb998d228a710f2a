#include "health.h"
#include <QCoreApplication>
#include <climits>

namespace cybos {
namespace {
bool budgetExhausted(const SystemStatus &s)
{
    return s.budget.requests.remaining <= 0;
}

bool writerLagging(const SystemStatus &s)
{
    return s.database.writerBacklog >= kWriterLagTicks || !s.database.lastError.isEmpty();
}
} // namespace

Health healthOf(const SystemStatus &status)
{
    if (!status.feed.connected)
        return Health::Disconnected;
    if (budgetExhausted(status) || writerLagging(status))
        return Health::Degraded;
    return Health::Connected;
}

QString healthReason(const SystemStatus &status)
{
    if (!status.feed.connected)
        return QCoreApplication::translate("Health", "Feed disconnected");
    QStringList why;
    if (budgetExhausted(status))
        why << QCoreApplication::translate("Health", "Request budget exhausted");
    if (!status.database.lastError.isEmpty())
        why << QCoreApplication::translate("Health", "Storage error: %1").arg(status.database.lastError);
    else if (status.database.writerBacklog >= kWriterLagTicks) {
        const int waiting = int(std::min<qint64>(status.database.writerBacklog, INT_MAX));
        why << QCoreApplication::translate("Health", "Storage lagging (%n ticks waiting)", nullptr, waiting);
    }
    return why.join(QStringLiteral("; "));
}

} // namespace cybos
