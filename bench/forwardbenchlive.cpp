#include "forwardbenchlive.h"
#include "forwardbenchrig.h"
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>

namespace cybos::bench {

namespace {
int freePort()
{
    QTcpServer probe; // the relay's port, known to the source before the relay exists
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

qint64 pendingOf(const QJsonObject &forwarder)
{
    return forwarder.value(QLatin1String("pending")).toInteger(-1);
}
} // namespace

Result<LiveCatchUp> liveCatchUp(const QString &serverBin, const QString &transport, int rate, int outageS,
                                const QString &key)
{
    QTemporaryDir dir;
    const int relayPort = freePort();
    ServerChild source(serverBin);
    ServerChild relay(serverBin);
    auto sourcePort = source.start(
        {QStringLiteral("--backend"), QStringLiteral("emulator"), QStringLiteral("--emulator-rate"),
         QString::number(rate), QStringLiteral("--subscribe"), QStringLiteral("kospi200"), QStringLiteral("--port"),
         QStringLiteral("0"), QStringLiteral("--db"), dir.filePath(QStringLiteral("source.db")), QStringLiteral("--log-file"),
         dir.filePath(QStringLiteral("source.log")), QStringLiteral("--remote"), remoteUrl(transport, relayPort).toString(),
         QStringLiteral("--remote-key"), key});
    if (!sourcePort)
        return sourcePort.error();
    waitUntil([] { return false; }, outageS * 1000); // the outage: nobody at the relay's port
    LiveCatchUp result;
    result.backlog = pendingOf(forwarderStatus(*sourcePort));
    auto started = relay.start(relayArgs(dir.path(), key, relayPort));
    if (!started)
        return started.error();
    QElapsedTimer clock;
    clock.start();
    qint64 askedMs = -1000;
    const bool caughtUp = waitUntil([&] {
        if (clock.elapsed() - askedMs < 100)
            return false;
        askedMs = clock.elapsed();
        const QJsonObject forwarder = forwarderStatus(*sourcePort);
        const QString state = forwarder.value(QLatin1String("state")).toString();
        if (result.reconnectS < 0 && (state == u"sending" || state == u"idle"))
            result.reconnectS = clock.nsecsElapsed() / 1e9;
        const qint64 pending = pendingOf(forwarder);
        return pending >= 0 && pending <= rate / 10;
    }, 600'000);
    result.seconds = clock.nsecsElapsed() / 1e9;
    if (!caughtUp)
        return makeError(ErrorCode::BenchFailed, QStringLiteral("still behind: %1").arg(source.log()));
    return result;
}

} // namespace cybos::bench
