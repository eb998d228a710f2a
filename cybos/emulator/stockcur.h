#pragma once
// Dscbo1.StockCur: the realtime trade feed of one code (cybos-api.md §5). Input 0: the code.
// received() fires per trade — and per expected-price update during the auctions (header
// 19 = '1', header 13 the expected price, 17 its quantity, cumulative volume unchanged).
// Headers 0–28 describe the latest event, during and after its received().
#include "realtimeobject.h"

namespace cybos::emu {

class StockCur : public RealtimeObject
{
    Q_OBJECT
public:
    using RealtimeObject::RealtimeObject;

protected:
    QVariant headerValue(int index) const override;
};

// Dscbo1.StockJpbid: the realtime 10-level book of one code (headers per cybos-api.md §5).
class StockJpbid : public RealtimeObject
{
    Q_OBJECT
public:
    using RealtimeObject::RealtimeObject;

protected:
    QVariant headerValue(int index) const override;
};

} // namespace cybos::emu
