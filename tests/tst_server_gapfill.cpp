// The gap-filling calls (api.md: GET /api/ticks?since_seq=, GET /api/ticks/{code}) against a
// real storage writer that commits late: every tick a WebSocket client has seen is in the
// answer at once, in seq order, without duplicates, whether or not it was committed yet, and
// a client that reconnects and asks since the last seq it saw loses nothing.
#include "serverfixture.h"
#include "core/domain/ksttime.h"
#include "core/storage/storage.h"
#include <QTest>

using namespace cybos;
using namespace cybos::test;

namespace {
const QString kCode = QStringLiteral("005930");

QList<qint64> seqsOf(const QJsonArray &ticks)
{
    QList<qint64> out;
    for (const QJsonValue &t : ticks)
        out.append(t.toObject().value(QStringLiteral("seq")).toInteger());
    return out;
}

QList<qint64> range(qint64 first, qint64 last)
{
    QList<qint64> out;
    for (qint64 s = first; s <= last; ++s)
        out.append(s);
    return out;
}
} // namespace

class TestServerGapFill : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> f;
    std::unique_ptr<Storage> storage;

    void publish(int n)
    {
        for (int i = 0; i < n; ++i)
            f->bus.publish(ServerFixture::tick(0, kCode, Kst::nowMs(), 71000 + i));
        f->bus.flush();
    }

    void commit()
    {
        TickWriter *writer = storage->tickWriter();
        QMetaObject::invokeMethod(writer, [writer] { writer->flushAll(); }, Qt::BlockingQueuedConnection);
    }

    std::unique_ptr<WsProbe> subscriber()
    {
        auto ws = std::make_unique<WsProbe>(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(f->port())));
        if (!ws->waitConnected())
            return nullptr;
        ws->send({{QStringLiteral("op"), QStringLiteral("subscribe")}, {QStringLiteral("codes"), QJsonArray{kCode}}});
        return ws->waitFor(QStringLiteral("subscribed")).isEmpty() ? nullptr : std::move(ws);
    }

    // Every page of `path` (limit=… included) through its page tokens: the seqs served.
    QList<qint64> allPages(const QString &path)
    {
        QList<qint64> seqs;
        QString next = path;
        for (int page = 0; page < 1000; ++page) {
            const QJsonObject body = f->get(next).json();
            seqs += seqsOf(body.value(QStringLiteral("ticks")).toArray());
            const QString token = body.value(QStringLiteral("next_page_token")).toString();
            if (token.isEmpty())
                break;
            next = path + QStringLiteral("&page_token=") + token;
        }
        return seqs;
    }

    QList<qint64> allSince(qint64 since, int limit)
    {
        return allPages(QStringLiteral("/api/ticks?since_seq=%1&limit=%2").arg(since).arg(limit));
    }

    QList<qint64> allOfCode(int limit)
    {
        return allPages(QStringLiteral("/api/ticks/%1?limit=%2").arg(kCode).arg(limit));
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<ServerFixture>();
        QVERIFY(f->started());
        f->addStocks({ServerFixture::stock(kCode, QStringLiteral("삼성전자"))});
        // A writer that commits only when told (commit()): the window in which the socket is
        // ahead of the database stays open as long as the test needs.
        StorageOptions options;
        options.path = f->tmp.path();
        options.retentionDays = 0;
        options.batchRows = 100'000;
        options.flushIntervalMs = 600'000;
        storage = std::make_unique<Storage>(options);
        QVERIFY(storage->open());
        connect(&f->bus, &TickBus::ticksPublished, storage->tickWriter(), &TickWriter::submit, Qt::DirectConnection);
    }

    void cleanup()
    {
        storage.reset();
        f.reset();
    }

    void seenOnTheSocketIsInSinceSeqAtOnce()
    {
        auto ws = subscriber();
        QVERIFY(ws);
        publish(25);
        QTRY_COMPARE(ws->ofType(QStringLiteral("tick")).size(), 25);
        QCOMPARE(storage->committedSeq(), 0); // nothing committed yet
        QCOMPARE(allSince(0, 1000), range(1, 25));
        QCOMPARE(allSince(10, 1000), range(11, 25));
        QCOMPARE(allSince(25, 1000), QList<qint64>());
        QCOMPARE(allOfCode(1000), range(1, 25));
        // Committed later: the same answer, nothing twice.
        commit();
        QCOMPARE(storage->committedSeq(), 25);
        QCOMPARE(allSince(0, 1000), range(1, 25));
        QCOMPARE(allOfCode(1000), range(1, 25));
    }

    void pagesRunAcrossTheCommittedAndTheUncommitted()
    {
        publish(40);
        commit();
        QCOMPARE(storage->committedSeq(), 40);
        auto ws = subscriber();
        QVERIFY(ws);
        publish(33); // seq 41..73, not committed yet
        QTRY_COMPARE(ws->ofType(QStringLiteral("tick")).size(), 33);
        QCOMPARE(storage->committedSeq(), 40);
        QCOMPARE(allSince(0, 7), range(1, 73));
        QCOMPARE(allSince(37, 5), range(38, 73));
        QCOMPARE(allOfCode(7), range(1, 73));
        QCOMPARE(allOfCode(40), range(1, 73));
    }

    void aReconnectingClientLosesNothing()
    {
        auto first = subscriber();
        QVERIFY(first);
        publish(12);
        QTRY_COMPARE(first->ofType(QStringLiteral("tick")).size(), 12);
        const qint64 lastSeen = first->ofType(QStringLiteral("tick")).constLast().value(QStringLiteral("seq")).toInteger();
        first.reset(); // the socket is lost
        publish(9);    // published while the client is away
        auto second = subscriber();
        QVERIFY(second);
        const QList<qint64> filled = allSince(lastSeen, 1000);
        publish(4);
        QTRY_COMPARE(second->ofType(QStringLiteral("tick")).size(), 4);
        QList<qint64> seen = range(1, lastSeen) + filled;
        for (const QJsonObject &t : second->ofType(QStringLiteral("tick"))) {
            if (!seen.contains(t.value(QStringLiteral("seq")).toInteger()))
                seen.append(t.value(QStringLiteral("seq")).toInteger());
        }
        QCOMPARE(seen, range(1, 25));
    }
};

QTEST_GUILESS_MAIN(TestServerGapFill)
#include "tst_server_gapfill.moc"
