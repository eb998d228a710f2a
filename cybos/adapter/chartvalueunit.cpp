#include "chartvalueunit.h"
#include <array>

namespace cybos {
namespace {
constexpr std::array<qint64, 3> kFactors{1, 1'000, 10'000};
// The snapshot value is floor(won / unit) * unit: from 100 units on, that loses under 1 %.
constexpr qint64 kMinSnapshotUnits = 100;
// Value per share is compared, not the value: the snapshot is asked after the chart page and
// trades in between raise both value and volume, not their ratio. Either average lies within
// the day's range, and KRX's ±30 % limit keeps high / low under 1.3 / 0.7 ≈ 1.86; the
// candidate factors are at least 10x apart, so agreeing within 2x picks exactly one.
constexpr double kMaxRatio = 2.0;

bool agrees(double chartAverage, double snapshotAverage)
{
    const double ratio = chartAverage / snapshotAverage;
    return ratio <= kMaxRatio && ratio >= 1.0 / kMaxRatio;
}
} // namespace

ChartValueUnit::Detection ChartValueUnit::detect(const std::optional<Sample> &chart, Sample snapshot,
                                                 qint64 snapshotUnit)
{
    if (!chart || chart->value <= 0 || chart->volume <= 0 || snapshot.volume <= 0
        || snapshot.value < kMinSnapshotUnits * snapshotUnit)
        return {Outcome::NoComparableBar, 1};
    const double snapshotAverage = double(snapshot.value) / double(snapshot.volume);
    for (qint64 f : kFactors) {
        if (agrees(double(chart->value) * double(f) / double(chart->volume), snapshotAverage))
            return {Outcome::Detected, f};
    }
    return {Outcome::Disagree, 1};
}

LogEvent::Level ChartValueUnit::level(const Detection &d)
{
    return d.outcome == Outcome::Disagree ? LogEvent::Level::Warning : LogEvent::Level::Info;
}

QString ChartValueUnit::message(const Detection &d, const QString &market, const QString &code,
                                const std::optional<Sample> &chart, Sample snapshot)
{
    switch (d.outcome) {
    case Outcome::Detected: {
        const QString unit = d.factor == 10'000 ? tr("10,000 won") : d.factor == 1'000 ? tr("1,000 won") : tr("won");
        return tr("Chart trade values of %1 are in %2 (today's bar of %3 compared with its snapshot)")
            .arg(market, unit, code);
    }
    case Outcome::NoComparableBar:
        return tr("Chart trade values of %1: no bar of today to compare with the snapshot of %2; taken as won")
            .arg(market, code);
    case Outcome::Disagree:
        break;
    }
    const Sample c = chart.value_or(Sample{});
    return tr("Chart trade values of %1 match no unit (%2: chart %3 for %4 shares, snapshot %5 won for %6 shares); taken as won")
        .arg(market, code).arg(c.value).arg(c.volume).arg(snapshot.value).arg(snapshot.volume);
}

} // namespace cybos
