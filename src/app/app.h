// The app's state and the operations the page calls through the bindings.
//
// Contract:
// - There is one app per page. Its state is reached through `app_state()`; panels receive it
//   as a parameter, the bindings (bindings/engage_bindings.cpp) call the functions below.
// - All analysis goes through engine/analysis.h; the app only keeps what to show.
// - Nothing here blocks the page for long: tables a person pastes are analysed at once, large
//   files a slice per frame (engage::Analyzer), edits of large text after a short pause.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "app/analytics_view.h"
#include "app/profile_panel.h"
#include "app/share_panel.h"
#include "app/taxonomy_view.h"
#include "app/trainer_view.h"
#include "app/views.h"
#include "engine/analysis.h"
#include "engine/localized.h"

struct ImFont;

namespace engage::app {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* heading = nullptr;
    ImFont* value = nullptr; // large KPI values
    ImFont* display = nullptr; // full-screen KPI values (presentation mode)
};

// A rectangle in device pixels, as ImGui drew it.
struct ControlRect {
    float x = 0, y = 0, width = 0, height = 0;
};

struct AppState {
    Language language = Language::English;
    std::optional<Language> page_language; // the last one given to <html lang>, for screen readers
    View view = View::Calculator;

    // Each view's own state (see views.h).
    TaxonomyViewState taxonomy;
    AnalyticsViewState analytics;
    TrainerViewState trainer;

    // The calculator's benchmark profile (profile_panel.h), reports, sharing and storage
    // (share_panel.h).
    ProfileUiState profiles;
    ShareUiState share;

    // Text size: the trainer's zoom (A- / A+) times the screen's devicePixelRatio.
    float zoom = 1.0f;
    float device_pixel_ratio = 1.0f;
    float ui_scale = 0.0f; // zoom x DPR the fonts and style were built for; 0 = not yet
    Fonts fonts;

    // Input: the bytes being analysed and the text the editor shows. They differ only for
    // input that is not UTF-8 (a UTF-16 export is shown decoded) or too large to edit.
    bool has_input = false;
    std::string source_bytes;
    std::string source_name;
    std::string editor_text;
    bool editor_read_only = false;
    int editor_generation = 0;  // bumped on every load, so ImGui drops the old edit state
    double reanalyze_at = -1.0; // glfwGetTime() when a pending edit is analysed; -1 = none

    AnalysisOptions options;
    Analysis analysis;

    // Large input is analysed a slice per frame, so the page keeps drawing (and shows progress)
    // while a big export is read. `analysis` keeps the previous result until this finishes.
    std::unique_ptr<Analyzer> analyzer;
    std::size_t analyzer_fed = 0;
    bool refresh_editor_after_analysis = false;

    // Files above a few MiB stream from the page a File.slice piece per frame (bridge.js):
    // only the analyzer's aggregates and the table view's rows are held, never the whole file.
    bool streamed_input = false; // the current input came as a stream; re-reading asks the page
    int stream_id = 0;           // the running stream, 0 = none
    double stream_total = 0;     // bytes announced
    double stream_fed = 0;       // bytes fed so far
    bool analysis_cancelled = false;

    // A problem's row the table view should scroll to and highlight (0 = none).
    long jump_to_row = 0;
    long highlighted_row = 0;

    // Text from a paste event, inserted into the active text field in the next frame.
    std::string pending_insert;

    // Controls drawn last frame, by id, for window.engage.controlRect() in tests, and their
    // ImGui ids, for window.engage.focusedControl().
    std::map<std::string, ControlRect> controls;
    std::map<unsigned, std::string> control_ids;
};

AppState& app_state();

// Loading input. `bytes` may be in any encoding the engine reads (UTF-8, UTF-16 with BOM).
void load_bytes(AppState& app, std::string bytes, std::string name);
void load_text(AppState& app, std::string text, std::string name);

// Re-run the analysis of the current input, e.g. after a role override changed. Small input is
// analysed at once; large input is started and continued by `continue_analysis`.
void reanalyze(AppState& app);

// Feeds the running analysis for up to `budget_seconds` (a negative budget: to the end).
void continue_analysis(AppState& app, double budget_seconds);

// 0..1 while a large input is being analysed, negative when no analysis is running.
float analysis_progress(const AppState& app);

// Stops a running analysis (sliced or streamed); the previous result stays on screen.
void cancel_analysis(AppState& app);

// A file streamed from the page in pieces. `stream_begin` returns the stream's id; pieces for
// any other id (an older, cancelled stream) are ignored, and `stream_active` tells the page
// whether to go on reading.
int stream_begin(AppState& app, std::string name, double size, bool restream);
void stream_feed(AppState& app, int id, const std::string& bytes);
void stream_end(AppState& app, int id);
bool stream_active(const AppState& app, int id);

// The user edited the editor's text.
void editor_changed(AppState& app);

// The analysis as the JSON the CLI's `engage kpis` prints, in the current language. A running
// analysis is finished first: callers (tests, automation) expect the answer to the last load.
std::string report_json(AppState& app);

// True while an ImGui text field has the keyboard (a paste then goes into it).
bool text_input_active();

// Text typed through the page's hidden text field (bridge.js): a phone's keyboard, an IME's
// composed text, dictation. It goes into the active ImGui text field as typed characters.
void type_text(const std::string& text);

// True while the pointer is over a text field (ImGui shows the text cursor there): a tap on it
// must focus the page's text field at once, or a phone does not open its keyboard.
bool text_field_hovered();

// Where ImGui's text cursor was last drawn, in canvas pixels (io.ImeSetInputScreenPosFn), so
// that an IME's candidate window opens beside the text being typed.
struct TextCaret {
    float x = 0;
    float y = 0;
};
TextCaret text_caret();

// The remembered control that has ImGui's keyboard focus, or "" (for keyboard tests).
std::string focused_control(const AppState& app);

// Remember where a control was drawn (the last ImGui item), for controlRect().
void remember_control(AppState& app, const char* id);

// Scrolling from the page: wheel steps (1 = one notch up), and finger drags in CSS pixels.
void scroll_wheel(AppState& app, float steps_x, float steps_y);
void scroll_pixels(AppState& app, float dx, float dy);

// Helpers shared by the panels.
float scaled(const AppState& app, float logical_pixels); // logical px -> device px
const char* tr(const AppState& app, const Localized& text);
// A count grouped like the engine's numbers ("1,143" / "1.143"), alone or with its noun in
// singular or plural ("1 row", "2 rows").
std::string count_text(const AppState& app, long long count);
std::string counted_text(const AppState& app, long long count, const Localized& singular,
                         const Localized& plural);

} // namespace engage::app
