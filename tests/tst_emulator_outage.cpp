// What an outage does to the emulated objects (Daishin's help, CpCybos OnDisConnect: after
// the event no further communication is possible): CpCybos' IsConnect/ServerType/OnDisconnect,
// live subscriptions gone, and every object created before the drop dead for good — each call
// gives an invalid QVariant, even once the link is back — while objects created afterwards work.
#include "emulatorfixture.h"
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace cybos;
using namespace cybos::test;

class TestEmulatorOutage : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    std::unique_ptr<Emulator> m_emu;

    std::unique_ptr<ComObject> stockCur()
    {
        auto cur = create(*m_emu, "Dscbo1.StockCur");
        input(*cur, 0, QStringLiteral("A005930"));
        return cur;
    }

private Q_SLOTS:
    void init()
    {
        m_clock = FakeClock();
        m_clock.setKst(kWednesday, 10, 0);
        m_emu = std::make_unique<Emulator>(m_clock.options());
    }

    void cpCybosReportsTheOutage()
    {
        auto cy1 = create(*m_emu, "CpUtil.CpCybos"), cy2 = create(*m_emu, "CpUtil.CpCybos");
        QSignalSpy down1(cy1.get(), &ComObject::disconnected), down2(cy2.get(), &ComObject::disconnected);
        QSignalSpy changed(m_emu.get(), &Emulator::connectionChanged);
        auto cur = stockCur();
        call(*cur, "Subscribe");
        QCOMPARE(m_emu->stats().subscriptions, 1);
        m_emu->disconnectFor(3000);
        QCOMPARE(down1.count(), 1); // every live CpCybos fires OnDisConnect
        QCOMPARE(down2.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toBool(), false);
        QCOMPARE(m_emu->stats().subscriptions, 0); // every subscription is gone
        auto during = create(*m_emu, "CpUtil.CpCybos"); // a fresh one tells the state
        QCOMPARE(during->getProperty(QStringLiteral("IsConnect")), QVariant(0));
        QCOMPARE(during->getProperty(QStringLiteral("ServerType")), QVariant(0));
        QCOMPARE(call(*during, "GetLimitRemainCount", {2}), QVariant(400));
        m_clock.ms += 3000;
        QCOMPARE(during->getProperty(QStringLiteral("IsConnect")), QVariant(1)); // polled: back
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().first().toBool(), true);
        QCOMPARE(down1.count(), 1); // there is no reconnect event
        // A second outage: only the objects alive until then report it.
        QSignalSpy downDuring(during.get(), &ComObject::disconnected);
        m_emu->disconnectFor(1000);
        QCOMPARE(downDuring.count(), 1);
        QCOMPARE(down1.count(), 1);
    }

    void oldObjectsStayDead_data()
    {
        QTest::addColumn<QString>("progId");
        for (const char *id : {"CpUtil.CpCybos", "CpUtil.CpCodeMgr", "CpUtil.CpStockCode", "DsCbo1.StockMst",
                               "CpSysDib.StockChart", "CpSysDib.MarketEye", "Dscbo1.StockJpbid2", "Dscbo1.StockCur"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void oldObjectsStayDead()
    {
        QFETCH(QString, progId);
        auto old = m_emu->create(progId);
        QVERIFY(old);
        m_emu->disconnectFor(1000);
        m_clock.ms += 1000;
        QVERIFY(m_emu->isConnected()); // the link is back...
        // ...and still no call on the old object answers: methods, DIB calls, properties.
        for (const char *method : {"GetDibStatus", "GetDibMsg1", "BlockRequest", "Request", "Subscribe",
                                   "IsConnect", "GetLimitRemainCount", "CodeToName", "GetStockListByMarket"})
            QVERIFY2(!call(*old, method, {1}).isValid(), method);
        QVERIFY(!old->getProperty(QStringLiteral("IsConnect")).isValid());
        QVERIFY(!old->getProperty(QStringLiteral("Continue")).isValid());
        QCOMPARE(m_emu->stats().requests, 0);
        QCOMPARE(m_emu->stats().subscriptions, 0);
        auto fresh = m_emu->create(progId); // the same ProgID created anew works
        const QVariant probe = !progId.startsWith(u"CpUtil")   ? call(*fresh, "GetDibStatus")
                               : progId == u"CpUtil.CpCybos" ? fresh->getProperty(QStringLiteral("IsConnect"))
                                                              : call(*fresh, "CodeToName", {QStringLiteral("A005930")});
        QVERIFY(probe.isValid());
    }

    void freshObjectsWorkAfterTheLinkReturns()
    {
        auto oldMst = snapshot(*m_emu, QStringLiteral("A005930"));
        auto oldCur = stockCur();
        call(*oldCur, "Subscribe");
        m_emu->disconnectFor(1000);
        auto during = create(*m_emu, "DsCbo1.StockMst"); // created while down: the request fails
        input(*during, 0, QStringLiteral("A005930"));
        QCOMPARE(call(*during, "BlockRequest"), QVariant(1));
        QCOMPARE(call(*during, "GetDibStatus"), QVariant(-1));
        m_clock.ms += 1000;
        QCOMPARE(call(*during, "BlockRequest"), QVariant(0)); // the link is back for it
        QVERIFY(!header(*oldMst, 1).isValid());
        int rc = -1;
        auto mst = snapshot(*m_emu, QStringLiteral("A005930"), &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(header(*mst, 1).toString(), header(*during, 1).toString());
        auto cur = stockCur();
        QSignalSpy oldTicks(oldCur.get(), &ComObject::received), ticks(cur.get(), &ComObject::received);
        call(*oldCur, "Subscribe");
        call(*cur, "Subscribe");
        QCOMPARE(call(*cur, "GetDibStatus"), QVariant(0));
        QCOMPARE(m_emu->stats().subscriptions, 1); // only the fresh one
        m_clock.ms += 1000;
        m_emu->runSlice();
        QVERIFY(ticks.count() > 0);
        QCOMPARE(oldTicks.count(), 0);
    }

    void requestInFlightNeverAnswers()
    {
        // The answer is due after the link is already back: the object died meanwhile, so no
        // Received ever comes (Cybos forgot the request), and nothing can be read from it.
        auto mst = create(*m_emu, "DsCbo1.StockMst");
        input(*mst, 0, QStringLiteral("A005930"));
        QSignalSpy received(mst.get(), &ComObject::received);
        m_emu->setAnswerDelay(300);
        call(*mst, "Request");
        QCOMPARE(call(*mst, "GetDibStatus"), QVariant(1));
        m_emu->disconnectFor(50);
        m_clock.ms += 50;
        QVERIFY(m_emu->isConnected());
        QTest::qWait(600);
        QCOMPARE(received.count(), 0);
        QVERIFY(!header(*mst, 1).isValid());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorOutage)
#include "tst_emulator_outage.moc"
