#include <catch2/catch.hpp>

#include <cstdio>
#include <optional>

#include "engine/date_format.h"

using namespace engage;

namespace {

constexpr std::int64_t day = 86400;
// 2024-05-17 00:00 UTC
constexpr std::int64_t may17 = 19860 * day;

} // namespace

TEST_CASE("date orders are decided from all values", "[date_format]") {
    CHECK(decide_date_order({"2024-05-17", "2024-05-18"}).order == DateOrder::Iso);
    CHECK(decide_date_order({"17.05.2024", "01.06.2024"}).order == DateOrder::DayMonthYear);
    const DateDecision us = decide_date_order({"5/17/2024", "6/1/2024"});
    CHECK(us.order == DateOrder::MonthDayYear);
    CHECK_FALSE(us.ambiguous);
    const DateDecision uk = decide_date_order({"17/05/2024", "01/06/2024"});
    CHECK(uk.order == DateOrder::DayMonthYear);
    CHECK_FALSE(uk.ambiguous);
    CHECK(decide_date_order({"1715904000", "1715990400"}).order == DateOrder::Unix);
}

TEST_CASE("day and month that cannot be told apart are flagged", "[date_format]") {
    const DateDecision decision = decide_date_order({"11/1/2019 8:51:12", "11/2/2019 9:00:00"});
    CHECK(decision.order == DateOrder::MonthDayYear);
    CHECK(decision.ambiguous);
}

TEST_CASE("dates parse to Unix seconds", "[date_format]") {
    CHECK(parse_date("2024-05-17", DateOrder::Iso) == may17);
    CHECK(parse_date("17.05.2024", DateOrder::DayMonthYear) == may17);
    CHECK(parse_date("5/17/2024", DateOrder::MonthDayYear) == may17);
    CHECK(parse_date("5/17/24", DateOrder::MonthDayYear) == may17);
    CHECK(parse_date("17.05.2024 08:30", DateOrder::DayMonthYear) == may17 + 8 * 3600 + 1800);
    CHECK(parse_date("1715904000", DateOrder::Unix) == may17);
    CHECK(parse_date("1715904000000", DateOrder::Unix) == may17);
}

TEST_CASE("impossible dates and other text are not guessed", "[date_format]") {
    CHECK_FALSE(parse_date("30.02.2024", DateOrder::DayMonthYear));
    CHECK_FALSE(parse_date("13/13/2024", DateOrder::MonthDayYear));
    CHECK_FALSE(parse_date("Feb", DateOrder::Iso));
    CHECK(decide_date_order({"Jan", "Feb", "Mar"}).order == DateOrder::Unknown);
}

TEST_CASE("month lengths and leap years follow the Gregorian calendar", "[date_format]") {
    CHECK(parse_date("29.02.2024", DateOrder::DayMonthYear) == may17 - 78 * day);
    CHECK_FALSE(parse_date("29.02.2023", DateOrder::DayMonthYear));
    CHECK_FALSE(parse_date("29.02.2100", DateOrder::DayMonthYear)); // a century, not leap
    CHECK(parse_date("29.02.2000", DateOrder::DayMonthYear));       // every 400 years, leap
    CHECK_FALSE(parse_date("31.04.2024", DateOrder::DayMonthYear));
    CHECK_FALSE(parse_date("00.05.2024", DateOrder::DayMonthYear));
    CHECK_FALSE(parse_date("17.00.2024", DateOrder::DayMonthYear));
    CHECK_FALSE(parse_date("32.01.2024", DateOrder::DayMonthYear));
    CHECK(parse_date("31.12.2024", DateOrder::DayMonthYear) == 20088 * day);
}

TEST_CASE("the ten-character form reads like every other form of a date", "[date_format]") {
    // dd.mm.yyyy and mm/dd/yyyy have a fast reader; "7.5.2024", "07.05.24" and a time after the
    // date take the general one. Every day and non-day of a leap year must agree.
    for (int month = 1; month <= 12; ++month) {
        for (int d = 1; d <= 31; ++d) {
            char ten[16];
            char short_form[24];
            std::snprintf(ten, sizeof ten, "%02d.%02d.2024", d, month);
            std::snprintf(short_form, sizeof short_form, "%d.%d.2024 00:00", d, month);
            INFO(ten);
            CHECK(parse_date(ten, DateOrder::DayMonthYear) ==
                  parse_date(short_form, DateOrder::DayMonthYear));
            std::snprintf(ten, sizeof ten, "%02d/%02d/2024", month, d);
            std::snprintf(short_form, sizeof short_form, "%d/%d/2024", month, d);
            CHECK(parse_date(ten, DateOrder::MonthDayYear) ==
                  parse_date(short_form, DateOrder::MonthDayYear));
        }
    }
    CHECK_FALSE(parse_date("17.05-2024", DateOrder::DayMonthYear));
    CHECK_FALSE(parse_date("1a.05.2024", DateOrder::DayMonthYear));
}
