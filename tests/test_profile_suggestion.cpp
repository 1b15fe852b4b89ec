#include <catch2/catch.hpp>

#include "engine/benchmark_profiles.h"
#include "engine/profile_suggestion.h"

using namespace engage;

namespace {

ProfileSuggestion suggest(const std::string& text, const std::string& name = "data.csv",
                          const SuggestionHints& hints = {}) {
    const Analysis analysis = analyze(text, name, AnalysisOptions{});
    REQUIRE(analysis.readable);
    return suggest_profile(analysis, hints);
}

bool mentions(const Localized& text, const std::string& en, const std::string& de) {
    return text.en.find(en) != std::string::npos && text.de.find(de) != std::string::npos;
}

} // namespace

TEST_CASE("the follower tier comes from the followers column's mean", "[profile_suggestion]") {
    // Distinct values per column, so a shifted column would change the tier.
    const ProfileSuggestion suggestion =
        suggest("Follower;Likes;Kommentare\n12.000;300;40\n12.500;210;11\n13.100;190;17\n");
    CHECK(suggestion.profile_id == "instagram_5k_20k");
    REQUIRE(suggestion.followers);
    CHECK(*suggestion.followers == Approx(12533.3).epsilon(0.001));
    CHECK(mentions(suggestion.reason, "12,533 followers over 3 rows", "12.533 Follower über 3"));
    CHECK(mentions(suggestion.reason, "\"Follower\"", "„Follower“"));
    // No platform in the data: the reason says the tiers are Instagram's.
    CHECK(suggestion.platform.empty());
    CHECK(mentions(suggestion.reason, "do not name a platform", "nennen keine Plattform"));
    CHECK(suggestion.alternatives == std::vector<std::string>{"brands_instagram"});
}

TEST_CASE("tier edges: [min, max) in followers", "[profile_suggestion]") {
    const std::string data = "Followers,Likes\n100,10\n";
    const std::pair<double, const char*> cases[] = {
        {0, "instagram_0_1k"},          {999, "instagram_0_1k"},
        {1000, "instagram_1k_5k"},      {4999, "instagram_1k_5k"},
        {5000, "instagram_5k_20k"},     {20000, "instagram_20k_100k"},
        {100000, "instagram_100k_1m"},  {999999, "instagram_100k_1m"},
        {1000000, "instagram_1m_plus"}, {5e8, "instagram_1m_plus"}};
    for (const auto& [followers, id] : cases) {
        SuggestionHints hints;
        hints.followers = followers;
        const ProfileSuggestion suggestion = suggest(data, "data.csv", hints);
        INFO(followers);
        CHECK(suggestion.profile_id == id);
        CHECK(mentions(suggestion.reason, "you gave", "Sie haben"));
    }
}

TEST_CASE("a key/value list and followers given once", "[profile_suggestion]") {
    CHECK(suggest("Follower;5000\nGefällt mir;240\nKommentare;10\n").profile_id ==
          "instagram_5k_20k");

    const ProfileSuggestion once = suggest("Followers,Likes\n250000,900\n,1200\n,800\n");
    CHECK(once.profile_id == "instagram_100k_1m");
    CHECK(mentions(once.reason, "given once: 250,000", "einmal angegeben: 250.000"));
}

TEST_CASE("the platform from the file name picks Rival IQ's brands", "[profile_suggestion]") {
    const ProfileSuggestion tiktok =
        suggest("Followers,Likes,Comments\n80000,4000,300\n", "tiktok_posts_2024.csv");
    CHECK(tiktok.profile_id == "brands_tiktok");
    CHECK(tiktok.platform == "tiktok");
    CHECK(mentions(tiktok.reason, "TikTok (from the file name \"tiktok_posts_2024.csv\")",
                   "TikTok (aus dem Dateinamen"));
    CHECK(mentions(tiktok.reason, "Instagram only", "nur für Instagram"));

    CHECK(suggest("Twitter followers,Likes\n8000,40\n").profile_id == "brands_x");

    const ProfileSuggestion instagram =
        suggest("Followers,Likes\n3000,150\n", "Instagram Insights.csv");
    CHECK(instagram.profile_id == "instagram_1k_5k");
    CHECK(mentions(instagram.reason, "Instagram was taken from the file name",
                   "Instagram stammt aus dem Dateinamen"));
}

TEST_CASE("CTR by medium, NPS, and the default", "[profile_suggestion]") {
    const ProfileSuggestion email =
        suggest("Impressions,Clicks\n12000,350\n", "newsletter_march.csv");
    CHECK(email.profile_id == "ctr_email");
    CHECK(mentions(email.reason, "\"newsletter\"", "„newsletter“"));
    CHECK(suggest("Impressions,Clicks\n12000,700\n", "Google Ads campaign.csv").profile_id ==
          "ctr_search_ads");

    const ProfileSuggestion nps = suggest("Score\n10\n9\n3\n8\n10\n0\n7\n6\n10\n9\n9\n5\n");
    CHECK(nps.profile_id == "nps_bands");
    // The 31 rests on a figure not found in Delighted's publications: the reason says so.
    CHECK(mentions(nps.reason, "Delighted, not verified", "Delighted, nicht geprüft"));

    const ProfileSuggestion plain = suggest("Impressions,Clicks\n1000,17\n");
    CHECK(plain.profile_id == "article");
    CHECK(mentions(plain.reason, "No more specific profile", "Kein spezielleres Profil"));
    for (const ProfileSuggestion* any : {&email, &nps, &plain})
        CHECK(find_builtin_profile(any->profile_id));
}

TEST_CASE("AnalysisOptions::benchmark rates the analysis with that profile",
          "[profile_suggestion]") {
    AnalysisOptions options;
    options.benchmark = *find_builtin_profile("instagram_5k_20k");
    const Analysis analysis = analyze("Follower;Likes;Kommentare\n5.000;200;50\n", "x", options);
    REQUIRE(analysis.kpis.size() == 1);
    const Kpi& kpi = analysis.kpis[0];
    CHECK(*kpi.value == Approx(5.0));
    // 5 % is above HypeAuditor's 5-20K median (3.76 %), below twice it (7.52 %).
    CHECK(kpi.rating == "above_median");
    CHECK(kpi.rating_source.en == "HypeAuditor 2018");

    // The default stays the article.
    CHECK(analyze("Follower;Likes\n5.000;250\n", "x", {}).kpis[0].rating == "good");
}
