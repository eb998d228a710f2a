#include "natsclient.h"
#include <QFile>
#include <QRegularExpression>

namespace cybos {
namespace {
constexpr int64_t kNsPerSecond = 1'000'000'000;
constexpr jsErrCode kStreamNotFound = static_cast<jsErrCode>(10059);

// Retrying cannot help: the credentials, the server's certificate or the scheme (tls:// to a
// server without TLS) are wrong. (nats:// to a server that requires TLS turns to TLS, and
// checks the certificate, by itself.)
bool isFatal(natsStatus status)
{
    return status == NATS_CONNECTION_AUTH_FAILED || status == NATS_NOT_PERMITTED || status == NATS_INVALID_ARG
        || status == NATS_SSL_ERROR || status == NATS_SECURE_CONNECTION_WANTED;
}

NatsError errorFor(natsStatus status, const QString &what)
{
    return NatsError{isFatal(status), what + QStringLiteral(": ") + NatsClient::describe(status)};
}

// Options from the endpoint: URL, credentials, no reconnection of nats.c's own (the
// forwarder's and the relay's backoff decide when to try again), the hooks.
natsStatus makeOptions(natsOptions **out, const NatsEndpoint &e, const NatsHooks &hooks)
{
    natsStatus s = natsOptions_Create(out);
    natsOptions *o = *out;
    if (s == NATS_OK)
        s = natsOptions_SetURL(o, e.serverUrl.constData());
    if (s == NATS_OK && e.keyIsCredsFile())
        s = natsOptions_SetUserCredentialsFromFiles(o, QFile::encodeName(e.key).constData(), nullptr);
    else if (s == NATS_OK && !e.key.isEmpty())
        s = natsOptions_SetToken(o, e.key.toUtf8().constData());
    if (s == NATS_OK)
        s = natsOptions_SetTimeout(o, hooks.connectTimeoutMs);
    if (s == NATS_OK)
        s = natsOptions_SetAllowReconnect(o, false);
    if (s == NATS_OK && hooks.lost)
        s = natsOptions_SetDisconnectedCB(o, hooks.lost, hooks.closure);
    if (s == NATS_OK && e.serverUrl.startsWith("tls:"))
        s = natsOptions_SetSecure(o, true);
    // Trusted for tls://, and for nats:// to a server that requires TLS (nats.c switches).
    if (s == NATS_OK && !e.caFile.isEmpty())
        s = natsOptions_LoadCATrustedCertificates(o, QFile::encodeName(e.caFile).constData());
    return s;
}
} // namespace

QString NatsClient::describe(natsStatus status)
{
    static const QRegularExpression where(QStringLiteral("^\\([^)]*:\\d+\\):\\s*")); // "(conn.c:1905): "
    QString text = QString::fromUtf8(natsStatus_GetText(status));
    natsStatus last = NATS_OK;
    const char *lastText = nats_GetLastError(&last);
    const QString detail = QString::fromUtf8(lastText ? lastText : "").simplified().remove(where);
    if (!detail.isEmpty() && last == status && detail.compare(text, Qt::CaseInsensitive) != 0)
        text += QStringLiteral(" (") + detail + QLatin1Char(')');
    return text;
}

std::optional<NatsError> NatsClient::connect(const NatsHooks &hooks)
{
    close();
    natsOptions *options = nullptr;
    natsStatus s = makeOptions(&options, m_endpoint, hooks);
    if (s == NATS_OK)
        s = natsConnection_Connect(&m_connection, options);
    natsOptions_Destroy(options);
    if (s != NATS_OK) {
        m_connection = nullptr;
        return errorFor(s, QStringLiteral("cannot connect to %1").arg(m_endpoint.display));
    }
    jsOptions jo;
    jsOptions_Init(&jo);
    jo.PublishAsync.AckHandler = hooks.acked;
    jo.PublishAsync.AckHandlerClosure = hooks.closure;
    jo.PublishAsync.MaxPending = hooks.maxPending;
    s = natsConnection_JetStream(&m_js, m_connection, &jo);
    if (s != NATS_OK) {
        close();
        return errorFor(s, QStringLiteral("no JetStream context on %1").arg(m_endpoint.display));
    }
    return std::nullopt;
}

std::optional<NatsError> NatsClient::ensureStream(const NatsStreamPolicy &policy)
{
    jsStreamInfo *info = nullptr;
    jsErrCode code = static_cast<jsErrCode>(0);
    const natsStatus s = js_GetStreamInfo(&info, m_js, m_endpoint.stream.constData(), nullptr, &code);
    jsStreamInfo_Destroy(info);
    if (s == NATS_OK)
        return std::nullopt;
    if (s == NATS_NOT_FOUND || code == kStreamNotFound) {
        if (policy.create)
            return createStream(policy);
        return NatsError{true, QStringLiteral("stream %1 does not exist on %2 and creating it is off (--nats-create-stream)")
                                   .arg(QString::fromLatin1(m_endpoint.stream), m_endpoint.display)};
    }
    if (s == NATS_NO_RESPONDERS)
        return NatsError{false, QStringLiteral("JetStream is not enabled on %1 (start nats-server with -js)").arg(m_endpoint.display)};
    return errorFor(s, QStringLiteral("cannot look up stream %1").arg(QString::fromLatin1(m_endpoint.stream)));
}

std::optional<NatsError> NatsClient::createStream(const NatsStreamPolicy &policy)
{
    const QByteArray subjects = m_endpoint.allSubjects();
    const char *subjectList[] = {subjects.constData()};
    jsStreamConfig config;
    jsStreamConfig_Init(&config);
    config.Name = m_endpoint.stream.constData();
    config.Subjects = subjectList;
    config.SubjectsLen = 1;
    config.Storage = js_FileStorage;
    config.Duplicates = int64_t(policy.duplicateWindowS) * kNsPerSecond;
    config.MaxAge = int64_t(policy.maxAgeDays) * 86400 * kNsPerSecond;
    jsStreamInfo *info = nullptr;
    jsErrCode code = static_cast<jsErrCode>(0);
    const natsStatus s = js_AddStream(&info, m_js, &config, nullptr, &code);
    jsStreamInfo_Destroy(info);
    if (s != NATS_OK)
        return errorFor(s, QStringLiteral("cannot create stream %1").arg(QString::fromLatin1(m_endpoint.stream)));
    return std::nullopt;
}

std::optional<NatsError> NatsClient::publishAsync(const QByteArray &subject, const QByteArray &data,
                                                  const NatsHeaders &headers)
{
    natsMsg *msg = nullptr;
    natsStatus s = natsMsg_Create(&msg, subject.constData(), nullptr, data.constData(), int(data.size()));
    for (const auto &[key, value] : headers) {
        if (s == NATS_OK)
            s = natsMsgHeader_Set(msg, key.constData(), value.constData());
    }
    if (s == NATS_OK)
        s = js_PublishMsgAsync(m_js, &msg, nullptr);
    natsMsg_Destroy(msg); // null when the library took it
    if (s != NATS_OK)
        return errorFor(s, QStringLiteral("cannot publish to %1").arg(QString::fromLatin1(subject)));
    return std::nullopt;
}

void NatsClient::close()
{
    if (m_js) {
        jsCtx_Destroy(m_js);
        m_js = nullptr;
    }
    if (m_connection) {
        natsConnection_Destroy(m_connection);
        m_connection = nullptr;
    }
}

} // namespace cybos
