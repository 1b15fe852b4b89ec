#include "engine/number_text.h"

#include <catch2/catch.hpp>

using namespace engage;

TEST_CASE("numbers are written for German and English readers", "[number_text]") {
    CHECK(format_number(5000, Language::German, 0) == "5.000");
    CHECK(format_number(5000, Language::English, 0) == "5,000");
    CHECK(format_number(1234567.891, Language::German, 2) == "1.234.567,89");
    CHECK(format_number(-1234.5, Language::English, 1) == "-1,234.5");
    CHECK(format_number(-0.04, Language::English, 1) == "0.0");
    CHECK(format_number(999, Language::German, 0) == "999");
    CHECK(format_percent(5, Language::German) == "5,0 %");
    CHECK(format_percent(1.7, Language::English) == "1.7 %");
}

TEST_CASE("regression: ties round half away from zero, the same for every number",
          "[number_text]") {
    // printf alone gave "3,634" for 3634.5 but "1,236" for 1235.5 (ties to even).
    CHECK(format_number(3634.5, Language::English, 0) == "3,635");
    CHECK(format_number(1235.5, Language::English, 0) == "1,236");
    CHECK(format_number(-2.5, Language::German, 0) == "-3");
    CHECK(format_number(0.125, Language::English, 2) == "0.13");
    CHECK(format_number(2.5e20, Language::English, 0) == "250,000,000,000,000,000,000");
}

TEST_CASE("durations", "[number_text]") {
    CHECK(format_duration(79) == "1:19");
    CHECK(format_duration(3723) == "1:02:03");
    CHECK(format_duration(0) == "0:00");
}

TEST_CASE("counts are grouped and take their noun's number", "[number_text]") {
    CHECK(localized_count(1143).en == "1,143");
    CHECK(localized_count(1143).de == "1.143");
    const Localized row{"row", "Zeile"};
    const Localized rows{"rows", "Zeilen"};
    CHECK(counted(1, row, rows).en == "1 row");
    CHECK(counted(1, row, rows).de == "1 Zeile");
    CHECK(counted(0, row, rows).en == "0 rows");
    CHECK(counted(1143, row, rows).en == "1,143 rows");
    CHECK(counted(1143, row, rows).de == "1.143 Zeilen");
}

TEST_CASE("small shares keep three significant digits", "[number_text]") {
    CHECK(percent_decimals(5.0) == 1);
    CHECK(percent_decimals(0.0) == 1);
    CHECK(percent_decimals(0.0179) == 4);
    CHECK(percent_decimals(-0.5) == 3);
    CHECK(format_percent(0.0179, Language::German, percent_decimals(0.0179)) == "0,0179 %");
}
