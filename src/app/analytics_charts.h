// Charts of the Analytics view, drawn with ImDrawList: the NPS gauge, the 0-10 histogram, the
// trend line and the grouped bars of the attribution models. Each chart takes the width left in
// the current window, so it works from 400 px to wide screens, and writes its own labels.
#pragma once

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "imgui.h"

namespace engage::app {

struct AppState;

namespace chart_colours {
inline const ImVec4 promoter{0.114f, 0.549f, 0.310f, 1.0f};  // green
inline const ImVec4 passive{0.635f, 0.659f, 0.702f, 1.0f};   // grey
inline const ImVec4 detractor{0.780f, 0.196f, 0.149f, 1.0f}; // red
// Series colours that stay apart for most colour-vision deficiencies (Okabe-Ito).
inline const std::array<ImVec4, 8> series{{
    {0.000f, 0.447f, 0.698f, 1.0f}, // blue
    {0.902f, 0.624f, 0.000f, 1.0f}, // orange
    {0.000f, 0.620f, 0.451f, 1.0f}, // bluish green
    {0.800f, 0.475f, 0.655f, 1.0f}, // reddish purple
    {0.337f, 0.706f, 0.914f, 1.0f}, // sky blue
    {0.835f, 0.369f, 0.000f, 1.0f}, // vermillion
    {0.941f, 0.894f, 0.259f, 1.0f}, // yellow
    {0.300f, 0.300f, 0.300f, 1.0f}, // dark grey
}};
} // namespace chart_colours

// A horizontal scale from -100 to +100 with the bands of the NPS rating, the 95 % interval as a
// band and the score as a marker.
void nps_gauge(const AppState& app, double score, double low, double high);

struct HistogramSeries {
    std::string name;
    ImVec4 colour;
    std::array<long, 11> counts{};
};

// Bars for the answers 0..10. `by_answer`: one series, each bar coloured by its answer group
// (detractor, passive, promoter); else the series are stacked in their own colours.
void nps_histogram(const AppState& app, const std::vector<HistogramSeries>& series,
                   bool by_answer);

// A line over labelled periods with a y axis; `reference` draws a dashed line (the median).
void trend_chart(const AppState& app, const std::vector<std::string>& labels,
                 const std::vector<double>& values, std::optional<double> reference,
                 const std::function<std::string(double)>& format_value);

struct BarSeries {
    std::string name;
    ImVec4 colour;
    std::vector<double> values; // one per category
};

// Horizontal grouped bars: per category one bar per series, with a legend above.
void grouped_bars(const AppState& app, const std::vector<std::string>& categories,
                  const std::vector<BarSeries>& series,
                  const std::function<std::string(double)>& format_value);

// One horizontal bar per stage, its length the share of the largest value, with its text.
void stage_bars(const AppState& app, const std::vector<std::string>& labels,
                const std::vector<double>& values, const std::vector<std::string>& texts);

// A small square in a colour followed by a label on the same line.
void legend_item(const ImVec4& colour, const char* label);

} // namespace engage::app
