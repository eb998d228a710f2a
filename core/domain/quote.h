#pragma once
// The latest state of one code: from the realtime cache or from a snapshot request.
#include "session.h"
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace cybos {

enum class QuoteSource { Realtime, Snapshot };

struct Quote {
    QString code;
    QString name;
    qint64 timeMs = 0;
    qint64 price = 0;
    qint64 change = 0;
    double changeRate = 0.0; // percent vs prev_close
    // What the feed did not give is absent (null in JSON, empty in CSV and the UI), never 0:
    // open/high/low before the day's first trade, ask/bid with no order on that side, limits
    // without master data.
    std::optional<qint64> open, high, low;
    std::optional<qint64> ask, bid;
    qint64 volume = 0;       // cumulative shares today
    qint64 value = 0;        // cumulative KRW today
    qint64 prevClose = 0;
    std::optional<qint64> upperLimit, lowerLimit;
    Session session = Session::Regular;
    QuoteSource source = QuoteSource::Snapshot;
    qint64 ageMs = 0;        // filled in when served

    bool operator==(const Quote &) const = default;
};

using QuoteList = QList<Quote>;

// A price as Cybos reports it, where 0 means there is none (no trade yet, no order on the
// side): absent then. Readers of the feed apply it once, where they read the field.
inline std::optional<qint64> givenPrice(qint64 v)
{
    return v > 0 ? std::optional<qint64>(v) : std::nullopt;
}

// change as a percentage of the previous close (0 without one), as quotes carry it.
inline double changeRatePercent(qint64 change, qint64 prevClose)
{
    return prevClose > 0 ? 100.0 * double(change) / double(prevClose) : 0.0;
}

} // namespace cybos

Q_DECLARE_METATYPE(cybos::Quote)
