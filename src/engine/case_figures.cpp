#include "engine/case_figures.h"

#include <cmath>

#include "engine/number_text.h"

namespace engage {
namespace {

const Localized implementation_rate_name{"Implementation rate", "Umsetzungsquote"};
const Localized votes_per_idea_name{"Votes per idea", "Stimmen pro Idee"};

// Counts are shown as the user gave them: whole numbers without decimals.
Localized count_text(double value) {
    const bool whole = std::fabs(value - std::round(value)) < 1e-9;
    return localized_number(value, whole ? 0 : 2);
}

bool valid_count(double value) {
    return std::isfinite(value) && value >= 0.0;
}

} // namespace

Kpi implementation_rate(double ideas_submitted, double ideas_implemented) {
    const auto undefined = [](Localized reason) {
        return undefined_kpi("implementation_rate", implementation_rate_name, "%",
                             Dimension::Transaction, std::move(reason));
    };
    if (!valid_count(ideas_submitted) || !valid_count(ideas_implemented))
        return undefined({"not defined, because a count is negative or missing.",
                          "nicht definiert, weil eine Anzahl negativ ist oder fehlt."});
    if (ideas_submitted == 0.0)
        return undefined({"not defined, because no ideas were submitted.",
                          "nicht definiert, weil keine Ideen eingereicht wurden."});
    if (ideas_implemented > ideas_submitted)
        return undefined({"not defined, because more ideas were implemented than submitted.",
                          "nicht definiert, weil mehr Ideen umgesetzt als eingereicht wurden."});

    const double percent = ideas_implemented / ideas_submitted * 100.0;
    const Localized submitted = count_text(ideas_submitted);
    const Localized implemented = count_text(ideas_implemented);
    const Localized result = localized_percent(percent, percent_decimals(percent));

    Kpi kpi;
    kpi.id = "implementation_rate";
    kpi.name = implementation_rate_name;
    kpi.unit = "%";
    kpi.dimension = Dimension::Transaction;
    kpi.value = percent;
    kpi.formula = {"implemented ideas / submitted ideas × 100 = " + implemented.en + " / " +
                       submitted.en + " × 100 = " + result.en,
                   "umgesetzte Ideen / eingereichte Ideen × 100 = " + implemented.de + " / " +
                       submitted.de + " × 100 = " + result.de};
    if (ideas_implemented > 0.0)
        kpi.details.emplace_back("one_in", ideas_submitted / ideas_implemented);
    return kpi;
}

Kpi votes_per_idea(double votes, double ideas_submitted) {
    const auto undefined = [](Localized reason) {
        return undefined_kpi("votes_per_idea", votes_per_idea_name, "ratio",
                             Dimension::Interaction, std::move(reason));
    };
    if (!valid_count(votes) || !valid_count(ideas_submitted))
        return undefined({"not defined, because a count is negative or missing.",
                          "nicht definiert, weil eine Anzahl negativ ist oder fehlt."});
    if (ideas_submitted == 0.0)
        return undefined({"not defined, because no ideas were submitted.",
                          "nicht definiert, weil keine Ideen eingereicht wurden."});

    const double ratio = votes / ideas_submitted;
    const Localized result = localized_number(ratio, 2);
    const Localized votes_text = count_text(votes);
    const Localized ideas = count_text(ideas_submitted);

    Kpi kpi;
    kpi.id = "votes_per_idea";
    kpi.name = votes_per_idea_name;
    kpi.unit = "ratio";
    kpi.dimension = Dimension::Interaction;
    kpi.value = ratio;
    kpi.formula = {"votes / submitted ideas = " + votes_text.en + " / " + ideas.en + " = " +
                       result.en,
                   "Stimmen / eingereichte Ideen = " + votes_text.de + " / " + ideas.de + " = " +
                       result.de};
    return kpi;
}

} // namespace engage
