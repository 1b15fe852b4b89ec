// Groups of rows: KPIs per segment (any text column) or per period, NPS per group with the
// comments beside the scores, and the comparison of a rate between two groups.
//
// Contract:
// - A grouping is either a column of the analysed table (each distinct cell text, trimmed, is a
//   group; empty cells form no group) or the calendar period of the table's first date column
//   (trends.h labels: "2024-05", "2024-W05", "2024-05-17").
// - Only the rows the table view kept take part (AnalysisOptions::max_table_rows), in the
//   table's row order; groups come in order of first appearance, periods in time order.
// - Per group, the same KPI accumulator as the whole-file analysis runs, so a group's figures
//   follow the same formulas (kpis.h).
// - `compare_rate` compares a rate KPI of two groups with the two-proportion test
//   (proportions.h) from the counts behind it (`details`: numerator and denominator); a rate
//   that was averaged from a rate column has no counts, and the comparison says so.
// - Nothing here throws or returns NaN.
#pragma once

#include <string>
#include <vector>

#include "engine/analysis.h"
#include "engine/kpi.h"
#include "engine/nps_statistics.h"
#include "engine/proportions.h"
#include "engine/trends.h"

namespace engage {

struct Grouping {
    bool by_period = false;
    int column = -1;                // by_period == false: the group column of analysis.table
    Period period = Period::Month;  // by_period == true
};

// The group of every kept row ("" when the row has no group: empty cell, unreadable date).
std::vector<std::string> group_labels(const Analysis& analysis, const Grouping& grouping);

// The first column whose role is Role::Date, or -1.
int first_date_column(const Analysis& analysis);

struct GroupKpis {
    std::string name;
    long rows = 0;
    Kpis kpis;
};

struct GroupedKpis {
    bool defined = false;
    Localized reason;
    std::vector<GroupKpis> groups;
    long ungrouped_rows = 0;
};

GroupedKpis kpis_by_group(const Analysis& analysis, const Grouping& grouping,
                          bool nps_assume_zero_to_ten = false);

// The NPS of every group, with histogram and comments (nps_statistics.h). `score_column` and
// `comment_column` index analysis.table (comment -1: none).
NpsGroups nps_by_grouping(const Analysis& analysis, const Grouping& grouping, int score_column,
                          int comment_column, const NpsScaleOptions& scale = {});

// Two-proportion test of one rate KPI between two groups (first - second).
ProportionComparison compare_rate(const Kpi& first, const Kpi& second);

// The KPI with `id` in `kpis`, or nullptr.
const Kpi* find_kpi(const Kpis& kpis, const std::string& id);

} // namespace engage
