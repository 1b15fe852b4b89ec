#include "app/trainer_presentation.h"

#include <algorithm>
#include <cstdio>
#include <iterator>

#include "app/app.h"
#include "app/panels.h"
#include "app/theme.h"
#include "app/taxonomy_view.h"
#include "app/trainer_text.h"
#include "engine/number_text.h"

namespace engage::app {

namespace {

namespace txt = trainer_text;

// Text sizes presentation mode picks from: the largest that still leaves the calculator its
// side-by-side layout (760 logical px) and room for a card under the bars (540 logical px), so
// a 1280 x 800 projector gets 130 %, a 1920 x 1080 one 200 %.
constexpr float room_zooms[] = {1.0f, 1.15f, 1.3f, 1.5f, 1.75f, 2.0f};
constexpr float room_layout_width = 760.0f;
constexpr float room_layout_height = 540.0f;

float room_zoom(const AppState& app) {
    const float ratio = app.device_pixel_ratio > 0.0f ? app.device_pixel_ratio : 1.0f;
    const ImVec2 css = ImGui::GetMainViewport()->Size;
    float chosen = room_zooms[0];
    for (float zoom : room_zooms)
        if (css.x / ratio / zoom >= room_layout_width && css.y / ratio / zoom >= room_layout_height)
            chosen = zoom;
    return chosen;
}

bool key_pressed(ImGuiKey key) {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false);
}

// A button in the accent colour with white text when `active`, like the top bar's toggles.
bool accent_button(const char* label, bool active, const ImVec2& size = ImVec2(0, 0)) {
    if (active) {
        ImGui::PushStyleColor(ImGuiCol_Button, theme::accent);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::accent);
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, theme::accent);
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    const bool pressed = ImGui::Button(label, size);
    if (active)
        ImGui::PopStyleColor(4);
    return pressed;
}

std::vector<const Kpi*> defined_kpis(const AppState& app) {
    std::vector<const Kpi*> kpis;
    for (const Kpi& kpi : app.analysis.kpis)
        if (kpi.defined())
            kpis.push_back(&kpi);
    return kpis;
}

// The value as the cards show it; a typographic minus reads better in large type.
std::string value_text(const Kpi& kpi, Language language) {
    std::string text = format_kpi_value(kpi, language);
    if (!text.empty() && text[0] == '-')
        text.replace(0, 1, "\u2212");
    return text;
}

const theme::RatingColors& unrated_colours() {
    static theme::RatingColors colours;
    colours = theme::projector()
                  ? theme::RatingColors{theme::ink, ImVec4(0.835f, 0.867f, 0.910f, 1.0f)}
                  : theme::RatingColors{theme::muted, ImVec4(0.910f, 0.929f, 0.953f, 1.0f)};
    return colours;
}

std::string chip_label(const AppState& app, const Kpi& kpi) {
    return kpi.rating.empty() ? std::string(tr(app, txt::no_benchmark))
                              : kpi.rating_label.in(app.language);
}

theme::RatingColors chip_colours(const Kpi& kpi) {
    return kpi.rating.empty() ? unrated_colours() : theme::rating_colors(kpi.id, kpi.rating);
}

void labelled(const AppState& app, const Localized& label, const std::string& value,
              const ImVec4& colour) {
    ImGui::TextColored(theme::muted, "%s:", tr(app, label));
    ImGui::SameLine();
    wrapped_text(colour, value);
}

void centred(const char* text, float left, float width) {
    const float text_width = ImGui::CalcTextSize(text).x;
    ImGui::SetCursorPosX(left + std::max(0.0f, (width - text_width) * 0.5f));
    ImGui::TextUnformatted(text);
}

// The full-screen window over the whole canvas, with `caption` and the way out on its top line.
// Returns true when the way out was pressed. The caller ends the window.
bool begin_full_screen(AppState& app, const std::string& caption) {
    TrainerViewState& trainer = app.trainer;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    if (trainer.full_screen_focus) {
        ImGui::SetNextWindowFocus();
        trainer.full_screen_focus = false;
    }
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::card);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize;
    ImGui::Begin("EngageLens full screen", nullptr, flags);
    ImGui::PopStyleColor();

    const ImGuiStyle& style = ImGui::GetStyle();
    const float left = ImGui::GetCursorPosX();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(theme::muted, "%s", caption.c_str());
    const std::string leave = std::string(tr(app, txt::leave_full_screen)) + "##fullscreen-leave";
    const float leave_width =
        ImGui::CalcTextSize(leave.c_str(), nullptr, true).x + style.FramePadding.x * 2.0f;
    if (ImGui::GetCursorPosX() + leave_width < left + width)
        ImGui::SameLine(left + width - leave_width);
    const bool close = large_button(leave.c_str(), true);
    remember_control(app, "fullscreen-leave");
    return close;
}

// The nine-category matrix across the screen: the taxonomy view's own matrix (its cells still
// open their items there), with cells as high as the screen allows.
void draw_matrix_full_screen(AppState& app) {
    const bool close = begin_full_screen(app, tr(app, txt::matrix_title));
    ImGui::Spacing();

    // Besides the three rows: the measure switch (for a table with interactions), the column
    // headers and the summary line.
    const float reserve =
        ImGui::GetFrameHeightWithSpacing() + ImGui::GetTextLineHeightWithSpacing() * 2.5f;
    const float cell = (ImGui::GetContentRegionAvail().y - reserve) / 3.0f - scaled(app, 6.0f);
    const float logical = std::max(60.0f, cell / std::max(0.1f, app.ui_scale));
    draw_taxonomy_matrix(app, logical, logical);
    ImGui::End();

    if (close)
        app.trainer.full_screen = false;
}

void draw_full_screen(AppState& app) {
    TrainerViewState& trainer = app.trainer;
    const std::vector<const Kpi*> kpis = defined_kpis(app);
    auto found = std::find_if(kpis.begin(), kpis.end(),
                              [&](const Kpi* k) { return k->id == trainer.full_screen_kpi; });
    if (found == kpis.end()) {
        // The table changed under the full-screen view and the figure is gone.
        trainer.full_screen = false;
        return;
    }
    const int position = static_cast<int>(found - kpis.begin());
    const int count = static_cast<int>(kpis.size());

    // Top line: where the figure comes from, and the way out.
    char where[256];
    std::snprintf(where, sizeof where, tr(app, txt::figure_of), position + 1, count);
    const bool close = begin_full_screen(app, app.source_name + "  ·  " + where);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float left = ImGui::GetCursorPosX();
    const float width = ImGui::GetContentRegionAvail().x;

    // The figure, centred, in the room's largest type.
    const Kpi& kpi = **found;
    const float height = ImGui::GetWindowHeight();
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), height * 0.12f));
    ImGui::PushFont(app.fonts.heading);
    centred(kpi.name.in(app.language).c_str(), left, width);
    centred(dimension_name(kpi.dimension).in(app.language).c_str(), left, width);
    ImGui::PopFont();

    ImGui::PushFont(app.fonts.display ? app.fonts.display : app.fonts.value);
    centred(value_text(kpi, app.language).c_str(), left, width);
    ImGui::PopFont();

    const std::string chip_text = chip_label(app, kpi);
    ImGui::PushFont(app.fonts.heading);
    ImGui::SetCursorPosX(left + std::max(0.0f, (width - chip_width(chip_text.c_str())) * 0.5f));
    chip(chip_text.c_str(), chip_colours(kpi));
    ImGui::PopFont();
    ImGui::Spacing();

    // Formula and bands in a readable column, not across a 16:9 wall.
    const float column = std::min(width, ImGui::GetFontSize() * 46.0f);
    // Indent(0) would indent by the style's default: never pass 0.
    const float indent = std::max(1.0f, (width - column) * 0.5f);
    ImGui::PushTextWrapPos(left + indent + column);
    ImGui::Indent(indent);
    ImGui::PushFont(app.fonts.heading);
    if (!kpi.formula.empty())
        wrapped_text(theme::ink, kpi.formula.in(app.language));
    ImGui::PopFont();
    if (kpi.ci95) {
        const std::string interval = format_number(kpi.ci95->first, app.language, 1) + " – " +
                                     format_number(kpi.ci95->second, app.language, 1);
        labelled(app, txt::interval95, interval, theme::ink);
    }
    if (!kpi.rating.empty()) {
        labelled(app, txt::bands, kpi.rating_bands.in(app.language), theme::ink);
        labelled(app, txt::source, kpi.rating_source.in(app.language), theme::muted);
    } else if (!kpi.rating_note.empty()) {
        wrapped_text(theme::muted, kpi.rating_note.in(app.language));
    }
    ImGui::Unindent(indent);
    ImGui::PopTextWrapPos();

    // Previous / next at the bottom, large, for a clicker or a finger.
    ImGui::Spacing();
    const float button_height = ImGui::GetFontSize() * 2.5f;
    const float bottom = height - style.WindowPadding.y - button_height;
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), bottom));
    const float half = (width - style.ItemSpacing.x) * 0.5f;
    int step = 0;
    ImGui::BeginDisabled(count < 2);
    if (large_button((std::string(tr(app, txt::previous_figure)) + "##fullscreen-previous").c_str(),
                     false, half))
        step = -1;
    remember_control(app, "fullscreen-previous");
    ImGui::SameLine();
    if (large_button((std::string(tr(app, txt::next_figure)) + "##fullscreen-next").c_str(), false,
                     half))
        step = 1;
    remember_control(app, "fullscreen-next");
    ImGui::EndDisabled();

    if (!ImGui::GetIO().WantTextInput) {
        if (key_pressed(ImGuiKey_LeftArrow) || key_pressed(ImGuiKey_PageUp))
            step = -1;
        if (key_pressed(ImGuiKey_RightArrow) || key_pressed(ImGuiKey_PageDown))
            step = 1;
    }
    ImGui::End();

    if (close)
        trainer.full_screen = false;
    else if (step != 0 && count > 1)
        trainer.full_screen_kpi =
            kpis[static_cast<std::size_t>((position + step + count) % count)]->id;
}

} // namespace

const Kpi* current_kpi(const AppState& app, const std::string& id) {
    for (const Kpi& kpi : app.analysis.kpis)
        if (kpi.id == id)
            return &kpi;
    return nullptr;
}

bool large_button(const char* label, bool active, float width) {
    const float font = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    // At least ~2.5 text lines high: a finger's 44 CSS px at 100 % text size.
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(std::max(style.FramePadding.x, font * 0.8f),
                               std::max(style.FramePadding.y, font * 0.75f)));
    const bool pressed = accent_button(label, active, ImVec2(width, 0));
    ImGui::PopStyleVar();
    return pressed;
}

void set_presentation(AppState& app, bool on) {
    TrainerViewState& trainer = app.trainer;
    if (trainer.presentation == on)
        return;
    trainer.presentation = on;
    theme::set_projector(on);
    if (on) {
        trainer.zoom_before_presentation = app.zoom;
        app.zoom = std::max(app.zoom, room_zoom(app));
    } else {
        app.zoom = trainer.zoom_before_presentation;
        trainer.full_screen = false;
    }
    // The style now; the fonts follow in the next frame when the text size changed.
    theme::apply_style(app.ui_scale);
}

float presentation_toggle_width(const AppState& app) {
    // The same label on and off (the accent fill says "on"), so the top bar does not jump.
    return ImGui::CalcTextSize(tr(app, txt::projector_button)).x +
           ImGui::GetStyle().FramePadding.x * 2.0f;
}

void draw_presentation_toggle(AppState& app) {
    const bool on = app.trainer.presentation;
    const std::string label = std::string(tr(app, txt::projector_button)) + "##presentation-toggle";
    const bool pressed = accent_button(label.c_str(), on);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr(app, on ? txt::projector_tip_on : txt::projector_tip_off));
    remember_control(app, "presentation-toggle");
    if (pressed)
        set_presentation(app, !on);
}

void draw_presentation_switch(AppState& app) {
    const bool on = app.trainer.presentation;
    const std::string label =
        std::string(tr(app, on ? txt::presentation_on : txt::presentation_off)) +
        "##presentation-mode";
    const bool pressed = large_button(label.c_str(), on);
    remember_control(app, "presentation-mode");
    if (pressed)
        set_presentation(app, !on);
}

void show_full_screen(AppState& app, const std::string& kpi_id) {
    app.trainer.full_screen = true;
    app.trainer.full_screen_focus = true;
    app.trainer.full_screen_kpi = kpi_id;
    app.trainer.full_screen_matrix = false;
}

void show_matrix_full_screen(AppState& app) {
    app.trainer.full_screen = true;
    app.trainer.full_screen_focus = true;
    app.trainer.full_screen_matrix = true;
}

void draw_presentation_overlay(AppState& app) {
    TrainerViewState& trainer = app.trainer;
    // Esc leaves one level: full screen first, then presentation mode. A text field that has
    // the keyboard uses Esc itself (the table editor leaves editing with it).
    if (!ImGui::GetIO().WantTextInput && key_pressed(ImGuiKey_Escape)) {
        if (trainer.full_screen)
            trainer.full_screen = false;
        else if (trainer.presentation)
            set_presentation(app, false);
    }
    if (trainer.full_screen && trainer.full_screen_matrix)
        draw_matrix_full_screen(app);
    else if (trainer.full_screen)
        draw_full_screen(app);
}

void draw_room_card(AppState& app, const Kpi& kpi, bool full_screen_button) {
    const bool rated = kpi.defined() && !kpi.rating.empty();
    // The stripe takes the rating's strong colour: its text colour, or its background where
    // the chip writes white on it.
    ImVec4 stripe = !kpi.defined() ? theme::card_border : theme::muted;
    if (rated) {
        const theme::RatingColors colours = theme::rating_colors(kpi.id, kpi.rating);
        const bool white_text = colours.text.x > 0.9f && colours.text.y > 0.9f;
        stripe = white_text ? colours.background : colours.text;
    }
    ImGui::PushID(kpi.id.c_str());
    begin_card(app);

    ImGui::PushFont(app.fonts.heading);
    ImGui::TextUnformatted(kpi.name.in(app.language).c_str());
    ImGui::PopFont();

    if (!kpi.defined()) {
        const std::string& reason = kpi.reason.in(app.language);
        wrapped_text(theme::muted, reason.empty() ? tr(app, txt::not_defined) : reason);
    } else {
        ImGui::PushFont(app.fonts.value);
        ImGui::TextUnformatted(value_text(kpi, app.language).c_str());
        ImGui::PopFont();
        // The chip beside the value when it fits, else under it. Figures that no benchmark
        // could rate (a case's own figures) carry no chip at all.
        if (rated || !kpi.rating_note.empty()) {
            const std::string label = chip_label(app, kpi);
            ImGui::SameLine();
            const float right = ImGui::GetContentRegionMax().x - scaled(app, 14.0f);
            if (ImGui::GetCursorPosX() + chip_width(label.c_str()) > right)
                ImGui::NewLine();
            chip(label.c_str(), chip_colours(kpi));
        }
    }

    if (!kpi.formula.empty())
        labelled(app, txt::formula, kpi.formula.in(app.language), theme::ink);
    if (kpi.defined() && kpi.ci95) {
        const std::string interval = format_number(kpi.ci95->first, app.language, 1) + " – " +
                                     format_number(kpi.ci95->second, app.language, 1);
        labelled(app, txt::interval95, interval, theme::ink);
    }
    if (rated) {
        labelled(app, txt::bands, kpi.rating_bands.in(app.language), theme::muted);
        labelled(app, txt::source, kpi.rating_source.in(app.language), theme::muted);
    } else if (kpi.defined() && !kpi.rating_note.empty()) {
        wrapped_text(theme::muted, kpi.rating_note.in(app.language));
    }

    if (full_screen_button && kpi.defined()) {
        const std::string id = "fullscreen-" + kpi.id;
        const std::string label = std::string(tr(app, txt::full_screen_button)) + "##" + id;
        if (large_button(label.c_str()))
            show_full_screen(app, kpi.id);
        remember_control(app, id.c_str());
    }

    end_card(app, stripe);
    ImGui::PopID();
    ImGui::Spacing();
}

} // namespace engage::app
