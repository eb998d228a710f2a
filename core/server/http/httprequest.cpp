#include "httprequest.h"
#include <QUrl>

namespace cybos {

QString methodName(HttpMethod m)
{
    switch (m) {
    case HttpMethod::Get: return QStringLiteral("GET");
    case HttpMethod::Post: return QStringLiteral("POST");
    case HttpMethod::Put: return QStringLiteral("PUT");
    case HttpMethod::Delete: return QStringLiteral("DELETE");
    case HttpMethod::Patch: return QStringLiteral("PATCH");
    case HttpMethod::Head: return QStringLiteral("HEAD");
    case HttpMethod::Options: return QStringLiteral("OPTIONS");
    case HttpMethod::Other: break;
    }
    return QStringLiteral("OTHER");
}

QByteArray HttpRequest::header(const char *name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpRequest::hasHeader(const char *name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString HttpRequest::param(const QString &name) const
{
    for (const auto &p : params) {
        if (p.first == name)
            return p.second;
    }
    return {};
}

QString HttpRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QStringList HttpRequest::queryValues(const QString &key) const
{
    return query.allQueryItemValues(key, QUrl::FullyDecoded);
}

bool HttpRequest::isWebSocketUpgrade() const
{
    return header("upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

QString HttpRequest::webSocketHandshakeProblem() const
{
    if (method != HttpMethod::Get)
        return QStringLiteral("a WebSocket handshake is a GET request");
    if (!header("connection").toLower().contains("upgrade"))
        return QStringLiteral("a WebSocket handshake carries Connection: Upgrade");
    if (header("sec-websocket-version").trimmed() != "13")
        return QStringLiteral("Sec-WebSocket-Version must be 13");
    const auto key = QByteArray::fromBase64Encoding(header("sec-websocket-key").trimmed(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!key || key.decoded.size() != 16)
        return QStringLiteral("Sec-WebSocket-Key must be 16 bytes in base64");
    return {};
}

QStringList splitPath(const QByteArray &encodedPath)
{
    QStringList out;
    qsizetype from = 0;
    while (from <= encodedPath.size()) {
        qsizetype to = encodedPath.indexOf('/', from);
        if (to < 0)
            to = encodedPath.size();
        const QByteArray part = encodedPath.sliced(from, to - from);
        if (!part.isEmpty())
            out.append(QString::fromUtf8(part.contains('%') ? QByteArray::fromPercentEncoding(part) : part));
        from = to + 1;
    }
    // A trailing slash is ignored ("/api/stocks/" is "/api/stocks"), but an empty segment in
    // the middle leaves an empty one that no route matches: "/api//stocks" is 404.
    if (encodedPath.contains("//"))
        out.append(QString());
    return out;
}

} // namespace cybos
