#include "engine/column_roles.h"

#include <catch2/catch.hpp>

using namespace engage;

TEST_CASE("German and English header names give roles", "[column_roles]") {
    const std::pair<const char*, Role> cases[] = {
        {"Followers", Role::Followers},
        {"Follower", Role::Followers},
        {"likes", Role::Likes},
        {"Gefällt mir", Role::Likes},
        {"Comments", Role::Comments},
        {"Kommentare", Role::Comments},
        {"Shares", Role::Shares},
        {"Geteilt", Role::Shares},
        {"Impressions", Role::Impressions},
        {"Impressionen", Role::Impressions},
        {"Reach", Role::Reach},
        {"Reichweite", Role::Reach},
        {"Clicks", Role::Clicks},
        {"Klicks", Role::Clicks},
        {"Visits", Role::Visits},
        {"Besuche", Role::Visits},
        {"Sessions", Role::Visits},
        {"Sitzungen", Role::Visits},
        {"Bounces", Role::Bounces},
        {"Absprünge", Role::Bounces},
        {"ABSPRÜNGE", Role::Bounces},
        {"Unique visitors", Role::UniqueVisitors},
        {"Eindeutige Besucher", Role::UniqueVisitors},
        {"Conversions", Role::Conversions},
        {"Session duration", Role::Duration},
        {"Sitzungsdauer", Role::Duration},
        {"Verweildauer", Role::Duration},
        {" \"Likes\" ", Role::Likes},
        {"page_total_likes", Role::Followers},
    };
    for (const auto& [header, role] : cases) {
        INFO(header);
        CHECK(role_for_header(header) == role);
    }
}

TEST_CASE("the recommend question is the NPS column", "[column_roles]") {
    CHECK(role_for_header("Wie wahrscheinlich ist es, dass Sie uns einem Freund "
                          "weiterempfehlen?") == Role::NpsScore);
    CHECK(role_for_header("How likely are you to recommend us to a friend?") == Role::NpsScore);
    CHECK(role_for_header("On a scale of 0-10, how would you rate Sudzilla?") == Role::NpsScore);
    CHECK(role_for_header("NPS") == Role::NpsScore);
}

TEST_CASE("exact names beat partial ones", "[column_roles]") {
    CHECK(match_header("Reach").exact);
    const RoleMatch partial = match_header("Lifetime Post Total Reach (organic)");
    CHECK(partial.role == Role::Reach);
    CHECK_FALSE(partial.exact);
}

TEST_CASE("role ids round-trip and unknown headers have no role", "[column_roles]") {
    for (const Role role : all_roles())
        CHECK(role_from_id(role_id(role)) == role);
    CHECK(role_from_id("no such role") == Role::None);
    CHECK(role_for_header("Tweet permalink") == Role::None);
    CHECK(role_for_header("") == Role::None);
    CHECK(role_is_count(Role::Followers));
    CHECK_FALSE(role_is_count(Role::Duration));
    CHECK(role_name(Role::Likes).de == "Gefällt mir");
}
