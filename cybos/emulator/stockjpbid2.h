#pragma once
// Dscbo1.StockJpbid2: the 10-level book on request (help page StrockJpBid2). Input 0: the code.
// Headers: 0 code, 1 COUNT (always 10), 3 time (short hhmm), 4 total ask quantity, 5 its
// change, 6 total bid quantity, 7 its change, 8 / 10 after-hours total ask / bid, 9 / 11
// their changes (no after-hours book is emulated: 0); 12 "사용하지 않음" reads 0, 2 (not in
// the help) nothing.
// GetDataValue(0, i) ask, (1, i) bid, (2, i) ask quantity, (3, i) bid quantity, (4, i) / (5, i)
// ask / bid quantity change, i = 0 … 9. A change is against the book of the stock's previous
// update (the help does not say against what: U).
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
    BookLevels m_previous; // the book of the stock's previous update
};

} // namespace cybos::emu
