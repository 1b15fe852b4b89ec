// Rating: placing a KPI value into the bands of a benchmark profile.
//
// Contract:
// - A profile holds, per KPI id, ordered bands [lower, upper) with an id and a label, plus the
//   source of the figures (author and year) in both languages. Bands cover the real line; the
//   first band that holds the value wins, so "3-8 % is good" is [3, 8] with upper_inclusive.
// - `rate` sets kpi.rating (band id), rating_label, rating_bands (a one-line description of all
//   bands) and rating_source. A KPI without a benchmark in the profile gets no rating and a
//   rating_note that says why (the article: CTR, time on site and conversion rates depend on the
//   medium, sector and content, so compare your own figures over time).
// - An undefined KPI is never rated.
#pragma once

#include "engine/kpi.h"
#include "engine/localized.h"

#include <optional>
#include <string>
#include <vector>

namespace engage {

struct RatingBand {
    std::string id;
    Localized label;
    std::optional<double> lower; // inclusive; none = minus infinity
    std::optional<double> upper; // exclusive unless upper_inclusive; none = plus infinity
    bool upper_inclusive = false;
};

struct KpiBenchmark {
    std::string kpi_id;
    std::vector<RatingBand> bands;
    Localized source;
};

struct BenchmarkProfile {
    std::string id;
    Localized name;
    std::vector<KpiBenchmark> benchmarks;
    // KPI ids the profile deliberately leaves unrated, with the reason shown to the user.
    std::vector<std::pair<std::string, Localized>> unrated;
};

// The article's rules of thumb: engagement rate 3-8 % good, bounce rate up to 60 % normal,
// NPS bands after CustomerGauge.
BenchmarkProfile article_profile();

const KpiBenchmark* find_benchmark(const BenchmarkProfile& profile, const std::string& kpi_id);

void rate(Kpi& kpi, const BenchmarkProfile& profile);

} // namespace engage
