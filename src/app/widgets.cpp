#include "app/panels.h"

#include <cfloat>
#include <string_view>

#include "engine/line_breaks.h"
#include "imgui_internal.h"

namespace engage::app {

namespace {

// Padding inside a card, in logical pixels.
constexpr float card_padding = 14.0f;
constexpr float card_stripe = 5.0f;

float text_width(std::string_view text) {
    return ImGui::GetFont()
        ->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0.0f, text.data(), text.data() + text.size())
        .x;
}

} // namespace

void panel_title(const AppState& app, const char* title) {
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextColored(theme::accent, "%s", title);
    ImGui::PopFont();
    ImGui::Separator();
    ImGui::Spacing();
}

void section_title(const AppState& app, const char* title) {
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
}

void wrapped_text(const ImVec4& colour, const std::string& text) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    // TextWrapped's own width: the wrap position pushed by a card, else the content region.
    const float wrap_x = window->DC.TextWrapPos < 0.0f ? 0.0f : window->DC.TextWrapPos;
    const float width = ImGui::CalcWrapWidthForPos(window->DC.CursorPos, wrap_x);
    // ImGui's own word wrap also breaks after "," and ".", inside "5,0 %" and "1.143".
    const std::string lines = break_lines(attach_units(text), width, text_width);

    // The lines are broken already: ImGui must not break them again.
    ImGui::PushTextWrapPos(-1.0f);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(lines.c_str(), lines.c_str() + lines.size());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
}

float chip_width(const char* label) {
    return ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

void chip(const char* label, const theme::RatingColors& colours) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 text_size = ImGui::CalcTextSize(label);
    const ImVec2 size(text_size.x + style.FramePadding.x * 2.0f,
                      text_size.y + style.FramePadding.y * 2.0f);
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 max(min.x + size.x, min.y + size.y);

    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    draw_list->AddRectFilled(min, max, ImGui::GetColorU32(colours.background), size.y * 0.5f);
    draw_list->AddText(ImVec2(min.x + style.FramePadding.x, min.y + style.FramePadding.y),
                       ImGui::GetColorU32(colours.text), label);
    ImGui::Dummy(size);
}

// The card's content goes to draw-list channel 1, its background to channel 0 once the size
// is known: ImGui 1.86 child windows cannot size themselves to their content.
void begin_card(const AppState& app) {
    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    draw_list->ChannelsSplit(2);
    draw_list->ChannelsSetCurrent(1);

    const float padding = scaled(app, card_padding);
    ImGui::BeginGroup();
    ImGui::Dummy(ImVec2(0, padding - ImGui::GetStyle().ItemSpacing.y));
    ImGui::Indent(padding + scaled(app, card_stripe));
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - padding);
}

void end_card(const AppState& app, const ImVec4& accent) {
    const float padding = scaled(app, card_padding);
    ImGui::PopTextWrapPos();
    ImGui::Unindent(padding + scaled(app, card_stripe));
    ImGui::Dummy(ImVec2(0, padding - ImGui::GetStyle().ItemSpacing.y));
    ImGui::EndGroup();

    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max(ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x,
                     ImGui::GetItemRectMax().y);
    const float rounding = scaled(app, 8.0f);
    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    draw_list->ChannelsSetCurrent(0);
    draw_list->AddRectFilled(min, max, ImGui::GetColorU32(theme::card), rounding);
    draw_list->AddRectFilled(min, ImVec2(min.x + scaled(app, card_stripe), max.y),
                             ImGui::GetColorU32(accent), rounding, ImDrawFlags_RoundCornersLeft);
    draw_list->AddRect(min, max, ImGui::GetColorU32(theme::card_border), rounding, 0,
                       scaled(app, 1.0f));
    draw_list->ChannelsMerge();
}

bool toggle_button(const char* label, bool active) {
    if (active) {
        ImGui::PushStyleColor(ImGuiCol_Button, theme::accent);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::accent);
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, theme::accent);
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    const bool pressed = ImGui::Button(label);
    if (active)
        ImGui::PopStyleColor(4);
    return pressed;
}

void same_line_if_fits(const char* next_label) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float next = ImGui::CalcTextSize(next_label, nullptr, true).x + style.FramePadding.x * 2;
    if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + next <
        ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x)
        ImGui::SameLine();
}

} // namespace engage::app
