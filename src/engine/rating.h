// Rating: placing a KPI value into the bands of a benchmark profile.
//
// Contract:
// - A profile holds, per KPI id, ordered bands [lower, upper) with an id, a label and a tone,
//   plus the sources of the figures (name and year) in both languages. Bands cover the real
//   line without gaps; the first band that holds the value wins, so "3-8 % is good" is [3, 8]
//   with upper_inclusive. `validate_profile` checks this; the built-in profiles and every
//   imported one pass it (benchmark_profiles.h).
// - Every band has at least one source: its own `sources`, or else its benchmark's. A source
//   without a year says so in the text ("year not stated") instead of inventing one, and one
//   whose figures could not be checked against the publication says "not verified".
// - `rate` sets kpi.rating (band id), rating_label, rating_bands (a one-line description of all
//   bands, naming a band's source where it differs from the benchmark's), rating_source (the
//   rated band's sources with their years, or the benchmark's when the KPI is not defined) and
//   rating_note: the benchmark's note (what the figures measure, e.g. "per follower"), or, for a
//   KPI the profile leaves unrated, why (the article: CTR, time on site and conversion rates
//   depend on the medium, sector and content; an engagement rate by reach is not comparable
//   with per-follower bands).
// - An undefined KPI is never rated, but still gets bands, source and note.
// - Nothing here allocates global state or throws.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/kpi.h"
#include "engine/localized.h"

namespace engage {

// How the UI colours a band; data, so that "high" can be good for engagement and bad for
// bounces without the UI knowing band ids.
enum class BandTone { Bad, Attention, Neutral, Favourable, Excellent };

const char* band_tone_id(BandTone tone); // "bad", "attention", "neutral", "favourable", "excellent"
std::optional<BandTone> band_tone_from_id(const std::string& id);

struct BenchmarkSource {
    std::string id;          // how bands refer to it: "hypeauditor_2018"
    Localized name;          // who published it: "HypeAuditor"
    Localized title;         // what it measured: "Instagram engagement rate by follower count"
    std::optional<int> year; // of the figures; none when the source gives none
    bool weak = false;       // secondary or unverifiable figure: the UI says so
    // Whether the figures were checked against the publication itself: false says "not
    // verified" wherever the source is named; none (a user's own profile) says nothing.
    std::optional<bool> verified;
    // Where the publication was read, shown as text only: the app never opens or fetches it.
    std::string url;
};

// "HypeAuditor 2018", "CustomerGauge, year not stated", "Display-ad figure, year not stated,
// weak source, not verified": short enough for a KPI card; the title and the address are for
// the profile's details.
Localized source_text(const BenchmarkSource& source);

// A figure the bands were built around, for the UI's gauge marks ("median 3.76 %").
struct ReferenceFigure {
    std::string id; // "average", "median", "range_low", ...
    Localized label;
    double value = 0;
    std::vector<std::string> sources; // empty: the benchmark's
};

struct RatingBand {
    std::string id;
    Localized label;
    std::optional<double> lower; // inclusive; none = minus infinity
    std::optional<double> upper; // exclusive unless upper_inclusive; none = plus infinity
    bool upper_inclusive = false;
    BandTone tone = BandTone::Neutral;
    std::vector<std::string> sources; // source ids; empty: the benchmark's
    bool edited = false;              // a boundary or label was changed by the user
};

struct KpiBenchmark {
    std::string kpi_id;
    std::vector<RatingBand> bands;
    std::vector<std::string> sources; // source ids for bands without their own
    std::vector<ReferenceFigure> reference;
    Localized note; // shown with every rating: the denominator, what is comparable
};

// A KPI the profile deliberately leaves unrated, with the reason shown to the user.
struct UnratedKpi {
    std::string kpi_id;
    Localized note;
};

// Whom a profile is for; profile_suggestion.h matches data against it. Empty = anyone.
struct ProfileAudience {
    std::string platform;  // "instagram", "tiktok", "facebook", "x"
    std::string kind;      // "accounts", "brands"
    std::string medium;    // CTR profiles: "search_ads", "facebook_ads", "display", "email"
    std::string site_type; // bounce profiles: "retail", "service", ...
    std::optional<double> followers_min; // inclusive
    std::optional<double> followers_max; // exclusive; none = no upper limit
};

struct BenchmarkProfile {
    std::string id;
    Localized name;
    Localized group; // for the UI's list: "Instagram by follower tier (HypeAuditor 2018)"
    Localized description;
    ProfileAudience audience;
    std::vector<BenchmarkSource> sources;
    std::vector<KpiBenchmark> benchmarks;
    std::vector<UnratedKpi> unrated;
};

// The article's rules of thumb: engagement rate 3-8 % good, bounce rate up to 60 % normal,
// NPS bands after CustomerGauge. The built-in profile "article" (benchmark_profiles.h), the
// default of every analysis.
BenchmarkProfile article_profile();

const KpiBenchmark* find_benchmark(const BenchmarkProfile& profile, const std::string& kpi_id);
const BenchmarkSource* find_source(const BenchmarkProfile& profile, const std::string& source_id);

// The sources that stand behind one band: its own, or else the benchmark's.
const std::vector<std::string>& band_sources(const KpiBenchmark& benchmark, const RatingBand& band);

// Whether `value` lies in `band` (lower inclusive, upper as the band says).
bool band_holds(const RatingBand& band, double value);

// Empty when the profile is sound; otherwise what is wrong, in both languages, naming the
// profile, KPI and band ("engagement_rate: band 'good' starts at 4, but 'low' ends at 3: the
// bands must meet without a gap").
Localized validate_profile(const BenchmarkProfile& profile);

void rate(Kpi& kpi, const BenchmarkProfile& profile);
void rate_kpis(Kpis& kpis, const BenchmarkProfile& profile);

} // namespace engage
