#pragma once
// The relay's HTTP and WebSocket endpoints for a forwarder's pushes (api.md "relay mode"),
// on the server thread. The relay backend registers them as a server extension
// (relayextension.cpp):
//
//   POST /api/ingest          {"source":ID,"ticks":[Tick…]}   → {"ack_seq","received","stored","duplicates"}
//   POST /api/ingest/stocks   {"source":ID,"stocks":[Stock…]} → {"stored":N}
//   /ws/ingest                frames {"op":"ingest",…} / {"op":"stocks",…} → [{"type":"ack",…}]
//
// Both need the API key: a relay started without --api-key refuses pushes (403), and the
// routes are registered with RouteAccess::Key (KeyAtHandshake for the socket) so the server
// checks the key first. relayIngestExtension() (relayextension.h) registers them.
#include "core/server/http/httprequest.h"
#include "core/server/http/httpresponse.h"
#include <QObject>
#include <qcoro/qcorotask.h>

class QWebSocket;

namespace cybos {

class IngestService;

class IngestEndpoints : public QObject
{
    Q_OBJECT
public:
    // apiKey: the server's key (empty: pushes are refused); service: any thread.
    IngestEndpoints(IngestService *service, QString apiKey, QObject *parent = nullptr);

    QCoro::Task<HttpResponse> postTicks(HttpRequest request);
    QCoro::Task<HttpResponse> postStocks(HttpRequest request);
    // A /ws/ingest socket that passed the handshake (authenticated: it carried the right key).
    // Takes ownership.
    void acceptSocket(QWebSocket *socket, bool authenticated);
    int socketCount() const;

private:
    std::optional<HttpResponse> refuseWithoutKey() const;

    IngestService *m_service;
    QString m_apiKey;
};

} // namespace cybos
