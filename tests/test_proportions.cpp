// Tests for proportions.h: Wilson intervals and the two-proportion z-test.
#include "engine/proportions.h"

#include <catch2/catch.hpp>

using namespace engage;

TEST_CASE("Wilson 95 % interval", "[proportions]") {
    SECTION("5 of 10: textbook values") {
        const ProportionEstimate e = wilson_interval(5, 10);
        REQUIRE(e.defined);
        CHECK(e.proportion == Approx(0.5));
        CHECK(e.low == Approx(0.2366).margin(1e-4));
        CHECK(e.high == Approx(0.7634).margin(1e-4));
    }
    SECTION("0 of 10 stays inside [0, 1] and is not a zero-width interval") {
        const ProportionEstimate e = wilson_interval(0, 10);
        CHECK(e.low == Approx(0.0));
        CHECK(e.high == Approx(0.2775).margin(1e-4));
    }
    SECTION("regression: the bounds at 0 and 1 are exact, without a rounding rest") {
        // Matomo's scheduled report printed a conversion interval from 2.7755575615628914e-15.
        for (const double trials : {1.0, 7.0, 355.0, 12330.0, 1e9}) {
            CHECK(wilson_interval(0, trials).low == 0.0);
            CHECK(wilson_interval(trials, trials).high == 1.0);
        }
    }
    SECTION("the CTR example: 17 clicks on 1,000 impressions") {
        const ProportionEstimate e = wilson_interval(17, 1000);
        const auto [low, high] = percent_interval(e);
        CHECK(e.proportion == Approx(0.017));
        CHECK(low == Approx(1.0641).margin(1e-3));
        CHECK(high == Approx(2.7056).margin(1e-3));
    }
    SECTION("bad counts are values, not crashes") {
        CHECK_FALSE(wilson_interval(1, 0).defined);
        CHECK_FALSE(wilson_interval(11, 10).defined);
        CHECK_FALSE(wilson_interval(-1, 10).defined);
        CHECK(wilson_interval(3, 0).reason.de.find("Nenner") != std::string::npos);
    }
}

TEST_CASE("Two-proportion z-test", "[proportions]") {
    SECTION("45 % of 100 against 30 % of 100") {
        const ProportionComparison c = compare_proportions(45, 100, 30, 100);
        REQUIRE(c.defined);
        CHECK(c.difference == Approx(0.15));
        CHECK(c.z == Approx(2.1909).epsilon(1e-4));
        CHECK(c.p_value == Approx(0.02846).epsilon(1e-3));
        CHECK(c.significant);
        CHECK(c.low == Approx(0.15 - 1.959964 * 0.0676387).epsilon(1e-4));
        CHECK(c.verdict.en.find("is statistically significant") != std::string::npos);
    }
    SECTION("a small difference is not significant") {
        const ProportionComparison c = compare_proportions(17, 1000, 20, 1000);
        CHECK_FALSE(c.significant);
        CHECK(c.verdict.de.find("nicht") != std::string::npos);
    }
    SECTION("both 0 %: nothing to test") {
        const ProportionComparison c = compare_proportions(0, 50, 0, 80);
        REQUIRE(c.defined);
        CHECK(c.p_value == Approx(1.0));
        CHECK_FALSE(c.significant);
    }
    SECTION("an empty group") {
        CHECK_FALSE(compare_proportions(1, 10, 0, 0).defined);
    }
}
