#pragma once
// --on-disconnect restart: when Cybos dropped the link and a fresh CpCybos reports it back,
// the program ends cleanly (storage flushed, port and single-instance lock released, COM
// uninitialised) and starts again with the same arguments — the pattern public Cybos scripts
// use: a new process loads the Cybos DLLs afresh, with nothing left of the lost session.
// Past RestartGuard's limit it carries on in-process, as --on-disconnect wait does.
#include "core/config/config.h"
#include "restartguard.h"
#include <QObject>
#include <QStringList>

namespace cybos {

class EventLog;
class MarketFeed;

class Restarter : public QObject
{
    Q_OBJECT
public:
    // arguments: this process's command line after the program name.
    Restarter(QStringList arguments, const QString &recorded);

    // Arms the restart on a Cybos feed (other backends have no Cybos link to lose).
    void attach(const Config &config, MarketFeed *feed, EventLog *log);
    bool isRequested() const { return m_requested; }
    // After the event loop and the runtime's shutdown: starts the same program again.
    int relaunchIfRequested(int exitCode);

private:
    bool linkBack(); // the feed's reconnect gate: false = restart instead

    QStringList m_arguments;
    RestartGuard m_guard;
    QString m_program;
    QString m_next;        // RestartGuard::kEnvVar for the relaunched process
    EventLog *m_log = nullptr;
    bool m_requested = false;
};

} // namespace cybos
