// The REST endpoints of api.md, each with its answers, against a real server on port 0.
#include "serverfixture.h"
#include "core/domain/ksttime.h"
#include <QTest>

using namespace cybos;
using namespace cybos::test;

class TestServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> f;

    static Quote quoteOf(const QString &code, qint64 price)
    {
        Quote q;
        q.code = code;
        q.name = QStringLiteral("name ") + code;
        q.timeMs = Kst::nowMs();
        q.price = price;
        q.prevClose = 70000;
        q.change = price - 70000;
        return q;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<ServerFixture>();
        QVERIFY(f->started());
        f->addStocks({ServerFixture::stock(QStringLiteral("005930"), QStringLiteral("삼성전자")),
                      ServerFixture::stock(QStringLiteral("000660"), QStringLiteral("SK하이닉스")),
                      ServerFixture::stock(QStringLiteral("035720"), QStringLiteral("카카오"), QStringLiteral("kosdaq"))});
    }
    void cleanup() { f.reset(); }

    void health()
    {
        const auto r = f->get(QStringLiteral("/api/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{\"status\":\"ok\"}"));
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    }

    void status()
    {
        f->get(QStringLiteral("/api/health"));
        const auto r = f->get(QStringLiteral("/api/status"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("backend")).toString(), QStringLiteral("emulator"));
        QCOMPARE(o.value(QStringLiteral("database")).toObject().value(QStringLiteral("committed_seq")).toInt(), 4242);
        QCOMPARE(o.value(QStringLiteral("server")).toObject().value(QStringLiteral("ws_clients")).toInt(), 0);
        QVERIFY(o.value(QStringLiteral("server")).toObject().value(QStringLiteral("http_requests")).toInt() >= 1);
        for (const char *key : {"version", "uptime_s", "feed", "budget", "database", "server", "forwarder"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        const QJsonObject requests = o.value(QStringLiteral("budget")).toObject().value(QStringLiteral("requests")).toObject();
        for (const char *key : {"remaining", "limit", "window_ms", "reset_in_ms", "queued"})
            QVERIFY2(requests.contains(QLatin1String(key)), key);
    }

    void metrics()
    {
        f->get(QStringLiteral("/api/stocks/005930"));
        f->get(QStringLiteral("/api/stocks/999999"));
        const auto r = f->get(QStringLiteral("/metrics"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("text/plain"));
        QVERIFY(r.body.contains("cybos_http_requests_total{route=\"/api/stocks/{code}\",status=\"200\"} 1"));
        QVERIFY(r.body.contains("cybos_http_requests_total{route=\"/api/stocks/{code}\",status=\"404\"} 1"));
        QVERIFY(r.body.contains("cybos_http_request_duration_seconds_bucket{route=\"/api/stocks/{code}\",le=\"+Inf\"} 2"));
        QVERIFY(r.body.contains("cybos_database_committed_seq 4242"));
        QVERIFY(r.body.contains("cybos_budget_queued{priority=\"backfill\"}"));
        QVERIFY(r.body.contains("cybos_ws_ticks_sent_total 0"));
        QVERIFY(r.body.contains("cybos_ticks_received_total 0"));
        QVERIFY(r.body.contains("cybos_ticks_stored_total 4200"));
    }

    void stocksListFiltersAndPages()
    {
        auto r = f->get(QStringLiteral("/api/stocks?market=kospi&limit=1"));
        QCOMPARE(r.status, 200);
        QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("items")).toArray().size(), 1);
        QCOMPARE(o.value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("000660"));
        const QString token = o.value(QStringLiteral("next_page_token")).toString();
        QVERIFY(!token.isEmpty());
        r = f->get(QStringLiteral("/api/stocks?market=kospi&limit=1&page_token=") + QString::fromLatin1(QUrl::toPercentEncoding(token)));
        o = r.json();
        QCOMPARE(o.value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("005930"));
        QVERIFY(o.value(QStringLiteral("next_page_token")).isNull());

        r = f->get(QStringLiteral("/api/stocks?q=%EC%B9%B4%EC%B9%B4")); // 카카
        QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), 1);
        // An initial consonant, ranked by the matcher: 삼성전자 starts with ㅅ, SK하이닉스 holds 스.
        r = f->get(QStringLiteral("/api/stocks?q=") + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("ㅅ"))));
        QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), 2);
        const QJsonArray ranked = r.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(ranked.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("005930"));
        QCOMPARE(ranked.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("000660"));
        r = f->get(QStringLiteral("/api/stocks?market=kospi&market=kosdaq"));
        QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), 3);
    }

    void stocksCsv()
    {
        const auto r = f->get(QStringLiteral("/api/stocks?format=csv&limit=2"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("text/csv; charset=utf-8"));
        const QList<QByteArray> lines = r.body.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith("code,name,market,section,kospi200"));
        QVERIFY(lines.at(1).startsWith("000660,SK하이닉스,kospi"));
        QVERIFY(!r.header("x-next-page-token").isEmpty());
    }

    void stockByCode()
    {
        auto r = f->get(QStringLiteral("/api/stocks/A005930"));
        QCOMPARE(r.status, 200);
        const QJsonObject s = r.json();
        QCOMPARE(s.value(QStringLiteral("code")).toString(), QStringLiteral("005930"));
        QCOMPARE(s.value(QStringLiteral("name")).toString(), QStringLiteral("삼성전자"));
        QVERIFY(s.value(QStringLiteral("listed_date")).isNull());
        QVERIFY(s.value(QStringLiteral("par_price")).isNull());
        QCOMPARE(s.value(QStringLiteral("prev_close")).toInt(), 70000);
        r = f->get(QStringLiteral("/api/stocks/123456"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("unknown_code"));
        r = f->get(QStringLiteral("/api/stocks/BANANA"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_code"));
    }

    void syncAndJobs()
    {
        auto r = f->post(QStringLiteral("/api/stocks/sync"), {});
        QCOMPARE(r.status, 202);
        const QJsonObject job = r.json().value(QStringLiteral("job")).toObject();
        QCOMPARE(job.value(QStringLiteral("kind")).toString(), QStringLiteral("code_sync"));
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QVERIFY(job.value(QStringLiteral("progress")).toObject().contains(QStringLiteral("total")));
        r = f->post(QStringLiteral("/api/stocks/sync"), {});
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("job_running"));
        QCOMPARE(r.json().value(QStringLiteral("job")).toObject().value(QStringLiteral("id")), job.value(QStringLiteral("id")));

        const QString id = QString::number(job.value(QStringLiteral("id")).toInt());
        f->services.finishJob(id.toLongLong());
        r = f->get(QStringLiteral("/api/jobs/") + id);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QVERIFY(r.json().value(QStringLiteral("finished_at")).toString().endsWith(QStringLiteral("+09:00")));
        QCOMPARE(f->get(QStringLiteral("/api/jobs/999")).errorCode(), QStringLiteral("unknown_job"));
        QCOMPARE(f->get(QStringLiteral("/api/jobs/abc")).status, 400);
    }

    void priceSnapshotAndCache()
    {
        f->services.setQuote(quoteOf(QStringLiteral("005930"), 71000));
        auto r = f->get(QStringLiteral("/api/prices/005930"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("price")).toInt(), 71000);
        QCOMPARE(r.json().value(QStringLiteral("source")).toString(), QStringLiteral("snapshot"));
        QCOMPARE(f->services.quoteCalls, 1);

        // Subscribed and in the realtime cache: no feed request.
        f->get(QStringLiteral("/api/health"));
        QCOMPARE(f->post(QStringLiteral("/api/subscriptions"), R"({"codes":["005930"]})").status, 200);
        f->cache.applyTicks({ServerFixture::tick(1, QStringLiteral("005930"), Kst::nowMs(), 72000)});
        r = f->get(QStringLiteral("/api/prices/005930"));
        QCOMPARE(r.json().value(QStringLiteral("price")).toInt(), 72000);
        QCOMPARE(r.json().value(QStringLiteral("source")).toString(), QStringLiteral("realtime"));
        QCOMPARE(f->services.quoteCalls, 1);
        // fresh=true forces a snapshot.
        r = f->get(QStringLiteral("/api/prices/005930?fresh=true"));
        QCOMPARE(r.json().value(QStringLiteral("source")).toString(), QStringLiteral("snapshot"));
        QCOMPARE(f->services.quoteCalls, 2);
        QCOMPARE(f->services.callThreads, QSet<QThread *>{QThread::currentThread()});
    }

    void priceBudgetAndFeedErrors()
    {
        f->services.setQuote(quoteOf(QStringLiteral("005930"), 71000));
        f->services.exhaustBudget(7300);
        auto r = f->get(QStringLiteral("/api/prices/005930"));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorCode(), QStringLiteral("budget_exhausted"));
        QCOMPARE(r.header("retry-after"), QByteArray("8"));
        QCOMPARE(f->get(QStringLiteral("/api/prices/005930?max_wait_ms=10000")).status, 200);
        f->services.refillBudget();
        QCOMPARE(f->get(QStringLiteral("/api/prices/999999")).errorCode(), QStringLiteral("unknown_code"));
        f->services.setConnected(false);
        r = f->get(QStringLiteral("/api/prices/005930"));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.errorCode(), QStringLiteral("feed_disconnected"));
        // With something cached, a disconnected feed still answers (age_ms says how old).
        f->cache.putSnapshot(quoteOf(QStringLiteral("005930"), 70500));
        r = f->get(QStringLiteral("/api/prices/005930"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("price")).toInt(), 70500);
    }

    void priceBatchWithTheFeedDownAnswersWhatIsStreamed()
    {
        // api.md: 503 only when the feed is down and nothing is cached; a realtime quote in
        // hand makes a partial answer, the rest listed as missing.
        f->get(QStringLiteral("/api/health"));
        QCOMPARE(f->post(QStringLiteral("/api/subscriptions"), R"({"codes":["005930"]})").status, 200);
        f->cache.applyTicks({ServerFixture::tick(1, QStringLiteral("005930"), Kst::nowMs(), 72000)});
        f->services.setConnected(false);
        auto r = f->get(QStringLiteral("/api/prices?codes=005930,000660"));
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("price")).toInt(), 72000);
        QCOMPARE(r.json().value(QStringLiteral("missing")).toArray(), QJsonArray{QStringLiteral("000660")});
        r = f->get(QStringLiteral("/api/prices?codes=000660"));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.errorCode(), QStringLiteral("feed_disconnected"));
    }

    void priceWaitsForASlowFeed()
    {
        f->services.setQuote(quoteOf(QStringLiteral("005930"), 71000));
        f->services.setAnswerDelay(100);
        const auto r = f->get(QStringLiteral("/api/prices/005930"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("price")).toInt(), 71000);
    }

    void priceBatch()
    {
        f->services.setQuote(quoteOf(QStringLiteral("005930"), 71000));
        f->services.setQuote(quoteOf(QStringLiteral("000660"), 150000));
        auto r = f->get(QStringLiteral("/api/prices?codes=000660,A005930,123456"));
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("000660"));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("005930"));
        QCOMPARE(r.json().value(QStringLiteral("missing")).toArray(), QJsonArray{QStringLiteral("123456")});
        QCOMPARE(f->services.quotesCalls, 1);
        r = f->get(QStringLiteral("/api/prices?codes=005930&format=csv"));
        QVERIFY(r.body.startsWith("code,name,time,price"));
        QStringList many;
        for (int i = 0; i < 401; ++i)
            many.append(QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0')));
        QCOMPARE(f->get(QStringLiteral("/api/prices?codes=") + many.join(u',')).errorCode(), QStringLiteral("invalid_parameter"));
        QCOMPARE(f->get(QStringLiteral("/api/prices")).status, 400);
    }

    void orderBook()
    {
        OrderBook book;
        book.code = QStringLiteral("005930");
        book.timeMs = Kst::nowMs();
        for (int i = 0; i < 10; ++i) {
            book.asks[size_t(i)] = {71100 + i * 100, 10 + i};
            book.bids[size_t(i)] = {71000 - i * 100, 20 + i};
        }
        book.totalAskQty = 145;
        f->services.setOrderBook(book);
        const auto r = f->get(QStringLiteral("/api/orderbook/005930"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("asks")).toArray().size(), 10);
        QCOMPARE(r.json().value(QStringLiteral("bids")).toArray().at(9).toObject().value(QStringLiteral("price")).toInt(), 70100);
        QCOMPARE(r.json().value(QStringLiteral("total_ask_qty")).toInt(), 145);
        QCOMPARE(f->get(QStringLiteral("/api/orderbook/000660")).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
