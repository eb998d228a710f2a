#pragma once
// The relay's HTTP and WebSocket endpoints for a forwarder's pushes (api.md "relay mode"),
// on the server thread, over any IngestSink (ingestsink.h). core/server/routes.cpp registers
// them when ServerDeps::ingest is set (the relay backend):
//
//   POST /api/ingest          {"source":ID,"ticks":[Tick…]}   → {"ack_seq","received","stored","duplicates"}
//   POST /api/ingest/stocks   {"source":ID,"stocks":[Stock…]} → {"stored":N}
//   /ws/ingest                frames {"op":"ingest",…} / {"op":"stocks",…} → [{"type":"ack",…}]
//
// Both need the API key: a relay started without --api-key refuses pushes (403), and the
// routes are registered with RouteAccess::Key (KeyAtHandshake for the socket) so the server
// checks the key first.
#include "core/server/http/httprequest.h"
#include "core/server/http/httpresponse.h"
#include <QObject>
#include <qcoro/qcorotask.h>

class QWebSocket;

namespace cybos {

class IngestSink;

class IngestEndpoints : public QObject
{
    Q_OBJECT
public:
    // apiKey: the server's key (empty: pushes are refused); sink: any thread, outlives this.
    IngestEndpoints(IngestSink *sink, QString apiKey, QObject *parent = nullptr);

    QCoro::Task<HttpResponse> postTicks(HttpRequest request);
    QCoro::Task<HttpResponse> postStocks(HttpRequest request);
    // A /ws/ingest socket that passed the handshake (authenticated: it carried the right key).
    // Takes ownership.
    void acceptSocket(QWebSocket *socket, bool authenticated);
    int socketCount() const;

private:
    std::optional<HttpResponse> refuseWithoutKey() const;

    IngestSink *m_service;
    QString m_apiKey;
};

} // namespace cybos
