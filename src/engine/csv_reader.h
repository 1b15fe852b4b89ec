// CSV reader: delimiter sniffing, RFC 4180 parsing and the step from decoded text to a Table.
//
// Contract:
// - `sniff_delimiter` picks one of , ; tab | by how consistently each splits the first records
//   into the header's number of fields. Decimal commas ("1,5;2,5") do not fool it: a candidate
//   that leaves the header as a single field loses to one that splits it.
// - `parse_csv` follows RFC 4180: fields in double quotes may hold the delimiter, newlines and
//   doubled quotes; CRLF, LF and CR all end records. Every record keeps its 1-based row number
//   (blank lines count as rows, as in a spreadsheet) for problems.
// - An unterminated quote is a problem, not a crash: the rest of the text becomes that field.
// - `read_table` = decode_text + sniff + parse + header. Short rows are padded with empty cells
//   and long rows cut, each with a problem naming the row. A first row of numbers only is not
//   taken as a header: columns are then named "Column 1", "Column 2", ...
// - A quote inside a quoted cell that is not doubled is a problem naming row and column; the
//   cell keeps the text spreadsheets read (the quote closes, the rest follows it).
// - A header cell that another candidate separator splits into names ("Likes,Kommentare" in a
//   ';' file) is a warning: the file may mix separators. Only the header is checked.
#pragma once

#include "engine/csv_scanner.h"
#include "engine/localized.h"
#include "engine/problem.h"
#include "engine/table.h"

#include <string>
#include <string_view>
#include <vector>

namespace engage {

struct CsvRecords {
    std::vector<std::vector<std::string>> records;
    std::vector<long> rows; // 1-based row number of each record
    Problems problems;
    std::vector<QuoteFault> quote_faults;
};

char sniff_delimiter(std::string_view text);

// Blank records (a single empty, unquoted field) are skipped but still counted as rows.
CsvRecords parse_csv(std::string_view text, char delimiter);

struct TableReading {
    bool ok = false;
    Localized error;
    Table table;
    std::string encoding;
    char delimiter = ',';
    Problems problems;
};

TableReading read_table(std::string_view bytes);

// "a quote inside a quoted cell is not doubled; the cell was read as ...", for either reader.
Localized undoubled_quote_message(std::string_view cell);

// Warnings for header cells that another separator than `delimiter` splits into two or more
// names: "Likes,Kommentare" in a ';' file is likely two columns of a file with mixed separators.
Problems mixed_separator_problems(const std::vector<std::string>& header, char delimiter,
                                  long header_row);

// Delimiter as people name it: "," ";" "Tab" "|", or "none" ('\0': a single column).
std::string delimiter_name(char delimiter);

} // namespace engage
