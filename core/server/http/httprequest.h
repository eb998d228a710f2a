#pragma once
// One HTTP request as the server's own code sees it: copied out of QHttpServerRequest by the
// adapter (whose API differs between Qt versions), plus the path parameters the router found.
#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace cybos {

enum class HttpMethod { Get, Post, Put, Delete, Patch, Head, Options, Other };

QString methodName(HttpMethod m);

struct HttpRequest {
    HttpMethod method = HttpMethod::Other;
    QString path;                          // decoded, for display and logs
    QStringList segments;                  // the encoded path split at '/', each one decoded
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;
    QList<QPair<QString, QString>> params; // {code} → value, filled by the router (one or two)
    QString routePattern;                  // "/api/prices/{code}", filled by the router

    QByteArray header(const char *name) const;          // case-insensitive; empty if absent
    bool hasHeader(const char *name) const;
    QString queryValue(const QString &key) const;        // fully decoded; empty if absent
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
    QStringList queryValues(const QString &key) const;   // repeated keys
    QString param(const QString &name) const;
    bool isWebSocketUpgrade() const;
    // Why this upgrade is not an RFC 6455 handshake (GET, Connection: Upgrade, version 13, a
    // key of 16 base64 bytes); empty when it is one. Qt would refuse it with a bare 400 or
    // not at all, so such a request is answered by the dispatcher, in the error envelope.
    QString webSocketHandshakeProblem() const;
};

// Splits an encoded path ("/api/stocks/..%2F..") into decoded segments without resolving
// dot segments or encoded slashes, so "..%2F.." stays one (invalid) segment.
QStringList splitPath(const QByteArray &encodedPath);

} // namespace cybos
