#include "natsconsumer.h"

namespace cybos {
namespace {
constexpr int64_t kNsPerSecond = 1'000'000'000;

QByteArray header(natsMsg *msg, const char *key)
{
    const char *value = nullptr;
    return natsMsgHeader_Get(msg, key, &value) == NATS_OK && value ? QByteArray(value) : QByteArray();
}
} // namespace

NatsBatch::~NatsBatch()
{
    natsMsgList_Destroy(&m_list);
}

// Where the durable stands: the stream seq after its ack floor (1: from the start). The
// consumer is then made anew from there, so after a crash or a failed batch the messages not
// yet acknowledged come first and in order, never after newer ones.
uint64_t NatsConsumer::restartPoint()
{
    const NatsEndpoint &e = m_client.endpoint();
    jsConsumerInfo *info = nullptr;
    jsErrCode code = static_cast<jsErrCode>(0);
    uint64_t start = 1;
    if (js_GetConsumerInfo(&info, m_client.jetStream(), e.stream.constData(), m_durable.constData(), nullptr, &code) == NATS_OK) {
        start = info->AckFloor.Stream + 1;
        js_DeleteConsumer(m_client.jetStream(), e.stream.constData(), m_durable.constData(), nullptr, &code);
    }
    jsConsumerInfo_Destroy(info);
    return start;
}

std::optional<NatsError> NatsConsumer::open(int connectTimeoutMs)
{
    close();
    NatsHooks hooks;
    hooks.connectTimeoutMs = connectTimeoutMs;
    if (auto error = m_client.connect(hooks))
        return error;
    if (auto error = m_client.ensureStream(NatsStreamPolicy{false, 0, 0}))
        return error;
    const NatsEndpoint &e = m_client.endpoint();
    jsSubOptions so;
    jsSubOptions_Init(&so);
    so.Stream = e.stream.constData();
    so.Config.AckPolicy = js_AckAll;       // one ack per batch, after its commit
    so.Config.AckWait = int64_t(kAckWaitS) * kNsPerSecond;
    so.Config.DeliverPolicy = js_DeliverByStartSequence;
    so.Config.OptStartSeq = restartPoint();
    jsErrCode code = static_cast<jsErrCode>(0);
    const QByteArray subjects = e.allSubjects();
    const natsStatus s = js_PullSubscribe(&m_sub, m_client.jetStream(), subjects.constData(),
                                          m_durable.constData(), nullptr, &so, &code);
    if (s != NATS_OK) {
        m_sub = nullptr;
        return NatsError{false, QStringLiteral("cannot bind consumer %1 on stream %2: %3")
                                    .arg(QString::fromLatin1(m_durable), QString::fromLatin1(e.stream), NatsClient::describe(s))};
    }
    return std::nullopt;
}

Result<NatsBatchPtr> NatsConsumer::fetch(int max, int timeoutMs)
{
    auto batch = std::make_shared<NatsBatch>();
    jsErrCode code = static_cast<jsErrCode>(0);
    const natsStatus s = natsSubscription_Fetch(&batch->m_list, m_sub, max, timeoutMs, &code);
    if (s == NATS_TIMEOUT)
        return batch;
    if (s != NATS_OK)
        return makeError(ErrorCode::FeedError, QStringLiteral("fetching from %1 failed: %2")
                                                           .arg(m_client.endpoint().display, NatsClient::describe(s)));
    batch->received.reserve(batch->m_list.Count);
    for (int i = 0; i < batch->m_list.Count; ++i) {
        natsMsg *msg = batch->m_list.Msgs[i];
        batch->received.append({natsMsg_GetSubject(msg), QByteArray(natsMsg_GetData(msg), natsMsg_GetDataLength(msg)),
                                header(msg, "Cybos-Source")});
    }
    return batch;
}

std::optional<NatsError> NatsConsumer::ack(const NatsBatchPtr &batch)
{
    if (batch->m_list.Count == 0)
        return std::nullopt;
    jsErrCode code = static_cast<jsErrCode>(0);
    const natsStatus s = natsMsg_AckSync(batch->m_list.Msgs[batch->m_list.Count - 1], nullptr, &code);
    if (s != NATS_OK)
        return NatsError{false, QStringLiteral("cannot acknowledge to %1: %2").arg(m_client.endpoint().display, NatsClient::describe(s))};
    return std::nullopt;
}

void NatsConsumer::close()
{
    if (m_sub) {
        natsSubscription_Destroy(m_sub);
        m_sub = nullptr;
    }
    m_client.close();
}

} // namespace cybos
