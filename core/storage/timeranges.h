#pragma once
// Arithmetic on inclusive [from, to] time ranges, for bar coverage.
#include "barrepository.h"

namespace cybos::Ranges {

// Adds r to sorted, disjoint ranges, merging overlapping and adjacent ones.
TimeRanges merged(TimeRanges ranges, TimeRange r);
// The parts of `requested` that no range of the sorted, disjoint `covered` contains.
TimeRanges gaps(const TimeRanges &covered, TimeRange requested);

} // namespace cybos::Ranges
