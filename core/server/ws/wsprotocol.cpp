#include "wsprotocol.h"
#include "core/domain/ksttime.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace cybos {
namespace {
WsCommand withCodes(WsCommand c, const QJsonValue &codes)
{
    if (!codes.isArray())
        return invalidCommand(QStringLiteral("\"codes\" must be an array of stock codes"), c.id);
    for (const QJsonValue &v : codes.toArray()) {
        if (!v.isString())
            return invalidCommand(QStringLiteral("\"codes\" must hold strings only"), c.id);
        c.codes.append(v.toString());
    }
    return c;
}

QString frame(QJsonObject message)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{message}).toJson(QJsonDocument::Compact));
}

QJsonObject withId(QJsonObject o, const QJsonValue &id)
{
    if (!id.isUndefined())
        o.insert(QStringLiteral("id"), id);
    return o;
}
} // namespace

WsCommand invalidCommand(const QString &why, const QJsonValue &id)
{
    WsCommand c;
    c.error = why;
    c.id = id;
    return c;
}

WsCommand parseWsCommand(const QString &text)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError)
        return invalidCommand(QStringLiteral("malformed JSON: ") + err.errorString());
    if (!doc.isObject())
        return invalidCommand(QStringLiteral("a message must be a JSON object"));
    const QJsonObject o = doc.object();
    const QJsonValue id = o.value(QStringLiteral("id"));
    const QJsonValue op = o.value(QStringLiteral("op"));
    if (!op.isString())
        return invalidCommand(QStringLiteral("\"op\" must be auth, subscribe, unsubscribe, list or ping"), id);
    WsCommand c;
    c.id = id;
    c.op = wsOpFromName(op.toString());
    if (!c.op)
        return invalidCommand(QStringLiteral("unknown op \"%1\"").arg(op.toString().left(40)), id);
    switch (*c.op) {
    case WsOp::Subscribe:
    case WsOp::Unsubscribe:
        return withCodes(std::move(c), o.value(QStringLiteral("codes")));
    case WsOp::Auth:
        if (!o.value(QStringLiteral("key")).isString())
            return invalidCommand(QStringLiteral("\"key\" must be a string"), id);
        c.key = o.value(QStringLiteral("key")).toString().toUtf8();
        return c;
    case WsOp::List:
    case WsOp::Ping:
        return c;
    }
    return c;
}

QString subscribeCommand(const QString &code)
{
    const QJsonObject o{{QStringLiteral("op"), wsOpName(WsOp::Subscribe)},
                        {QStringLiteral("codes"), QJsonArray{code}}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

namespace WsFrame {

QString hello(bool authRequired)
{
    return frame({{QStringLiteral("type"), QStringLiteral("hello")},
                  {QStringLiteral("version"), QStringLiteral(CYBOS_VERSION)},
                  {QStringLiteral("auth"), authRequired ? QStringLiteral("required") : QStringLiteral("none")},
                  {QStringLiteral("server_time"), Kst::toIso(Kst::nowMs())}});
}

QString authenticated()
{
    return frame({{QStringLiteral("type"), QStringLiteral("authenticated")}});
}

QString subscribed(const QStringList &codes, const QJsonValue &id)
{
    return frame(withId({{QStringLiteral("type"), QStringLiteral("subscribed")},
                         {QStringLiteral("codes"), QJsonArray::fromStringList(codes)}},
                        id));
}

QString pong(const QJsonValue &id)
{
    return frame(withId({{QStringLiteral("type"), QStringLiteral("pong")},
                         {QStringLiteral("server_time"), Kst::toIso(Kst::nowMs())}},
                        id));
}

QString error(ErrorCode code, const QString &message, const QJsonValue &id, const QStringList &codes)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("error")},
                  {QStringLiteral("code"), errorCodeName(code)},
                  {QStringLiteral("message"), message}};
    if (!codes.isEmpty())
        o.insert(QStringLiteral("codes"), QJsonArray::fromStringList(codes));
    return frame(withId(o, id));
}

QString status(bool feedConnected)
{
    return frame({{QStringLiteral("type"), QStringLiteral("status")},
                  {QStringLiteral("feed"), feedConnected ? QStringLiteral("connected") : QStringLiteral("disconnected")}});
}

QString messages(const QList<QByteArray> &messages, const QList<qsizetype> &picks)
{
    qsizetype size = 2;
    for (qsizetype i : picks)
        size += messages.at(i).size() + 1;
    QByteArray out;
    out.reserve(size);
    out.append('[');
    for (qsizetype i : picks) {
        if (out.size() > 1)
            out.append(',');
        out.append(messages.at(i));
    }
    out.append(']');
    return QString::fromUtf8(out);
}

} // namespace WsFrame
} // namespace cybos
