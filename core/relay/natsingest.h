#pragma once
// The relay's NATS source (--relay-from nats://HOST:4222/STREAM): a durable pull consumer per
// relay (named by the relay's instance id) on the stream a forwarder publishes to. Each batch
// goes to the IngestService like a forwarder's push (tick messages → ingest, per source named
// in the message's header; <prefix>.stocks → the stock master) and is acknowledged to JetStream only once
// every tick of it is committed, so a relay killed mid-batch gets the batch again.
//
// nats.c blocks, so the consumer lives on a worker thread; the loop runs on this object's
// thread (any with an event loop) and hops with ThreadCall. Failures are retried with the
// forwarder's backoff and logged once per outage.
#include "core/forward/backoff.h"
#include "core/domain/tick.h"
#include "core/nats/natsconsumer.h"
#include <QObject>
#include <QThread>
#include <atomic>
#include <qcoro/qcorotask.h>

namespace cybos {

class EventLog;
class IngestService;

class NatsIngest : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBatch = 1000;
    static constexpr int kFetchWaitMs = 1000;

    NatsIngest(NatsEndpoint endpoint, QString durable, IngestService *ingest, EventLog *events = nullptr,
               QObject *parent = nullptr);
    ~NatsIngest() override;   // stop()

    void start();
    void stop();              // waits for the worker's current call (at most about kFetchWaitMs)
    qint64 consumed() const { return m_consumed.load(); }   // tick messages stored or already held

private:
    QCoro::Task<> run();
    QCoro::Task<bool> store(NatsBatchPtr batch);
    QCoro::Task<bool> ingestTicks(QString source, TickList ticks);
    QCoro::Task<bool> storeStocks(QByteArray data);
    QCoro::Task<> pause(QString problem);

    NatsEndpoint m_endpoint;
    IngestService *m_ingest;
    EventLog *m_events;
    QThread m_thread;
    QObject *m_worker;
    std::shared_ptr<NatsConsumer> m_consumer;
    Backoff m_backoff{1000, 60000};
    bool m_running = false;
    bool m_failing = false;
    std::atomic<qint64> m_consumed{0};
};

} // namespace cybos
