// EngageLens web app: window, fonts, main loop, the top bar and the panel layout.
// The panels live in data_panel.cpp and kpi_panel.cpp; the page's events arrive through
// bindings/engage_bindings.cpp.
#include "app/app.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <vector>

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>

#include "app/browser.h"
#include "app/panels.h"
#include "app/share_panel.h"
#include "app/theme.h"
#include "app/trainer_presentation.h"
#include "app/ui_text.h"
#include "engine/number_text.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"

namespace engage::app {

namespace {

constexpr const char* font_path = "/fonts/ui.ttf"; // embedded by app.cmake (--embed-file)
// Text sizes of A- / A+: round percentages, finer steps near 100 %.
constexpr float zoom_steps[] = {0.8f, 0.9f, 1.0f, 1.15f, 1.3f, 1.5f, 1.75f, 2.0f, 2.5f};
constexpr const char* zoom_out_label = "A\u2212##zoom-out";
constexpr const char* zoom_in_label = "A+##zoom-in";
// Side by side from this width in logical pixels (CSS px / zoom); stacked below.
constexpr float wide_layout_min_width = 760.0f;
// Text up to this size is analysed on every keystroke; larger text after a pause.
constexpr std::size_t instant_analysis_max_bytes = 256 * 1024;
constexpr double edit_pause_seconds = 0.4;
// Input above this size is analysed in slices, within a time budget per frame.
constexpr std::size_t incremental_min_bytes = 1024 * 1024;
constexpr std::size_t analysis_slice_bytes = 256 * 1024;
constexpr double analysis_budget_seconds = 0.012;
// Larger inputs are analysed whole but shown read-only and cut: ImGui's multiline editor
// measures all of its text every frame.
constexpr std::size_t editable_max_bytes = 1024 * 1024;
constexpr std::size_t preview_bytes = 64 * 1024;

GLFWwindow* window = nullptr;
std::vector<unsigned char> font_data;
bool scroll_to_kpis = false; // after a load in the stacked layout, show the results

bool load_font_data() {
    std::FILE* file = std::fopen(font_path, "rb");
    if (!file)
        return false;
    unsigned char buffer[64 * 1024];
    std::size_t count = 0;
    while ((count = std::fread(buffer, 1, sizeof buffer, file)) > 0)
        font_data.insert(font_data.end(), buffer, buffer + count);
    std::fclose(file);
    return !font_data.empty();
}

// Fonts are rasterised at their final pixel size (size x zoom x DPR), not scaled by the GPU:
// that is what keeps text crisp on HiDPI screens and on a projector at 200 %.
void build_fonts(AppState& app, float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();

    ImFontConfig config;
    config.FontDataOwnedByAtlas = false; // font_data outlives every atlas
    config.OversampleH = 1;              // glyphs already have their final size
    config.OversampleV = 1;
    config.PixelSnapH = true;

    if (font_data.empty()) {
        // FIXME-FONT: without the embedded font, umlauts render as '?'. Only a broken build
        // gets here; ImGui's built-in font keeps the app usable.
        ImFontConfig fallback;
        fallback.SizePixels = std::round(13.0f * scale);
        app.fonts.body = app.fonts.heading = app.fonts.value = io.Fonts->AddFontDefault(&fallback);
        app.fonts.display = app.fonts.value;
    } else {
        void* data = font_data.data();
        const int size = static_cast<int>(font_data.size());
        app.fonts.body = io.Fonts->AddFontFromMemoryTTF(
            data, size, std::round(theme::body_size * scale), &config, theme::text_glyph_ranges());
        app.fonts.heading =
            io.Fonts->AddFontFromMemoryTTF(data, size, std::round(theme::heading_size * scale),
                                           &config, theme::text_glyph_ranges());
        app.fonts.value =
            io.Fonts->AddFontFromMemoryTTF(data, size, std::round(theme::value_size * scale),
                                           &config, theme::value_glyph_ranges());
        app.fonts.display =
            io.Fonts->AddFontFromMemoryTTF(data, size, std::round(theme::display_size * scale),
                                           &config, theme::display_glyph_ranges());
    }

    io.Fonts->Build();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void update_scale(AppState& app) {
    app.device_pixel_ratio = static_cast<float>(browser::device_pixel_ratio());
    const float scale = app.device_pixel_ratio * app.zoom;
    if (std::fabs(scale - app.ui_scale) < 0.01f)
        return;
    app.ui_scale = scale;
    build_fonts(app, scale);
    theme::apply_style(scale);
}

// ImGui's copy and cut go to the system clipboard. Paste never reads from here: its text comes
// with the browser's paste event (pending_insert), so this returns nothing.
void set_clipboard_text(void*, const char* text) {
    browser::copy_text(text ? text : "");
}

const char* get_clipboard_text(void*) {
    return "";
}

// Whether the bytes can be shown as they are: valid UTF-8 without NUL bytes. A UTF-16 export
// fails this and is shown as the table the engine decoded instead.
bool is_displayable_utf8(const std::string& bytes) {
    std::size_t i = 0;
    while (i < bytes.size()) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0)
            return false;
        std::size_t length = c < 0x80           ? 1
                             : (c >> 5) == 0x6  ? 2
                             : (c >> 4) == 0xE  ? 3
                             : (c >> 3) == 0x1E ? 4
                                                : 0;
        if (length == 0 || i + length > bytes.size())
            return false;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80)
                return false;
        i += length;
    }
    return true;
}

std::string strip_utf8_bom(std::string text) {
    if (text.rfind("\xEF\xBB\xBF", 0) == 0)
        text.erase(0, 3);
    return text;
}

// The parsed table written back as delimited text, for input the editor cannot show as is.
std::string table_as_text(const Table& table, char delimiter) {
    auto write_cell = [delimiter](std::string& out, std::string_view cell) {
        const bool quote =
            cell.find_first_of(std::string("\"\r\n") + delimiter) != std::string_view::npos;
        if (!quote) {
            out += cell;
            return;
        }
        out += '"';
        for (char c : cell)
            out += c == '"' ? std::string("\"\"") : std::string(1, c);
        out += '"';
    };
    auto write_row = [&](std::string& out, const auto& cells) {
        bool first = true;
        for (const std::string_view cell : cells) {
            if (!first)
                out += delimiter;
            first = false;
            write_cell(out, cell);
        }
        out += '\n';
    };

    std::string out;
    write_row(out, table.header);
    for (std::size_t r = 0; r < table.row_count(); ++r)
        write_row(out, table.row(r));
    return out;
}

void show_source_in_editor(AppState& app) {
    const std::string& bytes = app.source_bytes;
    if (is_displayable_utf8(bytes))
        app.editor_text = strip_utf8_bom(bytes);
    else if (app.analysis.readable)
        app.editor_text = table_as_text(app.analysis.table, app.analysis.input.delimiter);
    else
        app.editor_text.clear();

    app.editor_read_only = app.editor_text.size() > editable_max_bytes;
    if (app.editor_read_only) {
        std::size_t cut = preview_bytes;
        while (cut > 0 && (static_cast<unsigned char>(app.editor_text[cut]) & 0xC0) == 0x80)
            --cut; // never cut inside a UTF-8 sequence
        app.editor_text.resize(cut);
        app.editor_text += "\n…";
    }
    ++app.editor_generation;
}

// ---- Top bar -----------------------------------------------------------------------------------

float button_width(const char* label) {
    const char* end = std::strstr(label, "##");
    return ImGui::CalcTextSize(label, end).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

struct TopBarLabels {
    const char* german;
    const char* english;
};

float top_bar_controls_width(const TopBarLabels& labels, const char* zoom_label) {
    const ImGuiStyle& style = ImGui::GetStyle();
    return button_width(labels.german) + button_width(labels.english) +
           button_width(zoom_out_label) + button_width(zoom_in_label) +
           ImGui::CalcTextSize(zoom_label).x + style.ItemInnerSpacing.x +
           style.ItemSpacing.x * 4.0f;
}

// Puts a group of controls `width` wide after the last item when it still fits the window, and
// on a new line when not: at 360 px with touch padding the top bar's controls take two lines,
// and a group cut off at the right edge (A+ was) could not be reached.
void same_line_or_wrap(float width, float spacing) {
    const float last_right = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
    if (last_right + spacing + width <= ImGui::GetWindowContentRegionMax().x)
        ImGui::SameLine(0, spacing);
}

void draw_top_bar(AppState& app) {
    const ImGuiStyle& style = ImGui::GetStyle();
    char zoom_label[32];
    std::snprintf(zoom_label, sizeof zoom_label, "%d %%",
                  static_cast<int>(std::lround(app.zoom * 100)));

    // The title, vertically centred on the buttons' line.
    ImGui::PushFont(app.fonts.heading);
    const float title_offset = (ImGui::GetFrameHeight() - ImGui::GetTextLineHeight()) * 0.5f;
    ImGui::PopFont();
    const float line_y = ImGui::GetCursorPosY();
    ImGui::SetCursorPosY(line_y + std::max(0.0f, title_offset));
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextColored(theme::accent, "%s", tr(app, text::app_name));
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::SetCursorPosY(line_y);

    // Right-aligned: language, then text size. On a narrow screen the tagline goes first, then
    // the language names shrink to DE / EN, and only then do the controls take a line of their
    // own.
    TopBarLabels labels{"Deutsch##language-de", "English##language-en"};
    const float right = ImGui::GetWindowContentRegionMax().x;
    const float presentation_width = presentation_toggle_width(app) + style.ItemSpacing.x * 2.0f;
    float controls_x = right - top_bar_controls_width(labels, zoom_label) - presentation_width;
    if (controls_x < ImGui::GetCursorPosX()) {
        labels = TopBarLabels{"DE##language-de", "EN##language-en"};
        controls_x = right - top_bar_controls_width(labels, zoom_label) - presentation_width;
    }
    const char* tagline = tr(app, text::tagline);
    if (ImGui::GetCursorPosX() + ImGui::CalcTextSize(tagline).x + style.ItemSpacing.x * 2.0f <
        controls_x) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(theme::muted, "%s", tagline);
        ImGui::SameLine();
    }
    if (ImGui::GetCursorPosX() > controls_x)
        ImGui::NewLine();
    else
        ImGui::SetCursorPosX(controls_x);

    draw_presentation_toggle(app); // trainer_presentation.cpp: projector theme, large text
    same_line_or_wrap(button_width(labels.german) + style.ItemInnerSpacing.x +
                          button_width(labels.english),
                      style.ItemSpacing.x * 2.0f);
    if (toggle_button(labels.german, app.language == Language::German))
        app.language = Language::German;
    remember_control(app, "language-de");
    ImGui::SameLine(0, style.ItemInnerSpacing.x);
    if (toggle_button(labels.english, app.language == Language::English))
        app.language = Language::English;
    remember_control(app, "language-en");

    same_line_or_wrap(button_width(zoom_out_label) + ImGui::CalcTextSize(zoom_label).x +
                          button_width(zoom_in_label) + style.ItemSpacing.x * 2.0f,
                      style.ItemSpacing.x * 2.0f);
    const float* zoom_begin = std::begin(zoom_steps);
    const float* zoom_end = std::end(zoom_steps);
    ImGui::BeginDisabled(app.zoom <= zoom_steps[0]);
    if (ImGui::Button(zoom_out_label)) {
        const float* lower = std::lower_bound(zoom_begin, zoom_end, app.zoom - 0.001f);
        app.zoom = lower == zoom_begin ? *zoom_begin : *(lower - 1);
    }
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", tr(app, text::zoom_out_tip));
    remember_control(app, "zoom-out");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(theme::muted, "%s", zoom_label);
    ImGui::SameLine();
    ImGui::BeginDisabled(app.zoom >= *(zoom_end - 1));
    if (ImGui::Button(zoom_in_label)) {
        const float* upper = std::upper_bound(zoom_begin, zoom_end, app.zoom + 0.001f);
        app.zoom = upper == zoom_end ? *(zoom_end - 1) : *upper;
    }
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", tr(app, text::zoom_in_tip));
    remember_control(app, "zoom-in");
}

// The views as a row of toggle buttons: large targets for touch and projectors, reachable with
// the keyboard like any button.
void draw_view_switcher(AppState& app) {
    struct Entry {
        View view;
        const Localized* label;
        const char* id;
    };
    const Entry entries[] = {{View::Calculator, &text::view_calculator, "view-calculator"},
                             {View::Taxonomy, &text::view_taxonomy, "view-taxonomy"},
                             {View::Analytics, &text::view_analytics, "view-analytics"},
                             {View::Trainer, &text::view_trainer, "view-trainer"}};
    const ImGuiStyle& style = ImGui::GetStyle();
    for (std::size_t i = 0; i < std::size(entries); ++i) {
        const Entry& entry = entries[i];
        const std::string label = std::string(tr(app, *entry.label)) + "##" + entry.id;
        if (i > 0) {
            const float next = ImGui::CalcTextSize(label.c_str(), nullptr, true).x +
                               style.FramePadding.x * 2.0f;
            if (ImGui::GetItemRectMax().x + style.ItemInnerSpacing.x + next <
                ImGui::GetWindowContentRegionMax().x + ImGui::GetWindowPos().x)
                ImGui::SameLine(0, style.ItemInnerSpacing.x);
        }
        if (toggle_button(label.c_str(), app.view == entry.view))
            app.view = entry.view;
        remember_control(app, entry.id);
    }
}

// ---- Layout
// --------------------------------------------------------------------------------------

void draw_app(AppState& app) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("EngageLens", nullptr, flags);

    draw_top_bar(app);
    draw_view_switcher(app);
    ImGui::Spacing();

    if (app.view != View::Calculator) {
        ImGui::BeginChild("view", ImVec2(0, 0), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
        switch (app.view) {
        case View::Taxonomy:
            draw_taxonomy_view(app);
            break;
        case View::Analytics:
            draw_analytics_view(app);
            break;
        case View::Trainer:
            draw_trainer_view(app);
            break;
        case View::Calculator:
            break;
        }
        ImGui::EndChild();
        ImGui::End();
        return;
    }

    const float logical_width = viewport->Size.x / app.ui_scale;
    const ImGuiWindowFlags panel_flags = ImGuiWindowFlags_AlwaysUseWindowPadding;
    if (logical_width >= wide_layout_min_width) {
        const float available = ImGui::GetContentRegionAvail().x;
        const float data_width = std::floor((available - ImGui::GetStyle().ItemSpacing.x) * 0.44f);
        ImGui::BeginChild("data-panel", ImVec2(data_width, 0), true, panel_flags);
        draw_data_panel(app);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("kpi-panel", ImVec2(0, 0), true, panel_flags);
        draw_kpi_panel(app);
        ImGui::EndChild();
        scroll_to_kpis = false;
    } else {
        // Narrow screens: one scrolling column, the input first and the results below it.
        ImGui::BeginChild("stacked", ImVec2(0, 0), true, panel_flags);
        draw_data_panel(app);
        ImGui::Spacing();
        ImGui::Separator();
        ImGui::Spacing();
        if (scroll_to_kpis) {
            ImGui::SetScrollHereY(0.0f);
            scroll_to_kpis = false;
        }
        draw_kpi_panel(app);
        ImGui::EndChild();
    }

    ImGui::End();
}

// ImGui 1.86 has no input queue: a key pressed and released between two frames is never seen
// as down (an Enter typed fast, or any key while a slow GPU stretches frames). Such a release
// is held back until ImGui has seen the press in one frame.
struct HeldRelease {
    int key;
    int scancode;
    int mods;
};
std::vector<int> keys_pressed_since_frame;
std::vector<HeldRelease> releases_held;     // released since the last frame
std::vector<HeldRelease> releases_to_apply; // held one frame, applied before the next

void key_callback(GLFWwindow* glfw_window, int key, int scancode, int action, int mods) {
    const bool pressed_since_frame =
        std::find(keys_pressed_since_frame.begin(), keys_pressed_since_frame.end(), key) !=
        keys_pressed_since_frame.end();
    if (action == GLFW_RELEASE && pressed_since_frame) {
        releases_held.push_back({key, scancode, mods});
        return;
    }
    if (action == GLFW_PRESS)
        keys_pressed_since_frame.push_back(key);
    ImGui_ImplGlfw_KeyCallback(glfw_window, key, scancode, action, mods);
}

void release_held_keys() {
    for (const HeldRelease& release : releases_to_apply)
        ImGui_ImplGlfw_KeyCallback(window, release.key, release.scancode, GLFW_RELEASE,
                                   release.mods);
    releases_to_apply.swap(releases_held);
    releases_held.clear();
    keys_pressed_since_frame.clear();
}

void frame() {
    AppState& app = app_state();
    update_scale(app);
    if (app.reanalyze_at >= 0.0 && glfwGetTime() >= app.reanalyze_at)
        reanalyze(app);
    continue_analysis(app, analysis_budget_seconds);

    release_held_keys();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    app.controls.clear();
    app.control_ids.clear();
    draw_app(app);
    draw_presentation_overlay(app); // Esc, and a key figure full screen over everything
    ImGui::Render();

    int width = 0;
    int height = 0;
    glfwGetFramebufferSize(window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(theme::page.x, theme::page.y, theme::page.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    share_after_render(app); // a PNG must be taken while the drawing buffer holds the frame

    // Every way the language changes (buttons, setLanguage, a share link) ends here: the page's
    // <html lang> follows, so screen readers and the browser's translator read the right one.
    if (app.page_language != app.language) {
        app.page_language = app.language;
        browser::set_document_language(language_tag(app.language));
    }
}

// ImGui's GLFW backend adds GLFW's scroll offsets to the wheel unchanged; in Emscripten 3.1.6
// they are raw browser deltas with the opposite sign. The page sends proper steps instead
// (bridge.js), so GLFW's own scroll events are ignored.
void ignore_glfw_scroll(GLFWwindow*, double, double) {}

} // namespace

// ---- State and operations
// -------------------------------------------------------------------------

AppState& app_state() {
    static AppState app;
    return app;
}

float scaled(const AppState& app, float logical_pixels) {
    return std::round(logical_pixels * app.ui_scale);
}

const char* tr(const AppState& app, const Localized& localized) {
    return localized.in(app.language).c_str();
}

std::string count_text(const AppState& app, long long count) {
    return localized_count(count).in(app.language);
}

std::string counted_text(const AppState& app, long long count, const Localized& singular,
                         const Localized& plural) {
    return counted(count, singular, plural).in(app.language);
}

void reanalyze(AppState& app) {
    app.reanalyze_at = -1.0;
    if (app.streamed_input) {
        browser::restream_file(); // the page reads the file again with the new options
        return;
    }
    app.analyzer.reset();
    app.analysis_cancelled = false;
    if (app.source_bytes.size() < incremental_min_bytes) {
        app.analysis = analyze(app.source_bytes, app.source_name, app.options);
        if (app.refresh_editor_after_analysis)
            show_source_in_editor(app);
        app.refresh_editor_after_analysis = false;
        return;
    }
    app.analyzer = std::make_unique<Analyzer>(app.source_name, app.options);
    app.analyzer_fed = 0;
}

void continue_analysis(AppState& app, double budget_seconds) {
    if (!app.analyzer || app.stream_id != 0)
        return; // a stream is fed by the page, piece by piece
    const double deadline = glfwGetTime() + budget_seconds;
    const std::string_view bytes(app.source_bytes);
    while (app.analyzer_fed < bytes.size() && !app.analyzer->refused()) {
        const std::size_t count = std::min(analysis_slice_bytes, bytes.size() - app.analyzer_fed);
        app.analyzer->feed(bytes.substr(app.analyzer_fed, count));
        app.analyzer_fed += count;
        if (budget_seconds >= 0.0 && glfwGetTime() >= deadline)
            return;
    }

    app.analysis = app.analyzer->finish();
    app.analyzer.reset();
    if (app.refresh_editor_after_analysis)
        show_source_in_editor(app);
    app.refresh_editor_after_analysis = false;
}

float analysis_progress(const AppState& app) {
    if (app.stream_id != 0)
        return app.stream_total > 0 ? static_cast<float>(app.stream_fed / app.stream_total)
                                    : 0.0f;
    if (!app.analyzer || app.source_bytes.empty())
        return -1.0f;
    return static_cast<float>(app.analyzer_fed) / static_cast<float>(app.source_bytes.size());
}

void cancel_analysis(AppState& app) {
    if (!app.analyzer && app.stream_id == 0)
        return;
    app.analyzer.reset();
    app.stream_id = 0;
    app.analysis_cancelled = true;
}

int stream_begin(AppState& app, std::string name, double size, bool restream) {
    static int next_id = 0;
    app.has_input = true;
    app.streamed_input = true;
    app.analysis_cancelled = false;
    app.source_name = std::move(name);
    app.source_bytes.clear();
    if (!restream) {
        std::optional<BenchmarkProfile> benchmark = std::move(app.options.benchmark);
        app.options = AnalysisOptions{}; // overrides named the old file's headers
        app.options.benchmark = std::move(benchmark); // the profile the user chose stays
        app.editor_text.clear();
        app.editor_read_only = true;
        ++app.editor_generation;
        scroll_to_kpis = true;
    }
    app.reanalyze_at = -1.0;
    app.stream_id = ++next_id;
    app.stream_total = size;
    app.stream_fed = 0;
    app.analyzer = std::make_unique<Analyzer>(app.source_name, app.options);
    return app.stream_id;
}

void stream_feed(AppState& app, int id, const std::string& bytes) {
    if (id != app.stream_id || !app.analyzer)
        return;
    // The editor previews the file's beginning, read-only, when it is displayable text.
    if (app.stream_fed == 0 && app.editor_text.empty() && is_displayable_utf8(bytes)) {
        const std::size_t cut = bytes.rfind('\n', std::min<std::size_t>(bytes.size(), 64 * 1024));
        app.editor_text = bytes.substr(0, cut == std::string::npos ? bytes.size() : cut);
        ++app.editor_generation;
    }
    app.analyzer->feed(bytes);
    app.stream_fed += static_cast<double>(bytes.size());
}

void stream_end(AppState& app, int id) {
    if (id != app.stream_id || !app.analyzer)
        return;
    app.analysis = app.analyzer->finish();
    app.analyzer.reset();
    app.stream_id = 0;
}

bool stream_active(const AppState& app, int id) {
    return id == app.stream_id && !(app.analyzer && app.analyzer->refused());
}

void load_bytes(AppState& app, std::string bytes, std::string name) {
    app.has_input = true;
    app.streamed_input = false;
    app.stream_id = 0;
    app.source_bytes = std::move(bytes);
    app.source_name = std::move(name);
    std::optional<BenchmarkProfile> benchmark = std::move(app.options.benchmark);
    app.options = AnalysisOptions{}; // overrides named the old file's headers
    app.options.benchmark = std::move(benchmark); // the profile the user chose stays

    // UTF-8 is shown at once; other encodings are shown as the table the engine decoded.
    const bool shown_now = is_displayable_utf8(app.source_bytes);
    if (shown_now) {
        show_source_in_editor(app);
    } else {
        app.editor_text.clear();
        ++app.editor_generation;
    }
    app.refresh_editor_after_analysis = !shown_now;
    reanalyze(app);
    scroll_to_kpis = true;
}

void load_text(AppState& app, std::string text, std::string name) {
    load_bytes(app, std::move(text), std::move(name));
}

void editor_changed(AppState& app) {
    app.has_input = !app.editor_text.empty();
    app.streamed_input = false;
    app.stream_id = 0;
    app.source_bytes = app.editor_text;
    if (app.source_bytes.size() <= instant_analysis_max_bytes)
        reanalyze(app);
    else
        app.reanalyze_at = glfwGetTime() + edit_pause_seconds;
}

std::string report_json(AppState& app) {
    continue_analysis(app, -1.0);
    return analysis_to_json(app.analysis, app.language);
}

bool text_input_active() {
    return ImGui::GetCurrentContext() != nullptr && ImGui::GetIO().WantTextInput;
}

void type_text(const std::string& text) {
    if (ImGui::GetCurrentContext() != nullptr)
        ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
}

bool text_field_hovered() {
    return ImGui::GetCurrentContext() != nullptr &&
           ImGui::GetMouseCursor() == ImGuiMouseCursor_TextInput;
}

namespace {
// ImGui's IME callback is a plain function pointer without user data, so the position it
// reports waits here until the page asks.
TextCaret last_caret;

void remember_caret(int x, int y) {
    last_caret = {static_cast<float>(x), static_cast<float>(y)};
}
} // namespace

TextCaret text_caret() {
    return last_caret;
}

void remember_control(AppState& app, const char* id) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    app.controls[id] = ControlRect{min.x, min.y, max.x - min.x, max.y - min.y};
    app.control_ids[ImGui::GetItemID()] = id;
}

std::string focused_control(const AppState& app) {
    // ImGui's keyboard focus (the navigation cursor), named when it sits on a remembered control.
    const ImGuiContext* context = ImGui::GetCurrentContext();
    if (!context || context->NavDisableHighlight || context->NavId == 0)
        return "";
    const auto found = app.control_ids.find(context->NavId);
    return found == app.control_ids.end() ? "" : found->second;
}

void scroll_wheel(AppState&, float steps_x, float steps_y) {
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheelH += steps_x;
    io.MouseWheel += steps_y;
}

void scroll_pixels(AppState& app, float dx, float dy) {
    // ImGui scrolls five lines per wheel step; a finger should move the content with it.
    const float step = 5.0f * theme::body_size * app.zoom;
    scroll_wheel(app, dx / step, dy / step);
}

} // namespace engage::app

int main(int argc, char** argv) {
    using namespace engage::app;
    browser::mark_startup("main");
    AppState& app = app_state();
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--lang") == 0)
            app.language = engage::language_from_tag(argv[i + 1]);

    if (!glfwInit()) {
        std::fprintf(stderr, "EngageLens: GLFW could not start\n");
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    // ImGui clips with the scissor and draws in order: no depth or stencil buffer, which would
    // cost a canvas-sized allocation (17 MB at 1280x860 on a DPR 2 screen) when the context starts.
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);

    // The window is created at the canvas's device-pixel size; bridge.js keeps it there.
    double css_width = 0;
    double css_height = 0;
    browser::canvas_css_size(&css_width, &css_height);
    const double ratio = browser::device_pixel_ratio();
    window = glfwCreateWindow(std::max(1, static_cast<int>(std::lround(css_width * ratio))),
                              std::max(1, static_cast<int>(std::lround(css_height * ratio))),
                              "EngageLens", nullptr, nullptr);
    if (!window) {
        std::fprintf(stderr, "EngageLens: no WebGL2 context\n");
        return 1;
    }
    glfwMakeContextCurrent(window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // nothing stored, not even window positions
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.SetClipboardTextFn = set_clipboard_text;
    io.GetClipboardTextFn = get_clipboard_text;
    io.ImeSetInputScreenPosFn = remember_caret;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    glfwSetScrollCallback(window, ignore_glfw_scroll);
    glfwSetKeyCallback(window, key_callback);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    // FIXME-PERF: issue 7 asks for the first frame within 500 ms; on the loaded 2-core test
    // machine it is ~700 ms (docs/benchmarks.md), ~200 ms of it creating the WebGL2 context
    // above (SwiftShader) and ~160 ms before the page's first script runs, neither the app's code.
    browser::mark_startup("context");

    if (!load_font_data())
        std::fprintf(stderr, "EngageLens: embedded font missing, falling back to ImGui's\n");
    update_scale(app);
    browser::mark_startup("fonts");
    reanalyze(app); // an empty analysis, so report() answers before any input
    browser::mark_startup("analysis");

    frame();
    browser::mark_startup("first-frame");
    browser::notify_ready();
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
