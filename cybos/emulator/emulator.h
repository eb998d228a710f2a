#pragma once
// The in-process emulator of Cybos Plus: the Cybos object model (ProgIDs, methods, input and
// header/data indices, value types, char codes, Continue paging, return codes, request and
// subscription limits, events) behind the same ComDispatch interface as the real QAxObject
// dispatch, over a market built from the real KRX listing. See ../shared/cybos-api.md.
//
// It lives on the thread that creates it (the COM/GUI thread), like the real objects.
#include "cybos/dispatch/comobject.h"
#include <QObject>
#include <functional>
#include <memory>

namespace cybos {

class EmulatorMarket;

struct EmulatorOptions {
    quint32 seed = 1;                          // same seed → same market, same history
    int ticksPerSecond = 200;                  // total over all subscribed codes (1..1,000,000)
    QString clock = QStringLiteral("always-open"); // or "krx": the real KST session schedule
    std::function<qint64()> now;               // epoch ms; empty = the real clock (tests inject)
    // How long a blocked request (61st in a window) and a slow answer really wait. Tests with a
    // fake clock set this to advance their clock instead of sleeping.
    std::function<void(int ms)> sleep;
};

struct EmulatorStats {
    qint64 requests = 0;         // quote requests served (Request/BlockRequest)
    qint64 blockedRequests = 0;  // requests that had to wait for the 60-per-15-s window
    qint64 ticksGenerated = 0;   // realtime events: trades and auction expected-price updates
    int subscriptions = 0;       // live Subscribe()d objects (max 400)
};

class Emulator : public QObject, public ComDispatch
{
    Q_OBJECT
public:
    explicit Emulator(EmulatorOptions options = {}, QObject *parent = nullptr);
    ~Emulator() override;

    // ComDispatch: CpUtil.CpCybos, CpUtil.CpCodeMgr, CpUtil.CpStockCode, DsCbo1.StockMst,
    // CpSysDib.StockChart, Dscbo1.StockCur, Dscbo1.StockJpbid, Dscbo1.StockJpbid2,
    // CpSysDib.MarketEye (any case, optional ".1" suffix); nullptr for anything else.
    std::unique_ptr<ComObject> create(const QString &progId) override;

    // Faults and controls (also reachable through POST /api/emulator/* on this backend).
    void disconnectFor(int ms);                    // IsConnect 0, OnDisconnect, then back
    void setTicksPerSecond(int ticksPerSecond);
    int ticksPerSecond() const;
    void failRequests(int returnCode, int count);  // the next `count` requests return this code
    void setAnswerDelay(int ms);                   // slow answers
    bool isConnected() const;

    EmulatorStats stats() const;
    // Run one tick slice now (the timer runs them every 5 ms). Tests and benchmarks that drive
    // a fake clock call it after advancing the clock.
    void runSlice();
    EmulatorMarket &market();

Q_SIGNALS:
    void connectionChanged(bool connected);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cybos
