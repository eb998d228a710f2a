#include "job.h"
#include "enumnames.h"

namespace cybos {

QString jobKindName(JobKind kind)
{
    switch (kind) {
    case JobKind::CodeSync: return QStringLiteral("code_sync");
    case JobKind::Backfill: return QStringLiteral("backfill");
    }
    return {};
}

QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Queued: return QStringLiteral("queued");
    case JobState::Running: return QStringLiteral("running");
    case JobState::Done: return QStringLiteral("done");
    case JobState::Failed: return QStringLiteral("failed");
    case JobState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<JobKind> jobKindFromName(QStringView name)
{
    return enumFromName<JobKind>(kJobKinds, jobKindName, name);
}

std::optional<JobState> jobStateFromName(QStringView name)
{
    return enumFromName<JobState>(kJobStates, jobStateName, name);
}

} // namespace cybos
