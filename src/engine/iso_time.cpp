#include "engine/iso_time.h"

#include <cstdio>

namespace engage {

std::int64_t days_from_civil(const CivilDate& date) {
    // http://howardhinnant.github.io/date_algorithms.html, days_from_civil.
    const std::int64_t y = static_cast<std::int64_t>(date.year) - (date.month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t year_of_era = y - era * 400;
    const std::int64_t month = date.month;
    const std::int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
    const std::int64_t day_of_era =
        year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

CivilDate civil_from_days(std::int64_t days) {
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t day_of_era = z - era * 146097;
    const std::int64_t year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const std::int64_t day_of_year =
        day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const std::int64_t mp = (5 * day_of_year + 2) / 153;
    const std::int64_t day = day_of_year - (153 * mp + 2) / 5 + 1;
    const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
    return {static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
}

int iso_weekday(const CivilDate& date) {
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    const std::int64_t days = days_from_civil(date);
    const std::int64_t weekday = (days + 3) % 7;
    return static_cast<int>(weekday < 0 ? weekday + 7 : weekday);
}

std::string format_iso_date(const CivilDate& date) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buffer;
}

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Reads exactly `count` digits at `pos`, advancing it.
std::optional<int> read_digits(std::string_view text, std::size_t& pos, std::size_t count) {
    if (pos + count > text.size())
        return std::nullopt;
    int value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (!is_digit(c))
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    pos += count;
    return value;
}

bool valid_date(const CivilDate& date) {
    if (date.month < 1 || date.month > 12 || date.day < 1)
        return false;
    // A date is real when it survives the round trip through the day count.
    return civil_from_days(days_from_civil(date)) == date;
}

bool valid_time(int hour, int minute, int second) {
    // 24:00 is not accepted: exports write 00:00 of the next day. 60 s allows a leap second.
    return hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second <= 60;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' ||
                             text.back() == '\n'))
        text.remove_suffix(1);
    return text;
}

std::optional<CivilDate> read_date(std::string_view text, std::size_t& pos) {
    const auto year = read_digits(text, pos, 4);
    if (!year || pos >= text.size() || text[pos++] != '-')
        return std::nullopt;
    const auto month = read_digits(text, pos, 2);
    if (!month || pos >= text.size() || text[pos++] != '-')
        return std::nullopt;
    const auto day = read_digits(text, pos, 2);
    if (!day)
        return std::nullopt;
    const CivilDate date{*year, *month, *day};
    if (!valid_date(date))
        return std::nullopt;
    return date;
}

// "Z", "+02:00", "+0200", "+02" -> offset in seconds east of UTC.
std::optional<std::int64_t> read_offset(std::string_view text, std::size_t& pos) {
    if (pos >= text.size())
        return 0;
    if (text[pos] == 'Z' || text[pos] == 'z') {
        ++pos;
        return 0;
    }
    if (text[pos] != '+' && text[pos] != '-')
        return std::nullopt;
    const int sign = text[pos++] == '-' ? -1 : 1;
    const auto hours = read_digits(text, pos, 2);
    if (!hours)
        return std::nullopt;
    int minutes = 0;
    if (pos < text.size()) {
        if (text[pos] == ':')
            ++pos;
        const auto read = read_digits(text, pos, 2);
        if (!read)
            return std::nullopt;
        minutes = *read;
    }
    if (*hours > 14 || minutes > 59)
        return std::nullopt;
    return sign * (static_cast<std::int64_t>(*hours) * 3600 + minutes * 60);
}

std::optional<std::int64_t> parse_unix_digits(std::string_view text) {
    if (text.empty() || text.size() > 13)
        return std::nullopt;
    std::int64_t value = 0;
    for (const char c : text) {
        if (!is_digit(c))
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    // 9-10 digits are seconds (2001..2286), 12-13 digits milliseconds; other lengths are
    // more likely ids or counts than times.
    if (text.size() == 9 || text.size() == 10)
        return value;
    if (text.size() == 12 || text.size() == 13)
        return value / 1000;
    return std::nullopt;
}

} // namespace

std::optional<CivilDate> parse_iso_date(std::string_view text) {
    text = trim(text);
    std::size_t pos = 0;
    const auto date = read_date(text, pos);
    if (!date)
        return std::nullopt;
    if (pos == text.size() || text[pos] == 'T' || text[pos] == ' ')
        return date;
    return std::nullopt;
}

std::optional<std::int64_t> parse_timestamp(std::string_view text) {
    text = trim(text);
    if (const auto unix_time = parse_unix_digits(text))
        return unix_time;

    std::size_t pos = 0;
    const auto date = read_date(text, pos);
    if (!date)
        return std::nullopt;
    const std::int64_t midnight = days_from_civil(*date) * 86400;
    if (pos == text.size())
        return midnight;
    if (text[pos] != 'T' && text[pos] != 't' && text[pos] != ' ')
        return std::nullopt;
    ++pos;

    const auto hour = read_digits(text, pos, 2);
    if (!hour || pos >= text.size() || text[pos++] != ':')
        return std::nullopt;
    const auto minute = read_digits(text, pos, 2);
    if (!minute)
        return std::nullopt;
    int second = 0;
    if (pos < text.size() && text[pos] == ':') {
        ++pos;
        const auto read = read_digits(text, pos, 2);
        if (!read)
            return std::nullopt;
        second = *read;
        // Fractions of a second are dropped: sessions and durations work in whole seconds.
        if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
            ++pos;
            const std::size_t start = pos;
            while (pos < text.size() && is_digit(text[pos]))
                ++pos;
            if (pos == start)
                return std::nullopt;
        }
    }
    if (!valid_time(*hour, *minute, second))
        return std::nullopt;

    while (pos < text.size() && text[pos] == ' ')
        ++pos;
    const auto offset = read_offset(text, pos);
    if (!offset || pos != text.size())
        return std::nullopt;
    return midnight + *hour * 3600 + *minute * 60 + second - *offset;
}

std::optional<std::int64_t> parse_access_log_time(std::string_view text) {
    // strftime "%d/%b/%Y:%H:%M:%S %z", with English month names whatever the server's locale.
    static constexpr const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    text = trim(text);
    std::size_t pos = 0;
    const auto day = read_digits(text, pos, 2);
    if (!day || pos + 4 > text.size() || text[pos++] != '/')
        return std::nullopt;
    int month = 0;
    for (int m = 0; m < 12; ++m)
        if (text.substr(pos, 3) == months[m])
            month = m + 1;
    if (month == 0)
        return std::nullopt;
    pos += 3;
    if (pos >= text.size() || text[pos++] != '/')
        return std::nullopt;
    const auto year = read_digits(text, pos, 4);
    if (!year || pos >= text.size() || text[pos++] != ':')
        return std::nullopt;
    const auto hour = read_digits(text, pos, 2);
    if (!hour || pos >= text.size() || text[pos++] != ':')
        return std::nullopt;
    const auto minute = read_digits(text, pos, 2);
    if (!minute || pos >= text.size() || text[pos++] != ':')
        return std::nullopt;
    const auto second = read_digits(text, pos, 2);
    if (!second || !valid_time(*hour, *minute, *second))
        return std::nullopt;
    const CivilDate date{*year, month, *day};
    if (!valid_date(date))
        return std::nullopt;

    while (pos < text.size() && text[pos] == ' ')
        ++pos;
    const auto offset = read_offset(text, pos);
    if (!offset || pos != text.size())
        return std::nullopt;
    return days_from_civil(date) * 86400 + *hour * 3600 + *minute * 60 + *second - *offset;
}

} // namespace engage
