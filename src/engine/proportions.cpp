#include "engine/proportions.h"

#include "engine/significance.h"

#include <algorithm>
#include <cmath>

namespace engage {

namespace {

Localized invalid_counts_reason(double successes, double trials) {
    if (!std::isfinite(successes) || !std::isfinite(trials))
        return {"not defined, because a count is not a number",
                "nicht definiert, weil eine Anzahl keine Zahl ist"};
    if (trials <= 0)
        return {"not defined, because there are no trials (the denominator is 0)",
                "nicht definiert, weil es keine Versuche gibt (der Nenner ist 0)"};
    if (successes < 0)
        return {"not defined, because a count is negative",
                "nicht definiert, weil eine Anzahl negativ ist"};
    return {"not defined, because there are more successes than trials",
            "nicht definiert, weil es mehr Treffer als Versuche gibt"};
}

bool counts_valid(double successes, double trials) {
    return std::isfinite(successes) && std::isfinite(trials) && trials > 0 && successes >= 0 &&
           successes <= trials;
}

} // namespace

ProportionEstimate wilson_interval(double successes, double trials) {
    ProportionEstimate estimate;
    estimate.successes = successes;
    estimate.trials = trials;
    if (!counts_valid(successes, trials)) {
        estimate.reason = invalid_counts_reason(successes, trials);
        return estimate;
    }

    // Wilson (1927): centre (p + z²/2n) / (1 + z²/n), half-width
    // z / (1 + z²/n) * sqrt(p(1-p)/n + z²/4n²). Recommended over Wald by Brown, Cai and
    // DasGupta (2001) for any n.
    const double n = trials;
    const double p = successes / trials;
    const double z2 = z_95 * z_95;
    const double denominator = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denominator;
    const double half_width =
        z_95 / denominator * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));

    estimate.defined = true;
    estimate.proportion = p;
    estimate.low = std::clamp(centre - half_width, 0.0, 1.0);
    estimate.high = std::clamp(centre + half_width, 0.0, 1.0);

    // With no successes (or no failures) the bound is exactly 0 (or 1) in theory; centre minus
    // half-width leaves a rounding rest like 2.8e-15, which a report would print as it stands.
    if (successes == 0)
        estimate.low = 0.0;
    if (successes == trials)
        estimate.high = 1.0;
    return estimate;
}

std::pair<double, double> percent_interval(const ProportionEstimate& estimate) {
    return {estimate.low * 100.0, estimate.high * 100.0};
}

ProportionComparison compare_proportions(double successes_first, double trials_first,
                                         double successes_second, double trials_second) {
    ProportionComparison comparison;
    comparison.first = wilson_interval(successes_first, trials_first);
    comparison.second = wilson_interval(successes_second, trials_second);
    if (!comparison.first.defined) {
        comparison.reason = comparison.first.reason;
        return comparison;
    }
    if (!comparison.second.defined) {
        comparison.reason = comparison.second.reason;
        return comparison;
    }

    const double p1 = comparison.first.proportion;
    const double p2 = comparison.second.proportion;
    const double n1 = trials_first;
    const double n2 = trials_second;
    comparison.defined = true;
    comparison.difference = p1 - p2;

    const double unpooled_se = std::sqrt(p1 * (1.0 - p1) / n1 + p2 * (1.0 - p2) / n2);
    comparison.low = std::max(-1.0, comparison.difference - z_95 * unpooled_se);
    comparison.high = std::min(1.0, comparison.difference + z_95 * unpooled_se);

    // The test assumes no difference, so both groups share one pooled rate.
    const double pooled = (successes_first + successes_second) / (n1 + n2);
    const double pooled_se = std::sqrt(pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2));
    if (pooled_se > 0.0) {
        comparison.z = comparison.difference / pooled_se;
        comparison.p_value = two_sided_p_value(comparison.z);
    } else {
        // Both rates are 0 % or both are 100 %: there is no difference to test.
        comparison.z = 0.0;
        comparison.p_value = 1.0;
    }
    comparison.significant = comparison.p_value < 0.05;
    comparison.verdict = significance_verdict(comparison.significant, comparison.p_value);
    return comparison;
}

} // namespace engage
