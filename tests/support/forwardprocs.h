#pragma once
// Real cybos-server children for the forwarding integration suite: each started headless on
// loopback (port 0 unless told), its port read from the "listening on …" line on stderr,
// its REST API asked with the key, its WebSocket ticks collected.
#include "patience.h"
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <QWebSocket>

namespace cybos::test {

class ServerProc : public QObject
{
public:
    explicit ServerProc(QString name) : m_name(std::move(name))
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        connect(&m_process, &QProcess::readyReadStandardError, this, [this] { readLog(); });
    }
    ~ServerProc() override
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(test::patient(10000));
        }
    }

    void start(const QStringList &args)
    {
        m_port = 0;
        m_log.clear();
        m_process.start(QStringLiteral(CYBOS_SERVER_BIN), QStringList{QStringLiteral("--headless")} + args);
    }
    bool terminate()   // SIGTERM: a clean shutdown
    {
        m_process.terminate();
        return m_process.waitForFinished(test::patient(60000)) && m_process.exitCode() == 0;
    }
    bool kill()        // SIGKILL: no flush, no goodbye
    {
        m_process.kill();
        return m_process.waitForFinished(test::patient(20000));
    }
    bool running() const { return m_process.state() == QProcess::Running; }
    int port() const { return m_port; }
    QString log() const { return m_name + QStringLiteral(": ") + m_log.right(3000); }

private:
    void readLog()
    {
        static const QRegularExpression listening(QStringLiteral("listening on (?:https?://)?[^:\\s]+:(\\d+)"));
        m_log += QString::fromLocal8Bit(m_process.readAllStandardError());
        if (const auto m = listening.match(m_log); m.hasMatch())
            m_port = m.captured(1).toInt();
    }

    QString m_name;
    QProcess m_process;
    QString m_log;
    int m_port = 0;
};

// One request to a child's API (with the key when given); an empty object when it fails.
inline QJsonObject requestJson(int port, const QByteArray &verb, const QString &path, const QString &key = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    if (!key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    request.setTransferTimeout(10000);
    QNetworkReply *reply = network.sendCustomRequest(request, verb);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return out;
}

inline QJsonObject status(int port, const QString &key = {})
{
    return requestJson(port, "GET", QStringLiteral("/api/status"), key);
}

// A /ws client of a server: subscribes to codes and keeps the seqs of the ticks it is sent.
class TickWatcher : public QObject
{
public:
    // Subscribes again every second until the server confirms the codes (a relay learns the
    // codes from its source's stock master push, moments after it starts).
    void open(int port, const QString &key, const QStringList &codes)
    {
        const QJsonObject subscribe{{QStringLiteral("op"), QStringLiteral("subscribe")},
                                    {QStringLiteral("codes"), QJsonArray::fromStringList(codes)},
                                    {QStringLiteral("id"), 1}};
        m_subscribe = QString::fromUtf8(QJsonDocument(subscribe).toJson(QJsonDocument::Compact));
        m_wanted = codes.size();
        connect(&m_retry, &QTimer::timeout, this, [this] { m_socket.sendTextMessage(m_subscribe); });
        connect(&m_socket, &QWebSocket::connected, this, [this] {
            m_socket.sendTextMessage(m_subscribe);
            m_retry.start(1000);
        });
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) { onFrame(text); });
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)));
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        m_socket.open(request);
    }
    QList<qint64> seqs;

private:
    void onFrame(const QString &text)
    {
        for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
            const QString type = v[QStringLiteral("type")].toString();
            if (type == u"tick")
                seqs << qint64(v[QStringLiteral("seq")].toDouble());
            else if (type == u"subscribed" && v[QStringLiteral("codes")].toArray().size() >= m_wanted)
                m_retry.stop();
        }
    }

    QWebSocket m_socket;
    QTimer m_retry;
    QString m_subscribe;
    qsizetype m_wanted = 0;
};

} // namespace cybos::test
