// Analytics view: depth beyond the KPI cards: NPS statistics and group comparisons, KPIs per period
// against own history, sessions from logs, and touchpoint attribution.
#pragma once

namespace engage::app {

struct AppState;

// What the view keeps between frames.
struct AnalyticsViewState {
    bool opened = false;
};

void draw_analytics_view(AppState& app);

} // namespace engage::app
