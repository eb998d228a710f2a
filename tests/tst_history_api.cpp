// Weekly and monthly history through the REST API on the whole services stack (FakeFeed):
// the feed is asked for daily bars only, the 1w/1mo bars are built from them (first open,
// highest high, lowest low, last close, sums; dated by the period's last trading day), pages
// join up, and a second identical call makes no feed request.
#include "core/server/apiserver.h"
#include "serverfixture.h"
#include "servicesrig.h"

using namespace cybos;
using namespace cybos::test;

namespace {
// The expected bars, computed here from the fake feed's daily bars: trading days are weekdays.
BarList expected(const QString &code, Interval interval, QDate from, QDate today)
{
    BarList out;
    QDate start = interval == Interval::Week ? from.addDays(1 - from.dayOfWeek()) : QDate(from.year(), from.month(), 1);
    while (start <= today) {
        const QDate next = interval == Interval::Week ? start.addDays(7) : start.addMonths(1);
        std::optional<Bar> bar;
        for (QDate d = start; d < next && d <= today; d = d.addDays(1)) {
            if (d.dayOfWeek() > 5)
                continue;
            const Bar b = FakeFeed::barAt(code, Kst::toEpochMs(d), true);
            if (!bar) {
                bar = b;
                continue;
            }
            *bar = Bar{b.timeMs, bar->open, std::max(bar->high, b.high), std::min(bar->low, b.low), b.close,
                       bar->volume + b.volume, bar->value + b.value};
        }
        if (bar && Kst::dateOf(bar->timeMs) >= from)
            out.append(*bar);
        start = next;
    }
    return out;
}

BarList barsOf(const QJsonObject &body)
{
    BarList out;
    for (const QJsonValue &v : body.value(QLatin1String("bars")).toArray()) {
        const QJsonObject b = v.toObject();
        out.append(Bar{Kst::parse(b.value(QLatin1String("time")).toString()).value(), b.value(QLatin1String("open")).toInteger(),
                       b.value(QLatin1String("high")).toInteger(), b.value(QLatin1String("low")).toInteger(),
                       b.value(QLatin1String("close")).toInteger(), b.value(QLatin1String("volume")).toInteger(),
                       b.value(QLatin1String("value")).toInteger()});
    }
    return out;
}
} // namespace

class TestHistoryApi : public QObject
{
    Q_OBJECT

    ServicesRig m_rig;
    CountingSeq m_seq;
    TickBus m_bus{&m_seq};
    FixedStatus m_status;
    std::unique_ptr<ApiServer> m_server;
    QNetworkAccessManager m_network;

    HttpResult get(const QString &path)
    {
        return replyResult(m_network.get(QNetworkRequest(QUrl(m_server->address() + path))));
    }
    // Every page of a history query, joined.
    BarList allPages(const QString &query, int *pages)
    {
        BarList bars;
        QString token;
        for (*pages = 0; *pages < 50; ++*pages) {
            const HttpResult r = get(query + (token.isEmpty() ? QString() : QStringLiteral("&page_token=") + token));
            if (r.status != 200)
                return {};
            bars += barsOf(r.json());
            token = QString::fromLatin1(QUrl::toPercentEncoding(r.json().value(QLatin1String("next_page_token")).toString()));
            if (token.isEmpty()) {
                ++*pages;
                return bars;
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        ServerDeps deps;
        deps.config.port = 0;
        deps.services = m_rig.hub.get();
        deps.status = &m_status;
        deps.quotes = &m_rig.cache;
        deps.tickBus = &m_bus;
        deps.dbPath = m_rig.tmp.path();
        m_server = std::make_unique<ApiServer>(deps);
        QVERIFY(m_server->start().ok());
    }
    void cleanupTestCase() { m_server.reset(); }

    void weeksAndMonthsFromDailyBars_data()
    {
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("daysBack");
        QTest::newRow("1w") << int(Interval::Week) << 75;
        QTest::newRow("1mo") << int(Interval::Month) << 200;
    }
    void weeksAndMonthsFromDailyBars()
    {
        QFETCH(int, interval);
        QFETCH(int, daysBack);
        const QString code = m_rig.feed.stocks().at(3 + interval).code;
        const QDate from = m_rig.today().addDays(-daysBack);
        const QString query = QStringLiteral("/api/prices/%1/history?interval=%2&from=%3&limit=4")
                                  .arg(code, intervalName(Interval(interval)), from.toString(Qt::ISODate));
        int pages = 0;
        const BarList bars = allPages(query, &pages);
        const BarList want = expected(code, Interval(interval), from, m_rig.today());
        QVERIFY(want.size() >= 3);
        QCOMPARE(bars, want);
        QCOMPARE(pages, int(want.size() + 3) / 4);
        // The database holds daily bars only, for whole periods (the first one before `from`).
        const auto stored = BarRepository(m_rig.db()).coverage(BarKey{code, Interval::Day, true});
        const QDate periodStart = Interval(interval) == Interval::Week ? from.addDays(1 - from.dayOfWeek())
                                                                       : QDate(from.year(), from.month(), 1);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(Kst::dateOf(stored->first().fromMs), periodStart);
        QVERIFY(!BarRepository(m_rig.db()).coverage(BarKey{code, Interval(interval), true})->size());
        // The same call again: no feed request.
        const qint64 requests = m_rig.feed.requests();
        QVERIFY(requests > 0);
        QCOMPARE(allPages(query, &pages), want);
        QCOMPARE(m_rig.feed.requests(), requests);
    }
};

QTEST_GUILESS_MAIN(TestHistoryApi)
#include "tst_history_api.moc"
