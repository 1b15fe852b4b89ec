#include "engine/number_text.h"

#include <cassert>
#include <cmath>
#include <cstdio>

namespace engage {

std::string format_number(double value, Language language, int decimals) {
    assert(std::isfinite(value) && "format_number needs a finite value; check `defined` first");

    // printf rounds an exact tie to even (3634.5 -> "3634", 1235.5 -> "1236"); people and
    // spreadsheets round half away from zero, so ties are settled here first.
    const double scale = std::pow(10.0, decimals);
    if (decimals >= 0 && decimals <= 15 && std::fabs(value) * scale < 1e15)
        value = std::round(value * scale) / scale;

    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string plain(buffer);
    if (plain == "-0" || plain.find_first_not_of("-0.") == std::string::npos)
        plain.erase(0, plain[0] == '-' ? 1 : 0);

    const bool negative = !plain.empty() && plain[0] == '-';
    const std::size_t digits_begin = negative ? 1 : 0;
    const std::size_t point = plain.find('.');
    const std::string integer = plain.substr(digits_begin, point - digits_begin);
    const std::string fraction = point == std::string::npos ? "" : plain.substr(point + 1);

    const char thousands = language == Language::German ? '.' : ',';
    const char decimal = language == Language::German ? ',' : '.';
    std::string grouped;
    for (std::size_t i = 0; i < integer.size(); ++i) {
        if (i > 0 && (integer.size() - i) % 3 == 0)
            grouped += thousands;
        grouped += integer[i];
    }

    std::string result = negative ? "-" + grouped : grouped;
    if (!fraction.empty())
        result += decimal + fraction;
    return result;
}

std::string format_percent(double percent, Language language, int decimals) {
    return format_number(percent, language, decimals) + " %";
}

std::string format_duration(double seconds) {
    assert(std::isfinite(seconds));
    long total = std::lround(seconds);
    const bool negative = total < 0;
    if (negative)
        total = -total;
    char buffer[32];
    if (total >= 3600)
        std::snprintf(buffer, sizeof buffer, "%s%ld:%02ld:%02ld", negative ? "-" : "", total / 3600,
                      (total / 60) % 60, total % 60);
    else
        std::snprintf(buffer, sizeof buffer, "%s%ld:%02ld", negative ? "-" : "", total / 60,
                      total % 60);
    return buffer;
}

int percent_decimals(double percent) {
    const double magnitude = std::fabs(percent);
    if (!std::isfinite(magnitude) || magnitude >= 1.0 || magnitude == 0.0)
        return 1;
    // Three significant digits, up to five decimals: 0.0179 % has four.
    const int decimals = 2 - static_cast<int>(std::floor(std::log10(magnitude)));
    return decimals > 5 ? 5 : decimals;
}

Localized localized_number(double value, int decimals) {
    return {format_number(value, Language::English, decimals),
            format_number(value, Language::German, decimals)};
}

Localized localized_percent(double percent, int decimals) {
    return {format_percent(percent, Language::English, decimals),
            format_percent(percent, Language::German, decimals)};
}

Localized localized_count(long long count) {
    return localized_number(static_cast<double>(count), 0);
}

Localized counted(long long count, const Localized& singular, const Localized& plural) {
    const Localized number = localized_count(count);
    const Localized& noun = count == 1 ? singular : plural;
    return {number.en + " " + noun.en, number.de + " " + noun.in(Language::German)};
}

} // namespace engage
