#include "engine/number_format.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace engage {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// The UTF-8 space-like characters spreadsheets put between digit groups or before units.
std::size_t space_length(std::string_view text, std::size_t at) {
    const unsigned char c = static_cast<unsigned char>(text[at]);
    if (c == ' ' || c == '\t')
        return 1;
    if (c == 0xC2 && at + 1 < text.size() && static_cast<unsigned char>(text[at + 1]) == 0xA0)
        return 2; // U+00A0 no-break space
    if (c == 0xE2 && at + 2 < text.size() && static_cast<unsigned char>(text[at + 1]) == 0x80) {
        const unsigned char third = static_cast<unsigned char>(text[at + 2]);
        if (third == 0x89 || third == 0xAF || third == 0x88)
            return 3; // U+2009 thin, U+202F narrow no-break, U+2008 punctuation space
    }
    return 0;
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char a = text[i];
        if (a >= 'A' && a <= 'Z')
            a = static_cast<char>(a - 'A' + 'a');
        if (a != prefix[i])
            return false;
    }
    return true;
}

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Strips currency words and signs at either end: "US$ 0,00", "1.234,50 €", "EUR 12".
std::string_view strip_currency(std::string_view text) {
    static const std::string_view signs[] = {"us$", "eur", "usd", "chf", "gbp",
                                             "€",   "$",   "£",   "fr.", "sfr"};
    bool changed = true;
    while (changed) {
        changed = false;
        text = trim_spaces(text);
        for (const std::string_view sign : signs) {
            if (starts_with_ci(text, sign)) {
                text.remove_prefix(sign.size());
                changed = true;
            } else if (text.size() >= sign.size() &&
                       starts_with_ci(text.substr(text.size() - sign.size()), sign)) {
                text.remove_suffix(sign.size());
                changed = true;
            }
        }
    }
    return text;
}

// "00:01:19" or "1:19": h:mm:ss or m:ss.
bool parse_clock(std::string_view text, double& seconds) {
    double parts[3];
    int count = 0;
    std::size_t i = 0;
    while (i <= text.size()) {
        std::size_t start = i;
        while (i < text.size() && is_digit(text[i]))
            ++i;
        if (i == start || count == 3)
            return false;
        parts[count++] = std::atof(std::string(text.substr(start, i - start)).c_str());
        if (i == text.size())
            break;
        if (text[i] != ':')
            return false;
        ++i;
    }
    if (count < 2)
        return false;
    for (int k = 1; k < count; ++k)
        if (parts[k] >= 60)
            return false;
    seconds = count == 3 ? parts[0] * 3600 + parts[1] * 60 + parts[2] : parts[0] * 60 + parts[1];
    return true;
}

// "4 min 31s", "83 s", "1 h 5 min", "2 Std 3 Min": number-unit pairs.
bool parse_unit_duration(std::string_view text, double& seconds) {
    const std::string lower = lower_ascii(text);
    std::size_t i = 0;
    double total = 0;
    int pairs = 0;
    while (i < lower.size()) {
        while (i < lower.size() && lower[i] == ' ')
            ++i;
        if (i == lower.size())
            break;
        std::size_t start = i;
        while (i < lower.size() && (is_digit(lower[i]) || lower[i] == '.' || lower[i] == ','))
            ++i;
        if (i == start)
            return false;
        std::string number = lower.substr(start, i - start);
        for (char& c : number)
            if (c == ',')
                c = '.';
        const double amount = std::atof(number.c_str());
        while (i < lower.size() && lower[i] == ' ')
            ++i;
        std::size_t unit_start = i;
        while (i < lower.size() && lower[i] >= 'a' && lower[i] <= 'z')
            ++i;
        const std::string unit = lower.substr(unit_start, i - unit_start);
        double factor = 0;
        if (unit == "s" || unit == "sec" || unit == "secs" || unit == "sek" || unit == "seconds" ||
            unit == "sekunden")
            factor = 1;
        else if (unit == "m" || unit == "min" || unit == "mins" || unit == "minutes" ||
                 unit == "minuten")
            factor = 60;
        else if (unit == "h" || unit == "std" || unit == "hours" || unit == "stunden")
            factor = 3600;
        else
            return false;
        total += amount * factor;
        ++pairs;
    }
    if (pairs == 0)
        return false;
    seconds = total;
    return true;
}

struct NumericCore {
    std::string digits; // digits and separators only, signs and units removed
    bool negative = false;
    bool percent = false;
    bool valid = false;
};

// Removes sign, percent and currency; keeps digits and the separators between them.
NumericCore numeric_core(std::string_view text) {
    NumericCore core;
    // Digits and separators only, the common cell: nothing to strip (the same result as below).
    if (!text.empty() && std::all_of(text.begin(), text.end(),
                                     [](char c) { return is_digit(c) || c == '.' || c == ','; })) {
        core.digits = std::string(text);
        core.valid = is_digit(core.digits.back());
        return core;
    }
    text = trim_spaces(text);
    if (text.size() >= 2 && text.front() == '(' && text.back() == ')') {
        core.negative = true; // accounting style: (12,50)
        text = text.substr(1, text.size() - 2);
    }
    text = strip_currency(text);
    if (!text.empty() && text.back() == '%') {
        core.percent = true;
        text.remove_suffix(1);
        text = strip_currency(text);
    }
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        core.negative = core.negative != (text.front() == '-');
        text.remove_prefix(1);
    } else if (text.substr(0, 3) == "\xE2\x88\x92") { // U+2212 minus sign
        core.negative = !core.negative;
        text.remove_prefix(3);
    }
    text = strip_currency(text);

    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (is_digit(c) || c == '.' || c == ',' || c == '\'') {
            core.digits += c;
            ++i;
        } else if (text.substr(i, 3) == "\xE2\x80\x99") { // ’ as Swiss thousands mark
            core.digits += '\'';
            i += 3;
        } else if (const std::size_t len = space_length(text, i)) {
            core.digits += ' ';
            i += len;
        } else if ((c == 'e' || c == 'E') && i + 1 < text.size()) {
            core.digits += 'e'; // exponent, as some exports write 1.5e+06
            ++i;
            if (text[i] == '+' || text[i] == '-')
                core.digits += text[i++];
        } else {
            return core;
        }
    }
    core.valid =
        !core.digits.empty() && is_digit(core.digits.back()) &&
        (is_digit(core.digits.front()) || core.digits.front() == '.' || core.digits.front() == ',');
    return core;
}

enum class Evidence { None, Comma, Point, AmbiguousComma, AmbiguousPoint };

Evidence separator_evidence(std::string_view digits) {
    const std::size_t commas = std::count(digits.begin(), digits.end(), ',');
    const std::size_t points = std::count(digits.begin(), digits.end(), '.');
    if (commas > 0 && points > 0)
        return digits.find_last_of(',') > digits.find_last_of('.') ? Evidence::Comma
                                                                   : Evidence::Point;
    if (commas + points == 0)
        return Evidence::None;

    const char sep = commas > 0 ? ',' : '.';
    if (commas + points > 1)
        return sep == ',' ? Evidence::Point : Evidence::Comma; // repeated = thousands
    const std::size_t at = digits.find(sep);
    const std::size_t after = digits.size() - at - 1;
    const bool group_like = after == 3 && at >= 1 && at <= 3 && digits[0] != '0' &&
                            digits.find_first_of(" '") == std::string_view::npos;
    if (group_like)
        return sep == ',' ? Evidence::AmbiguousComma : Evidence::AmbiguousPoint;
    return sep == ',' ? Evidence::Comma : Evidence::Point;
}

// Digit groups after the first must have exactly three digits: "1.234.567", not "1.23.4".
bool valid_grouping(const std::string& integer_part, char thousands) {
    std::size_t group = 0;
    bool seen_separator = false;
    for (std::size_t i = integer_part.size(); i-- > 0;) {
        const char c = integer_part[i];
        if (is_digit(c)) {
            ++group;
        } else if (c == thousands || c == ' ' || c == '\'') {
            if (group != 3)
                return false;
            group = 0;
            seen_separator = true;
        } else {
            return false;
        }
    }
    return !seen_separator || (group >= 1 && group <= 3);
}

} // namespace

std::string_view trim_spaces_slowly(std::string_view text) {
    while (!text.empty()) {
        const std::size_t len = space_length(text, 0);
        if (len == 0 && text.front() != '\r' && text.front() != '\n')
            break;
        text.remove_prefix(len == 0 ? 1 : len);
    }
    while (!text.empty()) {
        std::size_t len = 0;
        const char last = text.back();
        if (last == ' ' || last == '\t' || last == '\r' || last == '\n')
            len = 1;
        else if (text.size() >= 2 && text.substr(text.size() - 2) == "\xC2\xA0")
            len = 2;
        else if (text.size() >= 3 && (text.substr(text.size() - 3) == "\xE2\x80\x89" ||
                                      text.substr(text.size() - 3) == "\xE2\x80\xAF"))
            len = 3;
        if (len == 0)
            break;
        text.remove_suffix(len);
    }
    return text;
}

std::optional<bool> parse_yes_no(std::string_view text) {
    const std::string lower = lower_ascii(trim_spaces(text));
    if (lower == "true" || lower == "yes" || lower == "ja" || lower == "wahr" || lower == "y" ||
        lower == "j" || lower == "x" || lower == "1")
        return true;
    if (lower == "false" || lower == "no" || lower == "nein" || lower == "falsch" || lower == "n" ||
        lower == "0")
        return false;
    return std::nullopt;
}

bool is_missing_marker(std::string_view text) {
    if (!text.empty() && is_digit(text.front()))
        return false; // the common case in big files: a number
    text = trim_spaces(text);
    if (text.empty() || text == "-" || text == "\xE2\x80\x93" || text == "--" || text == "?")
        return true;
    const std::string lower = lower_ascii(text);
    return lower == "na" || lower == "n/a" || lower == "null" || lower == "none" ||
           lower == "nan" || lower == "#n/a" || lower == "k.a." || lower == "k. a.";
}

CellNumber parse_cell(std::string_view text, char decimal_separator);

// A number with a thousand/million/billion suffix. Upper-case M only: a lower-case "m" is
// minutes in a duration. Case matters for B (billion) too.
std::optional<double> parse_abbreviated(std::string_view text, char decimal_separator) {
    struct Suffix {
        std::string_view text;
        double factor;
    };
    static const Suffix suffixes[] = {{"Tsd.", 1e3}, {"Tsd", 1e3}, {"k", 1e3}, {"K", 1e3},
                                      {"Mio.", 1e6}, {"Mio", 1e6}, {"M", 1e6}, {"Mrd.", 1e9},
                                      {"Mrd", 1e9},  {"B", 1e9},   {"bn", 1e9}};
    text = trim_spaces(text);
    for (const Suffix& suffix : suffixes) {
        if (text.size() <= suffix.text.size() ||
            text.substr(text.size() - suffix.text.size()) != suffix.text)
            continue;
        const std::string_view number =
            trim_spaces(text.substr(0, text.size() - suffix.text.size()));
        if (number.empty() || !is_digit(number.back()))
            return std::nullopt;
        const CellNumber base = parse_cell(number, decimal_separator);
        if (base.kind != CellKind::Number || base.percent || base.duration)
            return std::nullopt;
        return base.value * suffix.factor;
    }
    return std::nullopt;
}

CellNumber parse_cell(std::string_view text, char decimal_separator) {
    CellNumber cell;
    // Only the column's own decimal separator is accepted here, so "5.000" in a comma column
    // still goes the long way and reads as five thousand.
    if (parse_plain_number(text, decimal_separator, cell.value)) {
        cell.kind = CellKind::Number;
        return cell;
    }
    if (is_missing_marker(text))
        return cell;
    text = trim_spaces(text);

    double seconds = 0;
    if (text.find(':') != std::string_view::npos && parse_clock(text, seconds)) {
        cell.kind = CellKind::Number;
        cell.value = seconds;
        cell.duration = true;
        return cell;
    }

    NumericCore core = numeric_core(text);
    if (!core.valid) {
        // "1.2M" followers, "3K" likes, "1,5 Mio." views: social exports abbreviate big counts.
        if (const auto multiplied = parse_abbreviated(text, decimal_separator)) {
            cell.kind = CellKind::Number;
            cell.value = *multiplied;
            return cell;
        }
        if (parse_unit_duration(text, seconds)) {
            cell.kind = CellKind::Number;
            cell.value = seconds;
            cell.duration = true;
            return cell;
        }
        cell.kind = CellKind::Text;
        return cell;
    }

    const char thousands = decimal_separator == ',' ? '.' : ',';
    std::string mantissa = core.digits;
    std::string exponent;
    if (const std::size_t e = mantissa.find('e'); e != std::string::npos) {
        exponent = mantissa.substr(e);
        mantissa.resize(e);
    }

    const std::size_t decimal_at = mantissa.find(decimal_separator);
    if (decimal_at != std::string::npos &&
        mantissa.find(decimal_separator, decimal_at + 1) != std::string::npos) {
        cell.kind = CellKind::Text; // two decimal separators: not in this column's format
        return cell;
    }
    const std::string integer_part = mantissa.substr(0, decimal_at);
    const std::string fraction =
        decimal_at == std::string::npos ? "" : mantissa.substr(decimal_at + 1);
    if (fraction.find_first_not_of("0123456789") != std::string::npos ||
        !valid_grouping(integer_part, thousands)) {
        cell.kind = CellKind::Text;
        return cell;
    }

    std::string plain;
    for (const char c : integer_part)
        if (is_digit(c))
            plain += c;
    if (plain.empty())
        plain = "0";
    if (!fraction.empty())
        plain += "." + fraction;
    plain += exponent;

    char* end = nullptr;
    const double value = std::strtod(plain.c_str(), &end);
    if (end == plain.c_str() || *end != '\0' || !std::isfinite(value)) {
        cell.kind = CellKind::Text;
        return cell;
    }
    cell.kind = CellKind::Number;
    cell.value = core.negative ? -value : value;
    cell.percent = core.percent;
    return cell;
}

// Cells of only digits and separators, ending in a digit (nearly all of a big file's head),
// are judged as they stand: numeric_core would copy them unchanged.
DecimalDecision decide_decimal(const std::vector<std::string_view>& cells, bool is_count,
                               char fallback) {
    long comma = 0;
    long point = 0;
    long ambiguous_comma = 0;
    long ambiguous_point = 0;
    for (const std::string_view text : cells) {
        Evidence evidence = Evidence::None;
        if (!text.empty() && is_digit(text.back()) &&
            std::all_of(text.begin(), text.end(),
                        [](char c) { return is_digit(c) || c == '.' || c == ','; })) {
            evidence = separator_evidence(text);
        } else {
            if (is_missing_marker(text) || text.find(':') != std::string_view::npos)
                continue;
            const NumericCore core = numeric_core(text);
            if (!core.valid)
                continue;
            evidence = separator_evidence(core.digits);
        }
        switch (evidence) {
        case Evidence::Comma:
            ++comma;
            break;
        case Evidence::Point:
            ++point;
            break;
        case Evidence::AmbiguousComma:
            ++ambiguous_comma;
            break;
        case Evidence::AmbiguousPoint:
            ++ambiguous_point;
            break;
        case Evidence::None:
            break;
        }
    }

    if (comma > 0 || point > 0)
        return {comma >= point ? ',' : '.', true};
    if (is_count && (ambiguous_comma > 0 || ambiguous_point > 0))
        return {ambiguous_point >= ambiguous_comma ? ',' : '.', true};
    return {fallback, false};
}

} // namespace engage
