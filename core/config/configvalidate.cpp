#include "configvalidate.h"
#include "core/domain/limits.h"
#include "core/domain/stockcode.h"
#include "core/nats/natsendpoint.h"
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace cybos {
namespace {

Error bad(const QString &option, const QString &value, const QString &why)
{
    return makeError(ErrorCode::BadOption,
                     QStringLiteral("--%1: '%2' %3").arg(option, value.left(80), why));
}

std::optional<Error> intIn(const RawOptions &raw, const QString &name, qint64 lo, qint64 hi, qint64 &out)
{
    bool ok = false;
    const QString v = raw.value(name);
    out = v.toLongLong(&ok);
    if (!ok || out < lo || out > hi)
        return bad(name, v, QStringLiteral("is not a whole number from %1 to %2").arg(lo).arg(hi));
    return std::nullopt;
}

bool isTrue(const QString &v)
{
    return v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0
           || v.compare(u"yes", Qt::CaseInsensitive) == 0 || v.compare(u"on", Qt::CaseInsensitive) == 0;
}

QStringList splitList(const QString &v)
{
    QStringList out;
    for (const QString &p : v.split(u',', Qt::SkipEmptyParts))
        out << p.trimmed();
    out.removeAll(QString());
    return out;
}

std::optional<Error> oneOf(const RawOptions &raw, const QString &name, const QStringList &allowed)
{
    const QString v = raw.value(name);
    if (!allowed.contains(v))
        return bad(name, v, QStringLiteral("is not one of ") + allowed.join(QStringLiteral(", ")));
    return std::nullopt;
}

std::optional<Error> checkChoices(const RawOptions &raw)
{
    if (auto e = oneOf(raw, QStringLiteral("backend"), backendKindNames()))
        return e;
    if (auto e = oneOf(raw, QStringLiteral("log-level"), {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("error")}))
        return e;
    if (auto e = oneOf(raw, QStringLiteral("emulator-clock"), {QStringLiteral("always-open"), QStringLiteral("krx")}))
        return e;
    if (auto e = oneOf(raw, QStringLiteral("on-disconnect"), {QStringLiteral("wait"), QStringLiteral("restart")}))
        return e;
    if (auto e = oneOf(raw, QStringLiteral("cybos-request"), {QStringLiteral("async"), QStringLiteral("block")}))
        return e;
    if (auto e = oneOf(raw, QStringLiteral("nats-create-stream"), {QStringLiteral("yes"), QStringLiteral("no")}))
        return e;
    if (!raw.value(QStringLiteral("lang")).isEmpty())
        return oneOf(raw, QStringLiteral("lang"), {QStringLiteral("ko"), QStringLiteral("en")});
    return std::nullopt;
}

std::optional<Error> fillNumbers(const RawOptions &raw, Config &c)
{
    qint64 n = 0;
    if (auto e = intIn(raw, QStringLiteral("port"), 0, 65535, n))
        return e;
    c.port = int(n);
    if (auto e = intIn(raw, QStringLiteral("emulator-rate"), 1, 1'000'000, n))
        return e;
    c.emulatorRate = int(n);
    if (auto e = intIn(raw, QStringLiteral("emulator-seed"), 0, 0xffffffffLL, n))
        return e;
    c.emulatorSeed = quint32(n);
    if (auto e = intIn(raw, QStringLiteral("retention-days"), 1, 36500, n))
        return e;
    c.retentionDays = int(n);
    if (auto e = intIn(raw, QStringLiteral("forward-backlog-warn"), 1, 1'000'000'000, n))
        return e;
    c.forwardBacklogWarn = int(n);
    return std::nullopt;
}

// Bounds on what may wait in memory (docs/memory.md); the upper ends keep a 32-bit process
// inside its address space even when a user raises them.
std::optional<Error> fillMemoryBounds(const RawOptions &raw, Config &c)
{
    if (auto e = intIn(raw, QStringLiteral("tick-backlog"), 10'000, 5'000'000, c.tickBacklog))
        return e;
    if (auto e = intIn(raw, QStringLiteral("ws-client-buffer-kb"), 256, 65'536, c.wsClientBufferKb))
        return e;
    if (auto e = intIn(raw, QStringLiteral("ws-buffer-total-mb"), 16, 1024, c.wsBufferTotalMb))
        return e;
    return std::nullopt;
}

std::optional<Error> fillReplaySpeed(const RawOptions &raw, Config &c)
{
    bool ok = false;
    const QString speed = raw.value(QStringLiteral("replay-speed"));
    c.replaySpeed = speed.toDouble(&ok);
    if (!ok || c.replaySpeed < 0 || c.replaySpeed > 10000)
        return bad(QStringLiteral("replay-speed"), speed, QStringLiteral("is not a number from 0 to 10000"));
    return std::nullopt;
}

std::optional<Error> fillAddresses(const RawOptions &raw, Config &c)
{
    c.bind = raw.value(QStringLiteral("bind"));
    QHostAddress addr;
    if (!addr.setAddress(c.bind))
        return bad(QStringLiteral("bind"), c.bind, QStringLiteral("is not an IP address"));
    if (!addr.isLoopback() && c.apiKey.isEmpty())
        return bad(QStringLiteral("bind"), c.bind,
                   QStringLiteral("is not a loopback address: set --api-key (API_KEY) to serve beyond this machine"));
    c.remoteUrl = raw.value(QStringLiteral("remote"));
    if (!c.remoteUrl.isEmpty()) {
        if (!isRemoteUrl(c.remoteUrl))
            return bad(QStringLiteral("remote"), c.remoteUrl,
                       QStringLiteral("is not an http(s)://, ws(s)://, nats:// or tls:// URL"));
        const QUrl url(c.remoteUrl);
        if (isNatsUrl(url)) {
            auto endpoint = natsEndpoint(url, c.remoteKey, c.natsPrefix, c.natsCa);
            if (!endpoint)
                return bad(QStringLiteral("remote"), url.toDisplayString(QUrl::RemoveUserInfo), endpoint.error().message);
        }
    }
    return std::nullopt;
}

// --relay-from and its credentials (--relay-key: a token or a .creds file, like --remote-key).
std::optional<Error> fillRelayFrom(const RawOptions &raw, Config &c)
{
    c.relayFrom = raw.value(QStringLiteral("relay-from"));
    if (c.relayFrom.isEmpty())
        return std::nullopt; // a RELAY_KEY alone is ignored, like REMOTE_API_KEY without --remote
    const QUrl url(c.relayFrom);
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    auto endpoint = natsEndpoint(url, c.relayKey, c.natsPrefix, c.natsCa);
    if (!endpoint)
        return bad(QStringLiteral("relay-from"), shown, endpoint.error().message);
    if (c.backend != BackendKind::Relay)
        return bad(QStringLiteral("relay-from"), shown, QStringLiteral("needs --backend relay"));
    return std::nullopt;
}

std::optional<Error> fillSubscribe(const RawOptions &raw, Config &c)
{
    const QString v = raw.value(QStringLiteral("subscribe"));
    if (v.trimmed().compare(u"kospi200", Qt::CaseInsensitive) == 0) {
        c.subscribe = {QStringLiteral("kospi200")};
        return std::nullopt;
    }
    for (const QString &code : splitList(v)) {
        auto n = StockCode::normalize(code);
        if (!n)
            return bad(QStringLiteral("subscribe"), code, QStringLiteral("is not a stock code"));
        if (!c.subscribe.contains(*n))
            c.subscribe << *n;
    }
    if (c.subscribe.size() > kMaxSubscriptions)
        return bad(QStringLiteral("subscribe"), v.left(20) + QStringLiteral("…"), QStringLiteral("names more than %1 codes").arg(kMaxSubscriptions));
    return std::nullopt;
}

std::optional<Error> checkPaths(Config &c)
{
    if (c.dbPath.isEmpty())
        return bad(QStringLiteral("db"), c.dbPath, QStringLiteral("is empty"));
    const QFileInfo db(c.dbPath);
    if (db.exists() && (db.isDir() || !db.isReadable()))
        return bad(QStringLiteral("db"), c.dbPath, QStringLiteral("is not a readable file"));
    if (c.backend == BackendKind::Replay) {
        if (c.replayFrom.isEmpty())
            return bad(QStringLiteral("replay-from"), c.replayFrom, QStringLiteral("is required by the replay backend"));
        const QFileInfo src(c.replayFrom);
        if (!src.isFile() || !src.isReadable())
            return bad(QStringLiteral("replay-from"), c.replayFrom, QStringLiteral("is not a readable database file"));
    }
    return std::nullopt;
}

// A source's name travels in NATS message ids and names a relay's durable consumer, where
// '.', '*', '>' and spaces are not allowed.
std::optional<Error> fillInstanceId(const RawOptions &raw, Config &c)
{
    c.instanceId = raw.value(QStringLiteral("instance-id"));
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!c.instanceId.isEmpty() && !valid.match(c.instanceId).hasMatch())
        return bad(QStringLiteral("instance-id"), c.instanceId,
                   QStringLiteral("may hold only letters, digits, - and _ (at most 64)"));
    return std::nullopt;
}

void fillStrings(const RawOptions &raw, Config &c)
{
    c.backend = backendKindFromName(raw.value(QStringLiteral("backend"))).value_or(BackendKind::Emulator); // checked by checkChoices
    c.dbPath = raw.value(QStringLiteral("db"));
    c.apiKey = raw.value(QStringLiteral("api-key"));
    c.remoteKey = raw.value(QStringLiteral("remote-key"));
    c.relayKey = raw.value(QStringLiteral("relay-key"));
    c.natsPrefix = raw.value(QStringLiteral("nats-prefix"));
    c.natsCreateStream = isTrue(raw.value(QStringLiteral("nats-create-stream")));
    c.natsCa = raw.value(QStringLiteral("nats-ca"));
    c.configFile = raw.value(QStringLiteral("config"));
    c.logLevel = raw.value(QStringLiteral("log-level"));
    c.logFile = raw.value(QStringLiteral("log-file"));
    c.emulatorClock = raw.value(QStringLiteral("emulator-clock"));
    c.onDisconnect = raw.value(QStringLiteral("on-disconnect"));
    c.cybosRequest = raw.value(QStringLiteral("cybos-request"));
    c.replayFrom = raw.value(QStringLiteral("replay-from"));
    c.replayKeepTimes = isTrue(raw.value(QStringLiteral("replay-keep-times")));
    c.lang = raw.value(QStringLiteral("lang"));
    c.screenshot = raw.value(QStringLiteral("screenshot"));
    c.headless = isTrue(raw.value(QStringLiteral("headless")));
    c.allowedOrigins = splitList(raw.value(QStringLiteral("allowed-origins")));
    c.hostNames = splitList(raw.value(QStringLiteral("host-names")));
    c.startMinimized = isTrue(raw.value(QStringLiteral("start-minimized")));
    c.startAtLogin = isTrue(raw.value(QStringLiteral("start-at-login")));
}

} // namespace

Result<Config> buildConfig(const RawOptions &raw)
{
    Config c;
    if (auto e = checkChoices(raw))
        return *e;
    fillStrings(raw, c);
    for (auto check : {&fillNumbers, &fillMemoryBounds, &fillReplaySpeed, &fillAddresses, &fillRelayFrom, &fillSubscribe, &fillInstanceId}) {
        if (auto e = check(raw, c))
            return *e;
    }
    if (auto e = checkPaths(c))
        return *e;
    return c;
}

bool isRemoteUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QStringList schemes{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("ws"),
                              QStringLiteral("wss"), QStringLiteral("nats"), QStringLiteral("tls")};
    return url.isValid() && schemes.contains(url.scheme()) && !url.host().isEmpty();
}

} // namespace cybos
