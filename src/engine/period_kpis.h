// KPIs per day, week or month, and each KPI against its own history.
//
// Contract:
// - Works on an Analysis whose table has a date column (Role::Date): every kept row is put into
//   its calendar period (trends.h: days, ISO weeks, months) and the same KPI accumulator as the
//   whole-file analysis runs per period, so a period's figures follow the same formulas and
//   aggregations (ratios of totals, per-post means, weighted rates).
// - Only the rows the table view kept take part (AnalysisOptions::max_table_rows); `note` says
//   when rows were left out for that reason. Rows without a readable date are counted in
//   `undated_rows`.
// - For every KPI defined in at least one period, `trends` compares the latest period with the
//   one before and with the median of the history (trends.h), higher being better except for
//   the bounce rates. Where no universal benchmark exists (CTR, time on site, conversion rates),
//   this is the rating the article advises: against your own history.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "engine/analysis.h"
#include "engine/trends.h"

namespace engage {

struct PeriodKpis {
    CivilDate start;
    std::string label;
    long rows = 0;
    Kpis kpis;
};

struct KpiHistory {
    bool defined = false;
    Localized reason;             // why there is no history (no date column, one period)
    Period period = Period::Month;
    std::vector<PeriodKpis> periods;
    std::map<std::string, TrendComparison> trends; // by KPI id
    long undated_rows = 0;
    Localized note;
};

KpiHistory kpis_by_period(const Analysis& analysis, Period period);

// The number a cell holds for its column's role, read as the pipeline reads it: the column's
// decimal separator, ratios as percent, yes/no as 1/0, dates as Unix seconds.
std::optional<double> role_cell_value(const ColumnInfo& column, std::string_view text);

// {"period": "month", "periods": [{"label", "rows", "kpis": {id: value|null}}],
//  "trends": {id: {"latest", "change_vs_previous", "change_vs_median", "rating", ...}}}
std::string history_to_json(const KpiHistory& history, Language language);

} // namespace engage
