#pragma once
// The WebSocket protocol of api.md: what a client may send, and the control messages the
// server answers with. Every server frame is a JSON array of messages; control messages come
// alone in their frame.
#include "core/domain/errorcode.h"
#include "core/domain/wsop.h"
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace cybos {

struct WsCommand {
    std::optional<WsOp> op;   // nullopt: an invalid message (error says why)
    QJsonValue id;            // echoed in the answer; undefined when not given
    QStringList codes;        // as sent (subscribe / unsubscribe)
    QByteArray key;           // auth
    QString error;            // why the message is Invalid
};

WsCommand parseWsCommand(const QString &text);
// A message answered bad_request (why) in its turn.
WsCommand invalidCommand(const QString &why, const QJsonValue &id = {});
// The client message {"op":"subscribe","codes":[code]} (what /ws/prices/{code} does on open).
QString subscribeCommand(const QString &code);

namespace WsFrame {
QString hello(bool authRequired);
QString authenticated();
QString subscribed(const QStringList &codes, const QJsonValue &id);
QString pong(const QJsonValue &id);
QString error(ErrorCode code, const QString &message, const QJsonValue &id = {},
              const QStringList &codes = {});
QString status(bool feedConnected);
// One frame of the picked data messages (serialised JSON objects), in the order picked.
QString messages(const QList<QByteArray> &messages, const QList<qsizetype> &picks);
} // namespace WsFrame

} // namespace cybos
