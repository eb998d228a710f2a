#include "forwardbenchrig.h"
#include "core/domain/ksttime.h"
#include "core/storage/storage.h"
#include "core/storage/tickwriter.h"
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

namespace cybos::bench {

ServerChild::ServerChild(QString serverBin) : m_serverBin(std::move(serverBin))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { m_log += QString::fromLocal8Bit(m_process.readAllStandardError()); });
}

ServerChild::~ServerChild()
{
    stop();
}

Result<int> ServerChild::start(const QStringList &args)
{
    m_log.clear();
    m_process.start(m_serverBin, QStringList{QStringLiteral("--headless")} + args);
    static const QRegularExpression listening(QStringLiteral("listening on (?:https?://)?[^:\\s]+:(\\d+)"));
    int port = 0;
    waitUntil([&] {
        if (const auto m = listening.match(m_log); m.hasMatch())
            port = m.captured(1).toInt();
        return port > 0 || m_process.state() == QProcess::NotRunning;
    }, 60000);
    if (port <= 0)
        return makeError(ErrorCode::BenchFailed,
                         QStringLiteral("%1 did not start: %2").arg(m_serverBin, log()));
    return port;
}

void ServerChild::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(30000))
        m_process.kill();
    m_process.waitForFinished(10000);
}

QStringList relayArgs(const QString &dir, const QString &key, int port)
{
    return {QStringLiteral("--backend"), QStringLiteral("relay"), QStringLiteral("--api-key"), key,
            QStringLiteral("--port"), QString::number(port), QStringLiteral("--db"), dir + QStringLiteral("/relay.db"),
            QStringLiteral("--log-file"), dir + QStringLiteral("/relay.log")};
}

Result<int> startNatsServer(QProcess *process, const QString &storeDir)
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const int port = probe.serverPort();
    probe.close();
    process->start(QStringLiteral("nats-server"), {QStringLiteral("-js"), QStringLiteral("-a"), QStringLiteral("127.0.0.1"),
                                                   QStringLiteral("-p"), QString::number(port), QStringLiteral("-sd"), storeDir});
    const bool up = waitUntil([&] {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(port));
        return socket.waitForConnected(200) || process->state() == QProcess::NotRunning;
    }, 30000);
    if (!up || process->state() != QProcess::Running)
        return makeError(ErrorCode::BenchFailed, QStringLiteral("nats-server -js did not start (installed?)"));
    return port;
}

QUrl remoteUrl(const QString &transport, int port)
{
    if (transport == u"nats")
        return QUrl(QStringLiteral("nats://127.0.0.1:%1/BENCH").arg(port));
    return QUrl(transport == u"ws" ? QStringLiteral("ws://127.0.0.1:%1/ws/ingest").arg(port)
                                   : QStringLiteral("http://127.0.0.1:%1/api/ingest").arg(port));
}

QJsonObject getJson(const QUrl &url)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = network.get(request);
    waitUntil([reply] { return reply->isFinished(); }, 15000);
    const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return object;
}

QJsonObject forwarderStatus(int port)
{
    const QJsonObject status = getJson(QUrl(QStringLiteral("http://127.0.0.1:%1/api/status").arg(port)));
    return status.value(QLatin1String("forwarder")).toObject();
}

TickList syntheticTicks(qint64 firstSeq, int count)
{
    static const char *codes[] = {"005930", "000660", "035420", "005380", "051910", "006400", "035720", "068270"};
    TickList ticks;
    ticks.reserve(count);
    const qint64 now = Kst::nowMs();
    for (int i = 0; i < count; ++i) {
        const qint64 seq = firstSeq + i;
        const qint64 price = 50000 + (seq * 37 % 400) * 100;
        ticks << Tick{.seq = seq, .code = QString::fromLatin1(codes[seq % 8]), .timeMs = now + i,
                      .price = price, .change = price - 60000, .volume = 1 + seq % 97,
                      .cumVolume = 1'000'000 + seq, .cumValue = 60'000'000'000 + seq * price, .ask = price + 100,
                      .bid = price, .side = seq % 3 ? Side::Buy : Side::Sell};
    }
    return ticks;
}

Status fillSource(Storage *storage, qint64 firstSeq, qint64 count)
{
    constexpr int kChunk = 5000;
    for (qint64 done = 0; done < count; done += kChunk) {
        storage->tickWriter()->submit(syntheticTicks(firstSeq + done, int(qMin<qint64>(kChunk, count - done))));
        // Keep the writer's backlog bounded: it drops ticks beyond its limit.
        waitUntil([&] { return storage->tickWriter()->backlog() < 100'000; }, 60000);
    }
    const qint64 last = firstSeq + count - 1;
    if (!waitUntil([&] { return storage->committedSeq() >= last; }, 120000))
        return makeError(ErrorCode::BenchFailed, QStringLiteral("the source database did not take the ticks"));
    return Ok{};
}

LiveTicks::LiveTicks(Storage *storage, qint64 firstSeq, int rate)
    : m_storage(storage), m_first(firstSeq), m_next(firstSeq), m_rate(rate)
{
    m_timer.setInterval(10);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &LiveTicks::tick);
}

void LiveTicks::start()
{
    m_startedMs = Kst::nowMs();
    m_timer.start();
}

void LiveTicks::tick()
{
    // Catch up to rate × elapsed, so a late timer does not lower the rate.
    const qint64 due = m_first + (Kst::nowMs() - m_startedMs) * m_rate / 1000;
    if (due <= m_next)
        return;
    m_storage->tickWriter()->submit(syntheticTicks(m_next, int(due - m_next)));
    m_next = due;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    bool satisfied = false; // remembered: done() may be stateful (throttled queries)
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!satisfied && done())
            satisfied = true;
        if (satisfied || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return satisfied;
}

} // namespace cybos::bench
