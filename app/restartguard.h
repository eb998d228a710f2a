#pragma once
// --on-disconnect restart: may the program relaunch itself now? At most kMaxRestarts within
// kWindowMs, so a link that keeps dropping (or a Cybos that comes back broken) cannot turn
// into a restart loop; past the limit the program stays up and recreates its objects in-process
// as --on-disconnect wait does.
//
// The restarts so far travel to the relaunched process in an environment variable (the epoch
// ms of each, comma-separated). It survives exactly the relaunch it describes, needs nothing
// written anywhere (the database may be what a crash-looping restart cannot open), and a start
// by hand — the user's own decision — begins with a clean count.
#include <QList>
#include <QString>

namespace cybos {

class RestartGuard
{
public:
    static constexpr int kMaxRestarts = 3;
    static constexpr qint64 kWindowMs = 10 * 60 * 1000;
    static constexpr const char *kEnvVar = "CYBOS_SERVER_RESTARTS";

    // `recorded`: the variable's value ("" when this process was not relaunched).
    explicit RestartGuard(const QString &recorded = {});

    int recentRestarts(qint64 nowMs) const;  // within the window before nowMs
    bool allows(qint64 nowMs) const { return recentRestarts(nowMs) < kMaxRestarts; }
    // The value for the relaunched process: the recent restarts and this one.
    QString withRestartAt(qint64 nowMs) const;

private:
    QList<qint64> m_times;
};

} // namespace cybos
