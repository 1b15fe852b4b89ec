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

TEST_CASE("durations", "[number_text]") {
    CHECK(format_duration(79) == "1:19");
    CHECK(format_duration(3723) == "1:02:03");
    CHECK(format_duration(0) == "0:00");
}
