// Trends against own history: a KPI per day, ISO week or month, the latest period compared
// with the one before and with the median of the history, and a rating "against own history"
// for KPIs without a universal benchmark (CTR, bounce rate, time on site).
//
// Contract:
// - Periods are calendar periods: days, ISO 8601 weeks (Monday to Sunday, labelled
//   "2024-W05" by the year of their Thursday) and months ("2024-05"). Dates are calendar dates
//   as written (iso_time.h); no time zone is applied.
// - Per period, values are summed (counts: followers gained, clicks) or averaged (rates,
//   durations, levels such as follower totals); the caller picks, since only it knows the
//   column's meaning.
// - "Previous" is the calendar period just before the latest one. When it has no data, the
//   change is not defined rather than computed against an older period.
// - "History" is every period before the latest one; its median is the reference for the
//   rating. Percent changes are (latest - reference) / |reference| x 100, not defined for a
//   reference of 0. Nothing here returns NaN or infinity.
// - The rating compares the latest value with the history's interquartile range (at least
//   4 earlier periods): above the upper quartile, below the lower one, or within. Whether
//   above is better comes from `TrendOptions::higher_is_better` (false for bounce rate).
#pragma once

#include "engine/iso_time.h"
#include "engine/localized.h"
#include "engine/problem.h"
#include "engine/table.h"

#include <optional>
#include <string>
#include <vector>

namespace engage {

enum class Period { Day, Week, Month };
enum class Aggregation { Sum, Mean };

const char* period_id(Period period); // "day", "week", "month"

// The first day of the period that contains `date`, and its label.
CivilDate period_start(const CivilDate& date, Period period);
std::string period_label(const CivilDate& start, Period period);

struct DatedValue {
    CivilDate date;
    double value = 0;
};

struct PeriodValue {
    CivilDate start;
    std::string label;
    double value = 0;
    long count = 0; // values that went into it
};

// Periods in time order; only periods with at least one value appear.
std::vector<PeriodValue> group_by_period(const std::vector<DatedValue>& values, Period period,
                                         Aggregation aggregation);

struct TrendOptions {
    bool higher_is_better = true;
    long min_history_for_rating = 4;
};

struct PercentChange {
    bool defined = false;
    double percent = 0;
    Localized reason;
};

struct TrendComparison {
    bool defined = false;
    Localized reason;
    Period period = Period::Month;
    std::vector<PeriodValue> periods; // for the trend chart
    PeriodValue latest;

    bool has_previous = false;
    PeriodValue previous;
    PercentChange change_vs_previous;

    bool has_history = false;
    double history_median = 0;
    PercentChange change_vs_median;

    // "above_usual_better", "above_usual_worse", "usual", "below_usual_better",
    // "below_usual_worse"; empty with `rating_note` when the history is too short.
    std::string rating;
    Localized rating_label; // e.g. "better than usual (against own history)"
    Localized rating_note;
};

// From periods already aggregated (any order; labels and starts as from group_by_period).
TrendComparison compare_with_history(std::vector<PeriodValue> periods, Period period,
                                     const TrendOptions& options = {});

TrendComparison trend(const std::vector<DatedValue>& values, Period period, Aggregation aggregation,
                      const TrendOptions& options = {});

struct DatedValues {
    std::vector<DatedValue> values;
    Problems problems; // unreadable dates or values, with row and column
};

// Dates as ISO dates or the date part of ISO timestamps; values in the column's own decimal
// format (number_format.h). Missing values ("", "NA", "-") are Info problems, not zeros.
DatedValues dated_values_from_table(const Table& table, int date_column, int value_column);

} // namespace engage
