// The UI's own texts (src/app/*_text.h are plain Localized values): regressions a reader saw.
#include "app/analytics_text.h"
#include "app/ui_text.h"
#include "engine/analysis.h"

#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

using namespace engage;

namespace {

const Kpi* find(const Analysis& analysis, const std::string& id) {
    for (const Kpi& kpi : analysis.kpis)
        if (kpi.id == id)
            return &kpi;
    return nullptr;
}

} // namespace

TEST_CASE("regression: the Analytics view's 'no interval' note has no brackets of its own",
          "[ui_texts]") {
    // analytics_view.cpp puts the note in brackets: "(kein Intervall (nicht aus Zählungen))".
    for (const Language language : {Language::English, Language::German}) {
        const std::string note = app::analytics_text::no_interval.in(language);
        CHECK(std::count(note.begin(), note.end(), '(') == 0);
        CHECK(std::count(note.begin(), note.end(), ')') == 0);
    }
}

TEST_CASE("regression: the table editor's example follows the UI language and reads as such",
          "[ui_texts]") {
    const std::string english = app::text::editor_placeholder.in(Language::English);
    const std::string german = app::text::editor_placeholder.in(Language::German);
    CHECK(english.rfind("Followers,Likes,Comments\n", 0) == 0);
    CHECK(english.find("5,000") != std::string::npos);
    CHECK(german.rfind("Follower;Likes;Kommentare\n", 0) == 0);

    // Each example, typed in as shown, gives the same key figures: 5,000 followers, 5 %.
    for (const std::string& example : {english, german}) {
        const Analysis analysis = analyze(example, "example", {});
        const Kpi* rate = find(analysis, "engagement_rate");
        REQUIRE(rate);
        REQUIRE(rate->value);
        CHECK(*rate->value == Approx(5.0));
    }
}
