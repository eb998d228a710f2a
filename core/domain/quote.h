#pragma once
// The latest state of one code: from the realtime cache or from a snapshot request.
#include "session.h"
#include <QList>
#include <QMetaType>
#include <QString>

namespace cybos {

enum class QuoteSource { Realtime, Snapshot };

struct Quote {
    QString code;
    QString name;
    qint64 timeMs = 0;
    qint64 price = 0;
    qint64 change = 0;
    double changeRate = 0.0; // percent vs prev_close
    qint64 open = 0, high = 0, low = 0;
    qint64 ask = 0, bid = 0;
    qint64 volume = 0;       // cumulative shares today
    qint64 value = 0;        // cumulative KRW today
    qint64 prevClose = 0;
    qint64 upperLimit = 0, lowerLimit = 0;
    Session session = Session::Regular;
    QuoteSource source = QuoteSource::Snapshot;
    qint64 ageMs = 0;        // filled in when served

    bool operator==(const Quote &) const = default;
};

using QuoteList = QList<Quote>;

// change as a percentage of the previous close (0 without one), as quotes carry it.
inline double changeRatePercent(qint64 change, qint64 prevClose)
{
    return prevClose > 0 ? 100.0 * double(change) / double(prevClose) : 0.0;
}

} // namespace cybos

Q_DECLARE_METATYPE(cybos::Quote)
