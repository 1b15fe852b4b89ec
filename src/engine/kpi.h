// Kpi: one computed key figure, as every calculator in the engine returns it.
//
// Contract:
// - `value` is set only when the figure is defined; otherwise `reason` says why not
//   ("not defined, because there are no followers"). Never NaN, never infinity.
// - `formula` shows the formula with the user's numbers filled in and names the aggregation
//   (ratio of totals, mean of per-row rates, ...), in both languages.
// - `unit`: "%" (value 5.0 means 5 %), "s" (seconds), "score" (NPS, -100..100), "count",
//   "ratio" (a plain number such as pages per session).
// - `dimension` is the article's KPI dimension: reach, interaction or transaction.
// - `rating` is a band id from the benchmark profile (rating.h), or empty when no universal
//   benchmark exists; `rating_note` then says why.
#pragma once

#include "engine/localized.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace engage {

enum class Dimension { Reach, Interaction, Transaction };

const char* dimension_id(Dimension dimension); // "reach", "interaction", "transaction"
Localized dimension_name(Dimension dimension);

struct Kpi {
    std::string id;
    Localized name;
    std::optional<double> value;
    std::string unit;
    Localized formula;
    Localized reason;
    Dimension dimension = Dimension::Interaction;
    std::string rating;
    Localized rating_label;
    Localized rating_bands;  // "low < 3 % ≤ good ≤ 8 % < high"
    Localized rating_source; // "Article rule of thumb (DIM)", "HypeAuditor 2018"
    Localized rating_note;   // why there is no rating
    std::optional<std::pair<double, double>> ci95;
    // Named figures behind the value, e.g. {"promoters", 8}, {"rows_used", 12}.
    std::vector<std::pair<std::string, double>> details;

    bool defined() const { return value.has_value(); }
};

using Kpis = std::vector<Kpi>;

// A KPI that is not defined, with the reason in both languages.
Kpi undefined_kpi(std::string id, Localized name, std::string unit, Dimension dimension,
                  Localized reason);

} // namespace engage

namespace engage {

// The value as the UI shows it: "5,0 %", "2:31", "+17,5", "12.400". Undefined KPIs give "–".
std::string format_kpi_value(const Kpi& kpi, Language language);

// The 95 % interval with the value's unit, once at the end: "0,702 – 1,393 %", "1:02 – 2:10",
// "12,3 – 40,1" (a score has no unit). As many decimals as the value, so a small share's
// interval does not read "0,0 – 0,0 %". Empty when the KPI has no interval.
std::string format_kpi_interval(const Kpi& kpi, Language language);

} // namespace engage
