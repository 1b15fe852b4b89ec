#include "engine/trends.h"

#include "engine/number_format.h"
#include "engine/number_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace engage {

const char* period_id(Period period) {
    switch (period) {
    case Period::Day:
        return "day";
    case Period::Week:
        return "week";
    case Period::Month:
        return "month";
    }
    return "month";
}

CivilDate period_start(const CivilDate& date, Period period) {
    switch (period) {
    case Period::Day:
        return date;
    case Period::Week:
        return civil_from_days(days_from_civil(date) - iso_weekday(date));
    case Period::Month:
        return {date.year, date.month, 1};
    }
    return date;
}

std::string period_label(const CivilDate& start, Period period) {
    char buffer[32];
    if (period == Period::Month) {
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", start.year, start.month);
        return buffer;
    }
    if (period == Period::Week) {
        // ISO 8601: a week belongs to the year of its Thursday.
        const CivilDate monday = period_start(start, Period::Week);
        const CivilDate thursday = civil_from_days(days_from_civil(monday) + 3);
        const std::int64_t first = days_from_civil({thursday.year, 1, 1});
        const long week = static_cast<long>((days_from_civil(thursday) - first) / 7 + 1);
        std::snprintf(buffer, sizeof buffer, "%04d-W%02ld", thursday.year, week);
        return buffer;
    }
    return format_iso_date(start);
}

std::vector<PeriodValue> group_by_period(const std::vector<DatedValue>& values, Period period,
                                         Aggregation aggregation) {
    std::map<std::int64_t, PeriodValue> by_start;
    for (const DatedValue& dated : values) {
        if (!std::isfinite(dated.value))
            continue;
        const CivilDate start = period_start(dated.date, period);
        PeriodValue& slot = by_start[days_from_civil(start)];
        slot.start = start;
        slot.value += dated.value;
        ++slot.count;
    }

    std::vector<PeriodValue> periods;
    for (auto& [day, slot] : by_start) {
        slot.label = period_label(slot.start, period);
        if (aggregation == Aggregation::Mean)
            slot.value /= static_cast<double>(slot.count);
        periods.push_back(slot);
    }
    return periods;
}

namespace {

PercentChange percent_change(double latest, double reference, const Localized& reference_name) {
    PercentChange change;
    if (reference == 0.0) {
        change.reason = {"not defined, because " + reference_name.en + " is 0",
                         "nicht definiert, weil " + reference_name.de + " 0 ist"};
        return change;
    }
    const double percent = (latest - reference) / std::fabs(reference) * 100.0;
    if (!std::isfinite(percent)) {
        change.reason = {"not defined, because the values are too large",
                         "nicht definiert, weil die Werte zu groß sind"};
        return change;
    }
    change.defined = true;
    change.percent = percent;
    return change;
}

// Quantile with linear interpolation between order statistics (R's default, type 7).
double quantile(std::vector<double> sorted, double q) {
    std::sort(sorted.begin(), sorted.end());
    const double position = q * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] +
           (position - static_cast<double>(below)) * (sorted[above] - sorted[below]);
}

CivilDate previous_start(const CivilDate& start, Period period) {
    switch (period) {
    case Period::Day:
        return civil_from_days(days_from_civil(start) - 1);
    case Period::Week:
        return civil_from_days(days_from_civil(start) - 7);
    case Period::Month:
        return start.month == 1 ? CivilDate{start.year - 1, 12, 1}
                                : CivilDate{start.year, start.month - 1, 1};
    }
    return start;
}

void rate(TrendComparison& comparison, const std::vector<double>& history,
          const TrendOptions& options) {
    const long needed = std::max(1L, options.min_history_for_rating);
    if (static_cast<long>(history.size()) < needed) {
        const Localized count =
            counted(static_cast<long long>(history.size()), {"earlier period", "frühere Periode"},
                    {"earlier periods", "frühere Perioden"});
        const Localized need = localized_number(static_cast<double>(needed), 0);
        comparison.rating_note = {"no rating against own history: " + count.en +
                                      ", at least " + need.en + " needed",
                                  "keine Bewertung gegen die eigene Historie: " + count.de +
                                      ", mindestens " + need.de + " nötig"};
        return;
    }

    const double lower = quantile(history, 0.25);
    const double upper = quantile(history, 0.75);
    const double latest = comparison.latest.value;
    const Localized range = {localized_number(lower, 2).en + " to " + localized_number(upper, 2).en,
                             localized_number(lower, 2).de + " bis " +
                                 localized_number(upper, 2).de};
    comparison.rating_note = {"against own history: the middle half of the earlier periods lies "
                              "between " +
                                  range.en,
                              "gegen die eigene Historie: Die mittlere Hälfte der früheren "
                              "Perioden liegt zwischen " +
                                  range.de};
    if (latest > upper) {
        comparison.rating = options.higher_is_better ? "above_usual_better" : "above_usual_worse";
        comparison.rating_label = options.higher_is_better
                                      ? Localized{"better than usual (own history)",
                                                  "besser als üblich (eigene Historie)"}
                                      : Localized{"higher than usual, which is worse (own history)",
                                                  "höher als üblich, also schlechter (eigene "
                                                  "Historie)"};
    } else if (latest < lower) {
        comparison.rating = options.higher_is_better ? "below_usual_worse" : "below_usual_better";
        comparison.rating_label = options.higher_is_better
                                      ? Localized{"worse than usual (own history)",
                                                  "schlechter als üblich (eigene Historie)"}
                                      : Localized{"lower than usual, which is better (own "
                                                  "history)",
                                                  "niedriger als üblich, also besser (eigene "
                                                  "Historie)"};
    } else {
        comparison.rating = "usual";
        comparison.rating_label = {"as usual (own history)", "wie üblich (eigene Historie)"};
    }
}

} // namespace

TrendComparison compare_with_history(std::vector<PeriodValue> periods, Period period,
                                     const TrendOptions& options) {
    TrendComparison comparison;
    comparison.period = period;
    periods.erase(std::remove_if(periods.begin(), periods.end(),
                                 [](const PeriodValue& p) { return !std::isfinite(p.value); }),
                  periods.end());
    std::sort(periods.begin(), periods.end(),
              [](const PeriodValue& a, const PeriodValue& b) { return a.start < b.start; });
    comparison.periods = periods;
    if (periods.empty()) {
        comparison.reason = {"not defined, because there are no dated values",
                             "nicht definiert, weil es keine datierten Werte gibt"};
        return comparison;
    }
    comparison.defined = true;
    comparison.latest = periods.back();

    // FIXME-TRENDS: the latest period may still be running (a month to date); with sums it
    // then looks like a drop. Flag it once the caller can pass "today".
    const CivilDate before = previous_start(comparison.latest.start, period);
    const bool adjacent = periods.size() >= 2 && periods[periods.size() - 2].start == before;
    if (adjacent) {
        comparison.has_previous = true;
        comparison.previous = periods[periods.size() - 2];
        comparison.change_vs_previous =
            percent_change(comparison.latest.value, comparison.previous.value,
                           {"the previous period's value", "der Wert der Vorperiode"});
    } else {
        const std::string label = period_label(before, period);
        comparison.change_vs_previous.reason = {
            "not defined, because there is no data for the previous period (" + label + ")",
            "nicht definiert, weil es für die Vorperiode (" + label + ") keine Daten gibt"};
    }

    std::vector<double> history;
    for (std::size_t i = 0; i + 1 < periods.size(); ++i)
        history.push_back(periods[i].value);
    if (history.empty()) {
        comparison.change_vs_median.reason = {"not defined, because there is no earlier period",
                                              "nicht definiert, weil es keine frühere Periode "
                                              "gibt"};
    } else {
        comparison.has_history = true;
        comparison.history_median = quantile(history, 0.5);
        comparison.change_vs_median =
            percent_change(comparison.latest.value, comparison.history_median,
                           {"the median of the history", "der Median der Historie"});
    }
    rate(comparison, history, options);
    return comparison;
}

TrendComparison trend(const std::vector<DatedValue>& values, Period period, Aggregation aggregation,
                      const TrendOptions& options) {
    return compare_with_history(group_by_period(values, period, aggregation), period, options);
}

DatedValues dated_values_from_table(const Table& table, int date_column, int value_column) {
    DatedValues result;
    const auto width = static_cast<int>(table.column_count());
    if (date_column < 0 || date_column >= width || value_column < 0 || value_column >= width) {
        result.problems.push_back({0,
                                   "",
                                   {"A trend needs a date column and a value column.",
                                    "Ein Verlauf braucht eine Datums- und eine Wertspalte."},
                                   Severity::Error});
        return result;
    }
    const auto date_index = static_cast<std::size_t>(date_column);
    const auto value_index = static_cast<std::size_t>(value_column);

    std::vector<std::string_view> cells;
    for (std::size_t r = 0; r < table.row_count(); ++r)
        cells.push_back(table.cell(r, value_index));
    const char decimal = decide_decimal(cells, false, '.').decimal;

    for (std::size_t r = 0; r < table.row_count(); ++r) {
        const long row = table.source_row(r);
        // Copies: the texts go into the problems' messages.
        const std::string date_text(table.cell(r, date_index));
        const std::string value_text(table.cell(r, value_index));
        const std::optional<CivilDate> date = parse_iso_date(date_text);
        if (!date) {
            // FIXME-TRENDS: only ISO dates; the importer will add "17.05.2024" and "5/17/2024".
            result.problems.push_back(
                {row,
                 table.header[date_index],
                 {"'" + date_text +
                      "' is not a date in the form 2024-05-17; the row is left "
                      "out of the trend.",
                  "'" + date_text +
                      "' ist kein Datum der Form 2024-05-17; die Zeile fehlt im "
                      "Verlauf."},
                 Severity::Warning});
            continue;
        }
        const CellNumber number = parse_cell(value_text, decimal);
        if (number.kind != CellKind::Number || !std::isfinite(number.value)) {
            const bool missing = number.kind == CellKind::Missing;
            result.problems.push_back(
                {row, table.header[value_index],
                 missing ? Localized{"No value in this row; the row is left out of the trend.",
                                     "Kein Wert in dieser Zeile; die Zeile fehlt im Verlauf."}
                         : Localized{"'" + value_text +
                                         "' is not a number; the row is left "
                                         "out of the trend.",
                                     "'" + value_text +
                                         "' ist keine Zahl; die Zeile fehlt im "
                                         "Verlauf."},
                 missing ? Severity::Info : Severity::Warning});
            continue;
        }
        result.values.push_back({*date, number.value});
    }
    return result;
}

} // namespace engage
