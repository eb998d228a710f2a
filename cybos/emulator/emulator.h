#pragma once
// The in-process emulator of Cybos Plus: the Cybos object model (ProgIDs, methods, input and
// header/data indices, value types, char codes, Continue paging, return codes, request and
// subscription limits, events) behind the same ComDispatch interface as the real QAxObject
// dispatch, over a market built from the real KRX listing. See ../shared/cybos-api.md.
//
// It lives on the thread that creates it (the COM/GUI thread), like the real objects.
#include "emulatoroptions.h"
#include "cybos/dispatch/comobject.h"
#include <QObject>
#include <memory>

namespace cybos {

class EmulatorMarket;

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
