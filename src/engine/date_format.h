// Date formats in metric exports: ISO, "dd.mm.yyyy", "m/d/yyyy" (or "d/m/yyyy"), Unix time.
//
// Contract:
// - A column's order is decided once from all its values (`decide_date_order`): dots mean
//   day.month.year (German); with slashes, a first number above 12 means day/month, a second
//   above 12 means month/day. When no value tells them apart the column is `ambiguous`: it is
//   read as month/day (the slash habit of US exports) and the caller reports it.
// - Two-digit years are 2000-2099 ("11/1/19").
// - An optional time "8:51:12" or "21:57 +0000" may follow; `parse_date` returns Unix seconds.
// - Anything not understood is nullopt, never a guess.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace engage {

enum class DateOrder { Iso, DayMonthYear, MonthDayYear, Unix, Unknown };

struct DateDecision {
    DateOrder order = DateOrder::Unknown;
    bool ambiguous = false;  // slashes, and no value with a day above 12
    long parsed = 0;         // values readable in that order
    long unreadable = 0;     // non-empty values that are not dates in any order
};

DateDecision decide_date_order(const std::vector<std::string_view>& cells);

std::optional<std::int64_t> parse_date(std::string_view text, DateOrder order);

const char* date_order_id(DateOrder order); // "iso", "d.m.y", "m/d/y", "unix", "unknown"
DateOrder date_order_from_id(std::string_view id);

} // namespace engage
