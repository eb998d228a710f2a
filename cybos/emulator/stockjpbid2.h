#pragma once
// Dscbo1.StockJpbid2: the 10-level book on request. Input 0: the code. GetDataValue(0, i) ask,
// (1, i) bid, (2, i) ask quantity, (3, i) bid quantity, i = 0 … 9 (cybos-api.md §5).
// Its header layout is not documented in our sources (U); the emulator mirrors StockJpbid's
// head: 0 code, 1 time hhmm, 2 cumulative volume, 3 total ask quantity, 4 total bid
// quantity, 5/6 after-hours total ask/bid (0).
#include "orderbook.h"
#include "requestobject.h"

namespace cybos::emu {

class StockJpbid2 : public RequestObject
{
    Q_OBJECT
public:
    using RequestObject::RequestObject;

protected:
    QString inputError() const override;
    void answer() override;
    QVariant headerValue(int index) const override;
    QVariant dataValue(int type, int index) const override;

private:
    RealtimeEvent m_state;
    BookLevels m_book;
};

} // namespace cybos::emu
