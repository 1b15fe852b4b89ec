#include <catch2/catch.hpp>

#include "engine/rating.h"

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

TEST_CASE("the rating note names the denominator", "[rating]") {
    Kpi by_followers;
    by_followers.id = "engagement_rate";
    by_followers.unit = "%";
    by_followers.value = 5.0;
    rate(by_followers, article_profile());
    CHECK(by_followers.rating == "good");
    CHECK(by_followers.rating_note.en.find("per follower") != std::string::npos);
    CHECK(by_followers.rating_note.de.find("je Follower") != std::string::npos);

    // Rates by reach run about ten times higher: never rated against per-follower bands.
    for (const char* id : {"engagement_rate_by_reach", "engagement_rate_by_impressions"}) {
        Kpi kpi;
        kpi.id = id;
        kpi.unit = "%";
        kpi.value = 5.0;
        rate(kpi, article_profile());
        INFO(id);
        CHECK(kpi.rating.empty());
        CHECK(kpi.rating_note.en.find("per follower") != std::string::npos);
        CHECK(kpi.rating_note.de.find("je Follower") != std::string::npos);
    }
}

TEST_CASE("sources show their year, or say that there is none", "[rating]") {
    CHECK(source_text({"s", {"HypeAuditor", "HypeAuditor"}, {}, 2018, false, true, ""}).en ==
          "HypeAuditor 2018");
    const Localized undated =
        source_text({"s", {"CustomerGauge", ""}, {}, std::nullopt, false, true, ""});
    CHECK(undated.en == "CustomerGauge, year not stated");
    CHECK(undated.de == "CustomerGauge, ohne Jahresangabe");
    CHECK(source_text({"s", {"Display", "Display"}, {}, std::nullopt, true, std::nullopt, ""}).de ==
          "Display, ohne Jahresangabe, schwache Quelle");

    Kpi kpi;
    kpi.id = "nps";
    kpi.unit = "score";
    kpi.value = 40;
    rate(kpi, article_profile());
    CHECK(kpi.rating_source.en == "CustomerGauge, year not stated");
}

TEST_CASE("a source not checked against its publication says so in both languages", "[rating]") {
    BenchmarkSource source{"s", {"Delighted", "Delighted"}, {}, std::nullopt, false, false, ""};
    CHECK(source_text(source).en == "Delighted, year not stated, not verified");
    CHECK(source_text(source).de == "Delighted, ohne Jahresangabe, nicht geprüft");
    source.year = 2021;
    CHECK(source_text(source).en == "Delighted 2021, not verified");
    CHECK(source_text(source).de == "Delighted 2021, nicht geprüft");
    source.verified = true;
    CHECK(source_text(source).en == "Delighted 2021");
    source.verified = std::nullopt; // a user's own profile: nothing claimed either way
    CHECK(source_text(source).en == "Delighted 2021");

    // The article's sources were found: checked, with the address where they were read.
    const BenchmarkProfile profile = article_profile();
    for (const BenchmarkSource& found : profile.sources) {
        INFO(found.id);
        CHECK(found.verified == true);
        CHECK(found.url.rfind("https://", 0) == 0);
    }
    CHECK(find_source(profile, "article")->url ==
          "https://www.marketinginstitut.biz/blog/customer-engagement/");
}

TEST_CASE("a source address must be a web address", "[rating]") {
    BenchmarkProfile profile = article_profile();
    REQUIRE(validate_profile(profile).empty());
    profile.sources[0].url = "file:///etc/passwd";
    CHECK(validate_profile(profile).en.find("starts with https://") != std::string::npos);
    CHECK(validate_profile(profile).de.find("mit https:// beginnt") != std::string::npos);
    profile.sources[0].url = "https://example.org/";
    CHECK(validate_profile(profile).empty());
}

TEST_CASE("band boundaries: inclusive uppers and small numbers", "[rating]") {
    RatingBand band{"b", {"b", "b"}, 1.0, 2.0, false, BandTone::Neutral, {}, false};
    CHECK(band_holds(band, 1.0));
    CHECK_FALSE(band_holds(band, 2.0));
    band.upper_inclusive = true;
    CHECK(band_holds(band, 2.0));
    CHECK_FALSE(band_holds(band, 0.999));

    // Half of Rival IQ's X/Twitter median is 0.0175 %: shown with the decimals it needs.
    BenchmarkProfile profile;
    profile.id = "small";
    profile.name = {"Small", "Klein"};
    profile.sources = {{"own", {"Own", "Eigene"}, {}, 2024, false, std::nullopt, ""}};
    profile.benchmarks = {
        {"engagement_rate",
         {{"low", {"low", "niedrig"}, std::nullopt, 0.0175, false, BandTone::Attention, {}, false},
          {"high", {"high", "hoch"}, 0.0175, std::nullopt, false, BandTone::Favourable, {}, false}},
         {"own"},
         {},
         {}}};
    REQUIRE(validate_profile(profile).empty());
    Kpi kpi;
    kpi.id = "engagement_rate";
    kpi.unit = "%";
    kpi.value = 0.02;
    rate(kpi, profile);
    CHECK(kpi.rating == "high");
    CHECK(kpi.rating_bands.en == "low | 0.0175 % | high");
    CHECK(kpi.rating_bands.de == "niedrig | 0,0175 % | hoch");
    CHECK(kpi.rating_source.en == "Own 2024");
}

TEST_CASE("validate_profile finds gaps, open ends and unknown ids", "[rating]") {
    BenchmarkProfile profile = article_profile();
    REQUIRE(validate_profile(profile).empty());

    SECTION("a gap") {
        profile.benchmarks[0].bands[1].lower = 3.5;
        CHECK(validate_profile(profile).en.find("without a gap") != std::string::npos);
    }
    SECTION("a closed first band") {
        profile.benchmarks[0].bands[0].lower = 0.0;
        CHECK(validate_profile(profile).en.find("open below") != std::string::npos);
    }
    SECTION("an unknown KPI") {
        profile.benchmarks[0].kpi_id = "likes";
        CHECK(validate_profile(profile).de.find("keine Kennzahl-ID") != std::string::npos);
    }
    SECTION("rated and unrated at once") {
        profile.unrated.push_back({"nps", {"x", "x"}});
        CHECK(validate_profile(profile).en.find("both rated and") != std::string::npos);
    }
    SECTION("a band without a source") {
        profile.benchmarks[0].sources.clear();
        CHECK(validate_profile(profile).en.find("has no source") != std::string::npos);
    }
}

TEST_CASE("tones are data, for the UI's colours", "[rating]") {
    const KpiBenchmark* bounce = find_benchmark(article_profile(), "bounce_rate");
    REQUIRE(bounce);
    CHECK(bounce->bands[0].tone == BandTone::Favourable);
    CHECK(bounce->bands[1].tone == BandTone::Attention);
    CHECK(band_tone_from_id("excellent") == BandTone::Excellent);
    CHECK_FALSE(band_tone_from_id("pink"));
    CHECK(std::string(band_tone_id(BandTone::Bad)) == "bad");
}
