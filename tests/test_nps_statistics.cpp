// Tests for nps_statistics.h: the reference check from PRODUCT.md, both interval methods, the
// two-group z-test and the scale guard.
#include <cmath>

#include <catch2/catch.hpp>

#include "engine/csv_reader.h"
#include "engine/nps_statistics.h"
#include "shared_data.h"
#include "table_rows.h"

using namespace engage;

TEST_CASE("NPS reference: n = 1000, 250 promoters, 75 detractors", "[nps_statistics]") {
    const NpsStatistics nps = nps_statistics({250, 675, 75});

    REQUIRE(nps.defined);
    CHECK(nps.score == Approx(17.5));
    CHECK(nps.variance == Approx(0.325 - 0.175 * 0.175));
    CHECK(nps.standard_error == Approx(1.71574).epsilon(1e-4));
    CHECK(nps.margin_of_error == Approx(3.3628).epsilon(1e-4));
    CHECK(nps.low == Approx(14.137).margin(0.005));
    CHECK(nps.high == Approx(20.863).margin(0.005));
    CHECK(nps.method == NpsIntervalMethod::Wald);
    CHECK(nps.method_note.en.find("Wald") != std::string::npos);
    CHECK(nps.method_note.de.find("1.000") != std::string::npos);
    WARN("NPS check: score " << nps.score << ", SE " << nps.standard_error << ", 95 % [" << nps.low
                             << ", " << nps.high << "]");
}

TEST_CASE("NPS intervals switch to adjusted Wald below 100 answers", "[nps_statistics]") {
    SECTION("20 answers: 10 promoters, 5 passives, 5 detractors") {
        const NpsStatistics nps = nps_statistics({10, 5, 5});
        CHECK(nps.score == Approx(25.0)); // the observed score, not the adjusted centre
        CHECK(nps.method == NpsIntervalMethod::AdjustedWald);
        CHECK(nps.low == Approx(-11.7161).epsilon(1e-4));
        CHECK(nps.high == Approx(55.1944).epsilon(1e-4));
        CHECK(nps.standard_error == Approx(17.0693).epsilon(1e-4));
        CHECK(nps.method_note.en.find("adjusted Wald") != std::string::npos);
        CHECK(nps.method_note.de.find("adjustiert") != std::string::npos);
    }
    SECTION("99 and 100 answers sit on either side of the threshold") {
        CHECK(nps_statistics({50, 30, 19}).method == NpsIntervalMethod::AdjustedWald);
        CHECK(nps_statistics({50, 30, 20}).method == NpsIntervalMethod::Wald);
    }
    SECTION("unanimous small groups still get an interval of positive width") {
        const NpsStatistics nps = nps_statistics({5, 0, 0});
        CHECK(nps.score == Approx(100.0));
        CHECK(nps.low < 100.0);
        CHECK(nps.high <= 100.0);
        CHECK(std::isfinite(nps.standard_error));
    }
    SECTION("regression: the interval contains the observed score (one answer of 10)") {
        // Adjusted Wald alone gives -48.5 .. 98.5 around an observed +100.
        const NpsStatistics one = nps_statistics({1, 0, 0});
        CHECK(one.score == Approx(100.0));
        CHECK(one.low == Approx(-48.5).margin(0.05));
        CHECK(one.high == Approx(100.0));
        CHECK(one.method_note.en.find("widened") != std::string::npos);
        CHECK(one.method_note.de.find("erweitert") != std::string::npos);

        const NpsStatistics none_pleased = nps_statistics({0, 0, 2});
        CHECK(none_pleased.low == Approx(-100.0));
        CHECK(none_pleased.low <= none_pleased.score);
        CHECK(none_pleased.score <= none_pleased.high);
    }
    SECTION("an interval that already contains the score is left as it is") {
        const NpsStatistics nps = nps_statistics({30, 20, 20});
        CHECK(nps.low < nps.score);
        CHECK(nps.score < nps.high);
        CHECK(nps.method_note.en.find("widened") == std::string::npos);
    }
    SECTION("the threshold is an option") {
        NpsOptions options;
        options.adjusted_wald_below = 0;
        CHECK(nps_statistics({10, 5, 5}, options).method == NpsIntervalMethod::Wald);
    }
}

TEST_CASE("NPS with no answers is not defined", "[nps_statistics]") {
    const NpsStatistics nps = nps_statistics({0, 0, 0});
    CHECK_FALSE(nps.defined);
    CHECK_FALSE(nps.reason.en.empty());
    CHECK_FALSE(nps.reason.de.empty());
    CHECK_FALSE(nps_statistics({-1, 3, 2}).defined);
}

TEST_CASE("Two NPS groups are compared with a z-test", "[nps_statistics]") {
    SECTION("a clear difference") {
        const NpsComparison c = compare_nps({250, 675, 75}, {200, 600, 200});
        REQUIRE(c.defined);
        CHECK(c.difference == Approx(17.5));
        CHECK(c.low == Approx(12.3353).epsilon(1e-4));
        CHECK(c.high == Approx(22.6647).epsilon(1e-4));
        CHECK(c.z == Approx(6.6411).epsilon(1e-4));
        CHECK(c.p_value < 1e-9);
        CHECK(c.significant);
        CHECK(c.verdict.en.find("is statistically significant at 95 %") != std::string::npos);
        CHECK(c.verdict.de.find("ist auf dem 95-%-Niveau statistisch signifikant") !=
              std::string::npos);
    }
    SECTION("a difference within the noise") {
        const NpsComparison c = compare_nps({250, 675, 75}, {230, 670, 100});
        REQUIRE(c.defined);
        CHECK(c.difference == Approx(4.5));
        CHECK(c.z == Approx(1.82578).epsilon(1e-4));
        CHECK(c.p_value == Approx(0.067883).epsilon(1e-3));
        CHECK_FALSE(c.significant);
        CHECK(c.verdict.en.find("is not statistically significant") != std::string::npos);
        CHECK(c.verdict.de.find("nicht statistisch signifikant") != std::string::npos);
    }
    SECTION("large unanimous groups do not make a difference certain") {
        const NpsComparison c = compare_nps({200, 0, 0}, {0, 0, 150});
        REQUIRE(c.defined);
        CHECK(c.difference == Approx(200.0));
        CHECK(std::isfinite(c.z));
        CHECK(c.significant);
    }
    SECTION("an empty group cannot be compared") {
        const NpsComparison c = compare_nps({10, 5, 5}, {0, 0, 0});
        CHECK_FALSE(c.defined);
        CHECK(c.reason.en.find("no answers") != std::string::npos);
    }
}

TEST_CASE("The scale guard refuses answers that are not on 0-10", "[nps_statistics][scale]") {
    SECTION("a 0 makes it a 0-10 scale") {
        CHECK(check_nps_scale({0, 3, 5}).accepted);
        CHECK(check_nps_scale({0, 10, 9, 8}).scale == NpsScale::ZeroToTen);
    }
    SECTION("1-5") {
        const NpsScaleCheck check = check_nps_scale({1, 2, 3, 4, 5, 5, 4});
        CHECK_FALSE(check.accepted);
        CHECK(check.scale == NpsScale::OneToFive);
        CHECK(check.message.en.find("1–5") != std::string::npos);
        CHECK(check.message.de.find("1–5") != std::string::npos);
    }
    SECTION("1-7") {
        CHECK(check_nps_scale({2, 7, 6, 1}).scale == NpsScale::OneToSeven);
    }
    SECTION("1-10: both ends used, no 0") {
        CHECK(check_nps_scale({1, 10, 9, 6}).scale == NpsScale::OneToTen);
    }
    SECTION("regression: the reason reads as one clause, not \"not defined: The ...\"") {
        const NpsScaleCheck check = check_nps_scale({1, 10, 9, 6});
        CHECK(check.reason.en.rfind("not defined, because the answers look like a 1–10 scale",
                                    0) == 0);
        CHECK(check.reason.de.rfind("nicht definiert, weil die Antworten nach einer Skala von "
                                    "1–10 aussehen",
                                    0) == 0);
        for (const NpsScaleCheck& refused :
             {check, check_nps_scale({1, 2, 5}), check_nps_scale({2, 7, 1}),
              check_nps_scale({8, 7.4}), check_nps_scale({0, 100}), check_nps_scale({})}) {
            CHECK(refused.reason.en.rfind("not defined, because ", 0) == 0);
            CHECK(refused.reason.de.rfind("nicht definiert, weil ", 0) == 0);
            CHECK(refused.reason.en.find(':') > refused.reason.en.find("because"));
        }
    }
    SECTION("0-10 where nobody chose 0 or 1") {
        CHECK(check_nps_scale({3, 10, 9, 6, 8}).accepted);
        CHECK(check_nps_scale({1, 9, 8}).accepted);
    }
    SECTION("fractions, as in a column of mean scores") {
        const NpsScaleCheck check = check_nps_scale({8, 7.4, 9});
        CHECK(check.scale == NpsScale::NotWhole);
        CHECK(check.offending_index == 1);
        CHECK(check.message.en.find("not the mean score") != std::string::npos);
    }
    SECTION("out of range, as on 0-100") {
        const NpsScaleCheck check = check_nps_scale({0, 5, 100});
        CHECK(check.scale == NpsScale::OutOfRange);
        CHECK(check.offending_index == 2);
        CHECK_FALSE(check_nps_scale({-1, 5}).accepted);
    }
    SECTION("empty") {
        CHECK(check_nps_scale({}).scale == NpsScale::Empty);
    }
    SECTION("the user can state the survey was 0-10") {
        NpsScaleOptions options;
        options.assume_zero_to_ten = true;
        CHECK(check_nps_scale({5, 6, 7}, options).accepted);
        CHECK_FALSE(check_nps_scale({5, 6.5}, options).accepted);
    }
}

TEST_CASE("NPS answers are counted by the 0-6 / 7-8 / 9-10 groups", "[nps_statistics]") {
    const NpsCounts counts = count_nps_answers({0, 6, 7, 8, 9, 10, 10, 3});
    CHECK(counts.detractors == 3);
    CHECK(counts.passives == 2);
    CHECK(counts.promoters == 3);
}

TEST_CASE("NPS by group from a table", "[nps_statistics][table]") {
    // Every column holds distinct kinds of values, so a shifted column is caught.
    Table table;
    table.header = {"Segment", "Score", "Why"};
    testing::add_rows(table,
                      {{"north", "10", "great service"},
                       {"south", "3", "slow"},
                       {"north", "9", ""},
                       {"south", "7.0", "ok"},
                       {"north", "0", "broken"},
                       {"south", "", "no score"},
                       {"north", "n/a", "text"}},
                      {2, 3, 4, 5, 6, 7, 8});

    SECTION("groups, histograms and comments") {
        const NpsGroups groups = nps_by_group(table, {1, 0, 2});
        REQUIRE(groups.defined);
        REQUIRE(groups.groups.size() == 2);
        const NpsGroup& north = groups.groups[0];
        CHECK(north.name == "north");
        CHECK(north.counts.promoters == 2);
        CHECK(north.counts.detractors == 1);
        CHECK(north.histogram[10] == 1);
        CHECK(north.histogram[0] == 1);
        CHECK(north.statistics.score == Approx(100.0 / 3.0));
        REQUIRE(north.comments.size() == 2);
        CHECK(north.comments[0].text == "great service");
        CHECK(north.comments[0].row == 2);
        CHECK(north.comments[1].score == 0);
        const NpsGroup& south = groups.groups[1];
        CHECK(south.counts.passives == 1);
        CHECK(south.counts.detractors == 1);

        REQUIRE(groups.problems.size() == 2);
        CHECK(groups.problems[0].row == 7);
        CHECK(groups.problems[0].column == "Score");
        CHECK(groups.problems[1].row == 8);
        CHECK(groups.problems[1].message.en.find("n/a") != std::string::npos);
    }
    SECTION("one group without a group column") {
        const NpsGroups groups = nps_by_group(table, {1, -1, -1});
        REQUIRE(groups.groups.size() == 1);
        CHECK(groups.groups[0].counts.total() == 5);
    }
    SECTION("a refused scale gives no groups and an error with the row") {
        Table five;
        five.header = {"Rating"};
        testing::add_rows(five, {{"4"}, {"5"}, {"2.5"}}, {2, 3, 4});
        const NpsGroups groups = nps_by_group(five, {0, -1, -1});
        CHECK_FALSE(groups.defined);
        CHECK(groups.groups.empty());
        REQUIRE(groups.problems.size() == 1);
        CHECK(groups.problems[0].row == 4);
        CHECK(groups.problems[0].severity == Severity::Error);
    }
}

TEST_CASE("NPS of the Sudzilla Google Forms survey", "[nps_statistics][shared_data]") {
    ENGAGE_REQUIRE_SHARED_FILE(bytes,
                               "nps/preppin-data-2019w-sudzilla-nps-survey-google-forms.csv");
    const TableReading reading = read_table(bytes);
    REQUIRE(reading.ok);
    REQUIRE(reading.table.column_count() == 11);

    // Column 2 is "On a scale of 0-10, how would you rate Sudzilla?", column 3 the "why?".
    const NpsGroups groups = nps_by_group(reading.table, {1, -1, 2});
    REQUIRE(groups.defined);
    REQUIRE(groups.groups.size() == 1);
    const NpsGroup& all = groups.groups[0];
    CHECK(all.counts.promoters == 8);
    CHECK(all.counts.passives == 9);
    CHECK(all.counts.detractors == 22);
    CHECK(all.statistics.score == Approx(-35.897).margin(0.001));
    CHECK(all.statistics.method == NpsIntervalMethod::AdjustedWald);
    CHECK_FALSE(all.comments.empty());
    WARN("Sudzilla NPS " << all.statistics.score << ", adjusted Wald 95 % [" << all.statistics.low
                         << ", " << all.statistics.high << "], " << all.comments.size()
                         << " comments");
}
