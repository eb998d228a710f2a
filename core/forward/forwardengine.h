#pragma once
// The forwarder's work, on the forwarder thread: reads stored ticks after the cursor, pushes
// them through the transport (the stock master first on each connection), moves the cursor
// only when the remote acknowledges, backs off on failures and stops on a refusal (4xx).
// Forwarder (forwarder.h) owns the thread and this object; nothing else should use it.
#include "backoff.h"
#include "forwardbacklog.h"
#include "forwarderoptions.h"
#include "forwarderstate.h"
#include "forwardreader.h"
#include "forwardtransport.h"
#include "stockmasterqueue.h"
#include <QObject>
#include <QTimer>
#include <memory>
#include <qcoro/qcorotask.h>

namespace cybos {

class Database;
class EventLog;
class Storage;

class ForwardEngine : public QObject
{
    Q_OBJECT
public:
    ForwardEngine(ForwarderOptions options, const Database &database, Storage *storage,
                  EventLog *events, ForwarderStateBox *state);
    ~ForwardEngine() override;

public Q_SLOTS:
    void start();        // forwarder thread: read the cursor and the source id, connect
    void shutdown();     // forwarder thread: close, let the cursor write land, then finished()

Q_SIGNALS:
    void stateChanged(const QString &state);
    void finished();

private:
    void connectRemote();
    void onOpened();
    void onAcknowledged(PushKind kind, qint64 seq);
    void onFailed(const ForwardFailure &failure);
    void pump();
    bool pushStocks();
    bool pushTicks();
    void send(ForwardPush push);
    bool skipRefusedStocks(const ForwardFailure &failure);
    void retryLater(const QString &message, int atLeastMs);
    void stopWith(const QString &message);
    void setState(ForwardState state);
    void noteError(const QString &message);
    void persistCursor();
    QCoro::Task<> writeCursor();
    void finishIfDone();

    ForwarderOptions m_options;
    Storage *m_storage;
    EventLog *m_events;
    ForwarderStateBox *m_box;
    ForwardReader m_reader;
    Backoff m_backoff;
    StockMasterQueue m_stocks;
    ForwardBacklog m_backlog;
    std::unique_ptr<ForwardTransport> m_transport;
    QTimer m_wake;                      // next poll while idle, or the end of a backoff
    QTimer m_backlogCheck;              // also during outages, when the backlog grows
    ForwardState m_state = ForwardState::Off;
    QString m_source;
    QList<ForwardPush> m_inFlight;      // kinds and seqs only (items dropped once sent)
    bool m_failing = false;             // since the last failure, nothing was acknowledged
    qint64 m_cursor = 0;                // last acknowledged seq
    qint64 m_sent = 0;                  // last seq handed to the transport
    qint64 m_persisted = 0;             // last cursor written to meta
    qint64 m_lastSendMs = 0;            // for the heartbeat
    bool m_writing = false;             // a cursor write is on its way
    bool m_shuttingDown = false;
};

} // namespace cybos
