// The route of a tick as the composition root wires it (app/runtimeticks.cpp), in process: a
// Runtime on the emulator with a Desktop connected the way the tray application connects it.
// Each consumer must see the emulator's ticks: storage commits them, the quote cache holds the
// code, a WebSocket client of the real server receives them, the desktop's grid and tape fill.
// Then it shuts down in the GUI's order: the runtime first, the desktop after.
#include "app/gui.h"
#include "app/runtime.h"
#include "core/config/configloader.h"
#include "core/log/eventlog.h"
#include "core/pipeline/quotecache.h"
#include "core/status/systemstatus.h"
#include "patience.h"
#include "tempdb.h"
#include "ui/desktop.h"
#include "ui/livemodels.h"
#include "ui/tickcoalescer.h"
#include "ui/tickmodel.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

using namespace cybos;

namespace {

// Counts the ticks a WebSocket client receives; subscribes again until the server knows the
// code (the code sync runs after start-up).
class WsWatcher : public QObject
{
public:
    explicit WsWatcher(const QString &baseUrl)
    {
        connect(&m_socket, &QWebSocket::connected, this, [this] { subscribe(); });
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
                const QString type = v[QStringLiteral("type")].toString();
                if (type == u"tick" && v[QStringLiteral("code")].toString() == u"005930")
                    ++m_ticks;
                else if (type == u"error" || (type == u"subscribed" && v[QStringLiteral("codes")].toArray().isEmpty()))
                    QTimer::singleShot(200, this, [this] { subscribe(); });
            }
        });
        QString url = baseUrl;
        m_socket.open(QUrl(url.replace(QStringLiteral("http://"), QStringLiteral("ws://")) + QStringLiteral("/ws")));
    }
    int ticks() const { return m_ticks; }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

private:
    void subscribe() { m_socket.sendTextMessage(QStringLiteral(R"({"op":"subscribe","codes":["005930"],"id":1})")); }

    QWebSocket m_socket;
    int m_ticks = 0;
};

} // namespace

class TestTickRoute : public QObject
{
    Q_OBJECT

    test::TempDb m_tmp;
    EventLog m_log;

    Config config() const
    {
        const ParseResult parsed = ConfigLoader::load(
            {QStringLiteral("cybos-server"), QStringLiteral("--headless"), QStringLiteral("--backend"),
             QStringLiteral("emulator"), QStringLiteral("--emulator-rate"), QStringLiteral("2000"),
             QStringLiteral("--emulator-clock"), QStringLiteral("always-open"), QStringLiteral("--port"),
             QStringLiteral("0"), QStringLiteral("--db"), m_tmp.path(), QStringLiteral("--subscribe"),
             QStringLiteral("005930,000660")},
            QProcessEnvironment());
        if (parsed.kind != ParseResult::Kind::Run)
            qFatal("tickroute: %s", qPrintable(parsed.text));
        Config config = parsed.config;
        config.configFile = m_tmp.dir() + QStringLiteral("/settings.ini"); // the desktop saves its layout there
        return config;
    }

private Q_SLOTS:
    void everyConsumerTakesTheTicks()
    {
        Runtime runtime(config(), &m_log);
        const Status started = runtime.start();
        QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
        WsWatcher ws(runtime.apiBaseUrl());
        auto desktop = std::make_unique<Desktop>(desktopContext(runtime, nullptr));
        runtime.connectDesktop(desktop.get());
        QSignalSpy flushed(desktop->models()->coalescer(), &TickCoalescer::flushed);
        const int wait = test::patient(30000);
        QVERIFY2(QTest::qWaitFor([&] { return ws.ticks() > 0 && desktop->models()->ticks()->rowCount() > 0; }, wait),
                 qPrintable(QStringLiteral("ws ticks %1, tape rows %2").arg(ws.ticks()).arg(desktop->models()->ticks()->rowCount())));
        QVERIFY(!flushed.isEmpty());
        QVERIFY(runtime.quotes()->latest(QStringLiteral("005930")).has_value());
        QVERIFY(QTest::qWaitFor([&] { return runtime.status()->snapshot().database.committedSeq > 0; }, wait));
        // The GUI's order (app/gui.cpp): once the event loop is over, the runtime shuts down while
        // the desktop lives (the last flush still reaches it), then the desktop goes; the server
        // has closed its WebSocket clients.
        runtime.shutdown();
        desktop.reset();
        QVERIFY(runtime.apiBaseUrl().isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return !ws.isOpen(); }, wait));
    }
};

QTEST_MAIN(TestTickRoute)
#include "tst_tickroute.moc"
