#include "engine/csv_reader.h"

#include "engine/text_decoding.h"
#include "engine/number_format.h"
#include "engine/number_text.h"

#include <algorithm>
#include <map>

namespace engage {
namespace {

Localized cell_count(std::size_t cells) {
    return counted(static_cast<long long>(cells), {"cell", "Zelle"}, {"cells", "Zellen"});
}

// Field counts of the first `limit` non-blank records, honouring quotes.
std::vector<int> field_counts(std::string_view text, char delimiter, int limit) {
    std::vector<int> counts;
    int fields = 1;
    bool in_quotes = false;
    bool record_has_content = false;
    bool comment = false; // "# ----" lines of Google Analytics exports
    for (std::size_t i = 0; i < text.size() && static_cast<int>(counts.size()) < limit; ++i) {
        const char c = text[i];
        if (in_quotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"')
                    ++i;
                else
                    in_quotes = false;
            }
            continue;
        }
        if (c == '"') {
            in_quotes = true;
            record_has_content = true;
        } else if (c == delimiter) {
            ++fields;
            record_has_content = true;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            if (record_has_content && !comment)
                counts.push_back(fields);
            comment = false;
            fields = 1;
            record_has_content = false;
        } else {
            if (!record_has_content && c == '#')
                comment = true;
            record_has_content = record_has_content || (c != ' ' && c != '\t');
        }
    }
    if (record_has_content && !comment && static_cast<int>(counts.size()) < limit)
        counts.push_back(fields);
    return counts;
}

bool is_blank_record(const std::vector<std::string>& record, bool quoted) {
    return !quoted && record.size() == 1 && record[0].empty();
}

bool looks_numeric(std::string_view cell) {
    bool digit = false;
    for (const char c : cell) {
        if (c >= '0' && c <= '9')
            digit = true;
        else if (c != '.' && c != ',' && c != '-' && c != '+' && c != ' ' && c != '%')
            return false;
    }
    return digit;
}

// A header cell split by `separator` into two or more pieces that each read like a name: not
// empty, not starting with a space (prose: "Umsatz, netto"), not a number ("1,5").
bool splits_into_names(std::string_view cell, char separator) {
    if (cell.find(separator) == std::string_view::npos || looks_numeric(cell))
        return false;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = std::min(cell.find(separator, start), cell.size());
        const std::string_view piece = cell.substr(start, end - start);
        if (piece.empty() || piece.front() == ' ' || trim_spaces(piece).empty())
            return false;
        if (end == cell.size())
            return true;
        start = end + 1;
    }
}

} // namespace

Localized undoubled_quote_message(std::string_view cell) {
    const std::string quoted = quote_cell(cell);
    return {"A quote inside a quoted cell is not doubled (write \"\" for a quote); the cell was "
            "read as \"" + quoted + "\".",
            "Ein Anführungszeichen in einer Zelle in Anführungszeichen ist nicht verdoppelt "
            "(schreiben Sie \"\" für ein Anführungszeichen); die Zelle wurde als „" + quoted +
                "“ gelesen."};
}

Problems mixed_separator_problems(const std::vector<std::string>& header, char delimiter,
                                  long header_row) {
    // A one-column file ('\0') has no separator to mix: its question may hold commas.
    Problems problems;
    if (delimiter == '\0')
        return problems;
    for (const std::string& cell : header) {
        for (const char other : {';', ',', '\t', '|'}) {
            if (other == delimiter || !splits_into_names(cell, other))
                continue;
            const std::string used = delimiter_name(delimiter);
            const std::string found = delimiter_name(other);
            problems.push_back(
                {header_row,
                 cell,
                 {"The header name \"" + cell + "\" holds a \"" + found +
                      "\" and may be two columns: the file may mix separators (it was read "
                      "with \"" + used + "\"). Check this column's numbers.",
                  "Der Spaltenname „" + cell + "“ enthält ein „" + found +
                      "“ und ist vielleicht zwei Spalten: Die Datei mischt womöglich "
                      "Trennzeichen (gelesen mit „" + used +
                      "“). Prüfen Sie die Zahlen dieser Spalte."},
                 Severity::Warning});
            break;
        }
    }
    return problems;
}

std::string delimiter_name(char delimiter) {
    if (delimiter == '\0')
        return "none";
    return delimiter == '\t' ? "Tab" : std::string(1, delimiter);
}

char sniff_delimiter(std::string_view text) {
    // Ties go to the earlier candidate: tab and semicolon files rarely split well by comma,
    // but comma files with decimal points never split by semicolon.
    static const char candidates[] = {'\t', ';', ',', '|'};
    char best = ',';
    double best_score = 0.0;
    bool rejected = false;
    int best_fields = 1;

    for (const char candidate : candidates) {
        const std::vector<int> counts = field_counts(text, candidate, 40);
        if (counts.empty())
            continue;

        // The most common width of two or more fields; title lines (Matomo) and comment lines
        // (Google Analytics) have one field and do not vote.
        std::map<int, long> widths;
        for (const int count : counts)
            if (count >= 2)
                ++widths[count];
        int mode = 0;
        long mode_count = 0;
        for (const auto& [width, n] : widths) {
            if (n > mode_count) {
                mode = width;
                mode_count = n;
            }
        }
        if (mode < 2)
            continue;

        const double score = static_cast<double>(mode_count) / static_cast<double>(counts.size());
        // A comma in a one-column survey's question ("Wie wahrscheinlich ist es, dass ...")
        // splits only the header: that is no delimiter.
        const auto multi = static_cast<std::size_t>(
            std::count_if(counts.begin(), counts.end(), [](int count) { return count >= 2; }));
        if (counts.size() >= 3 && multi * 2 < counts.size()) {
            rejected = true;
            continue;
        }
        if (score > best_score + 1e-9 || (score > best_score - 1e-9 && mode > best_fields)) {
            best = candidate;
            best_score = score;
            best_fields = mode;
        }
    }
    // Nothing splits the records consistently: one column, read without splitting.
    if (best_score == 0.0 && rejected)
        return '\0';
    return best;
}

CsvRecords parse_csv(std::string_view text, char delimiter) {
    CsvRecords out;
    std::vector<std::string> record;
    std::string field;
    bool record_quoted = false;
    long row = 1;
    long record_start_row = 1;
    std::size_t i = 0;
    const std::size_t n = text.size();
    const std::string plain_stops{delimiter, '\n', '\r', '"'};

    auto end_record = [&]() {
        record.push_back(std::move(field));
        field.clear();
        if (!is_blank_record(record, record_quoted)) {
            out.records.push_back(std::move(record));
            out.rows.push_back(record_start_row);
        }
        record.clear();
        record_quoted = false;
    };

    while (i < n) {
        const char c = text[i];
        if (c == '"' && field.empty()) {
            // A quoted field: runs to the closing quote, doubled quotes are one quote.
            record_quoted = true;
            const long quote_row = row;
            ++i;
            bool closed = false;
            while (i < n) {
                const char q = text[i];
                if (q == '"') {
                    if (i + 1 < n && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                if (q == '\r' || q == '\n') {
                    // A newline inside quotes is part of the field; CRLF inside is kept as is.
                    if (q == '\r' && !(i + 1 < n && text[i + 1] == '\n'))
                        ++row;
                    else if (q == '\n')
                        ++row;
                }
                field += q;
                ++i;
            }
            if (!closed) {
                out.problems.push_back(
                    {quote_row,
                     "",
                     {"A quote opened in this row is never closed; the rest of the file was read "
                      "as one cell.",
                      "Ein in dieser Zeile geöffnetes Anführungszeichen wird nie "
                      "geschlossen; der "
                      "Rest der Datei wurde als eine Zelle gelesen."},
                     Severity::Error});
            }
            // Text between a closing quote and the next delimiter is kept, as spreadsheets do;
            // it means a quote inside the cell was not doubled.
            const std::size_t stray = i;
            while (i < n && text[i] != delimiter && text[i] != '\n' && text[i] != '\r')
                field += text[i++];
            if (closed && i > stray && out.quote_faults.size() < CsvScanner::max_quote_faults)
                out.quote_faults.push_back(
                    {quote_row, record.size(), field.substr(0, QuoteFault::kept_bytes)});
            continue;
        }

        if (c == delimiter) {
            record.push_back(std::move(field));
            field.clear();
            ++i;
        } else if (c == '\n' || c == '\r') {
            end_record();
            i += (c == '\r' && i + 1 < n && text[i + 1] == '\n') ? 2 : 1;
            ++row;
            record_start_row = row;
        } else {
            const std::size_t stop = text.find_first_of(plain_stops, i);
            const std::size_t end = stop == std::string_view::npos ? n : stop;
            if (end == i) {
                field += c; // a quote in the middle of an unquoted field is literal
                ++i;
            } else {
                field.append(text.substr(i, end - i));
                i = end;
            }
        }
    }
    if (!field.empty() || !record.empty() || record_quoted)
        end_record();
    return out;
}

TableReading read_table(std::string_view bytes) {
    TableReading reading;

    DecodedText decoded = decode_text(bytes);
    reading.encoding = decoded.encoding;
    if (!decoded.ok) {
        reading.error = decoded.error;
        return reading;
    }

    reading.delimiter = sniff_delimiter(decoded.text);
    CsvRecords parsed = parse_csv(decoded.text, reading.delimiter);
    reading.problems = std::move(parsed.problems);
    if (parsed.records.empty()) {
        reading.error = {"There is no table in this input: it is empty or holds only blank "
                         "lines.",
                         "Die Eingabe enthält keine Tabelle: Sie ist leer oder besteht nur aus "
                         "Leerzeilen."};
        return reading;
    }

    Table& table = reading.table;
    const std::vector<std::string>& first = parsed.records[0];
    const bool first_is_header =
        !std::all_of(first.begin(), first.end(),
                     [](const std::string& cell) { return cell.empty() || looks_numeric(cell); });
    std::size_t data_begin = 0;
    if (first_is_header) {
        table.header = first;
        table.header_row = parsed.rows[0];
        data_begin = 1;
        for (Problem& problem :
             mixed_separator_problems(table.header, reading.delimiter, table.header_row))
            reading.problems.push_back(std::move(problem));
    } else {
        for (std::size_t c = 0; c < first.size(); ++c)
            table.header.push_back("Column " + std::to_string(c + 1));
        table.header_row = 0;
    }

    const std::size_t width = table.header.size();
    for (std::size_t r = data_begin; r < parsed.records.size(); ++r) {
        std::vector<std::string>& record = parsed.records[r];
        const long row = parsed.rows[r];
        if (record.size() < width) {
            reading.problems.push_back(
                {row,
                 "",
                 {"This row has " + cell_count(record.size()).en + ", the header has " +
                      std::to_string(width) + "; the missing cells count as empty.",
                  "Diese Zeile hat " + cell_count(record.size()).de + ", die Kopfzeile " +
                      std::to_string(width) + "; die fehlenden Zellen gelten als leer."},
                 Severity::Warning});
            record.resize(width);
        } else if (record.size() > width) {
            const bool extra_empty =
                std::all_of(record.begin() + static_cast<long>(width), record.end(),
                            [](const std::string& s) { return s.empty(); });
            if (!extra_empty) {
                reading.problems.push_back(
                    {row,
                     "",
                     {"This row has " + cell_count(record.size()).en + ", the header has " +
                          std::to_string(width) + "; the cells beyond the header were left out.",
                      "Diese Zeile hat " + cell_count(record.size()).de + ", die Kopfzeile " +
                          std::to_string(width) +
                          "; die Zellen ohne Spaltenkopf wurden nicht verwendet."},
                     Severity::Warning});
            }
            record.resize(width);
        }
        table.add_row(record, row);
    }

    for (const QuoteFault& fault : parsed.quote_faults)
        reading.problems.push_back({fault.row,
                                    fault.field < width ? table.header[fault.field] : "",
                                    undoubled_quote_message(fault.cell),
                                    Severity::Warning});

    reading.ok = true;
    return reading;
}

} // namespace engage
