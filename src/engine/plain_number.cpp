#include "engine/plain_number.h"

#include <cmath>
#include <cstdlib>
#include <string>

namespace engage {

std::string_view trim_cell(std::string_view text) {
    const char* blanks = " \t\r\n";
    const std::size_t begin = text.find_first_not_of(blanks);
    if (begin == std::string_view::npos)
        return {};
    const std::size_t end = text.find_last_not_of(blanks);
    return text.substr(begin, end - begin + 1);
}

std::optional<double> parse_plain_number(std::string_view text) {
    const std::string_view body = trim_cell(text);
    if (body.empty() || body.size() > 64)
        return std::nullopt;

    // Validate the shape first: strtod alone would accept "inf", "0x1p3" and "1e999".
    std::size_t i = (body[0] == '-' || body[0] == '+') ? 1 : 0;
    bool digits = false;
    bool point = false;
    for (; i < body.size(); ++i) {
        const char c = body[i];
        if (c >= '0' && c <= '9')
            digits = true;
        else if (c == '.' && !point)
            point = true;
        else
            return std::nullopt;
    }
    if (!digits)
        return std::nullopt;

    // The engine never calls setlocale, so strtod reads '.' as the decimal point.
    const std::string copy(body);
    const double value = std::strtod(copy.c_str(), nullptr);
    if (!std::isfinite(value))
        return std::nullopt;
    return value;
}

bool cell_is_yes(std::string_view text) {
    std::string lower(trim_cell(text));
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    if (lower == "1" || lower == "true" || lower == "yes" || lower == "ja" || lower == "wahr" ||
        lower == "x" || lower == "y")
        return true;
    const std::optional<double> number = parse_plain_number(lower);
    return number && *number > 0;
}

} // namespace engage
