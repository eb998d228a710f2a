#include "httpforwardtransport.h"
#include "core/domain/domainjsonwriter.h"
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace cybos {

HttpForwardTransport::HttpForwardTransport(const ForwarderOptions &options, QString source, QObject *parent)
    : ForwardTransport(parent), m_options(options)
{
    Json::appendEscaped(m_sourceJson, source);
    m_network.setAutoDeleteReplies(true);
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpForwardTransport::~HttpForwardTransport()
{
    close();
}

void HttpForwardTransport::open()
{
    // HTTP has no session to set up: the first POST tells whether the remote is there.
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            Q_EMIT opened();
    });
}

QByteArray HttpForwardTransport::body(const ForwardPush &push) const
{
    QByteArray out;
    out.reserve(push.items.size() + m_sourceJson.size() + 32);
    out.append("{\"source\":").append(m_sourceJson);
    out.append(push.kind == PushKind::Stocks ? ",\"stocks\":[" : ",\"ticks\":[");
    out.append(push.items).append("]}");
    return out;
}

void HttpForwardTransport::send(const ForwardPush &push)
{
    QUrl url = m_options.remote;
    if (push.kind == PushKind::Stocks) {
        QString path = url.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        url.setPath(path + QStringLiteral("/stocks"));
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_options.key.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_options.key.toUtf8());
    request.setTransferTimeout(m_options.requestTimeoutMs);
    QNetworkReply *reply = m_network.post(request, body(push));
    m_reply = reply;
    const quint64 generation = m_generation;
    const PushKind kind = push.kind;
    const qint64 lastSeq = push.lastSeq;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation, kind, lastSeq] {
        if (generation == m_generation)
            finished(reply, kind, lastSeq);
    });
}

void HttpForwardTransport::finished(QNetworkReply *reply, PushKind kind, qint64 lastSeq)
{
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300) {
        Q_EMIT acknowledged(kind, lastSeq);
        return;
    }
    if (status == 0) {
        ForwardFailure failure;
        failure.message = reply->errorString();
        Q_EMIT failed(failure);
        return;
    }
    const int retryAfterS = reply->rawHeader(QByteArrayLiteral("Retry-After")).toInt();
    Q_EMIT failed(failureForHttpStatus(status, describeErrorBody(reply->readAll()), retryAfterS * 1000));
}

void HttpForwardTransport::close()
{
    ++m_generation;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->abort();
    }
}

} // namespace cybos
