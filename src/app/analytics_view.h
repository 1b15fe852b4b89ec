// Analytics view: depth beyond the KPI cards, on the calculator's current input: NPS statistics
// and group comparisons, rates with Wilson intervals, KPIs per period against own history,
// sessions from logs, and touchpoint attribution.
//
// Contract:
// - Everything shown is computed by the engine (nps_statistics.h, group_kpis.h, period_kpis.h,
//   attribution.h) from `app.analysis`; the view caches it and recomputes when the analysis or
//   a control changes (see `signature`).
// - Session and NPS-scale controls change `app.options` and call `reanalyze(app)`.
// - Attribution over many paths runs in steps across frames, with a progress bar and Cancel.
// - `analytics_json` returns what the view computed, for window.engage.analytics().
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "engine/attribution.h"
#include "engine/group_kpis.h"
#include "engine/nps_statistics.h"
#include "engine/period_kpis.h"

namespace engage::app {

struct AppState;

enum class JourneyStep { None, ReadPaths, Attribute, Done, Cancelled };

// What the view keeps between frames.
struct AnalyticsViewState {
    std::size_t signature = 0; // of the analysis and options the caches below belong to
    bool opened = false;
    std::string input_key; // name and width of the input the column choices belong to

    // Columns found in the current table.
    int nps_column = -1;
    int comment_column = -1;
    int date_column = -1;
    std::vector<int> segment_columns; // text columns with 2..60 distinct values

    // NPS over the whole table, and per group of the chosen grouping.
    NpsGroups nps_all;
    NpsGroups nps_grouped;
    bool colour_by_segment = false;

    // The grouping both comparisons use: a segment column or a period of the date column.
    bool compare_by_period = false;
    int segment_choice = 0; // index into segment_columns
    int compare_period = 2; // 0 day, 1 week, 2 month
    int group_a = 0;
    int group_b = 1;
    GroupedKpis rate_groups;
    bool groups_dirty = true;

    // History.
    int history_period = 2; // 0 day, 1 week, 2 month
    std::string history_kpi;
    KpiHistory history;
    bool history_dirty = true;

    // Customer journey.
    bool path_input = false;  // a path table (find_path_columns)
    bool event_input = false; // event rows: customer, timestamp, channel, converted
    JourneyStep journey_step = JourneyStep::None;
    PathData paths;
    Attribution attribution;
    Funnel funnel;
    double half_life = 1.0; // steps for path input, days for event input
    double read_ms = 0;
    double attribute_ms = 0;
};

void draw_analytics_view(AppState& app);

// {"nps": {...}, "comparison": {...}, "rates": [...], "history": {...}, "sessions": {...},
//  "journey": {...}}: what the view shows, computed to the end (attribution included).
std::string analytics_json(AppState& app);

} // namespace engage::app
