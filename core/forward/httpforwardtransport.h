#pragma once
// Forwarding over HTTP: each push is one POST {"source":ID,"ticks":[…]} to the remote URL
// (stock master chunks {"source":ID,"stocks":[…]} to the URL + "/stocks") with
// "Authorization: Bearer KEY"; any 2xx acknowledges the whole push. One request at a time,
// so acknowledgements stay in order.
#include "forwardtransport.h"
#include <QNetworkAccessManager>
#include <QPointer>

class QNetworkReply;

namespace cybos {

class HttpForwardTransport : public ForwardTransport
{
    Q_OBJECT
public:
    HttpForwardTransport(const ForwarderOptions &options, QString source, QObject *parent = nullptr);
    ~HttpForwardTransport() override;

    void open() override;
    void send(const ForwardPush &push) override;
    void close() override;
    int window() const override { return 1; }
    int maxBytes() const override { return m_options.maxHttpBytes; }

private:
    void finished(QNetworkReply *reply, PushKind kind, qint64 lastSeq);
    QByteArray body(const ForwardPush &push) const;

    ForwarderOptions m_options;
    QByteArray m_sourceJson;            // the source id as a JSON string
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    quint64 m_generation = 0;           // bumped by close(): late callbacks are ignored
};

} // namespace cybos
