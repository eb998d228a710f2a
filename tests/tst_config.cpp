// Settings precedence (command line > environment > settings file > default) and bad values.
#include "core/config/configloader.h"
#include "tempdb.h"
#include <QSettings>
#include <QTest>

using namespace cybos;

class TestConfig : public QObject
{
    Q_OBJECT

    test::TempDb m_tmp;

    QString writeIni(const QMap<QString, QString> &values)
    {
        const QString path = m_tmp.dir() + QStringLiteral("/settings.ini");
        QFile::remove(path);
        QFile touch(path);
        touch.open(QIODevice::WriteOnly); // an empty settings file is still a settings file
        touch.close();
        QSettings s(path, QSettings::IniFormat);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            s.setValue(it.key(), it.value());
        s.sync();
        return path;
    }

    static ParseResult load(QStringList args, const QProcessEnvironment &env = {})
    {
        args.prepend(QStringLiteral("cybos-server"));
        return ConfigLoader::load(args, env);
    }

private Q_SLOTS:
    void defaults()
    {
        const auto r = load({QStringLiteral("--config"), writeIni({})});
        QCOMPARE(r.kind, ParseResult::Kind::Run);
        QCOMPARE(r.config.bind, QStringLiteral("127.0.0.1"));
        QCOMPARE(r.config.port, 8000);
        QCOMPARE(r.config.retentionDays, 30);
        QCOMPARE(r.config.emulatorRate, 200);
        QCOMPARE(r.config.emulatorClock, QStringLiteral("always-open"));
        QCOMPARE(r.config.logLevel, QStringLiteral("info"));
        QCOMPARE(r.config.onDisconnect, QStringLiteral("wait"));
        QCOMPARE(r.config.cybosRequest, QStringLiteral("async"));
        QVERIFY(r.config.dbPath.endsWith(QStringLiteral("cybos.db")));
        QVERIFY(r.config.command.isEmpty());
        // The memory bounds of docs/memory.md.
        QCOMPARE(r.config.tickBacklog, qint64(500'000));
        QCOMPARE(r.config.wsClientBufferKb, qint64(4096));
        QCOMPARE(r.config.wsBufferTotalMb, qint64(512));
    }

    void precedence()
    {
        const QString ini = writeIni({{QStringLiteral("port"), QStringLiteral("8100")},
                                      {QStringLiteral("log-level"), QStringLiteral("debug")},
                                      {QStringLiteral("retention-days"), QStringLiteral("7")}});
        QProcessEnvironment env;
        env.insert(QStringLiteral("API_PORT"), QStringLiteral("8200"));
        env.insert(QStringLiteral("LOG_LEVEL"), QStringLiteral("warning"));
        // file < env < command line
        auto r = load({QStringLiteral("--config"), ini, QStringLiteral("--port"), QStringLiteral("8300")}, env);
        QCOMPARE(r.kind, ParseResult::Kind::Run);
        QCOMPARE(r.config.port, 8300);
        QCOMPARE(r.config.logLevel, QStringLiteral("warning"));
        QCOMPARE(r.config.retentionDays, 7);
        r = load({QStringLiteral("--config"), ini}, env);
        QCOMPARE(r.config.port, 8200);
        r = load({QStringLiteral("--config"), ini});
        QCOMPARE(r.config.port, 8100);
        QCOMPARE(r.config.logLevel, QStringLiteral("debug"));
    }

    void environmentNames()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DATABASE_PATH"), m_tmp.dir() + QStringLiteral("/x.db"));
        env.insert(QStringLiteral("API_HOST"), QStringLiteral("127.0.0.2"));
        env.insert(QStringLiteral("REMOTE_SERVER_URL"), QStringLiteral("ws://127.0.0.1:9000/ws/ingest"));
        env.insert(QStringLiteral("REMOTE_API_KEY"), QStringLiteral("rk"));
        env.insert(QStringLiteral("API_KEY"), QStringLiteral("k"));
        env.insert(QStringLiteral("LOG_FILE"), QStringLiteral("/tmp/x.log"));
        const auto r = load({QStringLiteral("--config"), writeIni({})}, env);
        QCOMPARE(r.kind, ParseResult::Kind::Run);
        QCOMPARE(r.config.dbPath, m_tmp.dir() + QStringLiteral("/x.db"));
        QCOMPARE(r.config.bind, QStringLiteral("127.0.0.2"));
        QCOMPARE(r.config.remoteUrl, QStringLiteral("ws://127.0.0.1:9000/ws/ingest"));
        QCOMPARE(r.config.remoteKey, QStringLiteral("rk"));
        QCOMPARE(r.config.apiKey, QStringLiteral("k"));
        QCOMPARE(r.config.logFile, QStringLiteral("/tmp/x.log"));
    }

    void subscribeCodes()
    {
        auto r = load({QStringLiteral("--config"), writeIni({}), QStringLiteral("--subscribe"), QStringLiteral("A005930, 000660,005930")});
        QCOMPARE(r.kind, ParseResult::Kind::Run);
        QCOMPARE(r.config.subscribe, (QStringList{QStringLiteral("005930"), QStringLiteral("000660")}));
        r = load({QStringLiteral("--config"), writeIni({}), QStringLiteral("--subscribe"), QStringLiteral("KOSPI200")});
        QCOMPARE(r.config.subscribe, QStringList{QStringLiteral("kospi200")});
        QVERIFY(r.config.instanceId.isEmpty()); // the database's stable id
        r = load({QStringLiteral("--config"), writeIni({}), QStringLiteral("--instance-id"), QStringLiteral("pc-a_2")});
        QCOMPARE(r.kind, ParseResult::Kind::Run);
        QCOMPARE(r.config.instanceId, QStringLiteral("pc-a_2"));
    }

    void cybosModes()
    {
        auto r = load({QStringLiteral("--config"), writeIni({}), QStringLiteral("--on-disconnect"), QStringLiteral("restart"),
                       QStringLiteral("--cybos-request"), QStringLiteral("block")});
        QCOMPARE(r.kind, ParseResult::Kind::Run);
        QCOMPARE(r.config.onDisconnect, QStringLiteral("restart"));
        QCOMPARE(r.config.cybosRequest, QStringLiteral("block"));
        // The settings file takes the option names as keys; the command line still wins.
        const QString ini = writeIni({{QStringLiteral("on-disconnect"), QStringLiteral("restart")},
                                      {QStringLiteral("cybos-request"), QStringLiteral("block")}});
        r = load({QStringLiteral("--config"), ini, QStringLiteral("--cybos-request"), QStringLiteral("async")});
        QCOMPARE(r.kind, ParseResult::Kind::Run);
        QCOMPARE(r.config.onDisconnect, QStringLiteral("restart"));
        QCOMPARE(r.config.cybosRequest, QStringLiteral("async"));
        r = load({QStringLiteral("--config"), writeIni({{QStringLiteral("on-disconnect"), QStringLiteral("reboot")}})});
        QCOMPARE(r.kind, ParseResult::Kind::Fail);
        QCOMPARE(r.text, QStringLiteral("--on-disconnect: 'reboot' is not one of wait, restart"));
    }

    // --relay-key (RELAY_KEY) reaches the relay's NATS consumer; a .creds path is checked.
    void relayKey()
    {
        const QStringList relay{QStringLiteral("--config"), writeIni({}), QStringLiteral("--backend"), QStringLiteral("relay"),
                                QStringLiteral("--relay-from"), QStringLiteral("nats://h:4222/S")};
        QProcessEnvironment env;
        env.insert(QStringLiteral("RELAY_KEY"), QStringLiteral("s3cret"));
        auto r = load(relay, env);
        QCOMPARE(r.kind, ParseResult::Kind::Run);
        QCOMPARE(r.config.relayKey, QStringLiteral("s3cret"));
        QVERIFY(r.config.remoteKey.isEmpty());
        r = load(relay + QStringList{QStringLiteral("--relay-key"), QStringLiteral("/nonexistent/r.creds")});
        QCOMPARE(r.kind, ParseResult::Kind::Fail);
        QCOMPARE(r.text, QStringLiteral("--relay-from: 'nats://h:4222/S' NATS credentials file /nonexistent/r.creds cannot be read"));
        // Credentials twice (a token in the URL and a key): which one would nats.c use? Refused.
        r = load({QStringLiteral("--config"), writeIni({}), QStringLiteral("--backend"), QStringLiteral("relay"), QStringLiteral("--relay-from"),
                  QStringLiteral("nats://t0ken@h:4222/S"), QStringLiteral("--relay-key"), QStringLiteral("s3cret")});
        QCOMPARE(r.kind, ParseResult::Kind::Fail);
        QCOMPARE(r.text, QStringLiteral("--relay-from: 'nats://h:4222/S' NATS URL nats://h:4222/S has credentials in it and a key is given as well: give one"));
        // Without --relay-from a key (a shared RELAY_KEY) is ignored, like REMOTE_API_KEY without --remote.
        r = load({QStringLiteral("--config"), writeIni({})}, env);
        QCOMPARE(r.kind, ParseResult::Kind::Run);
        QVERIFY(r.config.relayFrom.isEmpty());
    }

    void commands()
    {
        auto r = load({QStringLiteral("--config"), writeIni({}), QStringLiteral("probe")});
        QCOMPARE(r.kind, ParseResult::Kind::Run);
        QCOMPARE(r.config.command, QStringLiteral("probe"));
        r = load({QStringLiteral("--config"), writeIni({}), QStringLiteral("com"), QStringLiteral("DsCbo1.StockMst"),
                  QStringLiteral("--input"), QStringLiteral("0=A005930"), QStringLiteral("--block-request")});
        QCOMPARE(r.kind, ParseResult::Kind::Run);
        QCOMPARE(r.config.command, QStringLiteral("com"));
        QCOMPARE(r.config.commandArgs.first(), QStringLiteral("DsCbo1.StockMst"));
    }

    void badValues_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mention");
        QTest::newRow("backend") << QStringList{QStringLiteral("--backend"), QStringLiteral("kiwoom")} << "--backend";
        QTest::newRow("port high") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")} << "--port";
        QTest::newRow("port text") << QStringList{QStringLiteral("--port"), QStringLiteral("http")} << "--port";
        QTest::newRow("port negative") << QStringList{QStringLiteral("--port"), QStringLiteral("-1")} << "--port";
        QTest::newRow("bind") << QStringList{QStringLiteral("--bind"), QStringLiteral("localhost:80")} << "--bind";
        QTest::newRow("bind public no key") << QStringList{QStringLiteral("--bind"), QStringLiteral("0.0.0.0")} << "--api-key";
        QTest::newRow("log level") << QStringList{QStringLiteral("--log-level"), QStringLiteral("loud")} << "--log-level";
        QTest::newRow("rate") << QStringList{QStringLiteral("--emulator-rate"), QStringLiteral("0")} << "--emulator-rate";
        QTest::newRow("clock") << QStringList{QStringLiteral("--emulator-clock"), QStringLiteral("nyse")} << "--emulator-clock";
        QTest::newRow("on-disconnect") << QStringList{QStringLiteral("--on-disconnect"), QStringLiteral("exit")} << "--on-disconnect: 'exit' is not one of wait, restart";
        QTest::newRow("cybos-request") << QStringList{QStringLiteral("--cybos-request"), QStringLiteral("sync")} << "--cybos-request: 'sync' is not one of async, block";
        QTest::newRow("retention") << QStringList{QStringLiteral("--retention-days"), QStringLiteral("0")} << "--retention-days";
        QTest::newRow("tick backlog") << QStringList{QStringLiteral("--tick-backlog"), QStringLiteral("100")} << "--tick-backlog";
        QTest::newRow("ws buffer") << QStringList{QStringLiteral("--ws-client-buffer-kb"), QStringLiteral("1e6")} << "--ws-client-buffer-kb";
        QTest::newRow("ws total 32-bit") << QStringList{QStringLiteral("--ws-buffer-total-mb"), QStringLiteral("4096")} << "--ws-buffer-total-mb";
        QTest::newRow("remote") << QStringList{QStringLiteral("--remote"), QStringLiteral("ftp://x")} << "--remote";
        QTest::newRow("nats no stream") << QStringList{QStringLiteral("--remote"), QStringLiteral("nats://127.0.0.1:4222")} << "--remote";
        QTest::newRow("nats prefix") << QStringList{QStringLiteral("--remote"), QStringLiteral("nats://h/S"), QStringLiteral("--nats-prefix"), QStringLiteral("a..b")} << "subject prefix";
        QTest::newRow("nats creds missing") << QStringList{QStringLiteral("--remote"), QStringLiteral("tls://h/S"), QStringLiteral("--remote-key"), QStringLiteral("/nonexistent/u.creds")} << "credentials file /nonexistent/u.creds cannot be read";
        QTest::newRow("nats token twice") << QStringList{QStringLiteral("--remote"), QStringLiteral("nats://t0ken@h/S"), QStringLiteral("--remote-key"), QStringLiteral("k")} << "has credentials in it and a key is given as well";
        QTest::newRow("nats ca missing") << QStringList{QStringLiteral("--remote"), QStringLiteral("tls://h/S"), QStringLiteral("--nats-ca"), QStringLiteral("/nonexistent/ca.pem")} << "--nats-ca";
        QTest::newRow("nats create") << QStringList{QStringLiteral("--nats-create-stream"), QStringLiteral("maybe")} << "--nats-create-stream";
        QTest::newRow("relay-from needs relay") << QStringList{QStringLiteral("--relay-from"), QStringLiteral("nats://h:4222/S")} << "--relay-from";
        QTest::newRow("subscribe") << QStringList{QStringLiteral("--subscribe"), QStringLiteral("005930,XYZ")} << "--subscribe";
        QTest::newRow("instance id dot") << QStringList{QStringLiteral("--instance-id"), QStringLiteral("pc.a")} << "--instance-id";
        QTest::newRow("instance id long") << QStringList{QStringLiteral("--instance-id"), QString(65, u'a')} << "--instance-id";
        QTest::newRow("lang") << QStringList{QStringLiteral("--lang"), QStringLiteral("jp")} << "--lang";
        QTest::newRow("replay no source") << QStringList{QStringLiteral("--backend"), QStringLiteral("replay")} << "--replay-from";
        QTest::newRow("db is a dir") << QStringList{QStringLiteral("--db"), QStringLiteral("/")} << "--db";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << "frobnicate";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("serve-forever")} << "serve-forever";
        QTest::newRow("missing value") << QStringList{QStringLiteral("--port")} << "port";
    }
    void badValues()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mention);
        args.prepend(writeIni({}));
        args.prepend(QStringLiteral("--config"));
        const auto r = load(args);
        QCOMPARE(r.kind, ParseResult::Kind::Fail);
        QVERIFY2(r.text.contains(mention), qPrintable(r.text));
        QVERIFY(!r.text.contains(u'\n'));
    }

    void badFileValue()
    {
        const auto r = load({QStringLiteral("--config"), writeIni({{QStringLiteral("port"), QStringLiteral("eighty")}})});
        QCOMPARE(r.kind, ParseResult::Kind::Fail);
        QVERIFY(r.text.contains(QStringLiteral("--port")));
    }

    void helpAndVersion()
    {
        auto r = load({QStringLiteral("--version")});
        QCOMPARE(r.kind, ParseResult::Kind::Version);
        QVERIFY(r.text.startsWith(QStringLiteral("cybos-server ")));
        r = load({QStringLiteral("--help")});
        QCOMPARE(r.kind, ParseResult::Kind::Help);
        QVERIFY(r.text.contains(QStringLiteral("--emulator-rate")));
        QVERIFY(r.text.contains(QStringLiteral("--on-disconnect <mode>")));
        QVERIFY(r.text.contains(QStringLiteral("--cybos-request <mode>")));
        QVERIFY(r.text.contains(QStringLiteral("DATABASE_PATH")));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
