#pragma once
// The unit of StockChart field 9 (거래대금), which Daishin's help does not give (cybos-api.md
// §0b). On the first daily page of each market the adapter compares the bar of the latest
// trade date with StockMst of the same code (header 19, documented: 만원 KOSPI, 천원 KOSDAQ;
// header 18, shares) and takes the factor — 1, 1,000 or 10,000 won — that makes their value
// per share agree; without a comparable bar, or when none agrees, it takes won. Each market's
// outcome is logged once.
#include "core/log/eventlog.h"
#include <QCoreApplication>
#include <optional>

namespace cybos {

class ChartValueUnit
{
    Q_DECLARE_TR_FUNCTIONS(cybos::ChartValueUnit)
public:
    enum class Outcome { Detected, NoComparableBar, Disagree };
    struct Detection {
        Outcome outcome = Outcome::NoComparableBar;
        qint64 factor = 1;       // won per unit of field 9
    };
    struct Sample {
        qint64 value = 0;        // chart: field 9 as sent; snapshot: won
        qint64 volume = 0;       // shares
    };

    // chart: today's daily bar (none: no bar for today); snapshot: StockMst 19 in won (its
    // documented unit of snapshotUnit won applied) and 18.
    static Detection detect(const std::optional<Sample> &chart, Sample snapshot, qint64 snapshotUnit);
    // The user event log line for a market ("KOSPI") and the samples compared.
    static LogEvent::Level level(const Detection &d);
    static QString message(const Detection &d, const QString &market, const QString &code,
                           const std::optional<Sample> &chart, Sample snapshot);
};

} // namespace cybos
