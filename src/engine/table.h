// Table: the cells of one table after decoding and unquoting, as UTF-8 text.
//
// Contract:
// - `header` holds the column names; every row in `rows` has exactly header.size() cells
//   (readers pad short rows and report long ones as problems).
// - Cell text is as in the file after unquoting: no trimming, no number conversion. Meaning is
//   given to cells later (number_format.h, column_roles.h).
// - `source_rows[i]` is the 1-based record number of rows[i] in the file, for problems.
#pragma once

#include <string>
#include <vector>

namespace engage {

struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<long> source_rows;
    long header_row = 1;

    std::size_t column_count() const { return header.size(); }
    std::size_t row_count() const { return rows.size(); }

    // Index of the first column whose header equals `name` exactly, or -1.
    int find_column(const std::string& name) const {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i] == name)
                return static_cast<int>(i);
        return -1;
    }
};

} // namespace engage
