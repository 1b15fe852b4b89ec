// Presentation mode for seminars: a larger text size, the projector theme (theme.h), and one key
// figure across the whole screen. Also the KPI card the Seminar view shows in a room's sizes.
//
// Contract:
// - set_presentation changes the palette and the text size for the next frame (fonts are
//   rebuilt then), and restores the user's own text size when it is turned off.
// - draw_presentation_overlay runs once per frame after the main window (app.cpp): it handles
//   Esc (leaves full screen first, then presentation mode; never while a text field has the
//   keyboard) and draws the full-screen figure over everything.
// - Controls for tests: "presentation-toggle" (top bar), "presentation-mode" (Seminar view),
//   "fullscreen-<kpi id>", "fullscreen-matrix", "fullscreen-leave", "fullscreen-previous",
//   "fullscreen-next"; in the full-screen matrix, the taxonomy view's "tax-cell-<category>".
#pragma once

#include <string>

#include "engine/kpi.h"

namespace engage::app {

struct AppState;

void set_presentation(AppState& app, bool on);

// The top bar's toggle, and the width it needs (for the top bar's layout).
float presentation_toggle_width(const AppState& app);
void draw_presentation_toggle(AppState& app);

// The Seminar view's toggle, with a line on what the mode does.
void draw_presentation_switch(AppState& app);

void show_full_screen(AppState& app, const std::string& kpi_id);
void show_matrix_full_screen(AppState& app);
void draw_presentation_overlay(AppState& app);

// A KPI card in the room's sizes: name, value, rating chip, formula, interval, bands and
// source, or the reason it is not defined. With `full_screen_button`, a small "Full screen"
// button on the card opens it across the screen.
void draw_room_card(AppState& app, const Kpi& kpi, bool full_screen_button);

// A button large enough for a finger, in the accent colour when `active`.
bool large_button(const char* label, bool active = false, float width = 0.0f);

// The KPI of the calculator's current analysis with this id, or nullptr.
const Kpi* current_kpi(const AppState& app, const std::string& id);

} // namespace engage::app
