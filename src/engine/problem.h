// Problem: something in the user's input that could not be used as it stands.
//
// Contract:
// - Bad data is a value, never an exception: readers and calculators return problems beside
//   their results, and nothing is dropped without a problem that says so.
// - `row` is the 1-based record number in the file as a spreadsheet shows it (the header is
//   usually row 1); 0 means the whole file. A record with a quoted newline is still one row.
// - `column` is the header name as written in the file (empty for a whole row or the file).
// - `message` says what is wrong and what was done about it, in both languages.
#pragma once

#include "engine/localized.h"

#include <string>
#include <string_view>
#include <vector>

namespace engage {

enum class Severity { Info, Warning, Error };

struct Problem {
    long row = 0;
    std::string column;
    Localized message;
    Severity severity = Severity::Warning;
    // True when the row (or a cell of it) was left out of a sum: counted as a skipped row.
    bool left_out = false;
};

using Problems = std::vector<Problem>;

// A cell as quoted in a message: long cells (a 50 MB line, a tweet) are cut after 60 bytes, at
// a character boundary, with "…", so a message stays a message. (problem_log.cpp)
std::string quote_cell(std::string_view text);

} // namespace engage
