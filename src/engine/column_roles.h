// Column roles: what a column means for the KPIs, recognised from its header name.
//
// Contract:
// - `role_for_header` matches German and English header names case-insensitively, ignoring
//   surrounding spaces, quotes and punctuation ("Gefällt mir", "Likes", "Sitzungsdauer").
//   Unknown headers get Role::None; the user can override any role.
// - Role ids ("followers", "nps_score", ...) are stable: the CLI's JSON and the page's JS API
//   use them.
#pragma once

#include "engine/localized.h"

#include <string>
#include <string_view>
#include <vector>

namespace engage {

enum class Role {
    None,
    Label, // a text column naming the row (post, campaign, page)
    Followers,
    Likes,
    Comments,
    Shares,
    Interactions, // a precomputed sum of likes, comments, shares ("Engagements")
    Impressions,
    Reach,
    Clicks,
    Visits, // visits or sessions
    Bounces,
    UniqueVisitors,
    Conversions,
    Duration, // session or visit duration (per row, or an average per visit)
    NpsScore,       // 0..10 answers to "how likely are you to recommend ...?"
    BounceRate,     // a bounce rate per row (GA, Matomo): weighted by visits when they exist
    ConversionRate, // a conversion rate per row: weighted by visits when they exist
    ConversionFlag, // yes/no per row, each row one session ("Revenue" TRUE/FALSE in UCI data)
    Date,           // a date or timestamp naming the row's period
};

constexpr std::size_t role_count = static_cast<std::size_t>(Role::Date) + 1;

const std::vector<Role>& all_roles();
const char* role_id(Role role);
Role role_from_id(std::string_view id); // Role::None for an unknown id
Localized role_name(Role role);

// The role a header name suggests, or Role::None. `exact` is false when only part of the header
// matched ("Lifetime Post Total Reach" -> reach), so an exact match elsewhere wins.
struct RoleMatch {
    Role role = Role::None;
    bool exact = false;
};
RoleMatch match_header(std::string_view header);
Role role_for_header(std::string_view header);

// True for roles whose values are counts: whole numbers, so "2.400" is 2400 in either locale.
// Inline, like the two below: the row loop of big files asks once per cell.
inline bool role_is_count(Role role) {
    switch (role) {
    case Role::Followers:
    case Role::Likes:
    case Role::Comments:
    case Role::Shares:
    case Role::Interactions:
    case Role::Impressions:
    case Role::Reach:
    case Role::Clicks:
    case Role::Visits:
    case Role::Bounces:
    case Role::UniqueVisitors:
    case Role::Conversions:
        return true;
    default:
        return false;
    }
}

// True for roles holding rates, which a column may write as percents (27 %, 27) or as ratios
// (0.27); both are shown as percent.
inline bool role_is_rate(Role role) {
    return role == Role::BounceRate || role == Role::ConversionRate;
}

// True for roles whose cells are numbers (every role but None, Label, ConversionFlag, Date).
inline bool role_is_numeric(Role role) {
    return role != Role::None && role != Role::Label && role != Role::ConversionFlag &&
           role != Role::Date;
}

} // namespace engage
