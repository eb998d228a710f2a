// Return codes and status under each fault (../shared/cybos-api.md §1): the link down,
// injected failures, bad inputs, unknown codes, slow answers. What an outage does to the
// objects is tst_emulator_outage.
#include "emulatorfixture.h"
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace cybos;
using namespace cybos::test;

class TestEmulatorFaults : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    std::unique_ptr<Emulator> m_emu;

    // A request object with valid inputs for 005930.
    std::unique_ptr<ComObject> prepared(const QString &progId)
    {
        if (progId == u"CpSysDib.StockChart")
            return chart(*m_emu, QStringLiteral("A005930"), 'D', 10, {0, 5});
        auto o = m_emu->create(progId);
        if (progId == u"CpSysDib.MarketEye") {
            input(*o, 0, QVariantList{0, 4});
            input(*o, 1, QVariantList{QStringLiteral("A005930")});
        } else {
            input(*o, 0, QStringLiteral("A005930"));
        }
        return o;
    }

private Q_SLOTS:
    void init()
    {
        m_clock = FakeClock();
        m_clock.setKst(kWednesday, 10, 0);
        m_emu = std::make_unique<Emulator>(m_clock.options());
    }

    void returnCodes_data()
    {
        QTest::addColumn<QString>("progId");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("rc");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("counted");
        const QList<std::tuple<const char *, int, int, bool>> faults{{"none", 0, 0, true},
            {"link down", 1, -1, false}, {"inject 1", 1, -1, false}, {"inject 3", 3, -1, false},
            {"no code", 3, -1, false}, {"numeric code", 3, -1, false}, {"unknown code", 0, -1, true}};
        for (const char *id : {"DsCbo1.StockMst", "CpSysDib.StockChart", "CpSysDib.MarketEye", "Dscbo1.StockJpbid2"}) {
            for (const auto &[fault, rc, status, counted] : faults) {
                // MarketEye leaves unknown codes out of an otherwise normal reply.
                const bool eye = QByteArray(id).contains("MarketEye") && QByteArray(fault) == "unknown code";
                QTest::addRow("%s %s", id, fault) << QString::fromLatin1(id) << QString::fromLatin1(fault) << rc
                                                  << (eye ? 0 : status) << counted;
            }
        }
    }
    void returnCodes()
    {
        QFETCH(QString, progId);
        QFETCH(QString, fault);
        QFETCH(int, rc);
        QFETCH(int, status);
        QFETCH(bool, counted);
        if (fault == u"link down") // before creating: an object from before the drop is dead
            m_emu->disconnectFor(1000);
        auto o = prepared(progId);
        const int codeInput = progId == u"CpSysDib.MarketEye" ? 1 : 0;
        if (fault.startsWith(u"inject"))
            m_emu->failRequests(fault.back().digitValue(), 1);
        else if (fault == u"no code")
            input(*o, codeInput, QVariant());
        else if (fault == u"numeric code")
            input(*o, codeInput, 5930);
        else if (fault == u"unknown code")
            input(*o, codeInput, codeInput ? QVariant(QVariantList{QStringLiteral("A999999")}) : QStringLiteral("A999999"));
        QCOMPARE(call(*o, "BlockRequest").toInt(), rc);
        if (codeInput && rc == 0)
            QCOMPARE(header(*o, 2).toInt(), fault == u"none" ? 1 : 0);
        QCOMPARE(call(*o, "GetDibStatus").toInt(), status);
        QCOMPARE(call(*o, "GetDibMsg1").toString().isEmpty(), false);
        QCOMPARE(m_emu->stats().requests, counted ? 1 : 0);
    }

    void tooManyMarketEyeCodesIsAnInputError()
    {
        auto eye = prepared(QStringLiteral("CpSysDib.MarketEye"));
        const QStringList kospi = call(*create(*m_emu, "CpUtil.CpCodeMgr"), "GetStockListByMarket", {1}).toStringList();
        input(*eye, 1, QVariant(kospi.mid(0, 200)));
        QCOMPARE(call(*eye, "BlockRequest").toInt(), 0);
        QCOMPARE(header(*eye, 2).toInt(), 200);
        input(*eye, 1, QVariant(kospi.mid(0, 201)));
        QCOMPARE(call(*eye, "BlockRequest").toInt(), 3);
        QVariantList fields;
        for (int i = 0; i < 65; ++i)
            fields.append(i);
        input(*eye, 1, QVariant(kospi.mid(0, 2)));
        input(*eye, 0, fields);
        QCOMPARE(call(*eye, "BlockRequest").toInt(), 3);
    }

    void injectedFailuresAreConsumed()
    {
        auto mst = prepared(QStringLiteral("DsCbo1.StockMst"));
        m_emu->failRequests(1, 2);
        QCOMPARE(call(*mst, "BlockRequest").toInt(), 1);
        QCOMPARE(call(*mst, "BlockRequest2", {1}).toInt(), 1);
        QCOMPARE(call(*mst, "BlockRequest").toInt(), 0);
        QCOMPARE(header(*mst, 0).toString(), QStringLiteral("A005930"));
    }

    void slowAnswers()
    {
        auto mst = prepared(QStringLiteral("DsCbo1.StockMst"));
        m_emu->setAnswerDelay(700);
        QCOMPARE(call(*mst, "BlockRequest").toInt(), 0);
        QCOMPARE(m_clock.slept, 700); // BlockRequest waited through options.sleep
        QSignalSpy received(mst.get(), &ComObject::received);
        call(*mst, "Request");
        call(*mst, "Request"); // ignored while the first is outstanding
        QCoreApplication::processEvents();
        QCOMPARE(received.count(), 0);
        QCOMPARE(call(*mst, "GetDibStatus").toInt(), 1);
        QVERIFY(received.wait(5000));
        QCOMPARE(call(*mst, "GetDibStatus").toInt(), 0);
        QCOMPARE(m_emu->stats().requests, 2);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulator_faults.moc"
