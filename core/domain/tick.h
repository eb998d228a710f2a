#pragma once
// One trade. Times are epoch milliseconds (UTC instant); output shows them in KST.
#include "session.h"
#include <QList>
#include <QMetaType>
#include <QString>

namespace cybos {

struct Tick {
    qint64 seq = 0;        // one counter for all ticks, assigned by the tick bus
    QString code;          // canonical output form: "005930", "Q500001"
    qint64 timeMs = 0;     // when the trade reached us (Cybos gives only hhmmss)
    qint64 price = 0;      // KRW
    qint64 change = 0;     // signed, vs previous close
    qint64 volume = 0;     // this trade, shares
    qint64 cumVolume = 0;  // shares today
    qint64 cumValue = 0;   // KRW today
    qint64 ask = 0;        // 0: no order on that side
    qint64 bid = 0;
    // The day's open/high/low as the feed gives them with the trade (StockCur 4–6; 0 before
    // the first trade or when a source does not carry them). Not stored or sent with the tick:
    // they keep realtime quotes complete.
    qint64 dayOpen = 0, dayHigh = 0, dayLow = 0;
    Side side = Side::Unknown;
    Session session = Session::Regular;
    // On a relay: the instance the tick came from and its seq there (empty/0 elsewhere).
    QString source;
    qint64 sourceSeq = 0;

    bool operator==(const Tick &) const = default;
};

using TickList = QList<Tick>;

} // namespace cybos

Q_DECLARE_METATYPE(cybos::Tick)
Q_DECLARE_METATYPE(cybos::TickList)
