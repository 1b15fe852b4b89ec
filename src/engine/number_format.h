// Number formats: reading "5.000", "1.234,5", "1,234.5", "12,5 %", "00:01:19" and friends.
//
// Contract:
// - A column's decimal separator is decided once, from all its values (`decide_decimal`):
//   a cell like "1.234,5" or "12,5" is evidence for a comma, "1,234.5" or "0.25" for a point.
//   "5.000" and "5,000" alone are ambiguous: in a count column (followers, likes, ...) they are
//   thousands separators, because counts are whole numbers; elsewhere the file's other columns
//   decide, then the delimiter (";" files come from German spreadsheets).
// - `parse_cell` reads one cell with the decided separator. Thousands separators may be
//   ".", ",", space, no-break space, thin space or "'" (Swiss). A trailing "%" marks a percent,
//   currency signs (€, $, US$, EUR, ...) are dropped, "−" and "-" are minus signs.
//   Durations: "hh:mm:ss", "mm:ss", "4 min 31s", "83 s", "1 h 5 min" give seconds.
// - Missing markers (empty, "-", "–", "NA", "N/A", "n/a", "null", "none") are Missing, not zero.
// - Anything else is Text; the caller reports it as a problem with row and column.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engage {

enum class CellKind { Missing, Number, Text };

struct CellNumber {
    CellKind kind = CellKind::Missing;
    double value = 0.0;
    bool percent = false;
    bool duration = false;
};

bool is_missing_marker(std::string_view text);

CellNumber parse_cell(std::string_view text, char decimal_separator);

// parse_cell's fast path alone, for the per-row loop of big files: true, with the value, for
// plain digits written with the column's separators ("1.234.567", "-12,5", "83,5" in a comma
// column); false for anything else, which parse_cell then reads. What it accepts is a Number
// for parse_cell too, with the same value, and never a missing marker.
bool parse_plain_number(std::string_view text, char decimal_separator, double& value);

struct DecimalDecision {
    char decimal = '.';
    bool from_values = false; // false: no cell was unambiguous, the fallback decided
};

// `cells` are one column's texts. `fallback` is used when no cell is unambiguous (and the
// column is not a count column).
DecimalDecision decide_decimal(const std::vector<std::string_view>& cells, bool is_count,
                               char fallback);

// Yes/no cells: true/yes/ja/wahr/y/j/x/1 and false/no/nein/falsch/n/0, any case. Missing markers
// and anything else give nullopt.
std::optional<bool> parse_yes_no(std::string_view text);

// Removes spaces, no-break and thin spaces at both ends.
std::string_view trim_spaces(std::string_view text);

} // namespace engage
