#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "engine/period_kpis.h"
#include "shared_data.h"

using namespace engage;

namespace {

// Six months of campaign figures: CTR 1 % for five months, then 3 % in June.
const char* campaign = "Monat;Impressionen;Klicks;Sitzungen;Absprünge\n"
                       "15.01.2024;1.000;10;100;50\n"
                       "20.01.2024;1.000;10;100;50\n"
                       "15.02.2024;2.000;20;100;50\n"
                       "15.03.2024;2.000;20;100;40\n"
                       "15.04.2024;2.000;20;100;60\n"
                       "15.05.2024;2.000;20;100;50\n"
                       "15.06.2024;2.000;60;100;20\n"
                       "kein Datum;5;1;1;1\n";

} // namespace

TEST_CASE("KPIs per month follow the same formulas as the whole file", "[period_kpis]") {
    const Analysis analysis = analyze(campaign, "campaign.csv", {});
    const KpiHistory history = kpis_by_period(analysis, Period::Month);
    REQUIRE(history.defined);
    REQUIRE(history.periods.size() == 6);
    CHECK(history.periods[0].label == "2024-01");
    CHECK(history.periods[0].rows == 2);
    CHECK(history.undated_rows == 1);

    const Kpi* january_ctr = nullptr;
    for (const Kpi& kpi : history.periods[0].kpis)
        if (kpi.id == "click_through_rate")
            january_ctr = &kpi;
    REQUIRE(january_ctr);
    CHECK(*january_ctr->value == Approx(1.0)); // (10 + 10) / (1000 + 1000), a ratio of totals
}

TEST_CASE("the latest month is compared with the one before and the median", "[period_kpis]") {
    const KpiHistory history = kpis_by_period(analyze(campaign, "c", {}), Period::Month);
    const TrendComparison& ctr = history.trends.at("click_through_rate");
    CHECK(ctr.latest.label == "2024-06");
    CHECK(ctr.change_vs_previous.defined);
    CHECK(ctr.change_vs_previous.percent == Approx(200.0));
    CHECK(ctr.history_median == Approx(1.0));
    CHECK(ctr.rating == "above_usual_better");

    // Lower is better for bounces: 20 % after 40-60 % is better than usual.
    const TrendComparison& bounce = history.trends.at("bounce_rate");
    CHECK(bounce.rating == "below_usual_better");

    const auto json = nlohmann::json::parse(history_to_json(history, Language::German));
    CHECK(json["period"] == "month");
    CHECK(json["periods"].size() == 6);
    CHECK(json["trends"]["click_through_rate"]["change_vs_previous"].get<double>() ==
          Approx(200.0));
}

TEST_CASE("no history without a date column or with a single period", "[period_kpis]") {
    const KpiHistory none = kpis_by_period(analyze("Impressions,Clicks\n100,1\n", "x", {}),
                                           Period::Month);
    CHECK_FALSE(none.defined);
    CHECK(none.reason.de.find("Datumsspalte") != std::string::npos);

    const KpiHistory single = kpis_by_period(
        analyze("Date,Impressions,Clicks\n2024-05-01,100,1\n2024-05-02,100,2\n", "x", {}),
        Period::Month);
    CHECK_FALSE(single.defined);
    CHECK(single.periods.size() == 1);
}

TEST_CASE("cells are read as the pipeline reads them", "[period_kpis]") {
    ColumnInfo ratio;
    ratio.role = Role::BounceRate;
    ratio.ratio_scale = true;
    CHECK(role_cell_value(ratio, "0.25") == Approx(25.0));
    ColumnInfo german;
    german.role = Role::Impressions;
    german.decimal_separator = ',';
    CHECK(role_cell_value(german, "2.400") == Approx(2400));
    CHECK_FALSE(role_cell_value(german, "NA"));
    ColumnInfo flag;
    flag.role = Role::ConversionFlag;
    CHECK(role_cell_value(flag, "ja") == Approx(1.0));
}

TEST_CASE("weekly history of rOpenSci's tweets", "[period_kpis][shared-data]") {
    ENGAGE_REQUIRE_SHARED_FILE(
        bytes,
        "social/twitter-analytics-tweet_activity_metrics_rOpenSci_20180901_20181001_en.csv");
    const KpiHistory history = kpis_by_period(analyze(bytes, "tweets", {}), Period::Week);
    REQUIRE(history.defined);
    CHECK(history.periods.size() >= 4);
    CHECK(history.trends.count("click_through_rate") == 1);
    const TrendComparison& ctr = history.trends.at("click_through_rate");
    WARN("weekly CTR, latest " << ctr.latest.label << " = " << ctr.latest.value << " %, median "
                               << ctr.history_median << " %, rating " << ctr.rating);
}
