#pragma once
// Settings of the forwarder (api.md "Forwarding to a remote server"). The composition root
// fills them from Config: remote = remoteUrl, key = remoteKey, backlogWarn = forwardBacklogWarn.
#include <QUrl>
#include <QString>

namespace cybos {

struct ForwarderOptions {
    QUrl remote;                    // http(s)://host/api/ingest, ws(s)://host/ws/ingest or nats://host:4222/STREAM
    QString key;                    // REMOTE_API_KEY: "Authorization: Bearer KEY"; over NATS a token or a .creds file
    QString instanceId;             // the source name sent with every push ("": meta.instance_id)
    int maxBatchTicks = 5000;       // ticks per HTTP request / WebSocket frame, at most...
    int maxHttpBytes = 900 * 1024;  // ...and bytes per request: the remote caps bodies at 1 MiB
    int maxWsBytes = 60 * 1024;     // ...and per frame: the remote caps messages at 64 KiB
    int wsWindow = 8;               // WebSocket frames sent before the first is acknowledged
    int pollIntervalMs = 100;       // when caught up, look for new ticks this often
    int heartbeatMs = 5000;         // when idle this long, an empty push tells the remote we are here
    int minBackoffMs = 1000;        // retry delays grow from here...
    int maxBackoffMs = 60000;       // ...up to here, with jitter
    int requestTimeoutMs = 30000;   // an unanswered request or handshake counts as a failure
    qint64 backlogWarn = 1'000'000; // EventLog warning when this many ticks wait
    int stocksChunk = 1000;         // stock master rows per push
    int stocksCheckMs = 30000;      // how often a new code sync is looked for while idle
    // NATS JetStream (nats://, tls://): subjects <natsPrefix>.ticks.<code> and <natsPrefix>.stocks.
    QString natsPrefix = QStringLiteral("krx");
    bool natsCreateStream = true;   // create the stream when it is missing (else: stop with an error)
    QString natsCaFile;             // --nats-ca: PEM CA certificates trusted besides OpenSSL's store
    int retentionDays = 30;         // max age of a stream this forwarder creates (0: unlimited)
    int natsWindow = 4;             // pushes whose messages may await their acks at once
};

} // namespace cybos
