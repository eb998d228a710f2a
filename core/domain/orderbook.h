#pragma once
// Ten levels of asks and bids (Cybos StockJpbid / StockJpbid2).
#include <QList>
#include <QMetaType>
#include <QString>
#include <array>

namespace cybos {

struct BookLevel {
    qint64 price = 0;
    qint64 qty = 0;
    bool operator==(const BookLevel &) const = default;
};

struct OrderBook {
    QString code;
    qint64 timeMs = 0;
    std::array<BookLevel, 10> asks{}; // best first
    std::array<BookLevel, 10> bids{}; // best first
    qint64 totalAskQty = 0;
    qint64 totalBidQty = 0;

    bool operator==(const OrderBook &) const = default;
};

} // namespace cybos

Q_DECLARE_METATYPE(cybos::OrderBook)
