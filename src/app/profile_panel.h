// Benchmark profiles in the UI: choosing one (grouped list, or the one suggested for the data
// with its reason), editing its bands, exporting and importing it as JSON, and the band gauge
// each KPI card draws.
//
// Contract:
// - The profile in use is `app.options.benchmark` (none = the built-in "article"); choosing,
//   editing or importing sets it and re-runs the analysis, so every rating, the report JSON,
//   the exports and the share link follow.
// - Profiles are the engine's (engine/benchmark_profiles.h): the UI never invents bands,
//   sources or messages; an import that fails shows the engine's message as it stands.
// - The suggestion (engine/profile_suggestion.h) is recomputed only when the analysis changes.
// - Loading new input (app.cpp load_bytes, stream_begin) keeps the chosen profile.
#pragma once

#include <map>
#include <string>

#include "engine/localized.h"
#include "engine/profile_suggestion.h"
#include "engine/rating.h"

namespace engage::app {

struct AppState;

struct ProfileUiState {
    std::string selected_id = "article"; // id of the profile in use (built-in or imported)
    bool imported = false;               // came from a file, not from the built-in list
    bool details_open = false; // sources, editor, export and import unfolded
    bool editor_open = false;

    // The last action's outcome (import, export, a refused band edit).
    Localized message;
    bool message_is_error = false;

    // The suggestion for the analysis on screen, and what that analysis looked like.
    std::string suggestion_key;
    ProfileSuggestion suggestion;

    // Boundaries being typed, applied when the field is left: "kpi_id/boundary" -> value.
    std::map<std::string, double> pending_boundaries;
};

// The profile the KPIs are rated with.
const BenchmarkProfile& active_profile(const AppState& app);

// Use a built-in profile (unknown ids are ignored) or any profile, and re-analyse.
void choose_builtin_profile(AppState& app, const std::string& id);
void use_profile(AppState& app, BenchmarkProfile profile, bool imported);

// A profile file's text from the page's file chooser: used when the engine accepts it,
// otherwise the engine's message is shown in the card.
void import_profile_json(AppState& app, const std::string& json);

// The card at the top of the KPI panel.
void draw_profile_card(AppState& app);

// The band gauge of one KPI card: the bands coloured by tone, the value marked, every band's
// source and year. Draws nothing when the profile has no bands for the KPI.
void draw_band_gauge(AppState& app, const Kpi& kpi);

} // namespace engage::app
