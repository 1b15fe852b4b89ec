// Writing numbers for people: "5.000" and "5,0 %" in German, "5,000" and "5.0 %" in English.
//
// Contract:
// - `decimals` is fixed (rounded half away from zero); no scientific notation.
// - German uses "." for thousands and "," for decimals; English the reverse.
// - Percent signs follow a space in both languages (DIN 5008 style): "5,0 %" / "5.0 %".
// - Counts shown to people are grouped like every other number ("1,143 rows" / "1.143 Zeilen")
//   and their noun is singular for exactly one ("1 row" / "1 Zeile").
// - A value that is not finite is a programmer error (asserted): callers check `defined` first.
#pragma once

#include "engine/localized.h"

#include <string>

namespace engage {

std::string format_number(double value, Language language, int decimals);
std::string format_percent(double percent, Language language, int decimals = 1);
// Seconds as h:mm:ss, or m:ss under an hour.
std::string format_duration(double seconds);

// Decimals that keep a small share readable: 0.0179 %, not 0.0 %; one decimal from 1 % up.
int percent_decimals(double percent);

// Both languages at once, for formulas built in the engine.
Localized localized_number(double value, int decimals);
Localized localized_percent(double percent, int decimals = 1);
// A whole count, grouped: "1,143" / "1.143".
Localized localized_count(long long count);
// A count with its noun: counted(1, {"row", "Zeile"}, {"rows", "Zeilen"}) is "1 row" /
// "1 Zeile", with 1143 "1,143 rows" / "1.143 Zeilen".
Localized counted(long long count, const Localized& singular, const Localized& plural);

} // namespace engage
