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

#include <cstdint>
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
// Inline (defined at the end of this header): the row loop calls it for nearly every cell.
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

// Removes spaces, no-break and thin spaces at both ends. trim_spaces_slowly is its general
// case, for cells that start or end with a space or a non-ASCII byte.
std::string_view trim_spaces_slowly(std::string_view text);
inline std::string_view trim_spaces(std::string_view text) {
    // Most cells start and end with a printable ASCII character: nothing to trim, and no call.
    if (!text.empty() && static_cast<unsigned char>(text.front()) - 0x21u < 0x5Eu &&
        static_cast<unsigned char>(text.back()) - 0x21u < 0x5Eu)
        return text;
    return trim_spaces_slowly(text);
}

// '0'..'9', as one unsigned comparison.
inline bool plain_digit(char c) {
    return static_cast<unsigned char>(c - '0') < 10;
}

// Plain numbers as big exports write them: "1234", "-12,5", and with the column's thousands
// separator in well-formed groups, "1.234.567" or "1.234,5" in a comma column. Exactly the
// values parse_cell's general path gives (the same grouping rule), read without its currency,
// unit and space handling or strtod. Up to 15 digits the integer and the power of ten are exact
// doubles, so one division is correctly rounded, as strtod is.
inline bool parse_plain_number(std::string_view text, char decimal_separator, double& value) {
    static constexpr double powers_of_ten[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                               1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const char* p = text.data();
    const char* const end = p + text.size();
    if (text.size() > 24)
        return false; // more than 15 digits for sure: the general path
    const bool negative = p != end && *p == '-';
    if (negative)
        ++p;

    // Digit counts come from pointer distances, so the loops only read and multiply. Unsigned:
    // up to 24 digits may pass through (wrapping, which is defined) before "digits > 15" refuses
    // them; signed overflow would be undefined (found by the fuzzer).
    std::uint64_t mantissa = 0;
    const char* const group = p;
    while (p != end && plain_digit(*p))
        mantissa = mantissa * 10 + static_cast<unsigned>(*p++ - '0');
    const long first_group = p - group;
    if (first_group == 0)
        return false;
    long digits = first_group;
    const char thousands = decimal_separator == ',' ? '.' : ',';
    if (p != end && *p == thousands) {
        if (first_group > 3)
            return false;
        while (end - p >= 4 && *p == thousands && plain_digit(p[1]) && plain_digit(p[2]) &&
               plain_digit(p[3])) {
            mantissa = mantissa * 1000 +
                       static_cast<unsigned>((p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0'));
            digits += 3;
            p += 4;
        }
        if (p != end && (*p == thousands || plain_digit(*p)))
            return false; // a short or long group: "1.23", "1.2345"
    }

    long fraction_digits = 0;
    if (p != end) {
        if (*p != decimal_separator || ++p == end)
            return false;
        const char* const fraction = p;
        while (p != end && plain_digit(*p))
            mantissa = mantissa * 10 + static_cast<unsigned>(*p++ - '0');
        if (p != end)
            return false;
        fraction_digits = p - fraction;
        digits += fraction_digits;
    }
    if (digits > 15)
        return false; // the general path rounds these through strtod

    // At most 15 digits: exact as a signed integer, whose conversion is one instruction.
    double result = static_cast<double>(static_cast<std::int64_t>(mantissa));
    if (fraction_digits > 0)
        result /= powers_of_ten[fraction_digits];
    value = negative ? -result : result;
    return true;
}

} // namespace engage
