// The page's JavaScript API over the app (the only file that includes <emscripten/bind.h>).
// web/bridge.js wraps these in window.engage; each function is a thin call into app/app.h.
// No exception crosses this boundary: the engine reports bad input as values.
#include <cstdio>
#include <string>

#include <emscripten/bind.h>

#include "app/app.h"

namespace {

using engage::app::app_state;

// Bytes from a Uint8Array (Embind copies them into the std::string unchanged), so UTF-16
// files keep their byte-order mark.
void load_bytes(std::string bytes, std::string name) {
    engage::app::load_bytes(app_state(), std::move(bytes), std::move(name));
}

// Text from a JS string (Embind encodes it as UTF-8).
void load_text(std::string text, std::string name) {
    engage::app::load_text(app_state(), std::move(text), std::move(name));
}

// Streaming a big file from the page: bytes arrive as Uint8Array pieces (File.slice).
int stream_begin(std::string name, double size, bool restream) {
    return engage::app::stream_begin(app_state(), std::move(name), size, restream);
}

void stream_feed(int id, std::string bytes) {
    engage::app::stream_feed(app_state(), id, bytes);
}

void stream_end(int id) {
    engage::app::stream_end(app_state(), id);
}

bool stream_active(int id) {
    return engage::app::stream_active(app_state(), id);
}

// 0..1 while an analysis runs (a big paste, a streamed file), negative when idle.
double analysis_progress() {
    return engage::app::analysis_progress(app_state());
}

std::string focused_control() {
    return engage::app::focused_control(app_state());
}

void cancel_analysis() {
    engage::app::cancel_analysis(app_state());
}

std::string report_json() {
    return engage::app::report_json(app_state());
}

// What the Analytics view computed (app/analytics_view.h), as JSON.
std::string analytics_json() {
    return engage::app::analytics_json(app_state());
}

void set_language(std::string tag) {
    app_state().language = engage::language_from_tag(tag);
}

std::string language() {
    return engage::language_tag(app_state().language);
}

bool text_input_active() {
    return engage::app::text_input_active();
}

void insert_text(std::string text) {
    app_state().pending_insert += text;
}

void type_text(std::string text) {
    engage::app::type_text(text);
}

bool text_field_hovered() {
    return engage::app::text_field_hovered();
}

// {"x","y"}: ImGui's text cursor in CSS pixels, for the page's hidden text field.
std::string text_caret() {
    const float ratio =
        app_state().device_pixel_ratio > 0.0f ? app_state().device_pixel_ratio : 1.0f;
    const engage::app::TextCaret caret = engage::app::text_caret();
    char json[80];
    std::snprintf(json, sizeof json, "{\"x\":%.2f,\"y\":%.2f}", caret.x / ratio,
                  caret.y / ratio);
    return json;
}

void scroll_wheel(double steps_x, double steps_y) {
    engage::app::scroll_wheel(app_state(), static_cast<float>(steps_x),
                              static_cast<float>(steps_y));
}

void scroll_pixels(double dx, double dy) {
    engage::app::scroll_pixels(app_state(), static_cast<float>(dx), static_cast<float>(dy));
}

std::string taxonomy_json() {
    return engage::app::taxonomy_json(app_state());
}

// A file chosen through browser::choose_file, by the purpose it was asked for.
void receive_file(std::string purpose, std::string text, std::string) {
    if (purpose == "taxonomy-model")
        engage::app::taxonomy_import_model(app_state(), text);
}

// {"x","y","width","height"} in CSS pixels, or null for a control not drawn in the last frame.
std::string control_rect(std::string id) {
    const engage::app::AppState& app = app_state();
    const auto found = app.controls.find(id);
    if (found == app.controls.end())
        return "null";
    const float ratio = app.device_pixel_ratio > 0.0f ? app.device_pixel_ratio : 1.0f;
    const engage::app::ControlRect& rect = found->second;
    char json[160];
    std::snprintf(json, sizeof json, "{\"x\":%.2f,\"y\":%.2f,\"width\":%.2f,\"height\":%.2f}",
                  rect.x / ratio, rect.y / ratio, rect.width / ratio, rect.height / ratio);
    return json;
}

// Reports, share links and storage (app/share_panel.h): the page's answers, and the state
// a share link or the browser's storage carries.
void share_event(std::string kind, std::string detail) {
    engage::app::share_event(app_state(), kind, detail);
}

std::string apply_state(std::string json, bool from_link) {
    const engage::Localized error = engage::app::apply_state_json(app_state(), json, from_link);
    return error.in(app_state().language);
}

std::string status_text() {
    return engage::app::share_status_text(app_state());
}

std::string state_json(bool with_data) {
    return engage::app::share_state_json(app_state(), with_data);
}

} // namespace

EMSCRIPTEN_BINDINGS(engage) {
    emscripten::function("loadBytes", &load_bytes);
    emscripten::function("loadText", &load_text);
    emscripten::function("reportJson", &report_json);
    emscripten::function("analyticsJson", &analytics_json);
    emscripten::function("streamBegin", &stream_begin);
    emscripten::function("streamFeed", &stream_feed);
    emscripten::function("streamEnd", &stream_end);
    emscripten::function("streamActive", &stream_active);
    emscripten::function("cancelAnalysis", &cancel_analysis);
    emscripten::function("focusedControl", &focused_control);
    emscripten::function("analysisProgress", &analysis_progress);
    emscripten::function("setLanguage", &set_language);
    emscripten::function("language", &language);
    emscripten::function("textInputActive", &text_input_active);
    emscripten::function("insertText", &insert_text);
    emscripten::function("typeText", &type_text);
    emscripten::function("textFieldHovered", &text_field_hovered);
    emscripten::function("textCaret", &text_caret);
    emscripten::function("scrollWheel", &scroll_wheel);
    emscripten::function("scrollPixels", &scroll_pixels);
    emscripten::function("controlRect", &control_rect);
    emscripten::function("taxonomyJson", &taxonomy_json);
    emscripten::function("receiveFile", &receive_file);
    emscripten::function("shareEvent", &share_event);
    emscripten::function("applyState", &apply_state);
    emscripten::function("stateJson", &state_json);
    emscripten::function("statusText", &status_text);
}
