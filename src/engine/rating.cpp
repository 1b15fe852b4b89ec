#include "engine/rating.h"

#include "engine/number_text.h"

#include <cmath>

namespace engage {
namespace {

// "low < 3 % ≤ good ≤ 8 % < high" style descriptions, built from the bands themselves so the
// text can never disagree with the rating.
Localized describe_bands(const KpiBenchmark& benchmark, const std::string& unit) {
    Localized text;
    for (std::size_t i = 0; i < benchmark.bands.size(); ++i) {
        const RatingBand& band = benchmark.bands[i];
        if (i > 0) {
            const double boundary = *band.lower;
            const int decimals = std::floor(boundary) == boundary ? 0 : 1;
            const std::string suffix = unit == "%" ? " %" : "";
            text.en +=
                " | " + format_number(boundary, Language::English, decimals) + suffix + " | ";
            text.de += " | " + format_number(boundary, Language::German, decimals) + suffix + " | ";
        }
        text.en += band.label.en;
        text.de += band.label.de;
    }
    return text;
}

} // namespace

BenchmarkProfile article_profile() {
    BenchmarkProfile profile;
    profile.id = "article";
    profile.name = {"Article rules of thumb", "Faustregeln des Artikels"};

    const Localized article_source = {"Rule of thumb from the source article (DIM)",
                                      "Faustregel aus dem Quellartikel (DIM)"};
    profile.benchmarks.push_back({"engagement_rate",
                                  {{"low", {"low", "niedrig"}, std::nullopt, 3.0},
                                   {"good", {"good", "gut"}, 3.0, 8.0, true},
                                   {"high", {"high", "hoch"}, 8.0, std::nullopt}},
                                  article_source});
    profile.benchmarks.push_back({"bounce_rate",
                                  {{"normal", {"normal", "normal"}, std::nullopt, 60.0, true},
                                   {"high", {"high", "hoch"}, 60.0, std::nullopt}},
                                  article_source});
    profile.benchmarks.push_back(
        {"nps",
         {{"negative", {"negative", "negativ"}, std::nullopt, 0.0},
          {"good", {"good", "gut"}, 0.0, 50.0},
          {"excellent", {"excellent", "exzellent"}, 50.0, 70.0},
          {"world_class", {"world class", "Weltklasse"}, 70.0, std::nullopt}},
         {"CustomerGauge NPS bands; the article: higher means more engagement",
          "NPS-Bänder nach CustomerGauge; laut Artikel: höher bedeutet mehr Engagement"}});

    const Localized compare_over_time = {
        "No universal benchmark: it depends on the medium, the sector and the content. Compare "
        "your own campaigns or pages over time instead of other platforms.",
        "Kein allgemeingültiger Richtwert: Er hängt von Medium, Branche und Inhalt ab. "
        "Vergleichen Sie eigene Kampagnen oder Seiten über die Zeit statt andere Plattformen."};
    profile.unrated = {
        {"click_through_rate", compare_over_time},
        {"time_on_site",
         {"No universal benchmark: a restaurant site is visited briefly, a blog for longer. "
          "Compare your own similar content over time; a very short time means little engagement.",
          "Kein allgemeingültiger Richtwert: Eine Restaurant-Website wird kurz besucht, ein Blog "
          "länger. Vergleichen Sie eigene ähnliche Inhalte über die Zeit; eine sehr kurze "
          "Verweildauer bedeutet wenig Engagement."}},
        {"conversion_rate", compare_over_time},
        {"conversion_rate_per_visitor", compare_over_time},
    };
    return profile;
}

const KpiBenchmark* find_benchmark(const BenchmarkProfile& profile, const std::string& kpi_id) {
    for (const KpiBenchmark& benchmark : profile.benchmarks)
        if (benchmark.kpi_id == kpi_id)
            return &benchmark;
    return nullptr;
}

void rate(Kpi& kpi, const BenchmarkProfile& profile) {
    kpi.rating.clear();
    kpi.rating_label = {};
    kpi.rating_bands = {};
    kpi.rating_source = {};
    kpi.rating_note = {};

    const KpiBenchmark* benchmark = find_benchmark(profile, kpi.id);
    if (!benchmark) {
        for (const auto& [id, note] : profile.unrated)
            if (id == kpi.id)
                kpi.rating_note = note;
        return;
    }
    kpi.rating_bands = describe_bands(*benchmark, kpi.unit);
    kpi.rating_source = benchmark->source;
    if (!kpi.value)
        return;

    for (const RatingBand& band : benchmark->bands) {
        const bool above_lower = !band.lower || *kpi.value >= *band.lower;
        const bool below_upper = !band.upper || *kpi.value < *band.upper ||
                                 (band.upper_inclusive && *kpi.value == *band.upper);
        if (above_lower && below_upper) {
            kpi.rating = band.id;
            kpi.rating_label = band.label;
            return;
        }
    }
}

} // namespace engage
