#include "stockjpbid2.h"
#include "emucontext.h"
#include "emuvalues.h"

namespace cybos::emu {

QString StockJpbid2::inputError() const
{
    const auto code = stringInput(input(0));
    if (!code || code->isEmpty())
        return QStringLiteral("input 0 must be a stock code string");
    return {};
}

void StockJpbid2::answer()
{
    EmuContext *ctx = context();
    const ListedStock *s = ctx->market.stock(input(0).toString());
    if (!s) {
        m_state = RealtimeEvent();
        setStatus(-1, msg::unknownCode(input(0).toString()));
        return;
    }
    m_state = snapshotEvent(ctx->quote(*s), ctx->market.session().sessionChar(ctx->now()));
    m_book = bookOf(m_state);
    RealtimeEvent previous = m_state;
    previous.updates = m_state.updates > 0 ? m_state.updates - 1 : 0;
    m_previous = bookOf(previous);
}

QVariant StockJpbid2::headerValue(int index) const
{
    if (!m_state.stock)
        return {};
    switch (index) {
    case 0: return QString(u'A' + m_state.stock->code);
    case 1: return num(BookLevels::kLevels);
    case 3: return num(m_state.hhmmss / 100);
    case 4: return num(m_book.totalAsk);
    case 5: return num(m_book.totalAsk - m_previous.totalAsk);
    case 6: return num(m_book.totalBid);
    case 7: return num(m_book.totalBid - m_previous.totalBid);
    case 8: case 9: case 10: case 11: case 12: return num(0);
    default: return {};
    }
}

QVariant StockJpbid2::dataValue(int type, int index) const
{
    if (!m_state.stock || index < 0 || index >= BookLevels::kLevels)
        return {};
    switch (type) {
    case 0: return num(m_book.ask[index]);
    case 1: return num(m_book.bid[index]);
    case 2: return num(m_book.askQty[index]);
    case 3: return num(m_book.bidQty[index]);
    case 4: return num(m_book.askQty[index] - m_previous.askQty[index]);
    case 5: return num(m_book.bidQty[index] - m_previous.bidQty[index]);
    default: return {};
    }
}

} // namespace cybos::emu
