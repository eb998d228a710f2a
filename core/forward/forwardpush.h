#pragma once
// One push of the forwarder: a run of ticks (or a chunk of the stock master) already
// serialised as the inside of a JSON array, so a retry re-sends the same bytes cheaply.
#include "core/domain/errorcode.h"
#include "core/domain/tick.h"
#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace cybos {

enum class PushKind { Ticks, Stocks };

struct ForwardPush {
    PushKind kind = PushKind::Ticks;
    QByteArray items;     // "{…},{…}" : the array's elements, without the brackets
    qint64 firstSeq = 0;  // ticks only
    qint64 lastSeq = 0;   // ticks only: what an acknowledgement of this push confirms
    int count = 0;
    TickList ticks;       // ticks only: the same ticks, for a transport that sends one message each
};

// Why a push failed. fatal: the remote refuses us for good (bad key, forbidden, malformed)
// and retrying cannot help; otherwise retry after a backoff (at least retryAfterMs).
struct ForwardFailure {
    bool fatal = false;
    QString message;
    int retryAfterMs = 0;
    int httpStatus = 0;   // the remote's HTTP status, 0 when it did not answer
    std::optional<ErrorCode> remoteCode; // the api.md error code a WebSocket remote answered, if known
};

// The failure an HTTP status means: 408, 429 and 5xx are retried, any other 4xx is fatal.
ForwardFailure failureForHttpStatus(int status, const QString &detail, int retryAfterMs = 0);
// The human text of an api.md error body {"error":{"code","message"}}, or the raw start of it.
QString describeErrorBody(const QByteArray &body);

} // namespace cybos

Q_DECLARE_METATYPE(cybos::ForwardFailure)
