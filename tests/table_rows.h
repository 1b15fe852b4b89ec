// Test fixtures: rows written as literals added to an engage::Table, as a reader adds them.
#pragma once

#include <cassert>
#include <string>
#include <vector>

#include "engine/table.h"

namespace engage::testing {

// `source_rows` empty: each row takes the record number after the previous one (table.h).
inline void add_rows(engage::Table& table, const std::vector<std::vector<std::string>>& rows,
                     const std::vector<long>& source_rows = {}) {
    assert((source_rows.empty() || source_rows.size() == rows.size()) &&
           "add_rows: one source row per row, or none");
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (source_rows.empty())
            table.add_row(rows[r]);
        else
            table.add_row(rows[r], source_rows[r]);
    }
}

} // namespace engage::testing
