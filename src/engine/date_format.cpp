#include "engine/date_format.h"

#include <algorithm>
#include <string>

#include "engine/iso_time.h"
#include "engine/number_format.h"

namespace engage {
namespace {

struct Parts {
    int first = 0;
    int second = 0;
    int year = 0;
    char separator = 0;
    std::string_view rest; // the time part, if any
};

bool read_int(std::string_view text, std::size_t& at, int& value, int max_digits) {
    const std::size_t start = at;
    value = 0;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9' &&
           at - start < static_cast<std::size_t>(max_digits)) {
        value = value * 10 + (text[at] - '0');
        ++at;
    }
    return at > start;
}

// "11.05.2024", "5/17/24", "17/05/2024 08:51:12".
std::optional<Parts> split_numeric_date(std::string_view text) {
    Parts parts;
    std::size_t at = 0;
    if (!read_int(text, at, parts.first, 2) || at >= text.size())
        return std::nullopt;
    parts.separator = text[at];
    if (parts.separator != '.' && parts.separator != '/' && parts.separator != '-')
        return std::nullopt;
    ++at;
    if (!read_int(text, at, parts.second, 2) || at >= text.size() || text[at] != parts.separator)
        return std::nullopt;
    ++at;
    const std::size_t year_start = at;
    if (!read_int(text, at, parts.year, 4))
        return std::nullopt;
    const std::size_t digits = at - year_start;
    if (digits == 2)
        parts.year += 2000;
    else if (digits != 4)
        return std::nullopt;
    parts.rest = text.substr(at);
    return parts;
}

// "8:51:12", " 21:57 +0000", "T10:00": seconds after midnight, or nullopt when malformed.
std::optional<int> time_of_day(std::string_view rest) {
    rest = trim_spaces(rest);
    if (rest.empty())
        return 0;
    if (rest.front() == 'T')
        rest.remove_prefix(1);
    std::size_t at = 0;
    int hours = 0;
    int minutes = 0;
    int seconds = 0;
    if (!read_int(rest, at, hours, 2) || at >= rest.size() || rest[at] != ':')
        return std::nullopt;
    ++at;
    if (!read_int(rest, at, minutes, 2))
        return std::nullopt;
    if (at < rest.size() && rest[at] == ':') {
        ++at;
        if (!read_int(rest, at, seconds, 2))
            return std::nullopt;
    }
    if (hours > 23 || minutes > 59 || seconds > 60)
        return std::nullopt;
    // FIXME-DATES: a zone offset after the time ("+0000") is accepted but not applied.
    return hours * 3600 + minutes * 60 + seconds;
}

// The proleptic Gregorian calendar's month lengths, as days_from_civil counts them.
bool valid_civil(int year, int month, int day) {
    static constexpr int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= (month == 2 && leap ? 29 : month_days[month - 1]);
}

int two_digits(const char* p) {
    return (p[0] - '0') * 10 + (p[1] - '0');
}

bool digits_at(std::string_view text, std::size_t at, std::size_t count) {
    for (std::size_t i = at; i < at + count; ++i)
        if (text[i] < '0' || text[i] > '9')
            return false;
    return true;
}

// "17.05.2024", "05/17/2024": the ten-character form of nearly every row of a big export,
// read without the general splitter. nullopt means "not this form", not "not a date".
std::optional<Parts> split_ten_character_date(std::string_view text) {
    if (text.size() != 10)
        return std::nullopt;
    const char separator = text[2];
    if ((separator != '.' && separator != '/' && separator != '-') || text[5] != separator ||
        !digits_at(text, 0, 2) || !digits_at(text, 3, 2) || !digits_at(text, 6, 4))
        return std::nullopt;
    Parts parts;
    parts.first = two_digits(text.data());
    parts.second = two_digits(text.data() + 3);
    parts.year = two_digits(text.data() + 6) * 100 + two_digits(text.data() + 8);
    parts.separator = separator;
    return parts;
}

std::optional<std::int64_t> from_parts(const Parts& parts, bool day_first) {
    const int day = day_first ? parts.first : parts.second;
    const int month = day_first ? parts.second : parts.first;
    if (!valid_civil(parts.year, month, day))
        return std::nullopt;
    const auto seconds = time_of_day(parts.rest);
    if (!seconds)
        return std::nullopt;
    return days_from_civil({parts.year, month, day}) * 86400 + *seconds;
}

bool looks_iso(std::string_view text) {
    return text.size() >= 10 && text[4] == '-' && text[7] == '-';
}

bool all_digits(std::string_view text) {
    if (text.empty())
        return false;
    for (const char c : text)
        if (c < '0' || c > '9')
            return false;
    return true;
}

} // namespace

const char* date_order_id(DateOrder order) {
    switch (order) {
    case DateOrder::Iso:
        return "iso";
    case DateOrder::DayMonthYear:
        return "d.m.y";
    case DateOrder::MonthDayYear:
        return "m/d/y";
    case DateOrder::Unix:
        return "unix";
    case DateOrder::Unknown:
        return "unknown";
    }
    return "unknown";
}

DateOrder date_order_from_id(std::string_view id) {
    for (const DateOrder order :
         {DateOrder::Iso, DateOrder::DayMonthYear, DateOrder::MonthDayYear, DateOrder::Unix})
        if (id == date_order_id(order))
            return order;
    return DateOrder::Unknown;
}

DateDecision decide_date_order(const std::vector<std::string_view>& cells) {
    long iso = 0;
    long unix_time = 0;
    long dotted = 0;
    long slashed = 0;
    long day_first = 0;
    long month_first = 0;
    long unreadable = 0;
    for (std::string_view text : cells) {
        text = trim_spaces(text);
        if (is_missing_marker(text))
            continue;
        if (looks_iso(text) && parse_timestamp(text)) {
            ++iso;
        } else if (all_digits(text) && (text.size() == 10 || text.size() == 13)) {
            ++unix_time;
        } else if (const auto parts = split_numeric_date(text)) {
            if (parts->separator == '.') {
                ++dotted;
            } else {
                ++slashed;
                if (parts->first > 12 && parts->second <= 12)
                    ++day_first;
                else if (parts->second > 12 && parts->first <= 12)
                    ++month_first;
            }
        } else {
            ++unreadable;
        }
    }

    DateDecision decision;
    decision.unreadable = unreadable;
    const long best = std::max({iso, unix_time, dotted, slashed});
    if (best == 0)
        return decision;
    if (best == iso) {
        decision.order = DateOrder::Iso;
    } else if (best == unix_time) {
        decision.order = DateOrder::Unix;
    } else if (best == dotted) {
        decision.order = DateOrder::DayMonthYear;
    } else {
        decision.order =
            day_first > month_first ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
        decision.ambiguous = day_first == 0 && month_first == 0;
    }
    decision.parsed = best;
    decision.unreadable += iso + unix_time + dotted + slashed - best;
    return decision;
}

std::optional<std::int64_t> parse_date(std::string_view text, DateOrder order) {
    text = trim_spaces(text);
    switch (order) {
    case DateOrder::Iso:
    case DateOrder::Unix:
        return parse_timestamp(text);
    case DateOrder::DayMonthYear:
    case DateOrder::MonthDayYear: {
        auto parts = split_ten_character_date(text);
        if (!parts)
            parts = split_numeric_date(text);
        if (!parts)
            return std::nullopt;
        return from_parts(*parts, order == DateOrder::DayMonthYear || parts->separator == '.');
    }
    case DateOrder::Unknown:
        break;
    }
    return std::nullopt;
}

} // namespace engage
