#include "timeranges.h"
#include <algorithm>
#include <limits>

namespace cybos::Ranges {

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();

bool touches(const TimeRange &a, const TimeRange &b) // overlapping or adjacent
{
    return a.fromMs <= (b.toMs == kMax ? kMax : b.toMs + 1)
        && b.fromMs <= (a.toMs == kMax ? kMax : a.toMs + 1);
}
} // namespace

TimeRanges merged(TimeRanges ranges, TimeRange r)
{
    TimeRanges out;
    for (const TimeRange &x : ranges) {
        if (touches(x, r)) {
            r.fromMs = std::min(r.fromMs, x.fromMs);
            r.toMs = std::max(r.toMs, x.toMs);
        } else {
            out.append(x);
        }
    }
    out.append(r);
    std::sort(out.begin(), out.end(), [](const TimeRange &a, const TimeRange &b) { return a.fromMs < b.fromMs; });
    return out;
}

TimeRanges gaps(const TimeRanges &covered, TimeRange requested)
{
    TimeRanges out;
    qint64 cursor = requested.fromMs; // first instant not yet accounted for
    for (const TimeRange &c : covered) {
        if (c.toMs < cursor || c.fromMs > requested.toMs)
            continue;
        if (c.fromMs > cursor)
            out.append({cursor, c.fromMs - 1});
        if (c.toMs >= requested.toMs)
            return out;
        cursor = c.toMs + 1;
    }
    if (cursor <= requested.toMs)
        out.append({cursor, requested.toMs});
    return out;
}

} // namespace cybos::Ranges
