#pragma once
// How many ticks wait for the remote, and the EventLog warning when that passes
// ForwarderOptions::backlogWarn (and the all-clear below half of it). Counts exactly (a rowid
// range) now and then; in between the ForwarderStateBox adds what was committed and subtracts
// what was delivered. Forwarder thread.
#include <QCoreApplication>
#include <QString>

namespace cybos {

class EventLog;
class ForwardReader;
class ForwarderStateBox;
class Storage;

class ForwardBacklog
{
    Q_DECLARE_TR_FUNCTIONS(cybos::ForwardBacklog)
public:
    static constexpr int kRecountEvery = 5;   // checks (seconds) between exact counts

    ForwardBacklog(const ForwardReader &reader, ForwarderStateBox *box, Storage *storage, EventLog *events,
                   QString remote, qint64 warnAt);

    void recount(qint64 cursor);              // exact count of the ticks after cursor
    void check(qint64 cursor);                // once a second: maybe recount, maybe warn

private:
    const ForwardReader &m_reader;
    ForwarderStateBox *m_box;
    Storage *m_storage;
    EventLog *m_events;
    QString m_remote;
    qint64 m_warnAt;
    int m_checks = 0;
    bool m_warned = false;
};

} // namespace cybos
