#pragma once
// One forwarder's /ws/ingest connection on the relay: frames are handled one after another
// (acknowledgements leave in the order the frames came), each answered by
// [{"type":"ack","seq":N}] once stored, or [{"type":"ack","op":"stocks","count":N}]. Without
// the key in the handshake the first frame must be {"op":"auth","key":…}. Server thread.
#include <QJsonObject>
#include <QObject>
#include <QQueue>
#include <QTimer>
#include <qcoro/qcorotask.h>

class QWebSocket;

namespace cybos {

class IngestService;

class IngestSocket : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxQueued = 64;          // frames waiting: a forwarder sends ~8
    static constexpr int kAuthTimeoutMs = 10000;

    // apiKey: the relay's key (empty: every push is refused).
    IngestSocket(QWebSocket *socket, IngestService *service, QString apiKey, bool authenticated,
                 QObject *parent = nullptr);
    ~IngestSocket() override;

Q_SIGNALS:
    void closed();

private:
    void onMessage(const QString &text);
    QCoro::Task<> drain();
    QCoro::Task<QString> answer(QString text);
    QCoro::Task<QString> handle(QJsonObject frame);
    QCoro::Task<QString> handleTicks(QJsonObject frame);
    QCoro::Task<QString> handleStocks(QJsonObject frame);
    bool authenticate(const QJsonObject &frame);
    void refuse(const QString &code, const QString &message);

    QWebSocket *m_socket;
    IngestService *m_service;
    QString m_apiKey;
    bool m_authenticated;
    bool m_draining = false;
    QQueue<QString> m_queue;
    QTimer m_authTimer;
};

} // namespace cybos
