// Plain values in cells: the strict, locale-free reading the analytics units need for counts,
// 0-10 answers and dotted decimals ("3", "7767.0", "0.244", "-2.5").
//
// Contract:
// - Accepts surrounding spaces, an optional sign, digits and at most one '.' decimal point.
//   Everything else (thousands separators, decimal commas, "%", "NA", "") gives nullopt, so the
//   caller reports the cell as a problem instead of guessing.
// - The result is always finite.
#pragma once

#include <optional>
#include <string_view>

namespace engage {

// FIXME-NUMBER: NPS answers and yes/no cells use this strict reader; attribution and trends
// already use number_format.h. Move these two over too if users bring "9,0" as an NPS answer.
std::optional<double> parse_plain_number(std::string_view text);

// A yes/no cell read as yes: "1", "true", "yes", "ja", "wahr", "x", "y" (any case) or a
// positive number. Everything else, including empty cells, is no.
bool cell_is_yes(std::string_view text);

// Cell text without leading and trailing ASCII spaces, tabs and line ends.
std::string_view trim_cell(std::string_view text);

} // namespace engage
