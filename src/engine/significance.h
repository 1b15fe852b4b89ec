// Significance: the normal-approximation helpers shared by the z-tests of proportions.h and
// nps_statistics.h, and the plain-words verdict the UI shows beside a comparison.
//
// Contract:
// - Every result is finite. `two_sided_p_value` returns a value in [0, 1] for any finite z.
// - The level is fixed at 95 % (z = 1.959964), the level the product states everywhere.
// - `significance_verdict` says in both languages whether a difference is statistically
//   significant at 95 %, with the p-value written in that language's number format.
#pragma once

#include "engine/localized.h"

namespace engage {

// The two-sided 97.5 % quantile of the standard normal distribution.
constexpr double z_95 = 1.959963984540054;

// P(|Z| >= |z|) for a standard normal Z.
double two_sided_p_value(double z);

// "The difference is statistically significant at 95 % (p = 0.003)." and its German twin.
Localized significance_verdict(bool significant, double p_value);

} // namespace engage
