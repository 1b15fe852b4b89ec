// Line breaks for the texts people read (formulas, problems, reasons), wherever they are shown.
//
// Contract:
// - `attach_units` turns the space between a number and its unit ("5,0 %", "83 s", "4 min",
//   "1.234 €", "2 ‰") into a no-break space (U+00A0), so no renderer breaks there.
// - `break_lines` breaks at ASCII spaces and existing line ends only: never at a no-break
//   space, never after the comma or point inside a number ("5,|0 %", "1.|143"). A word wider
//   than a whole line is cut at a character boundary, so text never runs out of its box.
// - `width_of` measures a piece of UTF-8 text in the caller's units (pixels, characters);
//   widths are assumed to add up, as they do for the UI's font without kerning.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace engage {

std::string attach_units(std::string_view text);

std::string break_lines(std::string_view text, float width,
                        const std::function<float(std::string_view)>& width_of);

} // namespace engage
