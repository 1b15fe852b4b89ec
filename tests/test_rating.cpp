#include "engine/rating.h"

#include <catch2/catch.hpp>

using namespace engage;

namespace {

std::string rated(const char* id, double value, const char* unit = "%") {
    Kpi kpi;
    kpi.id = id;
    kpi.unit = unit;
    kpi.value = value;
    rate(kpi, article_profile());
    return kpi.rating;
}

} // namespace

TEST_CASE("the article's engagement-rate bands", "[rating]") {
    CHECK(rated("engagement_rate", 2.99) == "low");
    CHECK(rated("engagement_rate", 3.0) == "good");
    CHECK(rated("engagement_rate", 5.0) == "good");
    CHECK(rated("engagement_rate", 8.0) == "good");
    CHECK(rated("engagement_rate", 8.01) == "high");
}

TEST_CASE("bounce rate and NPS bands", "[rating]") {
    CHECK(rated("bounce_rate", 60.0) == "normal");
    CHECK(rated("bounce_rate", 60.5) == "high");
    CHECK(rated("nps", -1, "score") == "negative");
    CHECK(rated("nps", 0, "score") == "good");
    CHECK(rated("nps", 49.9, "score") == "good");
    CHECK(rated("nps", 50, "score") == "excellent");
    CHECK(rated("nps", 70, "score") == "world_class");
}

TEST_CASE("KPIs without a universal benchmark get a note instead of a rating", "[rating]") {
    for (const char* id :
         {"click_through_rate", "time_on_site", "conversion_rate", "conversion_rate_per_visitor"}) {
        Kpi kpi;
        kpi.id = id;
        kpi.value = 1.7;
        rate(kpi, article_profile());
        INFO(id);
        CHECK(kpi.rating.empty());
        CHECK_FALSE(kpi.rating_note.en.empty());
        CHECK_FALSE(kpi.rating_note.de.empty());
    }
}

TEST_CASE("bands are described with their source, and undefined KPIs are not rated", "[rating]") {
    Kpi kpi;
    kpi.id = "engagement_rate";
    kpi.unit = "%";
    rate(kpi, article_profile());
    CHECK(kpi.rating.empty());
    CHECK(kpi.rating_bands.en == "low | 3 % | good | 8 % | high");
    CHECK(kpi.rating_bands.de == "niedrig | 3 % | gut | 8 % | hoch");
    CHECK_FALSE(kpi.rating_source.en.empty());
}
