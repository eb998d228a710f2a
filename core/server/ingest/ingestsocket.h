#pragma once
// One forwarder's /ws/ingest connection on the relay. Frames are published one after another
// (so ticks reach the bus in the order sent), while the commits they wait for overlap: the
// answers leave in frame order, each ack [{"type":"ack","seq":N}] once every tick up to N is
// stored ([{"type":"ack","op":"stocks","count":N}] for a stock chunk). Without the key in the
// handshake the first frame must be {"op":"auth","key":…}. Server thread.
#include "core/domain/errorcode.h"
#include <QJsonObject>
#include <QObject>
#include <QQueue>
#include <QTimer>
#include <qcoro/qcorotask.h>

class QWebSocket;

namespace cybos {

class IngestSink;

class IngestSocket : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxQueued = 64;          // frames waiting: a forwarder sends ~8
    static constexpr int kAuthTimeoutMs = 10000;

    // apiKey: the relay's key (empty: every push is refused).
    IngestSocket(QWebSocket *socket, IngestSink *service, QString apiKey, bool authenticated,
                 QObject *parent = nullptr);
    ~IngestSocket() override;

Q_SIGNALS:
    void closed();

private:
    struct Answer {
        QString text;          // ready to send, or...
        qint64 ackSeq = -1;    // ...an ack of the source's ackSeq to send once every relay
        qint64 waitSeq = 0;    // seq <= waitSeq is stored
        int stored = 0;
    };
    void onMessage(const QString &text);
    QCoro::Task<> drain();
    QCoro::Task<> handle(QString text);
    QCoro::Task<> handleTicks(QJsonObject frame);
    QCoro::Task<> handleStocks(QJsonObject frame);
    void answer(Answer a);
    QCoro::Task<> sendAnswers();
    bool authenticate(const QJsonObject &frame);
    void refuse(ErrorCode code, const QString &message);

    QWebSocket *m_socket;
    IngestSink *m_service;
    QString m_apiKey;
    bool m_authenticated;
    bool m_closing = false;
    bool m_draining = false;
    bool m_sending = false;
    QQueue<QString> m_frames;
    QQueue<Answer> m_answers;
    QTimer m_authTimer;
};

} // namespace cybos
