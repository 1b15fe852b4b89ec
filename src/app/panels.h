// The two panels and the small widgets they share. Each panel draws into the current ImGui
// window, so the layout (side by side or stacked) is decided in app.cpp alone.
#pragma once

#include <string>

#include "app/app.h"
#include "app/theme.h"
#include "imgui.h"

namespace engage::app {

// Data panel: the table editor, file and sample loading, what was detected, the columns with
// their roles (overridable), and every problem.
void draw_data_panel(AppState& app);

// KPI panel: the KPIs grouped by dimension, each as a card with value, formula and rating.
void draw_kpi_panel(AppState& app);

// ---- Shared widgets (widgets.cpp) -----------------------------------------------------------

// A panel's title: heading font with a rule under it.
void panel_title(const AppState& app, const char* title);

// A button drawn in the accent colour while `active`: one of a group of choices (language,
// view, section). Returns true when pressed.
bool toggle_button(const char* label, bool active);

// A section title in the heading font.
void section_title(const AppState& app, const char* title);

// Wrapped text in a colour, broken at spaces only: never between a number and its unit (the
// space before "%", "s", "min", "€" becomes U+00A0) nor after a decimal comma or a thousands
// point, where ImGui's own word wrap would break "5,0 %" and "1.143".
void wrapped_text(const ImVec4& colour, const std::string& text);

// For a row of buttons that wraps: stays on the line when a button labelled `next_label` still
// fits in the window's content region, otherwise lets it start a new line. Call it between two
// buttons, where ImGui::SameLine() would go.
void same_line_if_fits(const char* next_label);

// A rounded label with a coloured background, e.g. a rating. Returns its width.
float chip_width(const char* label);
void chip(const char* label, const theme::RatingColors& colours);

// A box around what is drawn between begin_card and end_card, with a stripe in `accent` on
// its left edge. Cards must not nest.
void begin_card(const AppState& app);
void end_card(const AppState& app, const ImVec4& accent);

} // namespace engage::app
