// Analysis: from the bytes a user pasted or uploaded to KPIs, ratings and problems.
//
// Contract:
// - `Analyzer` takes the bytes in chunks of any size (`feed`), so a 1 GB upload or a stdin pipe
//   is read with constant memory for the KPIs; `finish` returns the Analysis. `analyze` does
//   both for bytes already in memory. Neither throws or crashes on any input.
// - When the bytes cannot be read as a table at all, `readable` is false and `error` says why
//   and what to do, in both languages.
// - Otherwise `table` holds the chosen table (its first `max_table_rows` rows; `input` says when
//   more were read than kept), `input` says how it was read (encoding, delimiter, decimal
//   separator, shape, the tables found, columns with roles), `kpis` holds every KPI the columns
//   allow, in a fixed order, and `problems` lists every cell or row that was not used as it
//   stands (the first `max_problems`, then one summary per kind).
// - The structure is taken from the start of the input (the first MiB): comment lines ("# ..."
//   in Google Analytics exports) are skipped, blank lines and title lines separate tables
//   (Matomo scheduled reports) unless the line after the blank one reads as a data row of the
//   table (as wide, numbers and dates where it has them): then the table goes on and the blank
//   line is an info problem. The first table with a known column is chosen unless
//   `table_index` says otherwise, and when there are several the problems say so. A totals row
//   ("Total", "Gesamt", "Totaal", or an empty label with figures that are the sums of the rows
//   above or since the last totals row) is kept out of the sums. A row with an empty label and
//   other figures is counted, with a warning.
// - Apache/Nginx access logs and hit tables (a visitor or IP, a timestamp and a page per row)
//   are sessionised (sessions.h) and give the visit KPIs; the whole log is held for that.
// - Role overrides name a column by its header text; an override to Role::None removes a role.
// - `analysis_to_json` is the JSON the CLI's `engage kpis` and the page's `engage.report()`
//   print: {"kpis": [...], "problems": [...], "input": {...}}.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/column_roles.h"
#include "engine/kpi.h"
#include "engine/localized.h"
#include "engine/problem.h"
#include "engine/rating.h"
#include "engine/sessions.h"
#include "engine/table.h"

namespace engage {

// Rows: one row per post, period or campaign. KeyValue: "Follower;5000" lines. HitTable: one
// row per page view (visitor, timestamp, page), sessionised. AccessLog: Apache/Nginx lines.
enum class TableShape { Rows, KeyValue, HitTable, AccessLog };

struct ColumnInfo {
    std::string header;
    Role role = Role::None;
    bool role_overridden = false;
    char decimal_separator = '.'; // as decided for this column from all its values
    bool ratio_scale = false;     // a rate column holding ratios (0.27), shown as 27 %
    std::string date_order;       // for date columns: "iso", "d.m.y", "m/d/y", "unix"
    long numeric_cells = 0;       // cells read as numbers (or dates, or yes/no)
    long missing_cells = 0;       // empty or missing markers ("-", "NA", ...)
};

struct TableSummary {
    std::string title;  // the title line above it, or empty
    long header_row = 0;
    long rows = 0;      // data rows seen in the start of the input
    std::size_t columns = 0;
};

struct InputInfo {
    std::string name;
    std::string encoding;         // "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "Windows-1252"
    char delimiter = ',';
    char decimal_separator = '.'; // the one most numeric columns use
    TableShape shape = TableShape::Rows;
    long row_count = 0;           // data rows of the chosen table, all of them
    long rows_kept = 0;           // rows held in Analysis::table
    long skipped_rows = 0;        // rows left out of at least one sum, each with a problem
    long totals_rows = 0;         // totals rows kept out of the sums
    long aggregate_rows = 0;      // Matomo rows with is_aggregate = 1, kept out of the sums
    long comment_rows = 0;
    long problem_count = 0;       // all problems, also those not listed
    std::uint64_t bytes = 0;
    std::vector<TableSummary> tables;
    std::size_t table_index = 0;
    std::vector<ColumnInfo> columns;
    // For access logs and hit tables: what was filtered out, and how many sessions were built.
    std::vector<std::pair<std::string, long>> session_counts;
};

struct AnalysisOptions {
    std::map<std::string, Role> role_overrides; // header text -> role
    long table_index = -1;                      // -1: choose automatically
    std::size_t max_table_rows = 200000;
    std::size_t max_problems = 2000;
    // Sessions from hit tables and access logs: timeout, single-page rule, conversion pages.
    SessionOptions sessions;
    bool nps_assume_zero_to_ten = false;
    // The benchmark profile the KPIs are rated with (benchmark_profiles.h); none: "article".
    std::optional<BenchmarkProfile> benchmark;
};

struct Analysis {
    bool readable = false;
    Localized error;
    InputInfo input;
    Table table;
    Kpis kpis;
    Problems problems;
};

class Analyzer {
public:
    Analyzer(std::string_view name, AnalysisOptions options);
    ~Analyzer();
    Analyzer(const Analyzer&) = delete;
    Analyzer& operator=(const Analyzer&) = delete;

    void feed(std::string_view bytes);
    Analysis finish();

    // Progress, for the UI's bar and the CLI.
    std::uint64_t bytes_fed() const;
    long rows_read() const;
    // True once the input was refused (not text): feeding more is pointless.
    bool refused() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

Analysis analyze(std::string_view bytes, std::string_view name, const AnalysisOptions& options);

std::string analysis_to_json(const Analysis& analysis, Language language);

// The table as a JSON array of objects keyed by header; cell text as in the file.
std::string table_to_json(const Table& table);

} // namespace engage
