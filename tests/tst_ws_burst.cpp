// A burst of client messages sent in one go (one TCP write) while ticks flow: valid and
// malformed JSON, binary frames, big subscribes that wait for the feed, pings, each followed
// by a ping. Every message gets its answer, in the order sent; the socket never stalls.
#include "serverfixture.h"
#include "core/domain/ksttime.h"
#include <QTest>
#include <QTimer>

using namespace cybos;
using namespace cybos::test;

namespace {
QString code(int i)
{
    return QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'));
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct Expected {
    QString type;
    int id = -1;   // -1: the answer carries no id
};
// The burst: 400 mixed messages, each followed by a ping; *expected gets the answers in order.
QByteArray burstOf(QList<Expected> *expected)
{
    const auto obj = [](const char *op, int id) {
        return QJsonObject{{QStringLiteral("op"), QLatin1String(op)}, {QStringLiteral("id"), id}};
    };
    QByteArray burst = maskedFrame(1, R"({"op":"subscribe","codes":["000001"],"id":0})");
    expected->append({QStringLiteral("subscribed"), 0});
    for (int i = 1; i <= 400; ++i) {
        if (i % 5 == 0) {
            burst += maskedFrame(1, json(obj("list", i)));
            expected->append({QStringLiteral("subscribed"), i});
        } else if (i % 5 == 1) {
            burst += maskedFrame(1, R"({"op":"ping","id":)");
            expected->append({QStringLiteral("error")});
        } else if (i % 5 == 2) {
            burst += maskedFrame(2, QByteArray(300, '\x01'));
            expected->append({QStringLiteral("error")});
        } else if (i % 5 == 3) { // 100 codes, a window that moves: new codes for the feed every time
            QJsonArray codes;
            for (int c = 0; c < 100; ++c)
                codes.append(code(1 + (i + c) % 300));
            QJsonObject subscribe = obj("subscribe", i);
            subscribe.insert(QStringLiteral("codes"), codes);
            burst += maskedFrame(1, json(subscribe));
            expected->append({QStringLiteral("subscribed"), i});
        } else {
            burst += maskedFrame(1, json(obj("ping", i)));
            expected->append({QStringLiteral("pong"), i});
        }
        burst += maskedFrame(1, json(obj("ping", 100000 + i)));
        expected->append({QStringLiteral("pong"), 100000 + i});
    }
    return burst;
}

// Reads frames until `count` answers (messages other than hello and ticks) arrived, 60 s at most.
QList<QJsonObject> readAnswers(QTcpSocket *raw, qsizetype count, int *ticks)
{
    QList<QJsonObject> answers;
    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    while (answers.size() < count && timer.elapsed() < 60'000) {
        if (raw->bytesAvailable() == 0)
            QTest::qWait(5);
        buffer += raw->readAll();
        for (const WsRawFrame &frame : takeFrames(buffer)) {
            for (const QJsonValue &v : QJsonDocument::fromJson(frame.payload).array()) {
                const QString type = v.toObject().value(QStringLiteral("type")).toString();
                if (type == u"tick")
                    ++*ticks;
                else if (type != u"hello")
                    answers.append(v.toObject());
            }
        }
    }
    return answers;
}
} // namespace

class TestWsBurst : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageAnsweredInOrder()
    {
        ServerFixture f;
        StockList stocks;
        for (int i = 1; i <= 300; ++i)
            stocks.append(ServerFixture::stock(code(i), QStringLiteral("S%1").arg(i)));
        f.addStocks(stocks);
        f.services.setAnswerDelay(20); // each new watch waits for the feed; later messages queue
        int status = 0;
        auto raw = f.rawWebSocket(QStringLiteral("/ws"), {}, &status);
        QCOMPARE(status, 101);
        QList<Expected> expected;
        const QByteArray burst = burstOf(&expected);
        QTimer flow; // ticks flow all along
        connect(&flow, &QTimer::timeout, &f.bus, [&f] {
            for (int i = 0; i < 50; ++i)
                f.bus.publish(ServerFixture::tick(0, QStringLiteral("000001"), Kst::nowMs(), 1000 + i));
        });
        flow.start(5);
        raw->write(burst); // one write: the server reads many frames at a time
        int ticks = 0;
        const QList<QJsonObject> answers = readAnswers(raw.get(), expected.size(), &ticks);
        flow.stop();
        QCOMPARE(answers.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject &a = answers.at(i);
            const QString what = QStringLiteral("answer %1: %2").arg(i).arg(QString::fromUtf8(json(a)));
            QVERIFY2(a.value(QStringLiteral("type")).toString() == expected.at(i).type, qPrintable(what));
            QVERIFY2(expected.at(i).id < 0 || a.value(QStringLiteral("id")).toInt() == expected.at(i).id, qPrintable(what));
        }
        QVERIFY(ticks > 0);
        QCOMPARE(f.server().wsClients(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWsBurst)
#include "tst_ws_burst.moc"
