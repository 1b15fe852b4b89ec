// Benchmark profiles: the built-in ones, JSON import and export, and editing bands.
//
// Contract:
// - Profiles are data. The built-in ones are the JSON files in data/profiles/, compiled into the
//   binary at build time (cmake/embed_profiles.cmake); the JSON is their single source. They
//   are, in this order:
//   - "article": the source article's rules of thumb, the default;
//   - "instagram_0_1k" ... "instagram_1m_plus": Instagram accounts by follower tier,
//     HypeAuditor 2018 (average and median engagement rate per follower);
//   - "brands_tiktok", "brands_instagram", "brands_facebook", "brands_x": brands per platform,
//     Rival IQ 2023 (median engagement per follower per post);
//   - "ctr_search_ads", "ctr_facebook_ads", "ctr_display", "ctr_email": click-through rate by
//     medium (LocaliQ 2021 and WordStream 2026, WordStream 2017, a weak display figure,
//     Mailchimp 2019);
//   - "nps_bands": CustomerGauge, Delighted, Retently 2021;
//   - "bounce_retail" ... "bounce_blog_landing": bounce rate by site type, HubSpot (UA era).
// - Every built-in source states whether its figures were checked against the publication
//   ("verified") and, where one was found, its address ("url", shown as text, never fetched).
//   The figures are the published ones, in the publication's own order: HypeAuditor's medians
//   lie above its averages in every tier, as printed.
// - Band rules of the built-in profiles (each profile's note repeats its rule for the user):
//   - two reference figures (HypeAuditor's average and median): "typical" between them
//     (inclusive), "below"/"above" down to half the lower / up to twice the higher figure
//     (inclusive), "well below"/"well above" beyond;
//   - one reference figure m (Rival IQ's median, a CTR): "around" 0.8 m .. 1.25 m (inclusive;
//     symmetric on a ratio scale), "below" from 0.5 m, "above" up to 2 m (inclusive),
//     "well below"/"well above" beyond; boundaries rounded to three significant digits;
//   - a published range (HubSpot's bounce rates): below, typical (inclusive), above;
//   - the NPS cut points as published (0, 31, 50, 70).
// - JSON document: {"format": "engagelens-benchmark-profile", "version": 1, "id", "name",
//   "group", "description", "audience", "sources": [{"id", "name", "title", "year", "weak",
//   "verified", "url"}],
//   "benchmarks": [{"kpi", "sources", "reference", "note", "bands": [{"id", "label", "lower",
//   "upper", "upper_inclusive", "tone", "sources", "edited"}]}], "unrated": [{"kpi", "note"}]}.
//   Texts are {"en": ..., "de": ...} (a plain string counts for both); null bounds are open.
//   A file may also hold {"format": "engagelens-benchmark-profiles", "profiles": [...]}.
// - Parsing never throws and never crashes: bad JSON, a wrong type or bands with a gap give a
//   result without profile and an error in both languages that says where and what to fix.
// - Edits keep a profile valid or change nothing and say why; an edited band is marked
//   `edited`, which the rating's source text and the exported JSON show.
//
// FIXME-BENCHMARK: five figures could not be found in their publications and carry
// "verified": false: Delighted's 31 (where "most companies" begin), Retently 2021's SaaS
// average of 30, HubSpot's bounce-rate ranges by site type, WordStream 2026's 6.6 % for search
// ads and the 0.46 % display-ad figure (publisher unknown, also marked weak).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/localized.h"
#include "engine/rating.h"

namespace engage {

struct ProfileResult {
    std::optional<BenchmarkProfile> profile;
    Localized error; // empty when `profile` is set

    bool ok() const { return profile.has_value(); }
};

struct ProfilesResult {
    std::vector<BenchmarkProfile> profiles;
    Localized error; // empty on success; then `profiles` is not empty
};

// The built-in profiles, parsed once from the embedded JSON; "article" comes first.
const std::vector<BenchmarkProfile>& builtin_profiles();
const BenchmarkProfile* find_builtin_profile(std::string_view id);
// "article, instagram_0_1k, ...": for messages that list the choices.
std::string builtin_profile_ids();

// One JSON document with one profile, or several under "profiles".
ProfilesResult parse_profiles(std::string_view json);
// Exactly one profile (a "profiles" list must hold one).
ProfileResult parse_profile(std::string_view json);

// The single-profile document, pretty-printed with two spaces; parse_profile reads it back
// unchanged.
std::string profile_to_json(const BenchmarkProfile& profile);

// Moves the boundary between band `boundary` and band `boundary + 1` of the KPI's benchmark
// to `value`. It must stay strictly between the neighbouring boundaries, so bands keep their
// order and none becomes empty. Returns an empty text on success, else why nothing changed.
Localized set_band_boundary(BenchmarkProfile& profile, const std::string& kpi_id,
                            std::size_t boundary, double value);

// Relabels a band. An empty German text falls back to the English one.
Localized set_band_label(BenchmarkProfile& profile, const std::string& kpi_id,
                         const std::string& band_id, const Localized& label);

} // namespace engage
