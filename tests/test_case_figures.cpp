#include "engine/case_figures.h"

#include <catch2/catch.hpp>

using namespace engage;

TEST_CASE("My Starbucks Idea: implementation rate of 277 out of 150,000 ideas", "[case_figures]") {
    const Kpi kpi = implementation_rate(150000, 277);
    REQUIRE(kpi.defined());
    CHECK(kpi.id == "implementation_rate");
    CHECK(kpi.unit == "%");
    CHECK(kpi.dimension == Dimension::Transaction);
    CHECK(*kpi.value == Approx(0.184667).epsilon(1e-5));
    CHECK(kpi.formula.en ==
          "implemented ideas / submitted ideas × 100 = 277 / 150,000 × 100 = 0.185 %");
    CHECK(kpi.formula.de ==
          "umgesetzte Ideen / eingereichte Ideen × 100 = 277 / 150.000 × 100 = 0,185 %");
    CHECK(format_kpi_value(kpi, Language::German) == "0,185 %");
    REQUIRE(kpi.details.size() == 1);
    CHECK(kpi.details[0].first == "one_in");
    CHECK(kpi.details[0].second == Approx(541.516).epsilon(1e-5));
}

TEST_CASE("My Starbucks Idea: 2 million votes over 150,000 ideas", "[case_figures]") {
    const Kpi kpi = votes_per_idea(2000000, 150000);
    REQUIRE(kpi.defined());
    CHECK(kpi.unit == "ratio");
    CHECK(kpi.dimension == Dimension::Interaction);
    CHECK(*kpi.value == Approx(13.3333).epsilon(1e-5));
    CHECK(format_kpi_value(kpi, Language::English) == "13.33"); // as the formula shows it
    CHECK(kpi.formula.en == "votes / submitted ideas = 2,000,000 / 150,000 = 13.33");
    CHECK(kpi.formula.de == "Stimmen / eingereichte Ideen = 2.000.000 / 150.000 = 13,33");
}

TEST_CASE("case figures are undefined with a reason instead of dividing by zero",
          "[case_figures]") {
    SECTION("no ideas") {
        CHECK_FALSE(implementation_rate(0, 0).defined());
        CHECK(implementation_rate(0, 0).reason.en.find("no ideas") != std::string::npos);
        CHECK_FALSE(votes_per_idea(10, 0).defined());
    }
    SECTION("negative or not finite counts") {
        CHECK_FALSE(implementation_rate(-1, 0).defined());
        CHECK_FALSE(implementation_rate(100, std::nan("")).defined());
        CHECK_FALSE(votes_per_idea(-5, 10).defined());
    }
    SECTION("more implemented than submitted") {
        const Kpi kpi = implementation_rate(10, 11);
        CHECK_FALSE(kpi.defined());
        CHECK(kpi.reason.de.find("mehr Ideen umgesetzt") != std::string::npos);
    }
    SECTION("nothing implemented is a defined 0 %") {
        const Kpi kpi = implementation_rate(50000, 0);
        REQUIRE(kpi.defined());
        CHECK(*kpi.value == 0.0);
        CHECK(kpi.details.empty());
    }
}
