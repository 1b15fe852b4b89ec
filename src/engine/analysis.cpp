#include "engine/analysis.h"

#include "engine/csv_reader.h"
#include "engine/kpis.h"
#include "engine/number_format.h"
#include "engine/rating.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <set>

namespace engage {
namespace {

using Json = nlohmann::ordered_json;

bool is_number_cell(const std::string& cell) {
    return parse_cell(cell, ',').kind == CellKind::Number ||
           parse_cell(cell, '.').kind == CellKind::Number;
}

// "Follower;5000" / "Gefällt mir;240": two columns, keys that name roles, numbers as values.
// The first line is either such a pair too, or a header like "Kennzahl;Wert".
bool looks_like_key_value(const Table& table, bool& header_is_pair) {
    if (table.column_count() != 2 || table.header_row == 0)
        return false;
    header_is_pair =
        is_number_cell(table.header[1]) && role_for_header(table.header[0]) != Role::None;

    long keyed = header_is_pair ? 1 : 0;
    long numbers = header_is_pair ? 1 : 0;
    const long total = static_cast<long>(table.row_count()) + (header_is_pair ? 1 : 0);
    for (const auto& row : table.rows) {
        keyed += role_for_header(row[0]) != Role::None ? 1 : 0;
        numbers += is_number_cell(row[1]) || is_missing_marker(row[1]) ? 1 : 0;
    }
    if (header_is_pair)
        return keyed * 2 >= total && numbers == total;
    // With a real header, every key must name a role: otherwise it is an ordinary two-column
    // table such as "Post;Likes".
    return table.row_count() >= 1 && keyed == total && numbers == total &&
           role_for_header(table.header[0]) == Role::None &&
           role_for_header(table.header[1]) == Role::None;
}

// Turns the key/value list into a one-row table; `cell_rows` remembers each value's row.
Table key_value_to_row(const Table& table, bool header_is_pair, std::vector<long>& cell_rows) {
    Table out;
    out.header_row = table.header_row;
    std::vector<std::string> values;
    if (header_is_pair) {
        out.header.push_back(table.header[0]);
        values.push_back(table.header[1]);
        cell_rows.push_back(table.header_row);
    }
    for (std::size_t r = 0; r < table.row_count(); ++r) {
        out.header.push_back(table.rows[r][0]);
        values.push_back(table.rows[r][1]);
        cell_rows.push_back(table.source_rows[r]);
    }
    out.rows.push_back(std::move(values));
    out.source_rows.push_back(cell_rows.empty() ? 1 : cell_rows.front());
    return out;
}

void assign_roles(InputInfo& info, const AnalysisOptions& options, Problems& problems) {
    std::vector<RoleMatch> matches;
    for (ColumnInfo& column : info.columns)
        matches.push_back(match_header(column.header));

    // One column per role: the exact match first, then the leftmost.
    std::map<Role, std::size_t> chosen;
    for (std::size_t c = 0; c < matches.size(); ++c) {
        const Role role = matches[c].role;
        if (role == Role::None || role == Role::Label)
            continue;
        const auto it = chosen.find(role);
        if (it == chosen.end() || (matches[c].exact && !matches[it->second].exact))
            chosen[role] = c;
    }
    for (std::size_t c = 0; c < matches.size(); ++c) {
        const Role role = matches[c].role;
        if (role == Role::Label || (role != Role::None && chosen[role] == c)) {
            info.columns[c].role = role;
        } else if (role != Role::None) {
            const std::string& used = info.columns[chosen[role]].header;
            const Localized name = role_name(role);
            problems.push_back(
                {0,
                 info.columns[c].header,
                 {"This column also looks like " + name.en + "; only \"" + used +
                      "\" is used. Change the roles to use this one instead.",
                  "Diese Spalte sieht ebenfalls nach " + name.de + " aus; verwendet wird nur „" +
                      used + "“. Ändern Sie die Rollen, um diese zu verwenden."},
                 Severity::Info});
        }
    }

    for (const auto& [header, role] : options.role_overrides) {
        for (ColumnInfo& column : info.columns) {
            if (column.header != header)
                continue;
            if (role != Role::None && role != Role::Label)
                for (ColumnInfo& other : info.columns)
                    if (other.role == role && !other.role_overridden)
                        other.role = Role::None;
            column.role = role;
            column.role_overridden = true;
        }
    }
}

char file_fallback_decimal(const std::vector<DecimalDecision>& decided, char delimiter) {
    long comma = 0;
    long point = 0;
    for (const DecimalDecision& decision : decided) {
        if (!decision.from_values)
            continue;
        (decision.decimal == ',' ? comma : point)++;
    }
    if (comma != point)
        return comma > point ? ',' : '.';
    // Semicolon-separated files come from spreadsheets set to German and similar locales.
    return delimiter == ';' ? ',' : '.';
}

std::string format_hint(char decimal) {
    return decimal == ',' ? "1.234,5" : "1,234.5";
}

MetricTable build_metric_table(const Table& table, InputInfo& info,
                               const std::vector<long>& cell_rows, Problems& problems) {
    const std::size_t width = table.column_count();
    std::vector<std::vector<std::string_view>> cells(width);
    for (const auto& row : table.rows)
        for (std::size_t c = 0; c < width; ++c)
            cells[c].push_back(row[c]);

    const bool key_value = info.shape == TableShape::KeyValue;
    if (key_value) {
        // One logical column of values: decide its separator from all of them together.
        std::vector<std::string_view> all;
        bool all_counts = true;
        for (std::size_t c = 0; c < width; ++c) {
            all.push_back(cells[c][0]);
            if (info.columns[c].role != Role::None && !role_is_count(info.columns[c].role))
                all_counts = false;
        }
        const DecimalDecision decision =
            decide_decimal(all, all_counts, info.delimiter == ';' ? ',' : '.');
        for (ColumnInfo& column : info.columns)
            column.decimal_separator = decision.decimal;
        info.decimal_separator = decision.decimal;
    } else {
        std::vector<DecimalDecision> decisions;
        for (std::size_t c = 0; c < width; ++c)
            decisions.push_back(decide_decimal(cells[c], role_is_count(info.columns[c].role), '?'));
        const char fallback = file_fallback_decimal(decisions, info.delimiter);
        for (std::size_t c = 0; c < width; ++c)
            info.columns[c].decimal_separator =
                decisions[c].from_values ? decisions[c].decimal : fallback;
        info.decimal_separator = fallback;
    }

    MetricTable metrics;
    metrics.rows = table.source_rows;
    for (std::size_t c = 0; c < width; ++c) {
        ColumnInfo& column = info.columns[c];
        const char decimal = column.decimal_separator;
        MetricColumn values;
        values.header = column.header;
        for (std::size_t r = 0; r < table.row_count(); ++r) {
            const long row = key_value ? cell_rows[c] : table.source_rows[r];
            const CellNumber cell = parse_cell(cells[c][r], decimal);
            if (cell.kind == CellKind::Number) {
                ++column.numeric_cells;
                values.values.push_back(cell.value);
            } else {
                column.missing_cells += cell.kind == CellKind::Missing ? 1 : 0;
                values.values.push_back(std::nullopt);
            }

            const bool used = column.role != Role::None && column.role != Role::Label;
            if (used && cell.kind == CellKind::Text) {
                const std::string text(cells[c][r]);
                problems.push_back(
                    {row,
                     column.header,
                     {"\"" + text + "\" is not a number in this column's format (e.g. " +
                          format_hint(decimal) + "); the cell was left out.",
                      "„" + text + "“ ist keine Zahl im Format dieser Spalte (z. B. " +
                          format_hint(decimal) + "); die Zelle wurde nicht verwendet."},
                     Severity::Warning});
            } else if (used && cell.kind == CellKind::Number && role_is_count(column.role) &&
                       std::fabs(cell.value - std::round(cell.value)) > 1e-9) {
                const std::string text(cells[c][r]);
                problems.push_back({row,
                                    column.header,
                                    {"\"" + text +
                                         "\" is a count but not a whole number; it "
                                         "was used as it stands.",
                                     "„" + text +
                                         "“ ist eine Anzahl, aber keine ganze Zahl; "
                                         "sie wurde unverändert verwendet."},
                                    Severity::Warning});
            }
        }
        if (column.role != Role::None && column.role != Role::Label)
            metrics.columns[column.role] = std::move(values);
    }
    return metrics;
}

long count_skipped_rows(const Problems& problems, long header_row) {
    std::set<long> rows;
    for (const Problem& problem : problems)
        if (problem.row > header_row && problem.severity != Severity::Error)
            rows.insert(problem.row);
    return static_cast<long>(rows.size());
}

Json localized_json(const Localized& text, Language language) {
    if (text.empty())
        return nullptr;
    return text.in(language);
}

const char* severity_id(Severity severity) {
    switch (severity) {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return "warning";
    case Severity::Error:
        return "error";
    }
    return "warning";
}

} // namespace

Analysis analyze(std::string_view bytes, std::string_view name, const AnalysisOptions& options) {
    Analysis analysis;
    analysis.input.name = std::string(name);

    TableReading reading = read_table(bytes);
    analysis.input.encoding = reading.encoding;
    analysis.input.delimiter = reading.delimiter;
    analysis.problems = std::move(reading.problems);
    if (!reading.ok) {
        analysis.error = reading.error;
        return analysis;
    }
    analysis.readable = true;

    bool header_is_pair = false;
    std::vector<long> cell_rows;
    if (looks_like_key_value(reading.table, header_is_pair)) {
        analysis.table = key_value_to_row(reading.table, header_is_pair, cell_rows);
        analysis.input.shape = TableShape::KeyValue;
    } else {
        analysis.table = std::move(reading.table);
    }

    InputInfo& info = analysis.input;
    info.row_count = static_cast<long>(analysis.table.row_count());
    for (const std::string& header : analysis.table.header)
        info.columns.push_back({header});
    assign_roles(info, options, analysis.problems);

    const MetricTable metrics =
        build_metric_table(analysis.table, info, cell_rows, analysis.problems);
    analysis.kpis = compute_kpis(metrics, analysis.problems);
    const BenchmarkProfile profile = article_profile();
    for (Kpi& kpi : analysis.kpis)
        rate(kpi, profile);

    info.skipped_rows = count_skipped_rows(analysis.problems, analysis.table.header_row);
    std::stable_sort(analysis.problems.begin(), analysis.problems.end(),
                     [](const Problem& a, const Problem& b) { return a.row < b.row; });
    return analysis;
}

std::string analysis_to_json(const Analysis& analysis, Language language) {
    Json root;
    root["language"] = language_tag(language);

    Json kpis = Json::array();
    for (const Kpi& kpi : analysis.kpis) {
        Json item;
        item["id"] = kpi.id;
        item["name"] = kpi.name.in(language);
        item["value"] = kpi.value ? Json(*kpi.value) : Json(nullptr);
        item["display"] = format_kpi_value(kpi, language);
        item["unit"] = kpi.unit;
        item["rating"] = kpi.rating.empty() ? Json(nullptr) : Json(kpi.rating);
        item["rating_label"] = localized_json(kpi.rating_label, language);
        item["rating_bands"] = localized_json(kpi.rating_bands, language);
        item["rating_source"] = localized_json(kpi.rating_source, language);
        item["rating_note"] = localized_json(kpi.rating_note, language);
        item["formula"] = kpi.formula.in(language);
        item["dimension"] = dimension_id(kpi.dimension);
        item["reason"] = localized_json(kpi.reason, language);
        if (kpi.ci95)
            item["ci95"] = {kpi.ci95->first, kpi.ci95->second};
        Json details = Json::object();
        for (const auto& [key, value] : kpi.details)
            details[key] = value;
        item["details"] = details;
        kpis.push_back(item);
    }
    root["kpis"] = kpis;

    Json problems = Json::array();
    for (const Problem& problem : analysis.problems)
        problems.push_back({{"row", problem.row},
                            {"column", problem.column},
                            {"message", problem.message.in(language)},
                            {"severity", severity_id(problem.severity)}});
    root["problems"] = problems;

    const InputInfo& info = analysis.input;
    Json input;
    input["name"] = info.name;
    input["readable"] = analysis.readable;
    if (!analysis.readable)
        input["error"] = analysis.error.in(language);
    input["encoding"] = info.encoding;
    input["delimiter"] = std::string(1, info.delimiter);
    input["decimal_separator"] = std::string(1, info.decimal_separator);
    input["shape"] = info.shape == TableShape::KeyValue ? "key_value" : "rows";
    input["row_count"] = info.row_count;
    input["skipped_rows"] = info.skipped_rows;
    Json columns = Json::array();
    for (const ColumnInfo& column : info.columns)
        columns.push_back({{"header", column.header},
                           {"role", role_id(column.role)},
                           {"overridden", column.role_overridden},
                           {"decimal_separator", std::string(1, column.decimal_separator)},
                           {"numeric_cells", column.numeric_cells},
                           {"missing_cells", column.missing_cells}});
    input["columns"] = columns;
    root["input"] = input;

    // Invalid UTF-8 cannot reach here (decode_text checks), but replace rather than throw.
    return root.dump(2, ' ', false, Json::error_handler_t::replace);
}

std::string table_to_json(const Table& table) {
    Json rows = Json::array();
    for (const auto& row : table.rows) {
        Json object = Json::object();
        for (std::size_t c = 0; c < table.column_count(); ++c)
            object[table.header[c]] = row[c];
        rows.push_back(object);
    }
    return rows.dump(2, ' ', false, Json::error_handler_t::replace);
}

} // namespace engage
