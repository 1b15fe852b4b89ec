#include "engine/kpis.h"

#include <algorithm>
#include <cassert>
#include <cmath>

#include "engine/nps_statistics.h"
#include "engine/number_text.h"
#include "engine/proportions.h"

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

// Formulas and messages show the user's own figures: as many decimals as the value has (7.5
// stays "7.5", not "7.50"), up to four, beyond which the figure is rounded.
Localized figure(double value) {
    int decimals = 0;
    for (double scale = 1; decimals < 4; ++decimals, scale *= 10) {
        const double scaled = value * scale;
        if (std::fabs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, std::fabs(scaled)))
            break;
    }
    return localized_number(value, decimals);
}

Localized percent_text(double percent) {
    return localized_percent(percent, percent_decimals(percent));
}

const Localized row_noun{"row", "Zeile"};
const Localized rows_noun{"rows", "Zeilen"};

Localized over_rows(const char* what_en, const char* what_de, long rows) {
    return Localized{std::string(" (") + what_en + " over ",
                     std::string(" (") + what_de + " über "} +
           counted(rows, row_noun, rows_noun) + ")";
}

Problem left_out(long row, const std::string& column, const Localized& kpi, const Localized& why) {
    Problem problem{row, column,
                    Localized{"Left out of ", "Nicht berücksichtigt für "} + kpi + ": " + why,
                    Severity::Info};
    problem.left_out = true;
    return problem;
}

Localized missing_column_reason(const Localized& role) {
    return Localized{"not defined, because there is no column for ",
                     "nicht definiert, weil eine Spalte für "} +
           role + Localized{".", " fehlt."};
}

std::size_t index(Role role) {
    return static_cast<std::size_t>(role);
}

// ---- names -----------------------------------------------------------------------------------

const Localized engagement_name = {"Engagement rate (by followers)",
                                   "Engagement-Rate (nach Followern)"};
const Localized engagement_reach_name = {"Engagement rate by reach",
                                         "Engagement-Rate nach Reichweite"};
const Localized engagement_impressions_name = {"Engagement rate by impressions",
                                               "Engagement-Rate nach Impressionen"};
const Localized ctr_name = {"Click-through rate", "Klickrate (CTR)"};
const Localized bounce_name = {"Bounce rate", "Absprungrate"};
const Localized conversion_name = {"Conversion rate", "Konversionsrate"};
const Localized conversion_visitor_name = {"Conversion rate per unique visitor",
                                           "Konversionsrate je eindeutigem Besucher"};
const Localized time_name = {"Time on site", "Verweildauer"};
const Localized nps_name = {"Net Promoter Score", "Net Promoter Score"};

Localized noun(Role role) {
    switch (role) {
    case Role::Followers:
        return {"followers", "Follower"};
    case Role::Reach:
        return {"reach", "Reichweite"};
    case Role::Impressions:
        return {"impressions", "Impressionen"};
    case Role::Clicks:
        return {"clicks", "Klicks"};
    case Role::Visits:
        return {"visits", "Besuche"};
    case Role::Bounces:
        return {"bounces", "Absprünge"};
    case Role::Conversions:
        return {"conversions", "Conversions"};
    case Role::UniqueVisitors:
        return {"unique visitors", "eindeutige Besucher"};
    case Role::Likes:
        return {"likes", "Likes"};
    case Role::Comments:
        return {"comments", "Kommentare"};
    case Role::Interactions:
        return {"interactions", "Interaktionen"};
    default:
        return role_name(role);
    }
}

// ---- accumulating states ----------------------------------------------------------------------

// Engagement-style rates: interactions / denominator × 100, per row when each row has its own
// denominator (the mean of per-post rates), as a ratio of totals when it is given once.
struct InteractionRate {
    explicit InteractionRate(Role role) : denominator(role) {}

    Role denominator;
    double rate_sum = 0;
    long rows_used = 0;
    double numerator_total = 0;
    long numerator_rows = 0;
    long denominators_given = 0;
    double last_denominator = 0;
    Localized first_row_formula;
    // Rows that cannot take part in per-row mode; reported only if that mode is chosen.
    std::vector<Problem> deferred;
    long deferred_overflow = 0;
};

struct Ratio {
    double top = 0;
    double bottom = 0;
    long rows_used = 0;
};

struct WeightedRate {
    double weighted = 0; // sum of rate x weight
    double weight = 0;
    double plain_sum = 0;
    long rows = 0;
};

struct Duration {
    double weighted = 0;
    double weight = 0;
    long rows_used = 0;
    long zero_rows = 0;
};

struct Nps {
    long promoters = 0;
    long passives = 0;
    long detractors = 0;
    std::array<bool, 11> seen{}; // which whole answers 0..10 occurred, for the scale guard
};

struct Total {
    double sum = 0;
    long rows = 0;
};

// Rows left out of KPIs because a column they need has no number in them (blank, a missing
// marker or not a number). A blank count is unknown, not 0: using it as 0 would lower every rate
// the row takes part in. Grouped per column so a file with thousands of gaps gets one problem
// that still names the first rows and the count.
struct Gap {
    long rows = 0;
    long last_row = -1;
    std::vector<long> first_rows;    // the first few, for the message
    std::vector<std::string> kpis;   // the KPIs' names (English) in first-seen order
    std::vector<Localized> kpi_names;
};

constexpr std::size_t gap_rows_shown = 5;

constexpr std::size_t deferred_limit = 50000;

// Rates of counts get a Wilson 95 % interval (proportions.h), in percent like the value.
void attach_wilson(Kpi& kpi, double successes, double trials) {
    const ProportionEstimate estimate = wilson_interval(successes, trials);
    if (estimate.defined)
        kpi.ci95 = percent_interval(estimate);
}

} // namespace

struct KpiAccumulator::State {
    std::array<std::string, role_count> headers;
    bool nps_assume_zero_to_ten = false;
    long rows_seen = 0;

    std::vector<Role> interaction_parts; // likes, comments, or a precomputed interactions
    InteractionRate by_followers{Role::Followers};
    InteractionRate by_reach{Role::Reach};
    InteractionRate by_impressions{Role::Impressions};
    Ratio clicks;
    Ratio bounces;
    WeightedRate bounce_rates;
    Ratio conversions;
    Role conversion_denominator = Role::Visits;
    Ratio conversions_per_visitor;
    WeightedRate conversion_rates;
    Ratio conversion_flags; // top: yes, bottom: rows with a flag
    Duration duration;
    Nps nps;
    Total reach;
    Total impressions;
    std::array<Gap, role_count> gaps;
    bool row_left_out = false; // the row being added was left out of at least one KPI

    bool has(Role role) const { return !headers[index(role)].empty(); }
    const std::string& header(Role role) const { return headers[index(role)]; }

    void add_interaction_rate(InteractionRate& rate, const Localized& name, long row,
                              const RowValues& values, double sum, bool any);
    void add_ratio(Ratio& ratio, const Localized& name, Role top, Role bottom, long row,
                   const RowValues& values);
    void add(long row, const RowValues& values, Problems& problems);
    void note_gap(Role role, const Localized& kpi, long row);
    void report_gaps(Problems& problems) const;

    Kpi finish_interaction_rate(const InteractionRate& rate, const char* id, const Localized& name,
                                Problems& problems) const;
    Kpi finish_ratio(const Ratio& ratio, const char* id, const Localized& name, Role top,
                     Role bottom, Dimension dimension) const;
    Kpi finish_weighted_rate(const WeightedRate& rate, const char* id, const Localized& name,
                             Role rate_role, Dimension dimension) const;
    Kpi finish_bounce_rate() const;
    Kpi finish_conversion_rate() const;
    Kpi finish_conversion_rate_per_visitor() const;
    Kpi finish_time_on_site() const;
    Kpi finish_nps() const;
    Kpi finish_total(const Total& total, const char* id, Role role) const;
};

// `sum` and `any`: the row's interactions and whether any part was given, added up once per
// row for all three denominators.
void KpiAccumulator::State::add_interaction_rate(InteractionRate& rate, const Localized& name,
                                                 long row, const RowValues& values, double sum,
                                                 bool any) {
    const std::optional<double>& base = values[index(rate.denominator)];
    if (base) {
        ++rate.denominators_given;
        rate.last_denominator = *base;
    }
    // A row with some interaction parts but not all (likes given, comments blank or "abc") is
    // left out of numerator and denominator alike: its missing part is unknown, not 0.
    bool complete = any;
    for (const Role part : interaction_parts) {
        if (any && !values[index(part)]) {
            note_gap(part, name, row);
            complete = false;
        }
    }
    if (any && !complete)
        return;
    if (any) {
        rate.numerator_total += sum;
        ++rate.numerator_rows;
    }
    if (!any && !base)
        return;

    auto defer = [&](Problem problem) {
        if (rate.deferred.size() < deferred_limit)
            rate.deferred.push_back(std::move(problem));
        else
            ++rate.deferred_overflow;
    };
    if (!any) {
        defer(left_out(row, header(interaction_parts[0]), name,
                       {"no interactions in this row.", "keine Interaktionen in dieser Zeile."}));
        return;
    }
    if (!base || *base <= 0) {
        defer(left_out(row, header(rate.denominator), name,
                       noun(rate.denominator) +
                           Localized{base ? " is 0 in this row." : " is missing in this row.",
                                     base ? " ist in dieser Zeile 0."
                                          : " fehlt in dieser "
                                            "Zeile."}));
        return;
    }
    const double row_rate = sum / *base * 100.0;
    if (rate.rows_used == 0) {
        // The first row's formula is shown as the example; built once, not per row.
        Localized figures;
        for (std::size_t k = 0; k < interaction_parts.size(); ++k) {
            const double value = values[index(interaction_parts[k])].value_or(0.0);
            figures = k == 0 ? figure(value) : figures + " + " + figure(value);
        }
        if (interaction_parts.size() > 1)
            figures = "(" + figures + ")";
        rate.first_row_formula =
            figures + " / " + figure(*base) + " × 100 = " + percent_text(row_rate);
    }
    rate.rate_sum += row_rate;
    ++rate.rows_used;
}

void KpiAccumulator::State::add_ratio(Ratio& ratio, const Localized& name, Role top, Role bottom,
                                      long row, const RowValues& values) {
    const std::optional<double>& a = values[index(top)];
    const std::optional<double>& b = values[index(bottom)];
    if (!a || !b) {
        if (!a)
            note_gap(top, name, row);
        if (!b)
            note_gap(bottom, name, row);
        return;
    }
    ratio.top += *a;
    ratio.bottom += *b;
    ++ratio.rows_used;
}

void KpiAccumulator::State::add(long row, const RowValues& values, Problems& problems) {
    ++rows_seen;

    if (!interaction_parts.empty()) {
        double sum = 0;
        bool any = false;
        for (const Role part : interaction_parts) {
            const std::optional<double>& value = values[index(part)];
            any = any || value.has_value();
            sum += value.value_or(0.0);
        }
        if (has(Role::Followers))
            add_interaction_rate(by_followers, engagement_name, row, values, sum, any);
        if (has(Role::Reach))
            add_interaction_rate(by_reach, engagement_reach_name, row, values, sum, any);
        if (has(Role::Impressions))
            add_interaction_rate(by_impressions, engagement_impressions_name, row, values, sum,
                                 any);
    }
    if (has(Role::Clicks) && has(Role::Impressions))
        add_ratio(clicks, ctr_name, Role::Clicks, Role::Impressions, row, values);

    if (has(Role::Bounces) && has(Role::Visits)) {
        add_ratio(bounces, bounce_name, Role::Bounces, Role::Visits, row, values);
    } else if (has(Role::BounceRate)) {
        const auto& rate = values[index(Role::BounceRate)];
        const auto& visits = values[index(Role::Visits)];
        if (rate && (!has(Role::Visits) || visits)) {
            const double w = has(Role::Visits) ? *visits : 1.0;
            bounce_rates.weighted += *rate * w;
            bounce_rates.weight += w;
            bounce_rates.plain_sum += *rate;
            ++bounce_rates.rows;
        } else {
            if (!rate)
                note_gap(Role::BounceRate, bounce_name, row);
            if (has(Role::Visits) && !visits)
                note_gap(Role::Visits, bounce_name, row);
        }
    }

    if (has(Role::Conversions) && has(conversion_denominator))
        add_ratio(conversions, conversion_name, Role::Conversions, conversion_denominator, row,
                  values);
    if (has(Role::Conversions) && has(Role::UniqueVisitors))
        add_ratio(conversions_per_visitor, conversion_visitor_name, Role::Conversions,
                  Role::UniqueVisitors, row, values);
    if (!has(Role::Conversions) && has(Role::ConversionFlag)) {
        if (const auto& flag = values[index(Role::ConversionFlag)]) {
            conversion_flags.top += *flag > 0 ? 1 : 0;
            conversion_flags.bottom += 1;
            ++conversion_flags.rows_used;
        } else {
            note_gap(Role::ConversionFlag, conversion_name, row);
        }
    }
    if (!has(Role::Conversions) && !has(Role::ConversionFlag) && has(Role::ConversionRate)) {
        const auto& rate = values[index(Role::ConversionRate)];
        const auto& visits = values[index(Role::Visits)];
        if (rate && (!has(Role::Visits) || visits)) {
            const double w = has(Role::Visits) ? *visits : 1.0;
            conversion_rates.weighted += *rate * w;
            conversion_rates.weight += w;
            conversion_rates.plain_sum += *rate;
            ++conversion_rates.rows;
        } else {
            if (!rate)
                note_gap(Role::ConversionRate, conversion_name, row);
            if (has(Role::Visits) && !visits)
                note_gap(Role::Visits, conversion_name, row);
        }
    }

    if (has(Role::Duration)) {
        const auto& seconds = values[index(Role::Duration)];
        if (seconds) {
            double w = 1.0;
            bool usable = true;
            if (has(Role::Visits)) {
                if (const auto& visits = values[index(Role::Visits)]) {
                    w = *visits;
                } else {
                    usable = false;
                    note_gap(Role::Visits, time_name, row);
                }
            }
            if (usable) {
                duration.weighted += *seconds * w;
                duration.weight += w;
                ++duration.rows_used;
                duration.zero_rows += *seconds == 0 ? 1 : 0;
            }
        } else {
            note_gap(Role::Duration, time_name, row);
        }
    }

    if (has(Role::NpsScore)) {
        const auto& answer = values[index(Role::NpsScore)];
        if (!answer) {
            // Blank, or a cell the reader could not take as a number (reported on its own).
            problems.push_back(left_out(row, header(Role::NpsScore), nps_name,
                                        {"the row holds no answer from 0 to 10.",
                                         "die Zeile enthält keine Antwort von 0 bis 10."}));
        } else if (*answer < 0 || *answer > 10 ||
                   (static_cast<double>(static_cast<long>(*answer)) != *answer &&
                    std::fabs(*answer - std::round(*answer)) > 1e-9)) {
            problems.push_back(left_out(row, header(Role::NpsScore), nps_name,
                                        Localized{"the answer ", "die Antwort "} + figure(*answer) +
                                            Localized{" is not a whole number from 0 to 10.",
                                                      " ist keine ganze Zahl von 0 bis 10."}));
        } else {
            const long score = static_cast<long>(*answer + 0.5); // 0..10, within 1e-9 of whole
            nps.seen[static_cast<std::size_t>(score)] = true;
            if (score >= 9)
                ++nps.promoters;
            else if (score >= 7)
                ++nps.passives;
            else
                ++nps.detractors;
        }
    }

    if (has(Role::Reach)) {
        if (const auto& value = values[index(Role::Reach)]) {
            reach.sum += *value;
            ++reach.rows;
        } else {
            note_gap(Role::Reach, role_name(Role::Reach), row);
        }
    }
    if (has(Role::Impressions)) {
        if (const auto& value = values[index(Role::Impressions)]) {
            impressions.sum += *value;
            ++impressions.rows;
        } else {
            note_gap(Role::Impressions, role_name(Role::Impressions), row);
        }
    }
}

void KpiAccumulator::State::note_gap(Role role, const Localized& kpi, long row) {
    row_left_out = true;
    Gap& gap = gaps[index(role)];
    if (gap.last_row != row) {
        gap.last_row = row;
        ++gap.rows;
        if (gap.first_rows.size() < gap_rows_shown)
            gap.first_rows.push_back(row);
    }
    if (std::find(gap.kpis.begin(), gap.kpis.end(), kpi.en) == gap.kpis.end()) {
        gap.kpis.push_back(kpi.en);
        gap.kpi_names.push_back(kpi);
    }
}

void KpiAccumulator::State::report_gaps(Problems& problems) const {
    for (std::size_t r = 0; r < role_count; ++r) {
        const Gap& gap = gaps[r];
        if (gap.rows == 0)
            continue;
        Localized rows_list;
        for (std::size_t k = 0; k < gap.first_rows.size(); ++k) {
            // Row numbers as a spreadsheet shows them: no thousands separator inside a list.
            const std::string number = std::to_string(gap.first_rows[k]);
            rows_list = k == 0 ? Localized{number, number} : rows_list + ", " + number.c_str();
        }
        if (gap.rows > static_cast<long>(gap.first_rows.size()))
            rows_list = rows_list + ", …";
        Localized kpis;
        for (std::size_t k = 0; k < gap.kpi_names.size(); ++k) {
            const Localized& separator = k + 1 == gap.kpi_names.size()
                                             ? Localized{" and ", " und "}
                                             : Localized{", ", ", "};
            kpis = k == 0 ? gap.kpi_names[k] : kpis + separator + gap.kpi_names[k];
        }
        const bool one = gap.rows == 1;
        const Localized count = counted(gap.rows, row_noun, rows_noun);
        const std::string& column = headers[r];
        Problem problem{
            gap.first_rows.front(), column,
            {count.en + (one ? " has" : " have") + " no number in column \"" + column +
                 "\" (" + (one ? "row " : "rows ") + rows_list.en +
                 (one ? "); it was left out of " : "); they were left out of ") + kpis.en +
                 ". A missing value is not taken as 0.",
             count.de + (one ? " hat" : " haben") + " keine Zahl in der Spalte „" + column +
                 "“ (" + (one ? "Zeile " : "Zeilen ") + rows_list.de +
                 (one ? "); sie wurde für " : "); sie wurden für ") + kpis.de +
                 " nicht berücksichtigt. Ein fehlender Wert gilt nicht als 0."},
            Severity::Warning};
        problem.left_out = true;
        problems.push_back(std::move(problem));
    }
}

Kpi KpiAccumulator::State::finish_interaction_rate(const InteractionRate& rate, const char* id,
                                                   const Localized& name,
                                                   Problems& problems) const {
    if (interaction_parts.empty())
        return undefined_kpi(id, name, "%", Dimension::Interaction,
                             missing_column_reason({"likes, comments or interactions",
                                                    "Likes, Kommentare oder Interaktionen"}));
    if (!has(rate.denominator))
        return undefined_kpi(id, name, "%", Dimension::Interaction,
                             missing_column_reason(noun(rate.denominator)));

    Localized parts;
    for (std::size_t k = 0; k < interaction_parts.size(); ++k)
        parts = k == 0 ? noun(interaction_parts[k]) : parts + " + " + noun(interaction_parts[k]);
    if (interaction_parts.size() > 1)
        parts = "(" + parts + ")";
    const Localized general = parts + " / " + noun(rate.denominator) + " × 100";
    Kpi kpi = undefined_kpi(id, name, "%", Dimension::Interaction, {});

    // The denominator given once (followers in the first row only): all interactions over it.
    if (rate.denominators_given == 1 && rows_seen > 1) {
        const double base = rate.last_denominator;
        kpi.details = {{"interactions", rate.numerator_total},
                       {"denominator", base},
                       {"rows_used", static_cast<double>(rate.numerator_rows)}};
        kpi.formula = general;
        if (base <= 0) {
            kpi.reason = Localized{"not defined, because ", "nicht definiert, weil "} +
                         noun(rate.denominator) + Localized{" is 0.", " 0 ist."};
            return kpi;
        }
        kpi.value = rate.numerator_total / base * 100.0;
        kpi.formula = figure(rate.numerator_total) + " / " + figure(base) +
                      " × 100 = " + percent_text(*kpi.value) +
                      Localized{" (ratio of totals over ", " (Verhältnis der Summen über "} +
                      counted(rate.numerator_rows, row_noun, rows_noun) + "; " +
                      noun(rate.denominator) + Localized{" given once)", " einmal angegeben)"};
        return kpi;
    }

    problems.insert(problems.end(), rate.deferred.begin(), rate.deferred.end());
    if (rate.deferred_overflow > 0)
        problems.push_back({0, header(rate.denominator),
                            counted(rate.deferred_overflow, {"more row was", "weitere Zeile wurde"},
                                    {"more rows were", "weitere Zeilen wurden"}) +
                                Localized{" left out of " + name.en + ".",
                                          " für " + name.de + " nicht berücksichtigt."},
                            Severity::Info});

    kpi.details = {{"rows_used", static_cast<double>(rate.rows_used)}};
    if (rate.rows_used == 0) {
        kpi.reason = Localized{"not defined, because no row has both interactions and ",
                               "nicht definiert, weil keine Zeile sowohl Interaktionen als auch "} +
                     noun(rate.denominator) + Localized{" above 0.", " über 0 hat."};
        kpi.formula = general;
        return kpi;
    }
    kpi.value = rate.rate_sum / static_cast<double>(rate.rows_used);
    const bool unused_interactions =
        has(Role::Interactions) && interaction_parts.front() != Role::Interactions;
    if (rate.rows_used == 1) {
        kpi.formula = rate.first_row_formula;
    } else {
        const Localized n = localized_number(static_cast<double>(rate.rows_used), 0);
        kpi.formula = Localized{"Mean of " + n.en + " per-row rates ",
                                "Mittelwert von " + n.de + " Raten je Zeile "} +
                      general + " = " + percent_text(*kpi.value) +
                      Localized{"; first: ", "; erste: "} + rate.first_row_formula;
    }
    // Twitter's "engagements" count every click and profile visit; the article counts likes
    // and comments, so the file's own engagement rate comes out several times higher.
    if (unused_interactions)
        kpi.formula = kpi.formula +
                      Localized{". The column \"" + header(Role::Interactions) +
                                    "\" (all interactions, clicks included) is not added, as the "
                                    "article counts likes and comments only",
                                ". Die Spalte „" + header(Role::Interactions) +
                                    "“ (alle Interaktionen, auch Klicks) wird nicht addiert, da "
                                    "der Artikel nur Likes und Kommentare zählt"};
    return kpi;
}

Kpi KpiAccumulator::State::finish_ratio(const Ratio& ratio, const char* id, const Localized& name,
                                        Role top, Role bottom, Dimension dimension) const {
    if (!has(top))
        return undefined_kpi(id, name, "%", dimension, missing_column_reason(noun(top)));
    if (!has(bottom))
        return undefined_kpi(id, name, "%", dimension, missing_column_reason(noun(bottom)));

    Kpi kpi = undefined_kpi(id, name, "%", dimension, {});
    kpi.details = {{"numerator", ratio.top},
                   {"denominator", ratio.bottom},
                   {"rows_used", static_cast<double>(ratio.rows_used)}};
    if (ratio.rows_used == 0 || ratio.bottom <= 0) {
        kpi.formula = noun(top) + " / " + noun(bottom) + " × 100";
        kpi.reason = ratio.rows_used == 0
                         ? Localized{"not defined, because no row has both ",
                                     "nicht definiert, weil keine Zeile sowohl "} +
                               noun(top) + Localized{" and ", " als auch "} + noun(bottom) +
                               Localized{".", " enthält."}
                         : Localized{"not defined, because the ", "nicht definiert, weil die "} +
                               noun(bottom) + Localized{" add up to 0.", " zusammen 0 ergeben."};
        return kpi;
    }

    const double value = ratio.top / ratio.bottom * 100.0;
    kpi.formula = figure(ratio.top) + " / " + figure(ratio.bottom) +
                  " × 100 = " + percent_text(value) +
                  (ratio.rows_used > 1
                       ? over_rows("ratio of totals", "Verhältnis der Summen", ratio.rows_used)
                       : Localized{});
    if (value > 100.0 + 1e-9) {
        kpi.reason =
            Localized{"not defined, because there are more ", "nicht definiert, weil es mehr "} +
            noun(top) + Localized{" than ", " als "} + noun(bottom) +
            Localized{": check the column roles.", " gibt: Prüfen Sie die Spaltenrollen."};
        return kpi;
    }
    kpi.value = value;
    attach_wilson(kpi, ratio.top, ratio.bottom);
    return kpi;
}

Kpi KpiAccumulator::State::finish_weighted_rate(const WeightedRate& rate, const char* id,
                                                const Localized& name, Role rate_role,
                                                Dimension dimension) const {
    Kpi kpi = undefined_kpi(id, name, "%", dimension, {});
    const Localized rate_noun = role_name(rate_role);
    kpi.details = {{"rows_used", static_cast<double>(rate.rows)}};
    if (rate.rows == 0 || rate.weight <= 0) {
        kpi.formula = rate_noun;
        kpi.reason = {"not defined, because no row has a rate" +
                          std::string(has(Role::Visits) ? " and visits above 0." : "."),
                      "nicht definiert, weil keine Zeile eine Rate" +
                          std::string(has(Role::Visits) ? " und Besuche über 0 hat." : " hat.")};
        return kpi;
    }
    kpi.value = rate.weighted / rate.weight;
    if (has(Role::Visits))
        attach_wilson(kpi, rate.weighted / 100.0, rate.weight); // implied counts
    if (rate.rows == 1) {
        kpi.formula = Localized{"as given in the file: ", "wie in der Datei angegeben: "} +
                      percent_text(*kpi.value);
    } else if (has(Role::Visits)) {
        kpi.formula =
            Localized{"Σ (rate × visits) / Σ visits = ", "Σ (Rate × Besuche) / Σ Besuche = "} +
            figure(rate.weighted / 100.0) + " / " + figure(rate.weight) + " = " +
            percent_text(*kpi.value) +
            over_rows("rates weighted by visits", "Raten gewichtet nach Besuchen", rate.rows);
    } else {
        kpi.value = rate.plain_sum / static_cast<double>(rate.rows);
        kpi.formula =
            Localized{"unweighted mean of the rates = ", "ungewichteter Mittelwert der Raten = "} +
            percent_text(*kpi.value) +
            Localized{" (no visits column to weight ",
                      " (keine Besuche-Spalte zum Gewichten von "} +
            counted(rate.rows, row_noun, rows_noun) + ")";
    }
    return kpi;
}

Kpi KpiAccumulator::State::finish_bounce_rate() const {
    // Bounces are divided by visits (sessions), never by unique visitors: a visitor can bounce
    // on several visits, which pushes the rate past 100 %.
    if (!has(Role::Bounces) && has(Role::BounceRate))
        return finish_weighted_rate(bounce_rates, "bounce_rate", bounce_name, Role::BounceRate,
                                    Dimension::Interaction);
    return finish_ratio(bounces, "bounce_rate", bounce_name, Role::Bounces, Role::Visits,
                        Dimension::Interaction);
}

Kpi KpiAccumulator::State::finish_conversion_rate() const {
    if (!has(Role::Conversions) && has(Role::ConversionFlag)) {
        Kpi kpi =
            undefined_kpi("conversion_rate", conversion_name, "%", Dimension::Transaction, {});
        kpi.details = {{"numerator", conversion_flags.top},
                       {"denominator", conversion_flags.bottom},
                       {"rows_used", static_cast<double>(conversion_flags.rows_used)}};
        if (conversion_flags.bottom <= 0) {
            kpi.reason = {"not defined, because no row says whether it converted.",
                          "nicht definiert, weil keine Zeile angibt, ob sie konvertiert hat."};
            return kpi;
        }
        kpi.value = conversion_flags.top / conversion_flags.bottom * 100.0;
        attach_wilson(kpi, conversion_flags.top, conversion_flags.bottom);
        kpi.formula = Localized{"sessions with a conversion / sessions × 100 = ",
                                "Sitzungen mit Conversion / Sitzungen × 100 = "} +
                      figure(conversion_flags.top) + " / " + figure(conversion_flags.bottom) +
                      " × 100 = " + percent_text(*kpi.value) +
                      Localized{" (each row is one session)", " (jede Zeile ist eine Sitzung)"};
        return kpi;
    }
    if (!has(Role::Conversions) && has(Role::ConversionRate))
        return finish_weighted_rate(conversion_rates, "conversion_rate", conversion_name,
                                    Role::ConversionRate, Dimension::Transaction);
    return finish_ratio(conversions, "conversion_rate", conversion_name, Role::Conversions,
                        conversion_denominator, Dimension::Transaction);
}

Kpi KpiAccumulator::State::finish_conversion_rate_per_visitor() const {
    return finish_ratio(conversions_per_visitor, "conversion_rate_per_visitor",
                        conversion_visitor_name, Role::Conversions, Role::UniqueVisitors,
                        Dimension::Transaction);
}

Kpi KpiAccumulator::State::finish_time_on_site() const {
    if (!has(Role::Duration))
        return undefined_kpi("time_on_site", time_name, "s", Dimension::Interaction,
                             missing_column_reason({"visit duration", "die Besuchsdauer"}));

    Kpi kpi = undefined_kpi("time_on_site", time_name, "s", Dimension::Interaction, {});
    kpi.details = {{"rows_used", static_cast<double>(duration.rows_used)},
                   {"zero_duration_rows", static_cast<double>(duration.zero_rows)}};
    const Localized general =
        has(Role::Visits)
            ? Localized{"Σ (average duration × visits) / Σ visits",
                        "Σ (Durchschnittsdauer × Besuche) / Σ Besuche"}
            : Localized{"Σ duration / number of visits", "Σ Dauer / Anzahl der Besuche"};
    if (duration.rows_used == 0 || duration.weight <= 0 ||
        duration.zero_rows == duration.rows_used) {
        kpi.formula = general;
        kpi.reason = duration.rows_used == 0
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
    kpi.value = duration.weighted / duration.weight;
    const std::string shown = format_duration(*kpi.value);
    kpi.formula = general + " = " + figure(std::round(duration.weighted)) + " s / " +
                  figure(duration.weight) + " = " + Localized{shown, shown};
    if (duration.zero_rows > 0)
        kpi.formula = kpi.formula + "; " +
                      counted(duration.zero_rows, {"row with 0 s is", "Zeile mit 0 s ist"},
                              {"rows with 0 s are", "Zeilen mit 0 s sind"}) +
                      Localized{" included (single-page visits have no measurable duration)",
                                " enthalten (Besuche mit nur einer Seite haben keine messbare "
                                "Dauer)"};
    return kpi;
}

Kpi KpiAccumulator::State::finish_nps() const {
    if (!has(Role::NpsScore))
        return undefined_kpi(
            "nps", nps_name, "score", Dimension::Interaction,
            missing_column_reason({"answers on the 0–10 scale", "Antworten auf der Skala "
                                                                "0–10"}));

    const long total = nps.promoters + nps.passives + nps.detractors;
    Kpi kpi = undefined_kpi("nps", nps_name, "score", Dimension::Interaction, {});
    kpi.details = {{"promoters", static_cast<double>(nps.promoters)},
                   {"passives", static_cast<double>(nps.passives)},
                   {"detractors", static_cast<double>(nps.detractors)},
                   {"answers", static_cast<double>(total)}};
    const Localized general = {"% promoters (9–10) − % detractors (0–6)",
                               "% Promotoren (9–10) − % Kritiker (0–6)"};
    if (total == 0) {
        kpi.formula = general;
        kpi.reason = {"not defined, because there is no valid answer from 0 to 10.",
                      "nicht definiert, weil es keine gültige Antwort von 0 bis 10 gibt."};
        return kpi;
    }

    // Answers on 1-5, 1-7 or 1-10 scales must not be bucketed with 0-10 thresholds. The guard
    // only needs which answers occurred, so one of each stands for all.
    std::vector<double> distinct;
    for (std::size_t score = 0; score < nps.seen.size(); ++score)
        if (nps.seen[score])
            distinct.push_back(static_cast<double>(score));
    const NpsScaleCheck scale = check_nps_scale(distinct, {nps_assume_zero_to_ten});
    if (!scale.accepted) {
        kpi.formula = general;
        kpi.reason = scale.reason;
        return kpi;
    }
    const double promoter_share = 100.0 * static_cast<double>(nps.promoters) / total;
    const double detractor_share = 100.0 * static_cast<double>(nps.detractors) / total;
    kpi.value = promoter_share - detractor_share;
    const NpsStatistics statistics = nps_statistics({nps.promoters, nps.passives, nps.detractors});
    if (statistics.defined) {
        kpi.ci95 = std::make_pair(statistics.low, statistics.high);
        kpi.details.push_back({"standard_error", statistics.standard_error});
        kpi.details.push_back({"margin_of_error", statistics.margin_of_error});
    }
    kpi.formula = general + " = " + percent_text(promoter_share) + " − " +
                  percent_text(detractor_share) + " = " + localized_number(*kpi.value, 1) + " (" +
                  counted(nps.promoters, {"promoter", "Promotor"}, {"promoters", "Promotoren"}) +
                  ", " + counted(nps.passives, {"passive", "Passiver"}, {"passives", "Passive"}) +
                  ", " +
                  counted(nps.detractors, {"detractor", "Kritiker"}, {"detractors", "Kritiker"}) +
                  Localized{" of ", " von "} +
                  counted(total, {"answer", "Antwort"}, {"answers", "Antworten"}) + ")";
    if (statistics.defined)
        kpi.formula = kpi.formula + "; 95 %: " + localized_number(statistics.low, 1) + " … " +
                      localized_number(statistics.high, 1) + " (" + statistics.method_note + ")";
    return kpi;
}

Kpi KpiAccumulator::State::finish_total(const Total& total, const char* id, Role role) const {
    const Localized name = role_name(role);
    if (!has(role))
        return undefined_kpi(id, name, "count", Dimension::Reach, missing_column_reason(name));
    Kpi kpi = undefined_kpi(id, name, "count", Dimension::Reach, {});
    kpi.details = {{"rows_used", static_cast<double>(total.rows)}};
    if (total.rows == 0) {
        kpi.reason = {"not defined, because the column has no numbers.",
                      "nicht definiert, weil die Spalte keine Zahlen enthält."};
        return kpi;
    }
    kpi.value = total.sum;
    kpi.formula = total.rows > 1
                      ? Localized{"Sum over ", "Summe über "} +
                            counted(total.rows, row_noun, rows_noun) + " = " + figure(total.sum)
                      : figure(total.sum);
    return kpi;
}

KpiAccumulator::KpiAccumulator(const std::array<std::string, role_count>& headers,
                               const KpiOptions& options)
    : state_(std::make_unique<State>()) {
    state_->headers = headers;
    state_->nps_assume_zero_to_ten = options.nps_assume_zero_to_ten;

    // Likes + comments as in the article; a precomputed interactions column only without them.
    if (state_->has(Role::Likes))
        state_->interaction_parts.push_back(Role::Likes);
    if (state_->has(Role::Comments))
        state_->interaction_parts.push_back(Role::Comments);
    if (state_->interaction_parts.empty() && state_->has(Role::Interactions))
        state_->interaction_parts.push_back(Role::Interactions);

    // The article divides conversions by visits or clicks, or by impressions; visits come first
    // because they are what a conversion follows.
    if (!state_->has(Role::Visits) && state_->has(Role::Clicks))
        state_->conversion_denominator = Role::Clicks;
    else if (!state_->has(Role::Visits) && state_->has(Role::Impressions))
        state_->conversion_denominator = Role::Impressions;
}

KpiAccumulator::~KpiAccumulator() = default;

bool KpiAccumulator::add_row(long source_row, const RowValues& values, Problems& problems) {
    state_->row_left_out = false;
    state_->add(source_row, values, problems);
    return state_->row_left_out;
}

Kpi KpiAccumulator::finish_one(const std::string& id, Problems& problems) const {
    const State& s = *state_;
    s.report_gaps(problems);
    if (id == "engagement_rate")
        return s.finish_interaction_rate(s.by_followers, "engagement_rate", engagement_name,
                                         problems);
    if (id == "engagement_rate_by_reach")
        return s.finish_interaction_rate(s.by_reach, "engagement_rate_by_reach",
                                         engagement_reach_name, problems);
    if (id == "engagement_rate_by_impressions")
        return s.finish_interaction_rate(s.by_impressions, "engagement_rate_by_impressions",
                                         engagement_impressions_name, problems);
    if (id == "click_through_rate")
        return s.finish_ratio(s.clicks, "click_through_rate", ctr_name, Role::Clicks,
                              Role::Impressions, Dimension::Interaction);
    if (id == "bounce_rate")
        return s.finish_bounce_rate();
    if (id == "time_on_site")
        return s.finish_time_on_site();
    if (id == "conversion_rate")
        return s.finish_conversion_rate();
    if (id == "conversion_rate_per_visitor")
        return s.finish_conversion_rate_per_visitor();
    if (id == "nps")
        return s.finish_nps();
    if (id == "reach")
        return s.finish_total(s.reach, "reach", Role::Reach);
    assert(id == "impressions" && "finish_one: unknown KPI id");
    return s.finish_total(s.impressions, "impressions", Role::Impressions);
}

Kpis KpiAccumulator::finish(Problems& problems) const {
    const State& s = *state_;
    s.report_gaps(problems);
    const bool has_interactions = !s.interaction_parts.empty();
    const bool conversions =
        s.has(Role::Conversions) || s.has(Role::ConversionFlag) || s.has(Role::ConversionRate);

    Kpis kpis;
    if (s.has(Role::Reach))
        kpis.push_back(s.finish_total(s.reach, "reach", Role::Reach));
    if (s.has(Role::Impressions))
        kpis.push_back(s.finish_total(s.impressions, "impressions", Role::Impressions));
    if (s.has(Role::Followers) ||
        (has_interactions && !s.has(Role::Reach) && !s.has(Role::Impressions)))
        kpis.push_back(s.finish_interaction_rate(s.by_followers, "engagement_rate", engagement_name,
                                                 problems));
    if (s.has(Role::Reach) && has_interactions)
        kpis.push_back(s.finish_interaction_rate(s.by_reach, "engagement_rate_by_reach",
                                                 engagement_reach_name, problems));
    if (s.has(Role::Impressions) && has_interactions)
        kpis.push_back(s.finish_interaction_rate(s.by_impressions, "engagement_rate_by_impressions",
                                                 engagement_impressions_name, problems));
    if (s.has(Role::Clicks))
        kpis.push_back(s.finish_ratio(s.clicks, "click_through_rate", ctr_name, Role::Clicks,
                                      Role::Impressions, Dimension::Interaction));
    if (s.has(Role::Bounces) || s.has(Role::BounceRate))
        kpis.push_back(s.finish_bounce_rate());
    if (s.has(Role::Duration))
        kpis.push_back(s.finish_time_on_site());
    if (conversions)
        kpis.push_back(s.finish_conversion_rate());
    if (s.has(Role::Conversions) && s.has(Role::UniqueVisitors))
        kpis.push_back(s.finish_conversion_rate_per_visitor());
    if (s.has(Role::NpsScore))
        kpis.push_back(s.finish_nps());
    return kpis;
}

// ---- the table-based API: the same accumulator, fed row by row ---------------------------------

namespace {

std::array<std::string, role_count> headers_of(const MetricTable& table) {
    std::array<std::string, role_count> headers;
    for (const auto& [role, column] : table.columns)
        headers[index(role)] = column.header.empty() ? role_id(role) : column.header;
    return headers;
}

template <class Finish> auto run(const MetricTable& table, Problems& problems, Finish&& finish) {
    KpiAccumulator accumulator(headers_of(table));
    RowValues values;
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        values.fill(std::nullopt);
        for (const auto& [role, column] : table.columns)
            values[index(role)] = column.values[i];
        accumulator.add_row(table.rows[i], values, problems);
    }
    return finish(accumulator);
}

} // namespace

Kpis compute_kpis(const MetricTable& table, Problems& problems) {
    return run(table, problems, [&](const KpiAccumulator& a) { return a.finish(problems); });
}

#define ENGAGE_SINGLE_KPI(function, id)                                                            \
    Kpi function(const MetricTable& table, Problems& problems) {                                   \
        return run(table, problems,                                                                \
                   [&](const KpiAccumulator& a) { return a.finish_one(id, problems); });           \
    }

ENGAGE_SINGLE_KPI(engagement_rate, "engagement_rate")
ENGAGE_SINGLE_KPI(engagement_rate_by_reach, "engagement_rate_by_reach")
ENGAGE_SINGLE_KPI(engagement_rate_by_impressions, "engagement_rate_by_impressions")
ENGAGE_SINGLE_KPI(click_through_rate, "click_through_rate")
ENGAGE_SINGLE_KPI(bounce_rate, "bounce_rate")
ENGAGE_SINGLE_KPI(time_on_site, "time_on_site")
ENGAGE_SINGLE_KPI(conversion_rate, "conversion_rate")
ENGAGE_SINGLE_KPI(conversion_rate_per_visitor, "conversion_rate_per_visitor")
ENGAGE_SINGLE_KPI(net_promoter_score, "nps")
ENGAGE_SINGLE_KPI(total_reach, "reach")
ENGAGE_SINGLE_KPI(total_impressions, "impressions")

#undef ENGAGE_SINGLE_KPI

} // namespace engage
