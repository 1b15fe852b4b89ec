#include "engine/localized.h"

#include <catch2/catch.hpp>

using namespace engage;

TEST_CASE("language tags", "[localized]") {
    CHECK(language_from_tag("de") == Language::German);
    CHECK(language_from_tag("de-AT") == Language::German);
    CHECK(language_from_tag("DE_ch") == Language::German);
    CHECK(language_from_tag("en-US") == Language::English);
    CHECK(language_from_tag("fr") == Language::English);
    CHECK(language_from_tag("") == Language::English);
    CHECK(std::string(language_tag(Language::German)) == "de");
}

TEST_CASE("a missing German text falls back to English", "[localized]") {
    const Localized both{"Reach", "Reichweite"};
    CHECK(both.in(Language::German) == "Reichweite");
    CHECK(both.in(Language::English) == "Reach");
    const Localized english_only{"EngageLens", ""};
    CHECK(english_only.in(Language::German) == "EngageLens");
}
