#include "relayextension.h"
#include "core/server/servercontext.h"
#include "ingestendpoints.h"

namespace cybos {

ServerExtension relayIngestExtension(IngestService *service)
{
    return [service](ServerRegistrar &registrar) {
        // Parented to the server thread's object: handlers and sockets live and die there.
        auto *endpoints = new IngestEndpoints(service, registrar.context().deps->config.apiKey,
                                              registrar.threadObject());
        registrar.addRoute(HttpMethod::Post, QStringLiteral("/api/ingest"),
                           [endpoints](HttpRequest request) { return endpoints->postTicks(std::move(request)); });
        registrar.addRoute(HttpMethod::Post, QStringLiteral("/api/ingest/stocks"),
                           [endpoints](HttpRequest request) { return endpoints->postStocks(std::move(request)); });
        registrar.addWebSocketPath(QStringLiteral("/ws/ingest"),
                                   [endpoints](QWebSocket *socket) { endpoints->acceptSocket(socket, true); });
    };
}

} // namespace cybos
