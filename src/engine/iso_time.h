// Dates and times as the analytics units read them: ISO 8601 dates and timestamps, Unix
// seconds and milliseconds, and the time field of Apache/Nginx access logs.
//
// Contract:
// - Timestamps are whole seconds since 1970-01-01 00:00:00 UTC. A time written with an offset
//   ("+02:00", "+0200", "Z") is converted to UTC; a time without one is taken as written
//   (only differences matter for sessions, and the file gives no zone to convert from).
// - Parsers return nullopt for anything they do not fully understand, including impossible
//   dates such as 2023-02-30; they never throw.
// - Civil-date arithmetic is proleptic Gregorian, valid far beyond any log's range.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace engage {

struct CivilDate {
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31

    bool operator==(const CivilDate& other) const {
        return year == other.year && month == other.month && day == other.day;
    }
    bool operator<(const CivilDate& other) const {
        if (year != other.year)
            return year < other.year;
        if (month != other.month)
            return month < other.month;
        return day < other.day;
    }
};

// Days since 1970-01-01 and back (H. Hinnant's public-domain algorithms).
std::int64_t days_from_civil(const CivilDate& date);
CivilDate civil_from_days(std::int64_t days);

// 0 = Monday ... 6 = Sunday, as ISO 8601 counts.
int iso_weekday(const CivilDate& date);

// "2024-05-17".
std::string format_iso_date(const CivilDate& date);

// "2024-05-17", or the date part of an ISO timestamp ("2024-05-17T10:00:00Z",
// "2024-05-17 10:00"). The calendar date as written, with no zone conversion.
std::optional<CivilDate> parse_iso_date(std::string_view text);

// "2024-05-17T10:05:03Z", "2024-05-17 10:05", "2024-05-17T10:05:03.250+02:00", a bare date
// (midnight), or Unix time as 9-10 digits (seconds) or 12-13 digits (milliseconds).
std::optional<std::int64_t> parse_timestamp(std::string_view text);

// The access-log time field without brackets: "17/May/2015:10:05:03 +0000".
std::optional<std::int64_t> parse_access_log_time(std::string_view text);

} // namespace engage
