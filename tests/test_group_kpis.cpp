#include <catch2/catch.hpp>

#include "engine/group_kpis.h"

using namespace engage;

namespace {

// Two campaigns over two months; every column holds distinct values so a shifted field shows.
const char* campaigns = "Datum;Kampagne;Impressionen;Klicks\n"
                        "2024-01-05;Herbst;1000;10\n"
                        "2024-01-20;Winter;2000;60\n"
                        "2024-02-03;Herbst;3000;33\n"
                        "2024-02-18;Winter;4000;120\n"
                        ";Herbst;500;7\n";

const char* survey = "Datum;Filiale;Wie wahrscheinlich empfehlen Sie uns weiter?;Warum?\n"
                     "2024-03-01;Nord;10;Toll\n"
                     "2024-03-02;Nord;9;\n"
                     "2024-03-03;Süd;3;Zu teuer\n"
                     "2024-04-01;Süd;6;Langsam\n"
                     "2024-04-02;Nord;8;Gut\n";

} // namespace

TEST_CASE("KPIs per segment use the same ratio of totals", "[group_kpis]") {
    const Analysis analysis = analyze(campaigns, "campaigns.csv", {});
    Grouping grouping;
    grouping.column = 1;
    const GroupedKpis grouped = kpis_by_group(analysis, grouping);
    REQUIRE(grouped.defined);
    REQUIRE(grouped.groups.size() == 2);
    CHECK(grouped.groups[0].name == "Herbst");
    CHECK(grouped.groups[0].rows == 3);
    const Kpi* autumn = find_kpi(grouped.groups[0].kpis, "click_through_rate");
    REQUIRE(autumn);
    CHECK(*autumn->value == Approx(50.0 / 4500.0 * 100.0));

    SECTION("two segments compared with the two-proportion test") {
        const Kpi* winter = find_kpi(grouped.groups[1].kpis, "click_through_rate");
        REQUIRE(winter);
        const ProportionComparison comparison = compare_rate(*autumn, *winter);
        REQUIRE(comparison.defined);
        CHECK(comparison.difference == Approx(50.0 / 4500.0 - 180.0 / 6000.0));
        CHECK(comparison.significant);
    }
}

TEST_CASE("KPIs per month sort by calendar and skip undated rows", "[group_kpis]") {
    const Analysis analysis = analyze(campaigns, "campaigns.csv", {});
    Grouping grouping;
    grouping.by_period = true;
    grouping.period = Period::Month;
    const GroupedKpis grouped = kpis_by_group(analysis, grouping);
    REQUIRE(grouped.groups.size() == 2);
    CHECK(grouped.groups[0].name == "2024-01");
    CHECK(grouped.groups[1].name == "2024-02");
    CHECK(grouped.ungrouped_rows == 1);
}

TEST_CASE("NPS per segment and per period, with comments", "[group_kpis]") {
    const Analysis analysis = analyze(survey, "survey.csv", {});
    Grouping by_branch;
    by_branch.column = 1;
    const NpsGroups branches = nps_by_grouping(analysis, by_branch, 2, 3);
    REQUIRE(branches.defined);
    REQUIRE(branches.groups.size() == 2);
    CHECK(branches.groups[0].name == "Nord");
    CHECK(branches.groups[0].counts.promoters == 2);
    CHECK(branches.groups[0].counts.passives == 1);
    CHECK(branches.groups[0].comments.size() == 2); // the empty comment is not listed
    CHECK(branches.groups[1].histogram[3] == 1);

    Grouping by_month;
    by_month.by_period = true;
    const NpsGroups months = nps_by_grouping(analysis, by_month, 2, -1);
    REQUIRE(months.groups.size() == 2);
    CHECK(months.groups[0].name == "2024-03");
    CHECK(months.groups[1].counts.total() == 2);
}

TEST_CASE("A rate averaged from a rate column cannot be tested", "[group_kpis]") {
    Kpi first;
    first.id = "bounce_rate";
    first.value = 40.0;
    Kpi second = first;
    const ProportionComparison comparison = compare_rate(first, second);
    CHECK_FALSE(comparison.defined);
    CHECK_FALSE(comparison.reason.en.empty());
}
