#pragma once
// A background job (code sync, history backfill) as GET /api/jobs/{id} shows it. Kinds and
// states are enums; their wire names (api.md, also the jobs table's) live only in job.cpp.
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <optional>

namespace cybos {

enum class JobKind : unsigned char { CodeSync, Backfill };
enum class JobState : unsigned char { Queued, Running, Done, Failed, Cancelled };

inline constexpr JobKind kJobKinds[] = {JobKind::CodeSync, JobKind::Backfill};
inline constexpr JobState kJobStates[] = {JobState::Queued, JobState::Running, JobState::Done,
                                          JobState::Failed, JobState::Cancelled};

QString jobKindName(JobKind kind);                          // "code_sync" | "backfill"
QString jobStateName(JobState state);                       // "queued" | "running" | ...
std::optional<JobKind> jobKindFromName(QStringView name);   // nullopt: not a kind
std::optional<JobState> jobStateFromName(QStringView name);

struct Job {
    qint64 id = 0;
    JobKind kind = JobKind::CodeSync;
    JobState state = JobState::Queued;
    qint64 done = 0;        // progress
    qint64 total = 0;
    qint64 startedAtMs = 0; // 0 = not yet
    qint64 finishedAtMs = 0;
    QString error;          // empty unless failed

    bool unfinished() const { return state == JobState::Queued || state == JobState::Running; }
    bool operator==(const Job &) const = default;
};

} // namespace cybos

Q_DECLARE_METATYPE(cybos::Job)
