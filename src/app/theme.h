// The app's look: a light theme (dark text on light ground survives projectors best), a
// high-contrast projector variant of it, the colours of ratings, and the font's glyph ranges.
#pragma once

#include <string>

#include "imgui.h"

namespace engage::app::theme {

// Base sizes in logical (CSS) pixels; the app multiplies them by zoom x devicePixelRatio.
constexpr float body_size = 17.0f;
constexpr float heading_size = 21.0f;
constexpr float value_size = 44.0f;

// The palette in use. It starts as the everyday light theme; set_projector(true) swaps in the
// projector palette and set_projector(false) brings the everyday one back. Panels read these
// each frame, so a switch shows at once.
inline ImVec4 ink{0.106f, 0.122f, 0.141f, 1.0f};    // #1b1f24
inline ImVec4 muted{0.357f, 0.392f, 0.439f, 1.0f};  // #5b6470
inline ImVec4 accent{0.141f, 0.341f, 0.773f, 1.0f}; // #2457c5
inline ImVec4 page{0.933f, 0.945f, 0.961f, 1.0f};   // #eef1f5
inline ImVec4 card{1.0f, 1.0f, 1.0f, 1.0f};
inline ImVec4 card_border{0.827f, 0.851f, 0.882f, 1.0f}; // #d3d9e1
inline ImVec4 warning{0.631f, 0.361f, 0.0f, 1.0f};       // #a15c00
inline ImVec4 error{0.706f, 0.137f, 0.094f, 1.0f};       // #b42318

// The projector theme (presentation mode): white ground, near-black text, saturated colours and
// lines twice as thick, because projectors wash out pale greys and hairlines.
void set_projector(bool on);
bool projector();

// Full-screen KPI values in presentation mode: digits and signs only, so the atlas stays small
// even at 200 % on a HiDPI screen.
constexpr float display_size = 120.0f;
const ImWchar* display_glyph_ranges();

struct RatingColors {
    ImVec4 text;
    ImVec4 background;
};

// Green where the rating is favourable, amber where it calls for attention, red where it is
// bad, blue-grey where it is neither (unknown bands of a future profile).
RatingColors rating_colors(const std::string& kpi_id, const std::string& rating);

// Style for the given scale (zoom x DPR): colours, rounding, and every size scaled.
void apply_style(float scale);

// Latin-1 and the punctuation the texts use:
// – — ‘ ’ ‚ “ ” „ … € − ≤ ≥ ⌘ and friends.
const ImWchar* text_glyph_ranges();
// The subset the large KPI values need: digits, signs, Latin-1 letters for "nicht definiert".
const ImWchar* value_glyph_ranges();

} // namespace engage::app::theme
