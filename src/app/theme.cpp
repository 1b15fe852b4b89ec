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

// On a projector pale chips wash out: the projector theme gives them a deeper background and
// darker text. `text` stays the strong colour, because panels also use it for card stripes.
const RatingColors projector_favourable{rgb(0x0b, 0x52, 0x28), rgb(0xbf, 0xe8, 0xcc)};
const RatingColors projector_excellent{rgb(0xff, 0xff, 0xff), rgb(0x0b, 0x52, 0x28)};
const RatingColors projector_attention{rgb(0x7a, 0x3a, 0x00), rgb(0xfb, 0xd9, 0xa6)};
const RatingColors projector_bad{rgb(0x8f, 0x10, 0x08), rgb(0xf7, 0xc9, 0xc4)};
const RatingColors projector_neutral{rgb(0x1b, 0x24, 0x30), rgb(0xd5, 0xdd, 0xe8)};

struct Palette {
    ImVec4 ink, muted, accent, page, card, card_border, warning, error;
};

// The everyday palette is whatever theme.h starts with, captured before the first switch.
const Palette everyday{ink, muted, accent, page, card, card_border, warning, error};
const Palette projector_palette{
    rgb(0x00, 0x00, 0x00), rgb(0x26, 0x2d, 0x38), rgb(0x0a, 0x3d, 0xb3), rgb(0xff, 0xff, 0xff),
    rgb(0xff, 0xff, 0xff), rgb(0x33, 0x3b, 0x48), rgb(0x8a, 0x45, 0x00), rgb(0xa3, 0x12, 0x08)};

bool projector_on = false;

void use_palette(const Palette& palette) {
    ink = palette.ink;
    muted = palette.muted;
    accent = palette.accent;
    page = palette.page;
    card = palette.card;
    card_border = palette.card_border;
    warning = palette.warning;
    error = palette.error;
}

} // namespace

void set_projector(bool on) {
    projector_on = on;
    use_palette(on ? projector_palette : everyday);
}

bool projector() {
    return projector_on;
}

RatingColors rating_colors(const std::string& kpi_id, const std::string& rating) {
    const bool strong = projector_on;
    if (rating == "good" || rating == "normal")
        return strong ? projector_favourable : favourable;
    if (rating == "excellent" || rating == "world_class")
        return strong ? projector_excellent : excellent;
    // "high" is the best band of the engagement rate but the bad one of the bounce rate.
    if (rating == "high") {
        if (kpi_id == "bounce_rate")
            return strong ? projector_attention : attention;
        return strong ? projector_favourable : favourable;
    }
    if (rating == "low")
        return strong ? projector_attention : attention;
    if (rating == "negative")
        return strong ? projector_bad : bad;
    return strong ? projector_neutral : neutral;
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
    if (projector_on) {
        // Thick lines and larger targets: a frame must survive a washed-out projector, a
        // button a finger on an interactive whiteboard.
        style.ChildBorderSize = 2;
        style.PopupBorderSize = 2;
        style.FrameBorderSize = 2;
        // Taller, not wider: the top bar must still fit a 400 px tablet.
        style.FramePadding = ImVec2(10, 9);
        style.ItemSpacing = ImVec2(10, 10);
        style.ScrollbarSize = 22;
    }
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
    if (projector_on) {
        colors[ImGuiCol_FrameBg] = rgb(0xff, 0xff, 0xff);
        colors[ImGuiCol_FrameBgHovered] = rgb(0xdd, 0xe7, 0xfb);
        colors[ImGuiCol_FrameBgActive] = rgb(0xc6, 0xd7, 0xf8);
        colors[ImGuiCol_Button] = rgb(0xdd, 0xe6, 0xf6);
        colors[ImGuiCol_ButtonHovered] = rgb(0xb9, 0xcd, 0xf3);
        colors[ImGuiCol_ButtonActive] = rgb(0x9d, 0xb9, 0xee);
        colors[ImGuiCol_Header] = rgb(0xc6, 0xd7, 0xf8);
        colors[ImGuiCol_HeaderHovered] = rgb(0xb9, 0xcd, 0xf3);
        colors[ImGuiCol_HeaderActive] = rgb(0x9d, 0xb9, 0xee);
        colors[ImGuiCol_TableHeaderBg] = rgb(0xe4, 0xe9, 0xf1);
        colors[ImGuiCol_TableBorderLight] = rgb(0x8a, 0x93, 0xa0);
        colors[ImGuiCol_TableRowBgAlt] = rgb(0xf2, 0xf4, 0xf7);
        colors[ImGuiCol_PlotHistogram] = rgb(0x9d, 0xb9, 0xee);
        colors[ImGuiCol_ScrollbarGrab] = rgb(0x6b, 0x74, 0x82);
        colors[ImGuiCol_NavHighlight] = rgb(0xd9, 0x48, 0x00); // orange: visible on blue buttons
    }

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

const ImWchar* display_glyph_ranges() {
    static const ImWchar ranges[] = {
        0x0020, 0x0020, // space
        0x0025, 0x0025, // %
        0x002B, 0x003A, // + , - . / 0-9 :
        0x00A0, 0x00A0, // no-break space before %
        0x2009, 0x200A, 0x2013, 0x2013, 0x202F, 0x202F, 0x2212, 0x2212, 0,
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
