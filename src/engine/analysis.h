// Analysis: from the bytes a user pasted or uploaded to KPIs, ratings and problems.
//
// Contract:
// - `analyze` never throws and never crashes on any input. When the bytes cannot be read as a
//   table at all, `readable` is false and `error` says why and what to do, in both languages.
// - Otherwise `table` is the parsed table, `input` says how it was read (encoding, delimiter,
//   decimal separator, shape, columns with roles), `kpis` holds every KPI the columns allow, in a
//   fixed order, and `problems` lists every cell or row that was not used as it stands.
// - Role overrides name a column by its header text; an override to Role::None removes a role.
// - `analysis_to_json` is the JSON the CLI's `engage kpis` and the page's `engage.report()`
//   print: {"kpis": [...], "problems": [...], "input": {...}}.
#pragma once

#include "engine/column_roles.h"
#include "engine/kpi.h"
#include "engine/localized.h"
#include "engine/problem.h"
#include "engine/table.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace engage {

enum class TableShape { Rows, KeyValue };

struct ColumnInfo {
    std::string header;
    Role role = Role::None;
    bool role_overridden = false;
    char decimal_separator = '.'; // as decided for this column from all its values
    long numeric_cells = 0;       // cells read as numbers
    long missing_cells = 0;       // empty or missing markers ("-", "NA", ...)
};

struct InputInfo {
    std::string name;
    std::string encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", ...
    char delimiter = ',';
    char decimal_separator = '.'; // the one most numeric columns use
    TableShape shape = TableShape::Rows;
    long row_count = 0;
    long skipped_rows = 0; // rows left out of the sums, each with a problem
    std::vector<ColumnInfo> columns;
};

struct AnalysisOptions {
    std::map<std::string, Role> role_overrides; // header text -> role
};

struct Analysis {
    bool readable = false;
    Localized error;
    InputInfo input;
    Table table;
    Kpis kpis;
    Problems problems;
};

Analysis analyze(std::string_view bytes, std::string_view name, const AnalysisOptions& options);

std::string analysis_to_json(const Analysis& analysis, Language language);

// The table as a JSON array of objects keyed by header; cell text as in the file.
std::string table_to_json(const Table& table);

} // namespace engage
