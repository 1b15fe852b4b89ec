#include "app/theme.h"

namespace engage::app::theme {

namespace {

ImVec4 rgb(int r, int g, int b, float alpha = 1.0f) {
    return ImVec4(static_cast<float>(r) / 255.0f, static_cast<float>(g) / 255.0f,
                  static_cast<float>(b) / 255.0f, alpha);
}

const RatingColors favourable{rgb(0x1e, 0x6b, 0x3c), rgb(0xdc, 0xf1, 0xe3)};
const RatingColors excellent{rgb(0xff, 0xff, 0xff), rgb(0x1e, 0x7b, 0x46)};
const RatingColors attention{rgb(0x8a, 0x4b, 0x00), rgb(0xfd, 0xeb, 0xcc)};
const RatingColors bad{rgb(0xa3, 0x1d, 0x12), rgb(0xfb, 0xe1, 0xde)};
const RatingColors neutral{rgb(0x2d, 0x3b, 0x4e), rgb(0xe3, 0xe9, 0xf0)};

} // namespace

RatingColors rating_colors(const std::string& kpi_id, const std::string& rating) {
    if (rating == "good" || rating == "normal")
        return favourable;
    if (rating == "excellent" || rating == "world_class")
        return excellent;
    // "high" is the best band of the engagement rate but the bad one of the bounce rate.
    if (rating == "high")
        return kpi_id == "bounce_rate" ? attention : favourable;
    if (rating == "low")
        return attention;
    if (rating == "negative")
        return bad;
    return neutral;
}

void apply_style(float scale) {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);

    style.WindowPadding = ImVec2(16, 14);
    style.FramePadding = ImVec2(10, 6);
    style.ItemSpacing = ImVec2(10, 8);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.CellPadding = ImVec2(8, 5);
    style.ScrollbarSize = 16;
    style.GrabMinSize = 14;
    style.WindowRounding = 0;
    style.ChildRounding = 8;
    style.FrameRounding = 6;
    style.PopupRounding = 6;
    style.ScrollbarRounding = 8;
    style.GrabRounding = 6;
    style.TabRounding = 6;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    style.PopupBorderSize = 1;
    style.FrameBorderSize = 1;
    style.ScaleAllSizes(scale);

    ImVec4* colors = style.Colors;
    colors[ImGuiCol_Text] = ink;
    colors[ImGuiCol_TextDisabled] = muted;
    colors[ImGuiCol_WindowBg] = page;
    colors[ImGuiCol_ChildBg] = card;
    colors[ImGuiCol_PopupBg] = card;
    colors[ImGuiCol_Border] = card_border;
    colors[ImGuiCol_FrameBg] = rgb(0xfb, 0xfc, 0xfd);
    colors[ImGuiCol_FrameBgHovered] = rgb(0xee, 0xf3, 0xfb);
    colors[ImGuiCol_FrameBgActive] = rgb(0xe4, 0xec, 0xfa);
    colors[ImGuiCol_Button] = rgb(0xe9, 0xee, 0xf5);
    colors[ImGuiCol_ButtonHovered] = rgb(0xd6, 0xe2, 0xf7);
    colors[ImGuiCol_ButtonActive] = rgb(0xbf, 0xd2, 0xf4);
    colors[ImGuiCol_Header] = rgb(0xe4, 0xec, 0xfa);
    colors[ImGuiCol_HeaderHovered] = rgb(0xd6, 0xe2, 0xf7);
    colors[ImGuiCol_HeaderActive] = rgb(0xbf, 0xd2, 0xf4);
    colors[ImGuiCol_CheckMark] = accent;
    colors[ImGuiCol_SliderGrab] = accent;
    colors[ImGuiCol_TextSelectedBg] = rgb(0x24, 0x57, 0xc5, 0.25f);
    colors[ImGuiCol_NavHighlight] = accent;
    colors[ImGuiCol_Separator] = card_border;
    colors[ImGuiCol_TableHeaderBg] = rgb(0xf1, 0xf4, 0xf8);
    colors[ImGuiCol_TableBorderLight] = rgb(0xe3, 0xe8, 0xee);
    colors[ImGuiCol_TableBorderStrong] = card_border;
    colors[ImGuiCol_TableRowBgAlt] = rgb(0xf7, 0xf9, 0xfb);
    colors[ImGuiCol_PlotHistogram] = rgb(0xbf, 0xd2, 0xf4); // progress bars, under ink text
    colors[ImGuiCol_ScrollbarBg] = rgb(0, 0, 0, 0.0f);
    colors[ImGuiCol_ScrollbarGrab] = rgb(0xc3, 0xcb, 0xd6);

    ImGui::GetStyle() = style;
}

const ImWchar* text_glyph_ranges() {
    static const ImWchar ranges[] = {
        0x0020, 0x00FF, // Basic Latin + Latin-1: ä ö ü ß Ä Ö Ü « » × ± · °
        0x0152, 0x0153, // Œ œ
        0x0391, 0x03C9, // Greek: Σ in the engine's formulas, σ, μ
        0x2009, 0x200A, // thin spaces
        0x2010, 0x2026, // hyphens, – —, ‘ ’ ‚ “ ” „, • …
        0x202F, 0x202F, // narrow no-break space
        0x2030, 0x2030, // ‰
        0x20AC, 0x20AC, // €
        0x2190, 0x2193, // ← ↑ → ↓
        0x2212, 0x2212, // − (minus)
        0x221A, 0x221A, // √
        0x2248, 0x2248, // ≈
        0x2260, 0x2265, // ≠ ≤ ≥
        0x2318, 0x2318, // ⌘
        0x25B2, 0x25BE, // ▲ ▴ ▸ ▼ ▾ and neighbours
        0x2713, 0x2713, // ✓
        0,
    };
    return ranges;
}

const ImWchar* value_glyph_ranges() {
    static const ImWchar ranges[] = {
        0x0020, 0x00FF, 0x2009, 0x200A, 0x2013, 0x2014, 0x202F, 0x202F, 0x2212, 0x2212, 0,
    };
    return ranges;
}

} // namespace engage::app::theme
