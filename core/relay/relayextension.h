#pragma once
// The relay backend's ingest endpoints as a server extension (core/server/serverregistrar.h):
// POST /api/ingest, POST /api/ingest/stocks and the /ws/ingest WebSocket, with the key
// required (RouteAccess::Key / KeyAtHandshake, and refused outright without --api-key).
//
//   runtime.addServerExtension(relayIngestExtension(ingestService));   // before start()
#include "core/server/serverregistrar.h"

namespace cybos {

class IngestService;

// service: lives on its own thread (the RelayBus'); must outlive the server.
ServerExtension relayIngestExtension(IngestService *service);

} // namespace cybos
