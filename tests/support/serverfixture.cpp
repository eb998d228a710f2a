#include "serverfixture.h"
#include "patience.h"
#include "core/domain/ksttime.h"
#include "core/server/ws/wshub.h"
#include "core/storage/stockrepository.h"
#include "core/storage/tickrepository.h"
#include <QNetworkReply>
#include <QSignalSpy>
#include <QElapsedTimer>
#include <QTest>

namespace cybos::test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

ServerFixture::ServerFixture(FixtureSetup setup)
{
    m_db = std::make_unique<Database>(tmp.path());
    const auto conn = m_db->connection(DbAccess::ReadWrite);
    if (!conn || !Database::migrate(conn.value()))
        qFatal("ServerFixture: cannot create the test database");
    status.status.version = QStringLiteral("test");
    status.status.backend = BackendKind::Emulator;
    status.status.database.committedSeq = 4242;
    status.status.database.storedSinceStart = 4200;
    status.status.database.path = tmp.path();
    ServerDeps deps;
    deps.config.backend = BackendKind::Emulator;
    deps.config.bind = setup.bind;
    deps.config.port = 0;
    deps.config.apiKey = setup.apiKey;
    deps.config.allowedOrigins = setup.allowedOrigins;
    deps.config.hostNames = setup.hostNames;
    deps.services = &services;
    deps.status = &status;
    deps.quotes = &cache;
    deps.tickBus = &bus;
    deps.eventLog = &log;
    deps.dbPath = tmp.path();
    deps.emulator = setup.emulator ? &emulator : nullptr;
    deps.options = setup.options;
    m_server = std::make_unique<ApiServer>(deps);
    const auto port = m_server->start();
    if (!port)
        qWarning("ServerFixture: %s", qPrintable(port.error().message));
    else // as the runtime wires it (app/runtimeticks.cpp)
        QObject::connect(&bus, &TickBus::ticksPublished, m_server->hub(), &WsHub::publishTicks, Qt::QueuedConnection);
}

ServerFixture::~ServerFixture()
{
    m_server.reset();
}

QUrl ServerFixture::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(pathAndQuery));
}

HttpResult replyResult(QNetworkReply *reply)
{
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(15000);
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.append(pair);
    reply->deleteLater();
    return r;
}

HttpResult ServerFixture::send(const QByteArray &method, const QString &path, const QByteArray &body, const Headers &headers)
{
    QNetworkRequest request(url(path));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return replyResult(m_nam.sendCustomRequest(request, method, body));
}

HttpResult ServerFixture::get(const QString &path, const Headers &headers)
{
    return send("GET", path, {}, headers);
}

HttpResult ServerFixture::post(const QString &path, const QByteArray &body, const Headers &headers)
{
    return send("POST", path, body, headers);
}

HttpResult ServerFixture::del(const QString &path, const Headers &headers)
{
    return send("DELETE", path, {}, headers);
}

HttpResult ServerFixture::raw(const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray data;
    HttpResult r;
    qsizetype headerEnd = -1;
    qint64 length = -1;
    // Read until the whole first response is in (or the server closes).
    for (int i = 0; i < 200; ++i) {
        if (headerEnd >= 0 && length >= 0 && data.size() >= headerEnd + 4 + length)
            break;
        if (!socket.waitForReadyRead(100) && socket.state() != QAbstractSocket::ConnectedState)
            break;
        data += socket.readAll();
        headerEnd = data.indexOf("\r\n\r\n");
        if (headerEnd >= 0 && length < 0) {
            const QList<QByteArray> lines = data.left(headerEnd).split('\n');
            r.status = lines.value(0).split(' ').value(1).toInt();
            for (qsizetype l = 1; l < lines.size(); ++l) {
                const qsizetype colon = lines.at(l).indexOf(':');
                r.headers.append({lines.at(l).left(colon).trimmed(), lines.at(l).mid(colon + 1).trimmed()});
            }
            length = r.header("content-length").isEmpty() ? 0 : r.header("content-length").toLongLong();
        }
    }
    data += socket.readAll();
    if (headerEnd >= 0)
        r.body = data.mid(headerEnd + 4, length);
    return r;
}

std::unique_ptr<QTcpSocket> ServerFixture::rawWebSocket(const QString &pathAndQuery, const Headers &headers, int *status)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket->waitForConnected(patient(5000)))
        return socket;
    QByteArray request = "GET " + pathAndQuery.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port())
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
          "Sec-WebSocket-Version: 13\r\n";
    for (const auto &h : headers)
        request += h.first + ": " + h.second + "\r\n";
    socket->write(request + "\r\n");
    QByteArray answer;
    while (!answer.contains("\r\n\r\n")) {
        if (socket->bytesAvailable() == 0 && !socket->waitForReadyRead(patient(5000)))
            break;
        answer += socket->read(1); // byte by byte: stop at the headers, frames follow
    }
    *status = answer.split(' ').value(1).toInt();
    return socket;
}

std::unique_ptr<QTcpSocket> ServerFixture::stalledSubscriber(const QString &code)
{
    int status = 0;
    auto raw = rawWebSocket(QStringLiteral("/ws"), {}, &status);
    if (status != 101)
        return nullptr;
    raw->setReadBufferSize(4096); // QTcpSocket would otherwise read everything for us
    raw->write(maskedFrame(1, R"({"op":"subscribe","codes":[")" + code.toLatin1() + R"("],"id":1})"));
    QElapsedTimer timer;
    timer.start();
    while (!services.watched().contains(code) && timer.elapsed() < patient(5000))
        QTest::qWait(5);
    return services.watched().contains(code) ? std::move(raw) : nullptr;
}

void ServerFixture::addStocks(const StockList &stocks)
{
    const auto conn = m_db->connection(DbAccess::ReadWrite);
    QVERIFY(conn && StockRepository(conn.value()).upsert(stocks, false, Kst::nowMs()));
    cache.setMaster(stocks);   // as a code sync or a relay push fills the listing
}

void ServerFixture::addTicks(const TickList &ticks)
{
    const auto conn = m_db->connection(DbAccess::ReadWrite);
    QVERIFY(conn && TickRepository(conn.value()).insert(ticks));
}

void ServerFixture::addBars(const BarKey &key, const BarList &bars)
{
    const auto conn = m_db->connection(DbAccess::ReadWrite);
    QVERIFY(conn && BarRepository(conn.value()).upsert(key, bars));
}

Stock ServerFixture::stock(const QString &code, const QString &name, const QString &market)
{
    Stock s;
    s.code = code;
    s.name = name;
    s.market = market;
    s.section = QStringLiteral("stock");
    s.status = QStringLiteral("normal");
    s.prevClose = 70000;
    s.updatedAt = QDateTime::fromMSecsSinceEpoch(Kst::nowMs());
    return s;
}

Tick ServerFixture::tick(qint64 seq, const QString &code, qint64 timeMs, qint64 price)
{
    Tick t;
    t.seq = seq;
    t.code = code;
    t.timeMs = timeMs;
    t.price = price;
    t.change = price - 70000;
    t.volume = 10;
    t.cumVolume = seq * 10;
    t.cumValue = seq * 10 * price;
    t.ask = price + 100;
    t.bid = price;
    t.side = Side::Buy;
    return t;
}

WsProbe::WsProbe(const QUrl &url, const QNetworkRequest &extra)
{
    QNetworkRequest request(extra);
    request.setUrl(url);
    connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const QJsonArray frame = QJsonDocument::fromJson(text.toUtf8()).array();
        frameSizes.append(int(frame.size()));
        for (const QJsonValue &v : frame)
            messages.append(v.toObject());
    });
    connect(&socket, &QWebSocket::disconnected, this, [this] {
        closed = true;
        closeCode = socket.closeCode();
    });
    socket.open(request);
}

bool WsProbe::waitConnected(int ms)
{
    if (socket.state() == QAbstractSocket::ConnectedState)
        return true;
    QSignalSpy spy(&socket, &QWebSocket::connected);
    return spy.wait(ms) || socket.state() == QAbstractSocket::ConnectedState;
}

bool WsProbe::waitClosed(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!closed && timer.elapsed() < ms)
        QTest::qWait(5);
    return closed;
}

QJsonObject WsProbe::waitFor(const QString &type, int ms, qsizetype *from)
{
    qsizetype start = from ? *from : 0;
    QElapsedTimer timer;
    timer.start();
    while (true) {
        for (qsizetype i = start; i < messages.size(); ++i) {
            if (messages.at(i).value(QStringLiteral("type")).toString() == type) {
                if (from)
                    *from = i + 1;
                return messages.at(i);
            }
        }
        if (timer.elapsed() > ms)
            return {};
        QTest::qWait(5);
    }
}

void WsProbe::send(const QJsonObject &message)
{
    socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void WsProbe::sendText(const QString &text)
{
    socket.sendTextMessage(text);
}

QList<QJsonObject> WsProbe::ofType(const QString &type) const
{
    QList<QJsonObject> out;
    for (const QJsonObject &m : messages) {
        if (m.value(QStringLiteral("type")).toString() == type)
            out.append(m);
    }
    return out;
}

} // namespace cybos::test
