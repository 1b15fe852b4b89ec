// Proportions: rates with 95 % intervals (CTR, conversion rate, bounce rate) and the
// two-proportion z-test for comparing two periods or segments.
//
// Contract:
// - Counts are doubles because exports write them as "7767.0"; they must be finite,
//   0 <= successes <= trials and trials > 0, otherwise the result is not defined and `reason`
//   says why. Nothing here returns NaN or infinity.
// - Proportions and bounds are shares in [0, 1]; `percent_interval` gives the bounds in percent
//   for `Kpi::ci95` (where 5.0 means 5 %).
// - The interval is Wilson's score interval, which stays inside [0, 1] and behaves for rates
//   near 0 % or 100 % and for small counts, unlike the textbook Wald interval.
// - `compare_proportions` tests first - second with a pooled z-test; the interval of the
//   difference is the unpooled Wald interval.
#pragma once

#include "engine/localized.h"

#include <utility>

namespace engage {

struct ProportionEstimate {
    bool defined = false;
    Localized reason; // why not defined
    double successes = 0;
    double trials = 0;
    double proportion = 0; // successes / trials
    double low = 0;        // Wilson 95 % bounds
    double high = 0;
};

ProportionEstimate wilson_interval(double successes, double trials);

// The interval in percent, for Kpi::ci95.
std::pair<double, double> percent_interval(const ProportionEstimate& estimate);

struct ProportionComparison {
    bool defined = false;
    Localized reason;
    ProportionEstimate first;
    ProportionEstimate second;
    double difference = 0; // first.proportion - second.proportion, a share in [-1, 1]
    double low = 0;        // 95 % interval of the difference
    double high = 0;
    double z = 0;
    double p_value = 1; // two-sided
    bool significant = false;
    Localized verdict; // plain words, see significance.h
};

ProportionComparison compare_proportions(double successes_first, double trials_first,
                                         double successes_second, double trials_second);

} // namespace engage
