#pragma once
// The server's test fixture: an ApiServer on port 0 over a migrated temporary database, with
// FakeFeedServices (on the test's thread, standing in for the COM thread), a quote cache, a
// tick bus, a fixed status provider and an emulator control that records calls. Requests go
// over real sockets: QNetworkAccessManager, QWebSocket, or raw bytes for what QNAM would fix.
#include "core/log/eventlog.h"
#include "core/pipeline/quotecache.h"
#include "core/pipeline/seqsource.h"
#include "core/pipeline/tickbus.h"
#include "core/server/apiserver.h"
#include "core/server/emulatorcontrol.h"
#include "core/status/systemstatus.h"
#include "core/storage/barrepository.h"
#include "core/storage/database.h"
#include "fakefeedservices.h"
#include "tempdb.h"
#include "wsframes.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpSocket>
#include <QWebSocket>
#include <memory>

namespace cybos::test {

struct HttpResult {
    int status = 0;                               // 0: no answer
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const { return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(); }
    QByteArray header(const QByteArray &name) const;
};

// Waits for the reply (15 s at most) and takes its status, body and headers; deletes it later.
HttpResult replyResult(QNetworkReply *reply);

class FixedStatus : public StatusProvider
{
public:
    SystemStatus snapshot() const override { return status; }
    SystemStatus status;
};

class RecordingEmulator : public EmulatorControl
{
public:
    void disconnectFor(int ms) override { disconnects.append(ms); }
    void setTicksPerSecond(int n) override { rates.append(n); }
    QList<int> disconnects;
    QList<int> rates;
};

class CountingSeq : public SeqSource
{
public:
    qint64 next() override { return ++m_last; }
    qint64 lastIssued() const override { return m_last; }

private:
    qint64 m_last = 0;
};

struct FixtureSetup {
    QString apiKey;
    QStringList allowedOrigins;
    QStringList hostNames;
    QString bind = QStringLiteral("127.0.0.1");
    bool emulator = true;
    ServerOptions options;
};

class ServerFixture
{
public:
    explicit ServerFixture(FixtureSetup setup = {});
    ~ServerFixture();

    bool started() const { return m_server && m_server->isRunning(); }
    quint16 port() const { return m_server->port(); }
    QUrl url(const QString &pathAndQuery) const;
    ApiServer &server() { return *m_server; }

    using Headers = QList<QPair<QByteArray, QByteArray>>;
    HttpResult get(const QString &path, const Headers &headers = {});
    HttpResult post(const QString &path, const QByteArray &body, const Headers &headers = {});
    HttpResult del(const QString &path, const Headers &headers = {});
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body, const Headers &headers);
    // Bytes as given (the request line and headers are not corrected); the first response.
    HttpResult raw(const QByteArray &request);

    // A WebSocket handshake by hand (status of the answer in *status); the socket stays open
    // and nothing reads it: a client that neither reads nor answers pings.
    std::unique_ptr<QTcpSocket> rawWebSocket(const QString &pathAndQuery, const Headers &headers, int *status);
    // A raw /ws client subscribed to `code` (watched by the feed) that does not read: its
    // QTcpSocket takes 4 KiB, then the kernel buffers fill. Null if any step failed.
    std::unique_ptr<QTcpSocket> stalledSubscriber(const QString &code);

    // Data in the database (addStocks also fills the listing, as a code sync does).
    void addStocks(const StockList &stocks);
    void addTicks(const TickList &ticks);
    void addBars(const BarKey &key, const BarList &bars);
    static Stock stock(const QString &code, const QString &name, const QString &market = QStringLiteral("kospi"));
    static Tick tick(qint64 seq, const QString &code, qint64 timeMs, qint64 price);

    TempDb tmp;
    EventLog log;
    QuoteCache cache;
    CountingSeq seq;
    TickBus bus{&seq};
    FakeFeedServices services;
    FixedStatus status;
    RecordingEmulator emulator;

private:
    std::unique_ptr<Database> m_db;       // the test's read-write connection
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiServer> m_server;
};

// A WebSocket client that keeps every message the server sent (frames are arrays).
class WsProbe : public QObject
{
    Q_OBJECT
public:
    explicit WsProbe(const QUrl &url, const QNetworkRequest &extra = QNetworkRequest());
    bool waitConnected(int ms = 5000);
    bool waitClosed(int ms = 5000);
    // Waits until a message of this type arrived past index `from`; returns it (empty if none).
    QJsonObject waitFor(const QString &type, int ms = 5000, qsizetype *from = nullptr);
    void send(const QJsonObject &message);
    void sendText(const QString &text);
    QList<QJsonObject> ofType(const QString &type) const;

    QWebSocket socket;
    QList<QJsonObject> messages;
    QList<int> frameSizes;                // messages per frame
    bool closed = false;
    int closeCode = 0;
};

} // namespace cybos::test
