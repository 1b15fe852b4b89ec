#include "engine/kpi.h"

#include <catch2/catch.hpp>

using namespace engage;

TEST_CASE("KPI values are shown in the reader's language", "[kpi]") {
    Kpi kpi;
    kpi.unit = "%";
    kpi.value = 5.0;
    CHECK(format_kpi_value(kpi, Language::German) == "5,0 %");
    CHECK(format_kpi_value(kpi, Language::English) == "5.0 %");
    kpi.value = 0.0179;
    CHECK(format_kpi_value(kpi, Language::English) == "0.0179 %");

    kpi.unit = "score";
    kpi.value = 17.5;
    CHECK(format_kpi_value(kpi, Language::German) == "+17,5");
    kpi.value = -35.897;
    CHECK(format_kpi_value(kpi, Language::English) == "-35.9");

    kpi.unit = "s";
    kpi.value = 151;
    CHECK(format_kpi_value(kpi, Language::English) == "2:31");

    kpi.value.reset();
    CHECK(format_kpi_value(kpi, Language::English) == "\xE2\x80\x93");
}

TEST_CASE("regression: a KPI's interval carries its unit", "[kpi][interval]") {
    Kpi kpi;
    CHECK(format_kpi_interval(kpi, Language::English).empty());

    SECTION("a rate ends in %, once, with the value's decimals") {
        kpi.unit = "%";
        kpi.value = 0.989;
        kpi.ci95 = std::make_pair(0.70213, 1.39309);
        CHECK(format_kpi_interval(kpi, Language::German) == "0,702 \xE2\x80\x93 1,393 %");
        CHECK(format_kpi_interval(kpi, Language::English) == "0.702 \xE2\x80\x93 1.393 %");
    }
    SECTION("a duration reads as times") {
        kpi.unit = "s";
        kpi.value = 95.0;
        kpi.ci95 = std::make_pair(62.0, 130.0);
        CHECK(format_kpi_interval(kpi, Language::English) == "1:02 \xE2\x80\x93 2:10");
    }
    SECTION("a score has no unit") {
        kpi.unit = "score";
        kpi.value = 20.0;
        kpi.ci95 = std::make_pair(12.34, 40.06);
        CHECK(format_kpi_interval(kpi, Language::German) == "12,3 \xE2\x80\x93 40,1");
    }
}

TEST_CASE("dimensions have ids and names", "[kpi]") {
    CHECK(std::string(dimension_id(Dimension::Reach)) == "reach");
    CHECK(std::string(dimension_id(Dimension::Transaction)) == "transaction");
    CHECK(dimension_name(Dimension::Interaction).de == "Interaktion");
    const Kpi kpi = undefined_kpi("x", {"X", "X"}, "%", Dimension::Reach, {"why", "warum"});
    CHECK_FALSE(kpi.defined());
    CHECK(kpi.reason.de == "warum");
}
