// The sections of the Analytics view, split over analytics_view.cpp (NPS, comparison, rates,
// history) and analytics_journey.cpp (sessions, customer journey), and the helpers they share.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "app/analytics_view.h"
#include "app/app.h"

namespace engage::app::analytics {

// A label with its value on the same line, wrapping under it on narrow screens.
void labelled(const AppState& app, const Localized& label, const std::string& value);
// A section's explanation in muted text.
void about(const AppState& app, const Localized& text);

// Number texts in the UI's language, with a typographic minus.
std::string number(const AppState& app, double value, int decimals);
std::string signed_number(const AppState& app, double value, int decimals);
std::string percent(const AppState& app, double value, int decimals = 1);
std::string p_value_text(const AppState& app, double p);

// Sessions (access logs, hit tables) and customer journey (path tables, event rows).
bool has_sessions(const AppState& app);
void draw_sessions(AppState& app);
void detect_journey(AppState& app);
void draw_journey(AppState& app);
// Runs the next step of the attribution (reading the paths, then the models); `to_end` runs
// every step now (for analytics_json).
void advance_journey(AppState& app, bool to_end);

nlohmann::ordered_json sessions_json(const AppState& app);
nlohmann::ordered_json journey_json(const AppState& app);

} // namespace engage::app::analytics
