// `cybos-server com` as a user runs it: the real binary on the emulator backend, one JSON
// object on stdout, checked against the field numbers of cybos-api.md; and its errors.
#include "patience.h"
#include "core/domain/krxrules.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    QJsonObject json;
    QString err;
};

Run com(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CYBOS_SERVER_BIN), QStringList{QStringLiteral("--backend"), QStringLiteral("emulator"),
                                                          QStringLiteral("com")} + args);
    Run r;
    if (!p.waitForFinished(cybos::test::patient(60000)))
        return r;
    r.code = p.exitCode();
    r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

qint64 num(const QJsonObject &o, int index)
{
    return qint64(o.value(QString::number(index)).toDouble());
}

} // namespace

class TestComCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stockMst()
    {
        const Run r = com({QStringLiteral("DsCbo1.StockMst"), QStringLiteral("--input"), QStringLiteral("0=A005930"),
                           QStringLiteral("--block-request"), QStringLiteral("--headers"), QStringLiteral("0-20")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json.value(QStringLiteral("return_code")).toInt(-1), 0);
        QCOMPARE(r.json.value(QStringLiteral("dib_status")).toInt(-2), 0);
        QVERIFY(r.json.value(QStringLiteral("dib_msg")).isString());
        const QJsonObject h = r.json.value(QStringLiteral("headers")).toObject();
        QCOMPARE(h.size(), 21);
        QCOMPARE(h.value(QStringLiteral("0")).toString(), QStringLiteral("A005930"));
        QCOMPARE(h.value(QStringLiteral("1")).toString(), QStringLiteral("삼성전자"));
        QVERIFY(num(h, 4) >= 0 && num(h, 4) <= 2359 && num(h, 4) % 100 < 60); // hhmm
        const qint64 prev = num(h, 10);
        const qint64 price = num(h, 11);
        QCOMPARE(num(h, 8), cybos::Krx::upperLimit(prev));
        QCOMPARE(num(h, 9), cybos::Krx::lowerLimit(prev));
        QVERIFY(cybos::Krx::isOnTick(price));
        QCOMPARE(num(h, 12), price - prev); // signed change
        QVERIFY(num(h, 16) >= num(h, 17));  // best ask ≥ best bid
        for (int i : {8, 9, 10, 11, 12, 18, 19})
            QVERIFY2(h.value(QString::number(i)).isDouble(), "integers stay integers");
    }
    void stockChart()
    {
        const Run r = com({QStringLiteral("CpSysDib.StockChart"), QStringLiteral("--input"), QStringLiteral("0=A005930"),
                           QStringLiteral("--input"), QStringLiteral("1=char:2"), QStringLiteral("--input"), QStringLiteral("4=10"),
                           QStringLiteral("--input"), QStringLiteral("5=0,2,3,4,5,8"), QStringLiteral("--input"),
                           QStringLiteral("6=char:D"), QStringLiteral("--block-request"), QStringLiteral("--headers"),
                           QStringLiteral("0,1,3"), QStringLiteral("--data"), QStringLiteral("6:10")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json.value(QStringLiteral("return_code")).toInt(-1), 0);
        const QJsonObject h = r.json.value(QStringLiteral("headers")).toObject();
        QCOMPARE(h.value(QStringLiteral("0")).toString(), QStringLiteral("A005930"));
        QCOMPARE(num(h, 1), 6);  // number of fields
        QCOMPARE(num(h, 3), 10); // rows received
        const QJsonArray rows = r.json.value(QStringLiteral("data")).toArray();
        QCOMPARE(rows.size(), 10);
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonArray row = rows.at(i).toArray();
            QCOMPARE(row.size(), 6);
            // positions follow the ascending field ids: date, open, high, low, close, volume
            QVERIFY(row.at(0).toInteger() > 20160101);
            QVERIFY(row.at(3).toInteger() <= row.at(1).toInteger() && row.at(1).toInteger() <= row.at(2).toInteger());
            QVERIFY(row.at(3).toInteger() <= row.at(4).toInteger() && row.at(4).toInteger() <= row.at(2).toInteger());
            if (i > 0) // newest first
                QVERIFY(row.at(0).toInteger() < rows.at(i - 1).toArray().at(0).toInteger());
        }
        QVERIFY(r.json.value(QStringLiteral("continue")).isDouble());
    }
    // The header layout of the help page StrockJpBid2: 1 count 10, 3 time, 4 / 6 totals.
    void stockJpbid2()
    {
        const Run r = com({QStringLiteral("Dscbo1.StockJpbid2"), QStringLiteral("--input"), QStringLiteral("0=A005930"),
                           QStringLiteral("--block-request"), QStringLiteral("--headers"), QStringLiteral("0-12"),
                           QStringLiteral("--data"), QStringLiteral("4:10")});
        QCOMPARE(r.code, 0);
        const QJsonObject h = r.json.value(QStringLiteral("headers")).toObject();
        QCOMPARE(h.value(QStringLiteral("0")).toString(), QStringLiteral("A005930"));
        QCOMPARE(num(h, 1), 10);
        QVERIFY(num(h, 3) >= 0 && num(h, 3) <= 2359 && num(h, 3) % 100 < 60); // hhmm
        const QJsonArray rows = r.json.value(QStringLiteral("data")).toArray();
        QCOMPARE(rows.size(), 10);
        qint64 asks = 0, bids = 0;
        for (const QJsonValue &row : rows) {
            asks += row.toArray().at(2).toInteger();
            bids += row.toArray().at(3).toInteger();
        }
        QCOMPARE(num(h, 4), asks);
        QCOMPARE(num(h, 6), bids);
    }
    // Cybos' own weekly and monthly dates (cybos-api.md §0b, AKX): YYYYMM + week of the month
    // + 0, and YYYYMM00 — the emulator serves them so a reader that expects YYYYMMDD fails.
    void stockChartWeeksAndMonths_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("weekly") << "W";
        QTest::newRow("monthly") << "M";
    }
    void stockChartWeeksAndMonths()
    {
        QFETCH(QString, type);
        const Run r = com({QStringLiteral("CpSysDib.StockChart"), QStringLiteral("--input"), QStringLiteral("0=A005930"),
                           QStringLiteral("--input"), QStringLiteral("1=char:2"), QStringLiteral("--input"), QStringLiteral("4=12"),
                           QStringLiteral("--input"), QStringLiteral("5=0,5"), QStringLiteral("--input"),
                           QStringLiteral("6=char:") + type, QStringLiteral("--block-request"), QStringLiteral("--headers"),
                           QStringLiteral("3"), QStringLiteral("--data"), QStringLiteral("2:12")});
        QCOMPARE(r.code, 0);
        QCOMPARE(num(r.json.value(QStringLiteral("headers")).toObject(), 3), 12);
        const QJsonArray rows = r.json.value(QStringLiteral("data")).toArray();
        QCOMPARE(rows.size(), 12);
        for (const QJsonValue &row : rows) {
            const qint64 date = row.toArray().at(0).toInteger();
            QVERIFY(date > 20160000);
            if (type == u"M") {
                QCOMPARE(date % 100, 0);                 // YYYYMM00
            } else {
                QCOMPARE(date % 10, 0);                  // ... then 0
                QVERIFY(date / 10 % 10 >= 1 && date / 10 % 10 <= 5); // the week of the month
            }
        }
        QCOMPARE(r.json.value(QStringLiteral("continue")).toInt(), 1); // count mode: older rows exist
    }
    void callAndProperty()
    {
        const Run list = com({QStringLiteral("CpUtil.CpCodeMgr"), QStringLiteral("--call"),
                              QStringLiteral("GetStockListByMarket"), QStringLiteral("1")});
        QCOMPARE(list.code, 0);
        const QJsonObject call = list.json.value(QStringLiteral("call")).toObject();
        QCOMPARE(call.value(QStringLiteral("method")).toString(), QStringLiteral("GetStockListByMarket"));
        QCOMPARE(call.value(QStringLiteral("args")).toArray(), QJsonArray{1});
        QVERIFY(call.value(QStringLiteral("result")).toArray().contains(QStringLiteral("A005930")));
        QVERIFY(list.json.value(QStringLiteral("return_code")).isNull()); // no request made
        const Run name = com({QStringLiteral("CpUtil.CpCodeMgr"), QStringLiteral("--call"),
                              QStringLiteral("CodeToName"), QStringLiteral("A005930")});
        QCOMPARE(name.json.value(QStringLiteral("call")).toObject().value(QStringLiteral("result")).toString(),
                 QStringLiteral("삼성전자"));
        const Run prop = com({QStringLiteral("CpUtil.CpCybos"), QStringLiteral("--property"), QStringLiteral("IsConnect")});
        QCOMPARE(prop.code, 0);
        QCOMPARE(prop.json.value(QStringLiteral("property")).toObject().value(QStringLiteral("value")).toInt(-1), 1);
    }
    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no progid") << QStringList{} << 2;
        QTest::newRow("bad input") << QStringList{QStringLiteral("DsCbo1.StockMst"), QStringLiteral("--input"), QStringLiteral("x")} << 2;
        QTest::newRow("bad list") << QStringList{QStringLiteral("DsCbo1.StockMst"), QStringLiteral("--headers"), QStringLiteral("5-2")} << 2;
        QTest::newRow("bad data") << QStringList{QStringLiteral("DsCbo1.StockMst"), QStringLiteral("--data"), QStringLiteral("6")} << 2;
        QTest::newRow("long value") << QStringList{QStringLiteral("DsCbo1.StockMst"), QStringLiteral("--input"), QStringLiteral("0=99999999999")} << 2;
        QTest::newRow("unknown progid") << QStringList{QStringLiteral("Nope.Nothing")} << 1;
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Run r = com(args);
        QCOMPARE(r.code, exitCode);
        QVERIFY(r.json.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("cybos-server: ")));
    }
};

QTEST_GUILESS_MAIN(TestComCommand)
#include "tst_comcommand_slow.moc"
