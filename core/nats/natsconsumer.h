#pragma once
// A durable JetStream pull consumer on a stream's <prefix>.> subjects, blocking like
// NatsClient (worker thread only): fetch a batch, then ack it (ack-all: its last message)
// once its content is safe. Each open() resumes after the durable's ack floor, so what was
// not acknowledged comes again, first and in order, to this or the next process.
#include "natsclient.h"
#include <memory>

namespace cybos {

struct NatsReceived {
    QByteArray subject;
    QByteArray data;
    QByteArray source;    // Cybos-Source header
};

// A fetched batch: what the relay reads, and the messages to acknowledge later.
class NatsBatch
{
public:
    NatsBatch() = default;
    ~NatsBatch();
    NatsBatch(const NatsBatch &) = delete;
    NatsBatch &operator=(const NatsBatch &) = delete;

    QList<NatsReceived> received;

private:
    friend class NatsConsumer;
    natsMsgList m_list{};
};
using NatsBatchPtr = std::shared_ptr<NatsBatch>;

class NatsConsumer
{
public:
    static constexpr int kAckWaitS = 10;

    NatsConsumer(NatsEndpoint endpoint, QByteArray durable)
        : m_client(std::move(endpoint)), m_durable(std::move(durable)) {}
    ~NatsConsumer() { close(); }

    // Connects, checks the stream exists (never creates it) and binds the durable consumer.
    std::optional<NatsError> open(int connectTimeoutMs);
    // Up to max messages; an empty batch when none came within timeoutMs.
    Result<NatsBatchPtr> fetch(int max, int timeoutMs);
    std::optional<NatsError> ack(const NatsBatchPtr &batch);
    void close();

private:
    uint64_t restartPoint();

    NatsClient m_client;
    QByteArray m_durable;
    natsSubscription *m_sub = nullptr;
};

} // namespace cybos
