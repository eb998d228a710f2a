#include "natsfixture.h"
#include "core/nats/natsclient.h"
#include "patience.h"
#include <QDeadlineTimer>
#include <QSet>
#include <algorithm>
#include <QTcpServer>

namespace cybos::test {

NatsServer::NatsServer(QStringList extraArgs) : m_extraArgs(std::move(extraArgs))
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    m_port = probe.serverPort();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

NatsServer::~NatsServer()
{
    kill();
}

bool NatsServer::start()
{
    if (m_process.state() == QProcess::Running) // already serving (an earlier test function)
        return true;
    m_process.start(QStringLiteral("nats-server"),
                    QStringList{QStringLiteral("-js"), QStringLiteral("-a"), QStringLiteral("127.0.0.1"),
                                QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-sd"), m_store.path()}
                        + m_extraArgs);
    if (!m_process.waitForStarted(patient(10000)))
        return false;
    // Ready when this process says it listens on the port: a connection alone could reach
    // another test's server that took the port between the probe and this start.
    const QString listening = QStringLiteral("Listening for client connections on 127.0.0.1:%1").arg(m_port);
    const int from = int(m_log.size());
    QDeadlineTimer deadline(patient(15000));
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        m_log += QString::fromLocal8Bit(m_process.readAll());
        const qsizetype at = m_log.indexOf(listening, from);
        if (at >= 0 && m_log.indexOf(QLatin1String("Server is ready"), at) >= 0)
            return true;
    }
    return false;
}

bool NatsServer::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    m_process.kill();
    return m_process.waitForFinished(patient(10000));
}

QUrl NatsServer::url(const QString &stream, const QString &scheme) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2/%3").arg(scheme).arg(m_port).arg(stream));
}

QString NatsServer::log()
{
    m_log += QString::fromLocal8Bit(m_process.readAll());
    return m_log.right(3000);
}

namespace {
QByteArray header(natsMsg *msg, const char *key)
{
    const char *value = nullptr;
    return natsMsgHeader_Get(msg, key, &value) == NATS_OK && value ? QByteArray(value) : QByteArray();
}

qint64 countOf(NatsClient &client)
{
    jsStreamInfo *info = nullptr;
    const natsStatus s = js_GetStreamInfo(&info, client.jetStream(), client.endpoint().stream.constData(), nullptr, nullptr);
    const qint64 n = s == NATS_OK ? qint64(info->State.Msgs) : -1;
    jsStreamInfo_Destroy(info);
    return n;
}
} // namespace

qint64 streamMessageCount(const QUrl &url, const QString &token)
{
    auto endpoint = natsEndpoint(url, token, QStringLiteral("krx"));
    if (!endpoint)
        return -1;
    NatsClient client(*endpoint);
    return client.connect(NatsHooks{}) ? -1 : countOf(client);
}

QList<NatsStreamMessage> readStream(const QUrl &url, const QString &token, QString *error)
{
    auto endpoint = natsEndpoint(url, token, QStringLiteral("krx"));
    NatsClient client(*endpoint);
    if (auto e = client.connect(NatsHooks{})) {
        *error = e->message;
        return {};
    }
    const qint64 total = countOf(client);
    jsSubOptions so;
    jsSubOptions_Init(&so);
    so.Stream = endpoint->stream.constData();
    so.Ordered = true;
    natsSubscription *sub = nullptr;
    natsStatus s = js_SubscribeSync(&sub, client.jetStream(), endpoint->allSubjects().constData(), nullptr, &so, nullptr);
    QList<NatsStreamMessage> out;
    while (s == NATS_OK && out.size() < total) {
        natsMsg *msg = nullptr;
        s = natsSubscription_NextMsg(&msg, sub, patient(5000));
        if (s != NATS_OK)
            break;
        out.append({natsMsg_GetSubject(msg), QByteArray(natsMsg_GetData(msg), natsMsg_GetDataLength(msg)),
                    header(msg, "Nats-Msg-Id"), header(msg, "Cybos-Source"), header(msg, "Cybos-Seq").toLongLong()});
        natsMsg_Destroy(msg);
    }
    natsSubscription_Destroy(sub);
    if (s != NATS_OK)
        *error = NatsClient::describe(s);
    return out;
}

QList<qint64> streamTickSeqs(const QUrl &url, QString *problem)
{
    QSet<QByteArray> ids;
    QList<qint64> seqs;
    for (const NatsStreamMessage &m : readStream(url, {}, problem)) {
        if (!m.subject.contains(".ticks."))
            continue;
        if (ids.contains(m.msgId))
            *problem = QStringLiteral("duplicate Nats-Msg-Id ") + QString::fromLatin1(m.msgId);
        ids.insert(m.msgId);
        seqs << m.seq;
    }
    std::sort(seqs.begin(), seqs.end());
    return seqs;
}

} // namespace cybos::test
