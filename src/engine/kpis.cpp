#include "engine/kpis.h"

#include "engine/number_text.h"

#include <cmath>

namespace engage {
namespace {

Localized operator+(const Localized& a, const Localized& b) {
    return {a.en + b.en, a.de + b.de};
}
Localized operator+(const Localized& a, const char* b) {
    return {a.en + b, a.de + b};
}
Localized operator+(const char* a, const Localized& b) {
    return {a + b.en, a + b.de};
}

// Whole numbers without decimals, others with two: formulas show the user's own figures.
Localized figure(double value) {
    const bool whole = std::fabs(value - std::round(value)) < 1e-9;
    return localized_number(value, whole ? 0 : 2);
}

int percent_decimals(double percent) {
    const double magnitude = std::fabs(percent);
    if (magnitude >= 1.0 || magnitude == 0.0)
        return 1;
    const int decimals = 2 - static_cast<int>(std::floor(std::log10(magnitude)));
    return decimals > 5 ? 5 : decimals;
}

Localized percent_text(double percent) {
    return localized_percent(percent, percent_decimals(percent));
}

void left_out(Problems& problems, long row, const std::string& column, const Localized& kpi,
              const Localized& why) {
    problems.push_back({row, column,
                        Localized{"Left out of ", "Nicht berücksichtigt für "} + kpi + ": " + why,
                        Severity::Info});
}

Localized missing_column_reason(const Localized& role) {
    return Localized{"not defined, because there is no column for ",
                     "nicht definiert, weil eine Spalte für "} +
           role + Localized{".", " fehlt."};
}

struct Part {
    Role role;
    Localized name;
};

// A numerator that adds several columns (likes + comments).
struct SumSpec {
    std::vector<Part> parts;
};

SumSpec interactions_spec(const MetricTable& table) {
    SumSpec spec;
    if (table.find(Role::Likes))
        spec.parts.push_back({Role::Likes, {"likes", "Likes"}});
    if (table.find(Role::Comments))
        spec.parts.push_back({Role::Comments, {"comments", "Kommentare"}});
    if (spec.parts.empty() && table.find(Role::Interactions))
        spec.parts.push_back({Role::Interactions, {"interactions", "Interaktionen"}});
    return spec;
}

Localized sum_names(const SumSpec& spec) {
    Localized text;
    for (std::size_t i = 0; i < spec.parts.size(); ++i)
        text = i == 0 ? spec.parts[i].name : text + " + " + spec.parts[i].name;
    return spec.parts.size() > 1 ? "(" + text + ")" : text;
}

// The numerator of one row, or nullopt when every part is missing there.
std::optional<double> row_sum(const MetricTable& table, const SumSpec& spec, std::size_t i,
                              Localized* figures) {
    double sum = 0;
    bool any = false;
    Localized text;
    for (std::size_t k = 0; k < spec.parts.size(); ++k) {
        const std::optional<double>& value = table.find(spec.parts[k].role)->values[i];
        const double v = value.value_or(0.0);
        any = any || value.has_value();
        sum += v;
        text = k == 0 ? figure(v) : text + " + " + figure(v);
    }
    if (figures)
        *figures = spec.parts.size() > 1 ? "(" + text + ")" : text;
    if (!any)
        return std::nullopt;
    return sum;
}

struct RateSpec {
    const char* id;
    Localized name;
    Role denominator;
    Localized denominator_name;
    Dimension dimension;
};

// Engagement-style rates: interactions / denominator x 100, per row when each row has its own
// denominator (the mean of per-post rates), as a ratio of totals when it is given once.
Kpi interaction_rate(const MetricTable& table, Problems& problems, const RateSpec& rate) {
    const SumSpec spec = interactions_spec(table);
    const MetricColumn* denominator = table.find(rate.denominator);
    if (spec.parts.empty())
        return undefined_kpi(rate.id, rate.name, "%", rate.dimension,
                             missing_column_reason({"likes, comments or interactions",
                                                    "Likes, Kommentare oder Interaktionen"}));
    if (!denominator)
        return undefined_kpi(rate.id, rate.name, "%", rate.dimension,
                             missing_column_reason(rate.denominator_name));

    Kpi kpi = undefined_kpi(rate.id, rate.name, "%", rate.dimension, {});
    const Localized general = sum_names(spec) + " / " + rate.denominator_name + " × 100";

    long given = 0;
    for (const auto& value : denominator->values)
        given += value.has_value() ? 1 : 0;

    if (given == 1 && table.rows.size() > 1) {
        double numerator = 0;
        double base = 0;
        long rows_used = 0;
        for (std::size_t i = 0; i < table.rows.size(); ++i) {
            if (denominator->values[i])
                base = *denominator->values[i];
            if (const auto sum = row_sum(table, spec, i, nullptr)) {
                numerator += *sum;
                ++rows_used;
            }
        }
        kpi.details = {{"interactions", numerator},
                       {"denominator", base},
                       {"rows_used", static_cast<double>(rows_used)}};
        if (base <= 0) {
            kpi.reason = Localized{"not defined, because the ", "nicht definiert, weil "} +
                         rate.denominator_name + Localized{" count is 0.", " 0 ist."};
            kpi.formula = general;
            return kpi;
        }
        kpi.value = numerator / base * 100.0;
        kpi.formula = figure(numerator) + " / " + figure(base) +
                      " × 100 = " + percent_text(*kpi.value) +
                      Localized{" (ratio of totals over " + std::to_string(rows_used) + " rows; " +
                                    rate.denominator_name.en + " given once)",
                                " (Verhältnis der Summen über " + std::to_string(rows_used) +
                                    " Zeilen; " + rate.denominator_name.de + " einmal angegeben)"};
        return kpi;
    }

    double rate_sum = 0;
    long rows_used = 0;
    Localized first_row_formula;
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        Localized figures;
        const auto sum = row_sum(table, spec, i, &figures);
        const auto& base = denominator->values[i];
        if (!sum && !base)
            continue;
        if (!sum) {
            left_out(problems, table.rows[i], table.find(spec.parts[0].role)->header, rate.name,
                     {"no interactions in this row.", "keine Interaktionen in dieser Zeile."});
            continue;
        }
        if (!base || *base <= 0) {
            left_out(problems, table.rows[i], denominator->header, rate.name,
                     rate.denominator_name +
                         Localized{base ? " is 0 in this row." : " is missing in this row.",
                                   base ? " ist in dieser Zeile 0." : " fehlt in dieser Zeile."});
            continue;
        }
        const double row_rate = *sum / *base * 100.0;
        if (rows_used == 0)
            first_row_formula =
                figures + " / " + figure(*base) + " × 100 = " + percent_text(row_rate);
        rate_sum += row_rate;
        ++rows_used;
    }

    kpi.details = {{"rows_used", static_cast<double>(rows_used)}};
    if (rows_used == 0) {
        kpi.reason = Localized{"not defined, because no row has both interactions and ",
                               "nicht definiert, weil keine Zeile sowohl Interaktionen als auch "} +
                     rate.denominator_name + Localized{" above 0.", " über 0 hat."};
        kpi.formula = general;
        return kpi;
    }
    kpi.value = rate_sum / static_cast<double>(rows_used);
    if (rows_used == 1) {
        kpi.formula = first_row_formula;
    } else {
        kpi.formula =
            Localized{"Mean of " + std::to_string(rows_used) + " per-row rates ",
                      "Mittelwert von " + std::to_string(rows_used) + " Raten je Zeile "} +
            general + " = " + percent_text(*kpi.value) + Localized{"; first: ", "; erste: "} +
            first_row_formula;
    }
    return kpi;
}

struct RatioSpec {
    const char* id;
    Localized name;
    Role numerator;
    Localized numerator_name;
    Role denominator;
    Localized denominator_name;
    Dimension dimension;
};

// Ratios of totals: sum(numerator) / sum(denominator) x 100 over the rows that have both.
Kpi ratio_of_totals(const MetricTable& table, Problems& problems, const RatioSpec& ratio) {
    const MetricColumn* numerator = table.find(ratio.numerator);
    const MetricColumn* denominator = table.find(ratio.denominator);
    if (!numerator)
        return undefined_kpi(ratio.id, ratio.name, "%", ratio.dimension,
                             missing_column_reason(ratio.numerator_name));
    if (!denominator)
        return undefined_kpi(ratio.id, ratio.name, "%", ratio.dimension,
                             missing_column_reason(ratio.denominator_name));

    double top = 0;
    double bottom = 0;
    long rows_used = 0;
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const auto& a = numerator->values[i];
        const auto& b = denominator->values[i];
        if (!a && !b)
            continue;
        if (!a || !b) {
            left_out(problems, table.rows[i], (!a ? numerator : denominator)->header, ratio.name,
                     (!a ? ratio.numerator_name : ratio.denominator_name) +
                         Localized{" is missing or not a number in this row.",
                                   " fehlt in dieser Zeile oder ist keine Zahl."});
            continue;
        }
        top += *a;
        bottom += *b;
        ++rows_used;
    }

    Kpi kpi = undefined_kpi(ratio.id, ratio.name, "%", ratio.dimension, {});
    kpi.details = {
        {"numerator", top}, {"denominator", bottom}, {"rows_used", static_cast<double>(rows_used)}};
    const Localized totals =
        rows_used > 1
            ? Localized{" (ratio of totals over " + std::to_string(rows_used) + " rows)",
                        " (Verhältnis der Summen über " + std::to_string(rows_used) + " Zeilen)"}
            : Localized{};
    if (rows_used == 0 || bottom <= 0) {
        kpi.formula = ratio.numerator_name + " / " + ratio.denominator_name + " × 100";
        kpi.reason = rows_used == 0
                         ? Localized{"not defined, because no row has both ",
                                     "nicht definiert, weil keine Zeile sowohl "} +
                               ratio.numerator_name + Localized{" and ", " als auch "} +
                               ratio.denominator_name + Localized{".", " enthält."}
                         : Localized{"not defined, because the ", "nicht definiert, weil die "} +
                               ratio.denominator_name +
                               Localized{" add up to 0.", " zusammen 0 ergeben."};
        return kpi;
    }

    const double value = top / bottom * 100.0;
    kpi.formula =
        figure(top) + " / " + figure(bottom) + " × 100 = " + percent_text(value) + totals;
    if (value > 100.0 + 1e-9) {
        kpi.reason = Localized{"not defined, because there are more ", "nicht definiert, weil es "
                                                                       "mehr "} +
                     ratio.numerator_name + Localized{" than ", " als "} + ratio.denominator_name +
                     Localized{": check the column roles.",
                               " gibt: Prüfen Sie die Spaltenrollen."};
        return kpi;
    }
    kpi.value = value;
    return kpi;
}

Kpi column_total(const MetricTable& table, const char* id, Localized name, Role role) {
    const MetricColumn* column = table.find(role);
    if (!column)
        return undefined_kpi(id, name, "count", Dimension::Reach, missing_column_reason(name));
    double sum = 0;
    long rows_used = 0;
    for (const auto& value : column->values) {
        if (value) {
            sum += *value;
            ++rows_used;
        }
    }
    Kpi kpi = undefined_kpi(id, name, "count", Dimension::Reach, {});
    kpi.details = {{"rows_used", static_cast<double>(rows_used)}};
    if (rows_used == 0) {
        kpi.reason = {"not defined, because the column has no numbers.",
                      "nicht definiert, weil die Spalte keine Zahlen enthält."};
        return kpi;
    }
    kpi.value = sum;
    kpi.formula = rows_used > 1
                      ? Localized{"Sum over " + std::to_string(rows_used) + " rows = ",
                                  "Summe über " + std::to_string(rows_used) + " Zeilen = "} +
                            figure(sum)
                      : figure(sum);
    return kpi;
}

} // namespace

Kpi engagement_rate(const MetricTable& table, Problems& problems) {
    return interaction_rate(table, problems,
                            {"engagement_rate",
                             {"Engagement rate (by followers)", "Engagement-Rate (nach Followern)"},
                             Role::Followers,
                             {"followers", "Follower"},
                             Dimension::Interaction});
}

Kpi engagement_rate_by_reach(const MetricTable& table, Problems& problems) {
    return interaction_rate(table, problems,
                            {"engagement_rate_by_reach",
                             {"Engagement rate by reach", "Engagement-Rate nach Reichweite"},
                             Role::Reach,
                             {"reach", "Reichweite"},
                             Dimension::Interaction});
}

Kpi engagement_rate_by_impressions(const MetricTable& table, Problems& problems) {
    return interaction_rate(
        table, problems,
        {"engagement_rate_by_impressions",
         {"Engagement rate by impressions", "Engagement-Rate nach Impressionen"},
         Role::Impressions,
         {"impressions", "Impressionen"},
         Dimension::Interaction});
}

Kpi click_through_rate(const MetricTable& table, Problems& problems) {
    return ratio_of_totals(table, problems,
                           {"click_through_rate",
                            {"Click-through rate", "Klickrate (CTR)"},
                            Role::Clicks,
                            {"clicks", "Klicks"},
                            Role::Impressions,
                            {"impressions", "Impressionen"},
                            Dimension::Interaction});
}

Kpi bounce_rate(const MetricTable& table, Problems& problems) {
    // Bounces are divided by visits (sessions), never by unique visitors: a visitor can bounce
    // on several visits, which pushes the rate past 100 %.
    return ratio_of_totals(table, problems,
                           {"bounce_rate",
                            {"Bounce rate", "Absprungrate"},
                            Role::Bounces,
                            {"bounces", "Absprünge"},
                            Role::Visits,
                            {"visits", "Besuche"},
                            Dimension::Interaction});
}

Kpi conversion_rate(const MetricTable& table, Problems& problems) {
    // The article divides by visits or clicks, or by impressions; visits come first because
    // they are what a conversion follows.
    Role denominator = Role::Visits;
    Localized denominator_name = {"visits", "Besuche"};
    if (!table.find(Role::Visits) && table.find(Role::Clicks)) {
        denominator = Role::Clicks;
        denominator_name = {"clicks", "Klicks"};
    } else if (!table.find(Role::Visits) && table.find(Role::Impressions)) {
        denominator = Role::Impressions;
        denominator_name = {"impressions", "Impressionen"};
    }
    return ratio_of_totals(table, problems,
                           {"conversion_rate",
                            {"Conversion rate", "Konversionsrate"},
                            Role::Conversions,
                            {"conversions", "Conversions"},
                            denominator,
                            denominator_name,
                            Dimension::Transaction});
}

Kpi conversion_rate_per_visitor(const MetricTable& table, Problems& problems) {
    return ratio_of_totals(
        table, problems,
        {"conversion_rate_per_visitor",
         {"Conversion rate per unique visitor", "Konversionsrate je eindeutigem Besucher"},
         Role::Conversions,
         {"conversions", "Conversions"},
         Role::UniqueVisitors,
         {"unique visitors", "eindeutige Besucher"},
         Dimension::Transaction});
}

Kpi time_on_site(const MetricTable& table, Problems& problems) {
    const Localized name = {"Time on site", "Verweildauer"};
    const MetricColumn* duration = table.find(Role::Duration);
    if (!duration)
        return undefined_kpi("time_on_site", name, "s", Dimension::Interaction,
                             missing_column_reason({"visit duration", "die Besuchsdauer"}));
    const MetricColumn* visits = table.find(Role::Visits);

    double weighted = 0;
    double weight = 0;
    long rows_used = 0;
    long zero_rows = 0;
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const auto& seconds = duration->values[i];
        if (!seconds)
            continue;
        double w = 1.0;
        if (visits) {
            if (!visits->values[i]) {
                left_out(problems, table.rows[i], visits->header, name,
                         {"visits are missing in this row, so its average cannot be weighted.",
                          "die Besuche fehlen in dieser Zeile, daher kann ihr Durchschnitt "
                          "nicht gewichtet werden."});
                continue;
            }
            w = *visits->values[i];
        }
        weighted += *seconds * w;
        weight += w;
        ++rows_used;
        zero_rows += *seconds == 0 ? 1 : 0;
    }

    Kpi kpi = undefined_kpi("time_on_site", name, "s", Dimension::Interaction, {});
    kpi.details = {{"rows_used", static_cast<double>(rows_used)},
                   {"zero_duration_rows", static_cast<double>(zero_rows)}};
    const Localized general =
        visits ? Localized{"Σ (average duration × visits) / Σ visits",
                           "Σ (Durchschnittsdauer × Besuche) / Σ Besuche"}
               : Localized{"Σ duration / number of visits", "Σ Dauer / Anzahl der Besuche"};
    if (rows_used == 0 || weight <= 0 || zero_rows == rows_used) {
        kpi.formula = general;
        kpi.reason = rows_used == 0
                         ? Localized{"not measurable, because no row has a duration.",
                                     "nicht messbar, weil keine Zeile eine Dauer enthält."}
                         : Localized{"not measurable, because every duration is 0 s: tools "
                                     "record single-page visits as 0 s, since the last page of "
                                     "a visit has no measured duration.",
                                     "nicht messbar, weil jede Dauer 0 s beträgt: Tools "
                                     "erfassen Besuche mit nur einer Seite als 0 s, da die "
                                     "letzte Seite eines Besuchs keine gemessene Dauer hat."};
        return kpi;
    }
    kpi.value = weighted / weight;
    const std::string shown = format_duration(*kpi.value);
    kpi.formula = general + " = " + figure(std::round(weighted)) + " s / " + figure(weight) +
                  " = " + Localized{shown, shown};
    if (zero_rows > 0)
        kpi.formula = kpi.formula +
                      Localized{"; " + std::to_string(zero_rows) +
                                    " rows with 0 s are included (single-page visits have no "
                                    "measurable duration)",
                                "; " + std::to_string(zero_rows) +
                                    " Zeilen mit 0 s sind enthalten (Besuche mit nur einer Seite "
                                    "haben keine messbare Dauer)"};
    return kpi;
}

Kpi net_promoter_score(const MetricTable& table, Problems& problems) {
    const Localized name = {"Net Promoter Score", "Net Promoter Score"};
    const MetricColumn* answers = table.find(Role::NpsScore);
    if (!answers)
        return undefined_kpi(
            "nps", name, "score", Dimension::Interaction,
            missing_column_reason(
                {"answers on the 0–10 scale", "Antworten auf der Skala 0–10"}));

    long promoters = 0;
    long passives = 0;
    long detractors = 0;
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const auto& answer = answers->values[i];
        if (!answer) {
            left_out(problems, table.rows[i], answers->header, name,
                     {"the answer is blank.", "die Antwort ist leer."});
            continue;
        }
        if (*answer < 0 || *answer > 10 || std::fabs(*answer - std::round(*answer)) > 1e-9) {
            const Localized shown = figure(*answer);
            left_out(problems, table.rows[i], answers->header, name,
                     Localized{"the answer ", "die Antwort "} + shown +
                         Localized{" is not a whole number from 0 to 10.",
                                   " ist keine ganze Zahl von 0 bis 10."});
            continue;
        }
        const long score = std::lround(*answer);
        if (score >= 9)
            ++promoters;
        else if (score >= 7)
            ++passives;
        else
            ++detractors;
    }

    const long total = promoters + passives + detractors;
    Kpi kpi = undefined_kpi("nps", name, "score", Dimension::Interaction, {});
    kpi.details = {{"promoters", static_cast<double>(promoters)},
                   {"passives", static_cast<double>(passives)},
                   {"detractors", static_cast<double>(detractors)},
                   {"answers", static_cast<double>(total)}};
    const Localized general = {"% promoters (9–10) − % detractors (0–6)",
                               "% Promotoren (9–10) − % Kritiker (0–6)"};
    if (total == 0) {
        kpi.formula = general;
        kpi.reason = {"not defined, because there is no valid answer from 0 to 10.",
                      "nicht definiert, weil es keine gültige Antwort von 0 bis 10 gibt."};
        return kpi;
    }
    const double promoter_share = 100.0 * static_cast<double>(promoters) / total;
    const double detractor_share = 100.0 * static_cast<double>(detractors) / total;
    kpi.value = promoter_share - detractor_share;
    kpi.formula =
        general + " = " + percent_text(promoter_share) + " − " + percent_text(detractor_share) +
        " = " + localized_number(*kpi.value, 1) +
        Localized{" (" + std::to_string(promoters) + " promoters, " + std::to_string(passives) +
                      " passives, " + std::to_string(detractors) + " detractors of " +
                      std::to_string(total) + " answers)",
                  " (" + std::to_string(promoters) + " Promotoren, " + std::to_string(passives) +
                      " Passive, " + std::to_string(detractors) + " Kritiker von " +
                      std::to_string(total) + " Antworten)"};
    return kpi;
}

Kpi total_reach(const MetricTable& table, Problems&) {
    return column_total(table, "reach", {"Reach", "Reichweite"}, Role::Reach);
}

Kpi total_impressions(const MetricTable& table, Problems&) {
    return column_total(table, "impressions", {"Impressions", "Impressionen"}, Role::Impressions);
}

Kpis compute_kpis(const MetricTable& table, Problems& problems) {
    const auto has = [&](std::initializer_list<Role> roles) {
        for (const Role role : roles)
            if (table.find(role))
                return true;
        return false;
    };
    const bool has_interactions = has({Role::Likes, Role::Comments, Role::Interactions});

    Kpis kpis;
    if (has({Role::Reach}))
        kpis.push_back(total_reach(table, problems));
    if (has({Role::Impressions}))
        kpis.push_back(total_impressions(table, problems));
    if (has({Role::Followers}) || (has_interactions && !has({Role::Reach, Role::Impressions})))
        kpis.push_back(engagement_rate(table, problems));
    if (has({Role::Reach}) && has_interactions)
        kpis.push_back(engagement_rate_by_reach(table, problems));
    if (has({Role::Impressions}) && has_interactions)
        kpis.push_back(engagement_rate_by_impressions(table, problems));
    if (has({Role::Clicks}))
        kpis.push_back(click_through_rate(table, problems));
    if (has({Role::Bounces}))
        kpis.push_back(bounce_rate(table, problems));
    if (has({Role::Duration}))
        kpis.push_back(time_on_site(table, problems));
    if (has({Role::Conversions}))
        kpis.push_back(conversion_rate(table, problems));
    if (has({Role::Conversions}) && has({Role::UniqueVisitors}))
        kpis.push_back(conversion_rate_per_visitor(table, problems));
    if (has({Role::NpsScore}))
        kpis.push_back(net_promoter_score(table, problems));
    return kpis;
}

} // namespace engage
