#include "engine/significance.h"

#include "engine/number_text.h"

#include <cmath>

namespace engage {

double two_sided_p_value(double z) {
    // erfc keeps precision in the far tail, where 1 - Phi(|z|) would round to 0 too early.
    const double p = std::erfc(std::fabs(z) / std::sqrt(2.0));
    if (!std::isfinite(p))
        return 0.0;
    return p < 0.0 ? 0.0 : (p > 1.0 ? 1.0 : p);
}

Localized significance_verdict(bool significant, double p_value) {
    // Very small p-values are written as a bound: "p = 0.000" reads like a certainty.
    const bool tiny = p_value < 0.001;
    const Localized p_text = localized_number(tiny ? 0.001 : p_value, 3);
    const std::string relation = tiny ? "p < " : "p = ";

    if (significant)
        return {"The difference is statistically significant at 95 % (" + relation + p_text.en +
                    ").",
                "Der Unterschied ist auf dem 95-%-Niveau statistisch signifikant (" + relation +
                    p_text.de + ")."};
    return {"The difference is not statistically significant at 95 % (" + relation + p_text.en +
                ").",
            "Der Unterschied ist auf dem 95-%-Niveau nicht statistisch signifikant (" + relation +
                p_text.de + ")."};
}

} // namespace engage
