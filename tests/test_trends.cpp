// Tests for trends.h: calendar periods, grouping, the comparison with the previous period and
// the history's median, and the rating against own history.
#include <catch2/catch.hpp>

#include "engine/csv_reader.h"
#include "engine/trends.h"
#include "shared_data.h"
#include "table_rows.h"

using namespace engage;

namespace {

std::vector<PeriodValue> monthly(const std::vector<double>& values, int first_month = 1) {
    std::vector<DatedValue> dated;
    for (std::size_t i = 0; i < values.size(); ++i)
        dated.push_back({{2024, first_month + static_cast<int>(i), 15}, values[i]});
    return group_by_period(dated, Period::Month, Aggregation::Sum);
}

} // namespace

TEST_CASE("Calendar periods", "[trends]") {
    SECTION("ISO weeks start on Monday and belong to the year of their Thursday") {
        CHECK(period_start({2024, 5, 17}, Period::Week) == CivilDate{2024, 5, 13});
        CHECK(period_label({2024, 5, 13}, Period::Week) == "2024-W20");
        CHECK(period_label(period_start({2021, 1, 3}, Period::Week), Period::Week) == "2020-W53");
        CHECK(period_label(period_start({2024, 12, 30}, Period::Week), Period::Week) == "2025-W01");
    }
    SECTION("months and days") {
        CHECK(period_start({2024, 2, 29}, Period::Month) == CivilDate{2024, 2, 1});
        CHECK(period_label({2024, 2, 1}, Period::Month) == "2024-02");
        CHECK(period_label({2024, 2, 29}, Period::Day) == "2024-02-29");
        CHECK(std::string(period_id(Period::Week)) == "week");
    }
}

TEST_CASE("Grouping by period sums or averages", "[trends]") {
    const std::vector<DatedValue> values = {
        {{2024, 3, 4}, 2.0}, {{2024, 3, 1}, 4.0}, {{2024, 2, 28}, 10.0}, {{2024, 3, 31}, 6.0}};
    const auto sums = group_by_period(values, Period::Month, Aggregation::Sum);
    REQUIRE(sums.size() == 2);
    CHECK(sums[0].label == "2024-02");
    CHECK(sums[1].label == "2024-03");
    CHECK(sums[1].value == Approx(12.0));
    CHECK(sums[1].count == 3);
    const auto means = group_by_period(values, Period::Month, Aggregation::Mean);
    CHECK(means[1].value == Approx(4.0));
    const auto weeks = group_by_period(values, Period::Week, Aggregation::Sum);
    REQUIRE(weeks.size() == 3); // W09 (Feb 28 + Mar 1), W10, W13
    CHECK(weeks[2].label == "2024-W13");
    CHECK(weeks[0].value == Approx(14.0));
}

TEST_CASE("The latest period against the previous one and the history", "[trends]") {
    const TrendComparison t =
        compare_with_history(monthly({10, 12, 11, 13, 12, 20}), Period::Month);
    REQUIRE(t.defined);
    CHECK(t.latest.label == "2024-06");
    REQUIRE(t.has_previous);
    CHECK(t.previous.label == "2024-05");
    REQUIRE(t.change_vs_previous.defined);
    CHECK(t.change_vs_previous.percent == Approx(200.0 / 3.0));
    CHECK(t.history_median == Approx(12.0));
    CHECK(t.change_vs_median.percent == Approx(200.0 / 3.0));
    CHECK(t.rating == "above_usual_better");
    CHECK(t.rating_label.de.find("eigene Historie") != std::string::npos);
    CHECK(t.rating_note.en.find("11.00 to 12.00") != std::string::npos);

    SECTION("lower is better, as for bounce rate") {
        TrendOptions options;
        options.higher_is_better = false;
        const TrendComparison b =
            compare_with_history(monthly({10, 12, 11, 13, 12, 20}), Period::Month, options);
        CHECK(b.rating == "above_usual_worse");
        CHECK(
            compare_with_history(monthly({10, 12, 11, 13, 12, 5}), Period::Month, options).rating ==
            "below_usual_better");
    }
    SECTION("within the usual range") {
        CHECK(compare_with_history(monthly({10, 12, 11, 13, 12, 11.5}), Period::Month).rating ==
              "usual");
    }
}

TEST_CASE("Trend comparisons that are not defined say why", "[trends]") {
    SECTION("a gap before the latest period") {
        std::vector<PeriodValue> periods = monthly({10, 12});
        periods.push_back(monthly({15}, 5)[0]); // March and April missing
        const TrendComparison t = compare_with_history(periods, Period::Month);
        CHECK_FALSE(t.has_previous);
        CHECK_FALSE(t.change_vs_previous.defined);
        CHECK(t.change_vs_previous.reason.en.find("2024-04") != std::string::npos);
        CHECK(t.change_vs_median.defined);
        CHECK(t.change_vs_median.percent == Approx(100.0 * (15.0 - 11.0) / 11.0));
    }
    SECTION("a reference of 0") {
        const TrendComparison t = compare_with_history(monthly({0, 0, 5}), Period::Month);
        CHECK_FALSE(t.change_vs_previous.defined);
        CHECK(t.change_vs_previous.reason.de.find("0 ist") != std::string::npos);
    }
    SECTION("too little history for a rating") {
        const TrendComparison t = compare_with_history(monthly({3, 4}), Period::Month);
        CHECK(t.change_vs_previous.defined);
        CHECK(t.rating.empty());
        CHECK(t.rating_note.en.find("at least 4") != std::string::npos);
    }
    SECTION("no values") {
        const TrendComparison t = trend({}, Period::Day, Aggregation::Sum);
        CHECK_FALSE(t.defined);
        CHECK_FALSE(t.reason.en.empty());
    }
}

TEST_CASE("Dated values from a table", "[trends][table]") {
    Table table;
    table.header = {"Datum", "Klicks", "Kanal"};
    testing::add_rows(table,
                      {{"2024-05-17", "1.234,5", "search"},
                       {"2024-05-18T10:00:00Z", "12,5", "email"},
                       {"17.05.2024", "3", "social"},
                       {"2024-05-19", "NA", "direct"},
                       {"2024-05-20", "lots", "display"}},
                      {2, 3, 4, 5, 6});
    const DatedValues read = dated_values_from_table(table, 0, 1);
    REQUIRE(read.values.size() == 2);
    CHECK(read.values[0].value == Approx(1234.5));
    CHECK(read.values[1].date == CivilDate{2024, 5, 18});
    REQUIRE(read.problems.size() == 3);
    CHECK(read.problems[0].row == 4);
    CHECK(read.problems[0].column == "Datum");
    CHECK(read.problems[1].severity == Severity::Info);
    CHECK(read.problems[2].message.en.find("lots") != std::string::npos);
}

TEST_CASE("Own history of rOpenSci's monthly Twitter summary", "[trends][shared_data]") {
    ENGAGE_REQUIRE_SHARED_FILE(bytes, "social/twitter-monthly-summary-rOpenSci.csv");
    const TableReading reading = read_table(bytes);
    REQUIRE(reading.ok);
    const int date = reading.table.find_column("date");
    const int impressions = reading.table.find_column("tweet_impressions");
    REQUIRE(date >= 0);
    REQUIRE(impressions >= 0);

    const DatedValues read = dated_values_from_table(reading.table, date, impressions);
    CHECK(read.values.size() + read.problems.size() == 72);
    const TrendComparison t = trend(read.values, Period::Month, Aggregation::Sum);
    REQUIRE(t.defined);
    CHECK(t.periods.size() >= 60);
    CHECK(t.latest.label == "2022-01");
    CHECK(t.has_history);
    WARN("tweet impressions, month "
         << t.latest.label << ": " << t.latest.value << "; vs previous "
         << (t.change_vs_previous.defined ? std::to_string(t.change_vs_previous.percent) + " %"
                                          : t.change_vs_previous.reason.en)
         << "; median of " << t.periods.size() - 1 << " months " << t.history_median << ", change "
         << t.change_vs_median.percent << " %; rating " << t.rating);
}
