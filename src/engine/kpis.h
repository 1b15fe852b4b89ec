// The article's KPIs, computed from a table whose columns have roles.
//
// Contract:
// - Input is a MetricTable: per role, one column of numbers (nullopt = missing or unusable),
//   all columns aligned with `rows` (the source row of each entry, for problems).
// - Every KPI says which aggregation it used, in its formula text:
//   - engagement rate (and by reach / by impressions): when each row has its own denominator,
//     the mean of the per-row (per-post) rates; when the denominator is given once, the ratio
//     of totals. Interactions are likes + comments, as in the article; a precomputed
//     "interactions" column is used only when neither exists. Shares are not added.
//   - click-through, bounce and conversion rates: ratios of totals, never means of ratios.
//   - time on site: with a visits column, durations are per-row averages weighted by visits;
//     without, each row is one visit.
//   - NPS: % promoters (9-10) minus % detractors (0-6); passives (7-8) count in the total;
//     with its 95 % interval (Wald, adjusted Wald under 100 answers). Answers that look like a
//     1-5, 1-7 or 1-10 scale make it "not defined" instead of being bucketed as 0-10.
//   - rates of counts (CTR, bounce, conversion) carry a Wilson 95 % interval in `ci95`.
// - A zero or missing denominator makes the KPI "not defined" with the reason. A row that cannot
//   take part (missing or zero denominator, NPS answer outside 0..10) is left out with a
//   problem naming row and column.
// - A missing count is unknown, never 0: a row without a number in a column a KPI needs is left
//   out of that KPI as a whole (numerator and denominator, per-row means and sums alike); one
//   problem per column gives the count, the first rows and the KPIs affected.
// - `compute_kpis` returns, in a fixed order, every KPI for which at least one input column
//   exists; KPIs whose other inputs are missing come back undefined with the reason.
#pragma once

#include "engine/column_roles.h"
#include "engine/kpi.h"
#include "engine/problem.h"

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace engage {

struct MetricColumn {
    std::string header;
    std::vector<std::optional<double>> values;
};

struct MetricTable {
    std::vector<long> rows;
    std::map<Role, MetricColumn> columns;

    const MetricColumn* find(Role role) const {
        const auto it = columns.find(role);
        return it == columns.end() ? nullptr : &it->second;
    }
};

Kpi engagement_rate(const MetricTable& table, Problems& problems);
Kpi engagement_rate_by_reach(const MetricTable& table, Problems& problems);
Kpi engagement_rate_by_impressions(const MetricTable& table, Problems& problems);
Kpi click_through_rate(const MetricTable& table, Problems& problems);
Kpi bounce_rate(const MetricTable& table, Problems& problems);
Kpi time_on_site(const MetricTable& table, Problems& problems);
Kpi conversion_rate(const MetricTable& table, Problems& problems);
Kpi conversion_rate_per_visitor(const MetricTable& table, Problems& problems);
Kpi net_promoter_score(const MetricTable& table, Problems& problems);
Kpi total_reach(const MetricTable& table, Problems& problems);
Kpi total_impressions(const MetricTable& table, Problems& problems);

Kpis compute_kpis(const MetricTable& table, Problems& problems);

// One row's values, indexed by static_cast<std::size_t>(role).
using RowValues = std::array<std::optional<double>, role_count>;

struct KpiOptions {
    // The user states the survey asked 0-10: no 1-5 / 1-7 / 1-10 scale guard (nps_statistics.h).
    bool nps_assume_zero_to_ten = false;
};

class KpiAccumulator {
public:
    // headers[role] is the header of the column holding that role; empty when there is none.
    explicit KpiAccumulator(const std::array<std::string, role_count>& headers,
                            const KpiOptions& options = {});
    ~KpiAccumulator();
    KpiAccumulator(const KpiAccumulator&) = delete;
    KpiAccumulator& operator=(const KpiAccumulator&) = delete;

    // Problems found while adding (an NPS answer outside 0..10) go to `problems` at once.
    // Rows left out because a column a KPI needs has no number (blank, "-", "abc") are grouped
    // into one problem per column, added by `finish`. Returns true when this row was left out
    // of at least one KPI that way, so the caller can count it as skipped.
    bool add_row(long source_row, const RowValues& values, Problems& problems);
    // All KPIs the columns allow; problems that depend on every row (engagement-rate rows
    // without followers, when followers turn out to be given per row) are added now.
    Kpis finish(Problems& problems) const;
    // One KPI by id, also when its columns are missing (then undefined, with the reason).
    Kpi finish_one(const std::string& id, Problems& problems) const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

} // namespace engage
