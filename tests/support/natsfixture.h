#pragma once
// A real nats-server with JetStream (Debian's nats-server, started with -js) on a free
// loopback port, its store in a temporary folder that outlives kill()+start(), and a reader
// that takes a stream's messages the way any other NATS client would (an ordered consumer).
#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace cybos::test {

class NatsServer
{
public:
    explicit NatsServer(QStringList extraArgs = {});
    ~NatsServer();

    bool start();           // waits (patiently) until the port accepts connections; true if running
    bool kill();            // SIGKILL: what was not written to the store is lost
    int port() const { return m_port; }
    QUrl url(const QString &stream, const QString &scheme = QStringLiteral("nats")) const;
    QString log();

private:
    QStringList m_extraArgs;
    QTemporaryDir m_store;
    QProcess m_process;
    int m_port = 0;
    QString m_log;
};

struct NatsStreamMessage {
    QByteArray subject;
    QByteArray data;
    QByteArray msgId;       // Nats-Msg-Id
    QByteArray source;      // Cybos-Source
    qint64 seq = 0;         // Cybos-Seq (0 for stock messages)
};

// Every message of the stream (all subjects), or an empty list with *error set.
QList<NatsStreamMessage> readStream(const QUrl &url, const QString &token, QString *error);
// The seqs of the stream's tick messages (<prefix>.ticks.*), ascending; *problem is set when
// one cannot be read or a Nats-Msg-Id repeats.
QList<qint64> streamTickSeqs(const QUrl &url, QString *problem);
// The stream's message count, or -1 when it cannot be asked (no stream, no server).
qint64 streamMessageCount(const QUrl &url, const QString &token = {});

} // namespace cybos::test
