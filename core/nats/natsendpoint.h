#pragma once
// Where a NATS JetStream link goes, from a URL such as nats://HOST:4222/STREAM (or tls://…):
// the server URL nats.c connects to, the stream, the subject prefix and the credentials (a
// token, or the path of a .creds file). Shared by the forwarder's publisher and the relay's
// consumer.
#include "core/domain/result.h"
#include <QByteArray>
#include <QString>
#include <QUrl>

namespace cybos {

struct NatsEndpoint {
    QByteArray serverUrl;   // scheme://[user:password@]host:port, as nats.c takes it
    QByteArray stream;
    QByteArray prefix;      // subjects <prefix>.ticks.<code> and <prefix>.stocks
    QString key;            // a token, or the path of a .creds file (any key ending in .creds)
    QString display;        // scheme://host:port/STREAM, without credentials, for messages
    QString caFile;         // PEM CA certificates trusted besides OpenSSL's default store ("": none)

    QByteArray tickSubject(const QString &code) const { return prefix + ".ticks." + code.toLatin1(); }
    QByteArray stocksSubject() const { return prefix + ".stocks"; }
    QByteArray allSubjects() const { return prefix + ".>"; }
    bool keyIsCredsFile() const;
};

inline constexpr int kNatsDefaultPort = 4222;

bool isNatsUrl(const QUrl &url);   // nats:// or tls://
// A clear error (bad_request) when the URL has no host or no stream, it holds credentials
// and a key is given too, the prefix is not a valid subject token sequence, or the key names
// a .creds file that cannot be read or holds no user JWT and nkey seed, or caFile (--nats-ca)
// is not a readable PEM file of certificates.
Result<NatsEndpoint> natsEndpoint(const QUrl &url, const QString &key, const QString &prefix,
                                  const QString &caFile = {});

} // namespace cybos
