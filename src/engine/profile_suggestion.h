// Profile suggestion: which built-in benchmark profile fits the data, and why.
//
// Contract:
// - `suggest_profile` looks at an Analysis (its KPIs, columns, table and file name) plus what
//   the user told us (`SuggestionHints`), and names one built-in profile with the reason in
//   both languages, quoting the figures it used. It never fails: without a better match it
//   suggests "article", the default, and says what is missing for a better one.
// - Rules, first match wins:
//   1. an engagement rate by followers with a known follower count: on Instagram or an unknown
//      platform, HypeAuditor's tier for that count (tiers are [min, max) in followers); on
//      TikTok, Facebook or X, Rival IQ's brand median for that platform;
//   2. an engagement rate by followers, platform known, followers unknown: Rival IQ's brands;
//   3. a click-through rate with a recognisable medium (search, Facebook, display, e-mail);
//   4. NPS answers: the finer NPS bands;
//   5. otherwise "article".
// - The follower count is, in this order: the hint; the engagement rate's denominator when the
//   followers were given once; the mean of the followers column over the rows the table holds
//   (Analysis::table; the CLI keeps rows only when asked for a suggestion).
// - The platform is the hint, or a platform name in the file name, a table title or a column
//   header ("instagram_export.csv", "TikTok Analytics"); "x" only as the hint or as "twitter".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/analysis.h"
#include "engine/localized.h"

namespace engage {

struct SuggestionHints {
    std::optional<double> followers; // the user's own count beats the data
    std::string platform;            // "instagram", "tiktok", "facebook", "x"; empty: detect
};

struct ProfileSuggestion {
    std::string profile_id;          // a built-in profile id; "article" when nothing fits better
    Localized reason;                // what was seen and why this profile
    std::optional<double> followers; // the follower count the tier came from
    std::string platform;            // as given or detected; empty when unknown
    std::vector<std::string> alternatives; // other built-in profiles that also fit
};

ProfileSuggestion suggest_profile(const Analysis& analysis, const SuggestionHints& hints = {});

} // namespace engage
