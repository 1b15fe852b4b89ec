#include "engine/kpis.h"

#include <catch2/catch.hpp>

using namespace engage;

namespace {

using Values = std::vector<std::optional<double>>;

MetricTable metrics(std::vector<std::pair<Role, Values>> columns) {
    MetricTable table;
    for (auto& [role, values] : columns) {
        if (table.rows.empty())
            for (std::size_t i = 0; i < values.size(); ++i)
                table.rows.push_back(static_cast<long>(i) + 2);
        table.columns[role] = {role_id(role), values};
    }
    return table;
}

} // namespace

TEST_CASE("engagement rate: the article's example", "[kpis]") {
    Problems problems;
    const Kpi kpi = engagement_rate(
        metrics({{Role::Followers, {5000}}, {Role::Likes, {200}}, {Role::Comments, {50}}}),
        problems);
    REQUIRE(kpi.value);
    CHECK(*kpi.value == Approx(5.0));
    CHECK(kpi.unit == "%");
    CHECK(kpi.dimension == Dimension::Interaction);
    CHECK(kpi.formula.en == "(200 + 50) / 5,000 × 100 = 5.0 %");
    CHECK(kpi.formula.de == "(200 + 50) / 5.000 × 100 = 5,0 %");
    CHECK(problems.empty());
}

TEST_CASE("engagement rate aggregates per post or by totals", "[kpis]") {
    Problems problems;
    SECTION("each row has its own followers: the mean of per-row rates") {
        const Kpi kpi = engagement_rate(metrics({{Role::Followers, {1000, 4000}},
                                                 {Role::Likes, {100, 40}},
                                                 {Role::Comments, {0, 0}}}),
                                        problems);
        // (10 % + 1 %) / 2, not 140 / 5000 = 2.8 %
        CHECK(*kpi.value == Approx(5.5));
        CHECK(kpi.formula.en.find("Mean of 2 per-row rates") != std::string::npos);
    }
    SECTION("followers given once: the ratio of totals") {
        const Kpi kpi = engagement_rate(metrics({{Role::Followers, {2000, std::nullopt}},
                                                 {Role::Likes, {100, 60}},
                                                 {Role::Comments, {20, 20}}}),
                                        problems);
        CHECK(*kpi.value == Approx(10.0));
        CHECK(kpi.formula.en.find("ratio of totals") != std::string::npos);
    }
    SECTION("rows without followers are left out with a problem") {
        const Kpi kpi = engagement_rate(
            metrics({{Role::Followers, {1000, std::nullopt, 2000}}, {Role::Likes, {10, 99, 20}}}),
            problems);
        CHECK(*kpi.value == Approx(1.0));
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].row == 3);
        CHECK(problems[0].column == "followers");
    }
}

TEST_CASE("zero denominators are not defined, with the reason", "[kpis]") {
    Problems problems;
    SECTION("zero followers") {
        const Kpi kpi =
            engagement_rate(metrics({{Role::Followers, {0}}, {Role::Likes, {10}}}), problems);
        CHECK_FALSE(kpi.value);
        CHECK(kpi.reason.en.find("not defined") == 0);
        CHECK(kpi.reason.de.find("nicht definiert") == 0);
    }
    SECTION("zero impressions") {
        const Kpi kpi = click_through_rate(
            metrics({{Role::Clicks, {0, 0}}, {Role::Impressions, {0, 0}}}), problems);
        CHECK_FALSE(kpi.value);
        CHECK(kpi.reason.en.find("impressions") != std::string::npos);
    }
    SECTION("zero visits") {
        CHECK_FALSE(
            bounce_rate(metrics({{Role::Bounces, {0}}, {Role::Visits, {0}}}), problems).value);
        CHECK_FALSE(
            conversion_rate(metrics({{Role::Conversions, {0}}, {Role::Visits, {0}}}), problems)
                .value);
    }
    SECTION("a missing column") {
        const Kpi kpi = click_through_rate(metrics({{Role::Clicks, {5}}}), problems);
        CHECK_FALSE(kpi.value);
        CHECK(kpi.reason.en.find("no column for impressions") != std::string::npos);
    }
}

TEST_CASE("click-through rate: the article's example and totals", "[kpis]") {
    Problems problems;
    const Kpi kpi =
        click_through_rate(metrics({{Role::Clicks, {17}}, {Role::Impressions, {1000}}}), problems);
    CHECK(*kpi.value == Approx(1.7));
    CHECK(kpi.formula.en == "17 / 1,000 × 100 = 1.7 %");
    CHECK(kpi.formula.de == "17 / 1.000 × 100 = 1,7 %");

    // A ratio of totals, never a mean of ratios: (1 + 99) / (100 + 9900) = 1 %, not 5.5 %.
    const Kpi totals = click_through_rate(
        metrics({{Role::Clicks, {10, 1}}, {Role::Impressions, {100, 1000}}}), problems);
    CHECK(*totals.value == Approx(11.0 / 1100.0 * 100.0));
    CHECK(totals.formula.en.find("ratio of totals over 2 rows") != std::string::npos);
}

TEST_CASE("bounce rate divides by visits and refuses impossible figures", "[kpis]") {
    Problems problems;
    const Kpi kpi =
        bounce_rate(metrics({{Role::Bounces, {30, 10}}, {Role::Visits, {50, 50}}}), problems);
    CHECK(*kpi.value == Approx(40.0));
    CHECK(kpi.dimension == Dimension::Interaction);

    const Kpi impossible =
        bounce_rate(metrics({{Role::Bounces, {120}}, {Role::Visits, {100}}}), problems);
    CHECK_FALSE(impossible.value);
    CHECK(impossible.reason.en.find("more bounces than visits") != std::string::npos);
}

TEST_CASE("time on site", "[kpis]") {
    Problems problems;
    SECTION("averages weighted by visits") {
        const Kpi kpi = time_on_site(
            metrics({{Role::Duration, {60, 120}}, {Role::Visits, {30, 10}}}), problems);
        CHECK(*kpi.value == Approx((60.0 * 30 + 120.0 * 10) / 40));
        CHECK(kpi.unit == "s");
    }
    SECTION("one visit per row") {
        const Kpi kpi = time_on_site(metrics({{Role::Duration, {30, 90}}}), problems);
        CHECK(*kpi.value == Approx(60));
    }
    SECTION("only zero durations are not measurable") {
        const Kpi kpi = time_on_site(metrics({{Role::Duration, {0, 0}}}), problems);
        CHECK_FALSE(kpi.value);
        CHECK(kpi.reason.en.find("not measurable") == 0);
    }
}

TEST_CASE("conversion rates per visit and per unique visitor", "[kpis]") {
    Problems problems;
    const MetricTable table = metrics({{Role::Conversions, {5, 15}},
                                       {Role::Visits, {200, 300}},
                                       {Role::UniqueVisitors, {150, 250}}});
    CHECK(*conversion_rate(table, problems).value == Approx(4.0));
    CHECK(*conversion_rate_per_visitor(table, problems).value == Approx(5.0));
    CHECK(conversion_rate(table, problems).dimension == Dimension::Transaction);

    const Kpi by_clicks =
        conversion_rate(metrics({{Role::Conversions, {3}}, {Role::Clicks, {60}}}), problems);
    CHECK(*by_clicks.value == Approx(5.0));
    CHECK(by_clicks.formula.en.find("3 / 60") == 0);
}

TEST_CASE("net promoter score from 0-10 answers", "[kpis]") {
    Problems problems;
    const Kpi kpi = net_promoter_score(
        metrics({{Role::NpsScore, {10, 9, 8, 7, 6, 0, 10, std::nullopt, 11, 7.5}}}), problems);
    // promoters 3, passives 2, detractors 2 of 7 valid answers
    REQUIRE(kpi.value);
    CHECK(*kpi.value == Approx(100.0 * (3 - 2) / 7));
    CHECK(kpi.unit == "score");
    REQUIRE(problems.size() == 3); // the blank, 11 and 7.5
    CHECK(problems[0].row == 9);
    CHECK(problems[1].row == 10);
    CHECK(problems[2].row == 11);
    // regression: the message quotes the answer as written, "7.5", not "7.50"
    CHECK(problems[2].message.en.find("answer 7.5 is") != std::string::npos);
    CHECK(problems[2].message.de.find("Antwort 7,5 ist") != std::string::npos);
    CHECK(kpi.details[0] == std::make_pair(std::string("promoters"), 3.0));

    Problems none;
    CHECK_FALSE(net_promoter_score(metrics({{Role::NpsScore, {std::nullopt}}}), none).value);
}

TEST_CASE("compute_kpis lists the KPIs the columns allow, in a fixed order", "[kpis]") {
    Problems problems;
    const Kpis kpis =
        compute_kpis(metrics({{Role::Clicks, {17}}, {Role::Impressions, {1000}}}), problems);
    REQUIRE(kpis.size() == 2);
    CHECK(kpis[0].id == "impressions");
    CHECK(kpis[1].id == "click_through_rate");
}

TEST_CASE("regression: totals formula writes 1143 rows as 1,143 / 1.143", "[kpis]") {
    Problems problems;
    const Kpi kpi = total_reach(metrics({{Role::Reach, Values(1143, 2.0)}}), problems);
    CHECK(kpi.formula.en == "Sum over 1,143 rows = 2,286");
    CHECK(kpi.formula.de == "Summe über 1.143 Zeilen = 2.286");
}

TEST_CASE("regression: formulas say 1 row, not 1 rows", "[kpis]") {
    Problems problems;
    const Kpi kpi = net_promoter_score(metrics({{Role::NpsScore, {10, 0, 9}}}), problems);
    CHECK(kpi.formula.en.find("(2 promoters, 0 passives, 1 detractor of 3 answers)") !=
          std::string::npos);
    CHECK(kpi.formula.de.find("(2 Promotoren, 0 Passive, 1 Kritiker von 3 Antworten)") !=
          std::string::npos);
}

TEST_CASE("regression: a missing interaction part leaves the row out, it is not 0", "[kpis]") {
    // Tester's file: "6000;abc;0" was read as 0 likes, so the mean of 2 rates came out 2.5 %.
    Problems problems;
    const Kpi kpi = engagement_rate(metrics({{Role::Followers, {5000, 6000}},
                                             {Role::Likes, {240, std::nullopt}},
                                             {Role::Comments, {10, 0}}}),
                                    problems);
    REQUIRE(kpi.value);
    CHECK(*kpi.value == Approx(5.0));
    CHECK(kpi.formula.en == "(240 + 10) / 5,000 × 100 = 5.0 %");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].row == 3);
    CHECK(problems[0].column == "likes");
    CHECK(problems[0].left_out);
    CHECK(problems[0].message.en.find("1 row has no number in column \"likes\" (row 3)") == 0);
    CHECK(problems[0].message.en.find("left out of Engagement rate (by followers)") !=
          std::string::npos);
    CHECK(problems[0].message.de.find("Spalte „likes“ (Zeile 3)") != std::string::npos);
}

TEST_CASE("regression: rows without a number are grouped per column with the first rows",
          "[kpis]") {
    // The UCI session data has 14 blank BounceRates cells; the formula counted 12,316 rows and
    // no problem named them.
    Values rates;
    for (int i = 0; i < 20; ++i)
        rates.push_back(i % 3 == 0 ? std::optional<double>() : std::optional<double>(10.0 + i));
    Problems problems;
    const Kpi kpi = bounce_rate(metrics({{Role::BounceRate, rates}}), problems);
    REQUIRE(kpi.value);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].row == 2);
    CHECK(problems[0].column == "bounce_rate");
    CHECK(problems[0].message.en.find("7 rows have no number in column \"bounce_rate\" "
                                      "(rows 2, 5, 8, 11, 14, …); they were left out of "
                                      "Bounce rate.") == 0);
    CHECK(problems[0].message.de.find("7 Zeilen haben keine Zahl") == 0);
}

TEST_CASE("regression: a ratio of totals leaves out a row with half its figures", "[kpis]") {
    Problems problems;
    const Kpi kpi = click_through_rate(metrics({{Role::Impressions, {1000, 3000, std::nullopt}},
                                                {Role::Clicks, {10, std::nullopt, 7}}}),
                                       problems);
    REQUIRE(kpi.value);
    CHECK(*kpi.value == Approx(1.0));
    CHECK(kpi.details[2].second == Approx(1.0)); // rows_used
    REQUIRE(problems.size() == 2); // one per column, the row named in each
    CHECK(problems[0].message.en.find("(row 4)") != std::string::npos);
    CHECK(problems[1].message.en.find("(row 3)") != std::string::npos);
}
