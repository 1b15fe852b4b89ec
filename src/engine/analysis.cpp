#include "engine/analysis.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "engine/csv_reader.h"
#include "engine/csv_scanner.h"
#include "engine/date_format.h"
#include "engine/kpis.h"
#include "engine/number_format.h"
#include "engine/number_text.h"
#include "engine/problem_log.h"
#include "engine/rating.h"
#include "engine/text_decoding.h"

namespace engage {
namespace {

using Json = nlohmann::ordered_json;

// How much of the input decides the structure: the delimiter is sniffed on the first 64 KiB of
// text, the tables, header and column formats on the first MiB or 5,000 records.
constexpr std::size_t sniff_bytes = 64 * 1024;
constexpr std::size_t head_bytes = 1024 * 1024;
constexpr std::size_t head_records = 5000;

struct Record {
    std::vector<std::string> fields;
    long first_row = 0;
    long last_row = 0;
};

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool is_comment(const std::vector<std::string>& fields) {
    const std::string_view first = trim_spaces(fields[0]);
    return !first.empty() && first.front() == '#';
}

bool is_number_cell(std::string_view cell) {
    return parse_cell(cell, ',').kind == CellKind::Number ||
           parse_cell(cell, '.').kind == CellKind::Number;
}

bool all_numeric_or_empty(const std::vector<std::string>& fields) {
    return std::all_of(fields.begin(), fields.end(), [](const std::string& cell) {
        return trim_spaces(cell).empty() || is_number_cell(cell);
    });
}

long role_score(const std::vector<std::string>& header) {
    long score = 0;
    for (const std::string& name : header) {
        const Role role = role_for_header(name);
        score += role != Role::None && role != Role::Label && role != Role::Date ? 1 : 0;
    }
    return score;
}

// Matomo's flattened reports (Contents, with aggregate rows included) add a metadata column
// "Metadata: is_aggregate" ("Metadaten: is_aggregate" in German): 1 marks a row that sums
// other rows of the report (a content name over its pieces), like a subtotal.
bool is_aggregate_header(std::string_view header) {
    const std::string lower = lower_ascii(trim_spaces(header));
    const std::string_view name = "is_aggregate";
    return lower.size() >= name.size() &&
           lower.compare(lower.size() - name.size(), name.size(), name) == 0 &&
           (lower.size() == name.size() || lower[lower.size() - name.size() - 1] == ' ' ||
            lower[lower.size() - name.size() - 1] == ':');
}

bool is_totals_label(std::string_view cell) {
    cell = trim_spaces(cell);
    if (cell.size() < 3 || cell.size() > 14 || (cell.front() >= '0' && cell.front() <= '9'))
        return false;
    const std::string lower = lower_ascii(trim_spaces(cell));
    return lower == "total" || lower == "totals" || lower == "gesamt" || lower == "summe" ||
           lower == "totaal" || lower == "insgesamt" || lower == "grand total" ||
           lower == "gesamtsumme" || lower == "gesamtergebnis" || lower == "sum";
}

// The access log's filtering, every count with its noun: "1 bot", "12 bots".
Localized access_log_summary(const AccessLogCounts& log) {
    const auto count = [](long n, const char* one_en, const char* many_en, const char* one_de,
                          const char* many_de) {
        return counted(n, {one_en, one_de}, {many_en, many_de});
    };
    const Localized lines = count(log.lines, "line", "lines", "Zeile", "Zeilen");
    const Localized bots = count(log.bots, "bot", "bots", "Bot", "Bots");
    const Localized assets = count(log.assets, "asset", "assets", "Ressource", "Ressourcen");
    const Localized feeds = count(log.feeds, "feed", "feeds", "Feed", "Feeds");
    const Localized not_200 = count(log.not_200, "response", "responses", "Antwort", "Antworten");
    const Localized not_get = count(log.not_get, "request", "requests", "Anfrage", "Anfragen");
    const Localized malformed = count(log.malformed, "unreadable line", "unreadable lines",
                                      "unlesbare Zeile", "unlesbare Zeilen");
    const Localized views =
        count(log.page_views, "page view remains", "page views remain", "Seitenaufruf bleibt",
              "Seitenaufrufe bleiben");
    return {"Access log: of " + lines.en + ", " + bots.en + ", " + assets.en +
                " (images, CSS, JS, fonts), " + feeds.en + ", " + not_200.en +
                " other than 200, " + not_get.en + " other than GET and " + malformed.en +
                " were left out; " + views.en + ".",
            "Zugriffsprotokoll: Von " + lines.de + " wurden " + bots.de + ", " + assets.de +
                " (Bilder, CSS, JS, Schriften), " + feeds.de + ", " + not_200.de + " außer 200, " +
                not_get.de + " außer GET und " + malformed.de + " nicht verwendet; " + views.de +
                "."};
}

Localized replaced_bytes_message(long bytes, const std::string& encoding) {
    const bool one = bytes == 1;
    const Localized count = counted(bytes, {"byte", "Byte"}, {"bytes", "Bytes"});
    return {count.en + (one ? " is" : " are") + " not valid " + encoding +
                (one ? " and was" : " and were") +
                " replaced by \xEF\xBF\xBD; check the file's encoding.",
            count.de + (one ? " ist" : " sind") + " kein gültiges " + encoding +
                (one ? " und wurde" : " und wurden") +
                " durch \xEF\xBF\xBD ersetzt; prüfen Sie die Kodierung der Datei."};
}

Localized ignored_records_message(long records) {
    const bool one = records == 1;
    const Localized count = counted(records, {"record", "Datensatz"}, {"records", "Datensätze"});
    return {"From this row on, " + count.en + (one ? " follows" : " follow") +
                " a break in the table (a blank or comment line) and " +
                (one ? "was" : "were") + " not read.",
            std::string("Ab dieser Zeile ") + (one ? "folgt " : "folgen ") + count.de +
                " nach einer Unterbrechung der Tabelle (Leer- oder Kommentarzeile); " +
                (one ? "er wurde" : "sie wurden") + " nicht gelesen."};
}


std::string format_hint(char decimal) { return decimal == ',' ? "1.234,5" : "1,234.5"; }

// What the filled cells of a column hold. After a blank line it tells a data row of the table
// (a stray empty line in a hand-edited export) from the header of the next table (Matomo and
// Google Analytics put blank lines between their tables): a header has text where the table has
// numbers or dates. Before, a dated row after a blank line became a header, and every row after
// it was dropped without a word.
enum class ColumnContent { Empty, Number, Date, Text };

ColumnContent cell_content(std::string_view cell) {
    const std::string_view text = trim_spaces(cell);
    if (text.empty() || is_missing_marker(text))
        return ColumnContent::Empty;
    if (is_number_cell(text))
        return ColumnContent::Number;
    for (const DateOrder order : {DateOrder::Iso, DateOrder::DayMonthYear, DateOrder::MonthDayYear})
        if (parse_date(text, order))
            return ColumnContent::Date;
    return ColumnContent::Text;
}

// Adds a data row's cells to the columns' contents: a column of mixed contents holds text.
void add_contents(std::vector<ColumnContent>& contents, const std::vector<std::string>& fields) {
    for (std::size_t c = 0; c < contents.size() && c < fields.size(); ++c) {
        const ColumnContent cell = cell_content(fields[c]);
        if (contents[c] == ColumnContent::Empty)
            contents[c] = cell;
        else if (cell != ColumnContent::Empty && cell != contents[c])
            contents[c] = ColumnContent::Text;
    }
}

// True when a record after a blank line reads as a data row of a table whose data rows hold
// `contents`: as wide, and every filled cell of the kind its column holds.
template <class Fields>
bool continues_table(const Fields& fields, const std::vector<ColumnContent>& contents) {
    if (fields.size() != contents.size() || contents.empty())
        return false;
    // One column (NPS answers): only a known column name starts a new table; any other text is
    // an answer of this one, and the answer checks report it if it is not one.
    if (contents.size() == 1)
        return role_for_header(fields[0]) == Role::None;
    for (std::size_t c = 0; c < fields.size(); ++c) {
        const ColumnContent cell = cell_content(fields[c]);
        if (cell != ColumnContent::Empty && contents[c] != ColumnContent::Empty &&
            contents[c] != ColumnContent::Text && cell != contents[c])
            return false;
    }
    return true;
}

Localized blank_rows_message(long from, long to) {
    if (from == to)
        return {"Row " + std::to_string(from) + " is empty; the table continues after it.",
                "Zeile " + std::to_string(from) + " ist leer; die Tabelle geht danach weiter."};
    return {"Rows " + std::to_string(from) + " to " + std::to_string(to) +
                " are empty; the table continues after them.",
            "Die Zeilen " + std::to_string(from) + " bis " + std::to_string(to) +
                " sind leer; die Tabelle geht danach weiter."};
}

// One table found in the start of the input: a title (optional), a header, data records.
struct Candidate {
    std::string title;
    long title_row = 0;
    std::vector<std::size_t> records; // indexes into head records: header first unless numeric
    bool has_header = true;
    std::size_t width = 0;
    bool open_at_end = false; // still running when the head ended
    std::vector<std::pair<long, long>> blank_rows; // blank lines inside it, first..last row
    std::vector<ColumnContent> contents;           // of its data rows, one per column
    long data_records = 0;
};

} // namespace

struct Analyzer::Impl {
    Impl(std::string_view name, AnalysisOptions opts) : options(std::move(opts)) {
        analysis.input.name = std::string(name);
        problems = ProblemLog(options.max_problems);
    }

    AnalysisOptions options;
    Analysis analysis;
    ProblemLog problems;
    TextStreamDecoder decoder;
    std::string decoded;       // decoded text not yet scanned
    std::uint64_t bytes = 0;
    bool refused = false;
    bool finished = false;

    // Access logs are not tables: their text is kept whole for sessions_from_access_log.
    bool access_log = false;
    std::string log_text;
    // Hit tables: the columns sessions_from_table needs.
    bool hit_table = false;
    HitColumns hit_columns;

    // Head phase.
    std::unique_ptr<CsvScanner> scanner;
    std::vector<Record> head;
    std::size_t head_text_bytes = 0;
    bool planned = false;

    // Streaming phase.
    bool table_open = false;      // records still belong to the chosen table
    long last_row = 0;            // last physical row of the previous record
    std::vector<ColumnInfo>* columns = nullptr;
    std::size_t width = 0;
    int label_column = -1;
    int aggregate_column = -1;    // Matomo's "Metadata: is_aggregate"
    std::array<int, role_count> role_column{};
    std::array<DateOrder, role_count> date_order{};
    std::unique_ptr<KpiAccumulator> accumulator;
    std::vector<bool> skipped;    // by data-row index
    // Sums of the additive counts since the start or the last totals row: a row with an empty
    // label is a totals row only when its figures are these sums.
    std::array<double, role_count> running_sums{};
    long rows_since_totals = 0;
    long data_rows = 0;
    long ignored_records = 0;
    long first_ignored_row = 0;
    Problems pending;             // problems of the row being processed
    std::vector<std::string_view> row_views; // a row padded or cut to the header's width

    bool key_value = false;
    std::vector<long> key_value_rows;
    std::vector<ColumnContent> table_contents; // of the chosen table's rows in the head

    void feed(std::string_view bytes_in);
    Analysis finish();
    void scan(bool final_chunk);
    void plan();
    std::vector<Candidate> find_tables() const;
    void decide_columns(const std::vector<const Record*>& rows);
    void process_record(const std::vector<std::string_view>& fields, long first, long last);
    void process_data_row(const std::vector<std::string_view>& record, long row);
    void add_number(ColumnInfo& column, Role role, std::string_view text, long cell_row,
                    double value, RowValues& values);
    void leave_out_impossible(const ColumnInfo& column, Role role, std::string_view text,
                              long cell_row, double value);
    void warn_fractional_count(const ColumnInfo& column, std::string_view text, long cell_row);
    void add_problem(Problem problem);
    void report_mixed_dates(const ColumnInfo& column, const std::vector<std::string_view>& cells,
                            DateOrder order);
    bool repeats_running_sums(const RowValues& values) const;
    void add_to_running_sums(const RowValues& values);
    Analysis finish_access_log();
    void detect_hit_table();
    void finish_hit_table();
};

Analysis Analyzer::Impl::finish_access_log() {
    InputInfo& info = analysis.input;
    SessionReport report = sessions_from_access_log(log_text, options.sessions);
    log_text.clear();
    log_text.shrink_to_fit();
    analysis.readable = true;
    info.shape = TableShape::AccessLog;
    info.delimiter = ' ';
    info.row_count = report.log.lines;
    info.session_counts = {{"lines", report.log.lines},
                           {"malformed", report.log.malformed},
                           {"bots", report.log.bots},
                           {"not_get", report.log.not_get},
                           {"not_200", report.log.not_200},
                           {"assets", report.log.assets},
                           {"feeds", report.log.feeds},
                           {"page_views", report.log.page_views},
                           {"visitors", report.visitors},
                           {"sessions", static_cast<long>(report.sessions.size())}};
    add_problem({0, "", access_log_summary(report.log), Severity::Info});
    for (Problem& problem : report.problems)
        add_problem(std::move(problem));
    analysis.kpis = std::move(report.kpis);
    rate_kpis(analysis.kpis, options.benchmark ? *options.benchmark : article_profile());
    info.problem_count = problems.total();
    analysis.problems = problems.take();
    return std::move(analysis);
}

// A table of page views: a visitor (or IP), a timestamp and a page (or event) in every row.
void Analyzer::Impl::detect_hit_table() {
    // Lowered once: the search below runs seven times over every column of a wide table.
    std::vector<std::string> lowered;
    lowered.reserve(width);
    for (std::size_t c = 0; c < width; ++c)
        lowered.push_back(lower_ascii(trim_spaces((*columns)[c].header)));
    const auto find = [&](std::initializer_list<const char*> names) {
        for (std::size_t c = 0; c < width; ++c) {
            const std::string& header = lowered[c];
            for (const char* name : names)
                if (header == name)
                    return static_cast<int>(c);
        }
        return -1;
    };
    HitColumns hits;
    hits.visitor = find({"visitor", "visitor id", "visitor_id", "visitorid", "user id", "user_id",
                         "client id", "client_id", "clientid", "besucher", "besucher-id",
                         "nutzer-id", "customer", "customer id", "kunde", "cookie"});
    hits.ip = find({"ip", "ip address", "ip_address", "ip-adresse", "visitip", "client ip"});
    hits.user_agent = find({"user agent", "user_agent", "useragent", "browser"});
    hits.timestamp = find({"timestamp", "time", "zeit", "zeitstempel", "datetime", "date",
                           "datum", "hit time", "event time"});
    hits.page = find({"page", "url", "path", "seite", "page path", "page_path", "seitenpfad",
                      "page title", "pagetitle", "request"});
    hits.event = find({"event", "event name", "event_name", "ereignis"});
    hits.conversion = find({"conversion", "converted", "konvertiert", "goal", "ziel"});
    hit_table = (hits.visitor >= 0 || hits.ip >= 0) && hits.timestamp >= 0 &&
                (hits.page >= 0 || hits.event >= 0);
    if (!hit_table)
        return;
    hit_columns = hits;
    analysis.input.shape = TableShape::HitTable;
    // Sessions need every page view in memory.
    // FIXME-SESSIONS: sessionise hit tables incrementally instead of holding the rows.
    options.max_table_rows = std::max<std::size_t>(options.max_table_rows, 5'000'000);
}

// Hit tables: replace the per-row KPIs by the session KPIs of the same ids, keep the others.
void Analyzer::Impl::finish_hit_table() {
    InputInfo& info = analysis.input;
    if (info.rows_kept < info.row_count)
        add_problem({0, "",
                     {"Sessions were built from the first " + localized_count(info.rows_kept).en +
                          " of " + localized_count(info.row_count).en + " page views only.",
                      "Die Sitzungen wurden nur aus den ersten " +
                          localized_count(info.rows_kept).de + " von " +
                          localized_count(info.row_count).de + " Seitenaufrufen gebildet."},
                     Severity::Warning});
    SessionReport report = sessions_from_table(analysis.table, hit_columns, options.sessions);
    info.session_counts = {{"page_views", report.page_views},
                           {"visitors", report.visitors},
                           {"sessions", static_cast<long>(report.sessions.size())}};
    for (Problem& problem : report.problems)
        add_problem(std::move(problem));
    Kpis merged = std::move(report.kpis);
    for (Kpi& kpi : analysis.kpis) {
        const bool replaced = std::any_of(merged.begin(), merged.end(),
                                          [&](const Kpi& k) { return k.id == kpi.id; });
        if (!replaced)
            merged.push_back(std::move(kpi));
    }
    analysis.kpis = std::move(merged);
}

void Analyzer::Impl::add_problem(Problem problem) { problems.add(std::move(problem)); }

// A column named as a date ("Datum", "Date", "Tag") whose cells mix formats (01.02.2024 beside
// 2024-02-03 and 3/2/2024, a pasted mix of exports) becomes a label: without one format no cell
// can be trusted as day or month. Saying so names why there is no date for per-period KPIs.
void Analyzer::Impl::report_mixed_dates(const ColumnInfo& column,
                                        const std::vector<std::string_view>& cells,
                                        DateOrder order) {
    constexpr std::size_t shown = 3;
    std::vector<std::string> misfits;
    long count = 0;
    for (const std::string_view text : cells) {
        if (is_missing_marker(text) || (order != DateOrder::Unknown && parse_date(text, order)))
            continue;
        ++count;
        if (misfits.size() < shown)
            misfits.push_back(quote_cell(trim_spaces(text)));
    }
    // No cell is a date in any known format: month names or week labels, not a mix.
    if (order == DateOrder::Unknown || count == 0)
        return;
    std::string en_list;
    std::string de_list;
    for (std::size_t k = 0; k < misfits.size(); ++k) {
        en_list += (k == 0 ? "\"" : ", \"") + misfits[k] + "\"";
        de_list += (k == 0 ? "„" : ", „") + misfits[k] + "“";
    }
    if (count > static_cast<long>(misfits.size())) {
        en_list += ", …";
        de_list += ", …";
    }
    const std::string format = date_order_id(order);
    const bool one = count == 1;
    const Localized cells_counted = counted(count, {"cell", "Zelle"}, {"cells", "Zellen"});
    add_problem({0, column.header,
                 {"The column's name says it holds dates, but its cells do not share one date "
                  "format: " + cells_counted.en + (one ? " does" : " do") +
                      " not fit its most common format (" + format + "): " + en_list +
                      ". It is read as a label, so there are no dates for per-period KPIs; "
                      "write every date in one format.",
                  "Der Name der Spalte sagt, dass sie Daten enthält, aber ihre Zellen haben kein "
                  "gemeinsames Datumsformat: " + cells_counted.de + (one ? " passt" : " passen") +
                      " nicht zu ihrem häufigsten Format (" + format + "): " + de_list +
                      ". Sie wird als Bezeichnung gelesen, daher gibt es keine Daten für "
                      "Kennzahlen je Zeitraum; schreiben Sie jedes Datum im selben Format."},
                 Severity::Warning});
}

// Followers and unique visitors are not added up across rows (a page's followers are the same
// on every post; Google Analytics counts a user once in its totals, however many channels they
// came through), so only the other counts are compared. Within rounding: half a percent.
namespace {
bool is_additive(Role role) {
    return role_is_count(role) && role != Role::Followers && role != Role::UniqueVisitors;
}
} // namespace

bool Analyzer::Impl::repeats_running_sums(const RowValues& values) const {
    if (rows_since_totals == 0)
        return false;
    long compared = 0;
    for (std::size_t r = 0; r < role_count; ++r) {
        if (!is_additive(static_cast<Role>(r)) || !values[r])
            continue;
        const double sum = running_sums[r];
        if (std::fabs(*values[r] - sum) > std::max(1.0, 0.005 * std::fabs(sum)))
            return false;
        ++compared;
    }
    return compared > 0;
}

void Analyzer::Impl::add_to_running_sums(const RowValues& values) {
    for (std::size_t r = 0; r < role_count; ++r)
        if (values[r])
            running_sums[r] += *values[r];
    ++rows_since_totals;
}

void Analyzer::Impl::feed(std::string_view bytes_in) {
    if (refused || finished)
        return;
    bytes += bytes_in.size();
    if (!decoder.feed(bytes_in, decoded)) {
        refused = true;
        return;
    }
    scan(false);
}

void Analyzer::Impl::scan(bool final_chunk) {
    if (access_log) {
        log_text += decoded;
        decoded.clear();
        return;
    }
    if (!scanner) {
        if (decoded.size() < sniff_bytes && !final_chunk)
            return;
        if (looks_like_access_log(decoded)) {
            access_log = true;
            log_text = std::move(decoded);
            decoded.clear();
            return;
        }
        analysis.input.delimiter = sniff_delimiter(decoded);
        scanner = std::make_unique<CsvScanner>(analysis.input.delimiter);
    }

    const std::string chunk = std::move(decoded);
    decoded.clear();
    auto sink = [this](const std::vector<std::string_view>& fields, long first, long last) {
        if (planned) {
            process_record(fields, first, last);
            return;
        }
        Record record{{fields.begin(), fields.end()}, first, last};
        head.push_back(std::move(record));
    };
    if (!planned)
        head_text_bytes += chunk.size();
    scanner->feed(chunk, sink);
    if (final_chunk)
        scanner->finish(sink);

    if (!planned && (final_chunk || head_text_bytes >= head_bytes || head.size() >= head_records))
        plan();
}

std::vector<Candidate> Analyzer::Impl::find_tables() const {
    std::vector<Candidate> tables;
    Candidate current;
    long previous_last = 0;
    bool in_block = false;
    std::string pending_title;
    long pending_title_row = 0;

    auto close = [&]() {
        if (!current.records.empty()) {
            // A block without its own header and as wide as the last table continues it
            // (a stray blank line inside a table).
            const Record& first = head[current.records[0]];
            if (!tables.empty() && current.title.empty() &&
                tables.back().width == first.fields.size() &&
                all_numeric_or_empty(first.fields) && tables.back().has_header) {
                for (const std::size_t r : current.records)
                    tables.back().records.push_back(r);
            } else {
                current.width = first.fields.size();
                current.has_header = !all_numeric_or_empty(first.fields);
                tables.push_back(current);
            }
        }
        current = Candidate{};
        in_block = false;
    };

    for (std::size_t i = 0; i < head.size(); ++i) {
        const Record& record = head[i];
        if (is_comment(record.fields)) {
            close();
            previous_last = record.last_row;
            continue;
        }

        // A title line: one cell of text, followed by a wider record (Matomo's report names).
        const bool single = record.fields.size() == 1 && !trim_spaces(record.fields[0]).empty();
        const bool title = single && i + 1 < head.size() && head[i + 1].fields.size() > 1 &&
                           head[i + 1].first_row == record.last_row + 1 &&
                           !is_number_cell(record.fields[0]);
        if (in_block && record.first_row > previous_last + 1) {
            if (!title && current.data_records > 0 &&
                continues_table(record.fields, current.contents))
                current.blank_rows.emplace_back(previous_last + 1, record.first_row - 1);
            else
                close();
        }
        previous_last = record.last_row;

        if (!in_block && title) {
            pending_title = trim_spaces(record.fields[0]);
            pending_title_row = record.first_row;
            continue;
        }
        if (!in_block) {
            current.title = pending_title;
            current.title_row = pending_title_row;
            pending_title.clear();
            in_block = true;
        }
        if (current.records.empty()) {
            current.contents.assign(record.fields.size(), ColumnContent::Empty);
            if (all_numeric_or_empty(record.fields)) {
                add_contents(current.contents, record.fields);
                ++current.data_records;
            }
        } else {
            add_contents(current.contents, record.fields);
            ++current.data_records;
        }
        current.records.push_back(i);
    }
    const bool open = in_block;
    close();
    if (open && !tables.empty())
        tables.back().open_at_end = !head.empty() &&
                                    tables.back().records.back() == head.size() - 1;
    return tables;
}

void Analyzer::Impl::plan() {
    planned = true;
    InputInfo& info = analysis.input;
    info.encoding = decoder.encoding();

    std::vector<Candidate> tables = find_tables();
    for (const Record& record : head)
        info.comment_rows += is_comment(record.fields) ? 1 : 0;
    if (tables.empty())
        return; // finish() reports "no table"

    for (const Candidate& table : tables) {
        TableSummary summary;
        summary.title = table.title;
        summary.header_row = table.has_header ? head[table.records[0]].first_row : 0;
        summary.rows = static_cast<long>(table.records.size()) - (table.has_header ? 1 : 0);
        summary.columns = table.width;
        info.tables.push_back(summary);
    }

    // The chosen table: the user's pick, else the first with a known column, else the first
    // with two or more columns, else the first.
    std::size_t chosen = 0;
    if (options.table_index >= 0 && static_cast<std::size_t>(options.table_index) < tables.size()) {
        chosen = static_cast<std::size_t>(options.table_index);
    } else {
        bool found = false;
        for (std::size_t t = 0; t < tables.size() && !found; ++t) {
            const Candidate& table = tables[t];
            if (table.has_header && role_score(head[table.records[0]].fields) > 0) {
                chosen = t;
                found = true;
            }
        }
        for (std::size_t t = 0; t < tables.size() && !found; ++t) {
            if (tables[t].width >= 2) {
                chosen = t;
                found = true;
            }
        }
    }
    if (options.table_index >= 0 && static_cast<std::size_t>(options.table_index) >= tables.size())
        add_problem({0, "",
                     {"There is no table number " + std::to_string(options.table_index + 1) +
                          "; the first one was read.",
                      "Es gibt keine Tabelle Nummer " + std::to_string(options.table_index + 1) +
                          "; die erste wurde gelesen."},
                     Severity::Warning});
    info.table_index = chosen;
    const Candidate& table = tables[chosen];
    table_contents = table.contents;
    for (const auto& [from, to] : table.blank_rows)
        add_problem({from, "", blank_rows_message(from, to), Severity::Info});

    // Header.
    Table& out = analysis.table;
    std::size_t first_data = 0;
    if (table.has_header) {
        out.header = head[table.records[0]].fields;
        out.header_row = head[table.records[0]].first_row;
        first_data = 1;
        for (Problem& problem :
             mixed_separator_problems(out.header, info.delimiter, out.header_row))
            add_problem(std::move(problem));
    } else {
        for (std::size_t c = 0; c < table.width; ++c)
            out.header.push_back("Column " + std::to_string(c + 1));
        out.header_row = 0;
    }
    std::unordered_map<std::string, std::size_t> first_column;
    for (std::size_t c = 0; c < out.header.size(); ++c) {
        if (trim_spaces(out.header[c]).empty()) {
            const std::string name = "Column " + std::to_string(c + 1);
            if (c + 1 < out.header.size() || table.records.size() == first_data)
                add_problem({out.header_row, name,
                             {"Column " + std::to_string(c + 1) +
                                  " has no name in the header; it is called \"" + name + "\".",
                              "Spalte " + std::to_string(c + 1) +
                                  " hat keinen Namen in der Kopfzeile; sie heißt „" + name +
                                  "“."},
                             Severity::Info});
            out.header[c] = name;
        }
        // A map, not a scan of the columns before: a 100,000-column header took 30 s that way.
        const auto [first, inserted] = first_column.emplace(out.header[c], c);
        if (!inserted) {
            const std::size_t d = first->second;
            add_problem({out.header_row, out.header[c],
                         {"The header name \"" + out.header[c] + "\" appears in columns " +
                              std::to_string(d + 1) + " and " + std::to_string(c + 1) +
                              "; only the first is given a role.",
                          "Der Spaltenname „" + out.header[c] + "“ steht in den Spalten " +
                              std::to_string(d + 1) + " und " + std::to_string(c + 1) +
                              "; nur die erste erhält eine Rolle."},
                         Severity::Warning});
        }
    }
    // A trailing column with no name and no values is the trailing delimiter of every line.
    width = out.header.size();

    std::vector<const Record*> rows;
    for (std::size_t k = first_data; k < table.records.size(); ++k)
        rows.push_back(&head[table.records[k]]);

    // "Follower;5000" / "Gefällt mir;240": a key/value list becomes one row of figures.
    if (width == 2 && table.has_header && !rows.empty()) {
        const bool header_is_pair =
            is_number_cell(out.header[1]) && role_for_header(out.header[0]) != Role::None;
        long keyed = header_is_pair ? 1 : 0;
        long numbers = header_is_pair ? 1 : 0;
        for (const Record* row : rows) {
            if (row->fields.size() < 2)
                continue;
            keyed += role_for_header(row->fields[0]) != Role::None ? 1 : 0;
            numbers += is_number_cell(row->fields[1]) || is_missing_marker(row->fields[1]) ? 1 : 0;
        }
        const long total = static_cast<long>(rows.size()) + (header_is_pair ? 1 : 0);
        const bool plain_header = role_for_header(out.header[0]) == Role::None &&
                                  role_for_header(out.header[1]) == Role::None;
        key_value = header_is_pair ? keyed * 2 >= total && numbers == total
                                   : keyed == total && numbers == total && plain_header;
        if (key_value) {
            std::vector<std::string> keys;
            std::vector<std::string> values;
            if (header_is_pair) {
                keys.push_back(out.header[0]);
                values.push_back(out.header[1]);
                key_value_rows.push_back(out.header_row);
            }
            for (const Record* row : rows) {
                keys.push_back(row->fields[0]);
                values.push_back(row->fields.size() > 1 ? row->fields[1] : "");
                key_value_rows.push_back(row->first_row);
            }
            out.header = keys;
            width = keys.size();
            info.shape = TableShape::KeyValue;
            static Record kv_record;
            kv_record = Record{values, key_value_rows.empty() ? 1 : key_value_rows[0],
                               key_value_rows.empty() ? 1 : key_value_rows.back()};
            rows = {&kv_record};
        }
    }

    for (const std::string& header : out.header) {
        ColumnInfo column;
        column.header = header;
        info.columns.push_back(column);
    }
    columns = &info.columns;
    decide_columns(rows);

    std::array<std::string, role_count> role_headers;
    for (std::size_t c = 0; c < width; ++c) {
        const Role role = info.columns[c].role;
        if (role != Role::None && role != Role::Label)
            role_headers[static_cast<std::size_t>(role)] = info.columns[c].header;
    }
    KpiOptions kpi_options;
    kpi_options.nps_assume_zero_to_ten = options.nps_assume_zero_to_ten;
    accumulator = std::make_unique<KpiAccumulator>(role_headers, kpi_options);

    // Process what the head holds of the chosen table, then stream the rest.
    std::vector<std::string_view> views;
    for (const Record* row : rows) {
        views.assign(row->fields.begin(), row->fields.end());
        process_data_row(views, row->first_row);
    }
    table_open = table.open_at_end && !key_value;
    last_row = head.empty() ? 0 : head.back().last_row;
    for (std::size_t t = chosen + 1; t < tables.size(); ++t)
        if (!(t + 1 == tables.size() && tables[t].open_at_end))
            ignored_records += static_cast<long>(tables[t].records.size());
    head.clear();
    head.shrink_to_fit();
}

void Analyzer::Impl::decide_columns(const std::vector<const Record*>& rows) {
    std::vector<ColumnInfo>& info = *columns;

    // Roles: one column per role, the exact header match first, then the leftmost.
    std::vector<RoleMatch> matches;
    for (const ColumnInfo& column : info)
        matches.push_back(match_header(column.header));
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
            info[c].role = role;
        } else if (role != Role::None) {
            const std::string& used = info[chosen[role]].header;
            const Localized name = role_name(role);
            add_problem({0, info[c].header,
                         {"This column also looks like " + name.en + "; only \"" + used +
                              "\" is used. Change the roles to use this one instead.",
                          "Diese Spalte sieht ebenfalls nach " + name.de +
                              " aus; verwendet wird nur „" + used +
                              "“. Ändern Sie die Rollen, um diese zu verwenden."},
                         Severity::Info});
        }
    }
    for (const auto& [header, role] : options.role_overrides) {
        const bool exists = std::any_of(info.begin(), info.end(), [&, h = header](const auto& c) {
            return c.header == h;
        });
        if (!exists)
            add_problem({0, header,
                         {"A role was set for a column \"" + header +
                              "\", but the table has no column of that name.",
                          "Für eine Spalte „" + header +
                              "“ wurde eine Rolle gesetzt, aber die Tabelle hat keine Spalte "
                              "dieses Namens."},
                         Severity::Warning});
        for (ColumnInfo& column : info) {
            if (column.header != header)
                continue;
            if (role != Role::None && role != Role::Label)
                for (ColumnInfo& other : info)
                    if (other.role == role && !other.role_overridden)
                        other.role = Role::None;
            column.role = role;
            column.role_overridden = true;
        }
    }

    std::vector<std::vector<std::string_view>> cells(width);
    for (const Record* row : rows)
        for (std::size_t c = 0; c < width && c < row->fields.size(); ++c)
            cells[c].push_back(row->fields[c]);

    // Decimal separators: unambiguous cells decide per column, the others follow the file.
    std::vector<DecimalDecision> decisions;
    long comma = 0;
    long point = 0;
    for (std::size_t c = 0; c < width; ++c) {
        const bool count = key_value ? true : role_is_count(info[c].role);
        decisions.push_back(decide_decimal(cells[c], count, '?'));
        if (decisions.back().from_values)
            (decisions.back().decimal == ',' ? comma : point)++;
    }
    const char fallback = comma != point ? (comma > point ? ',' : '.')
                                         : (analysis.input.delimiter == ';' ? ',' : '.');
    if (key_value) {
        std::vector<std::string_view> all;
        for (auto& column : cells)
            all.insert(all.end(), column.begin(), column.end());
        const DecimalDecision decision = decide_decimal(all, true, fallback);
        for (auto& d : decisions)
            d = decision;
    }
    for (std::size_t c = 0; c < width; ++c)
        info[c].decimal_separator = decisions[c].from_values ? decisions[c].decimal : fallback;
    analysis.input.decimal_separator = key_value ? info.empty() ? '.' : info[0].decimal_separator
                                                 : fallback;

    // A column named like a figure but holding free text ("Kommentar" beside NPS answers) is
    // not that figure: counting its every cell as a problem would hide the real ones.
    for (std::size_t c = 0; c < width; ++c) {
        ColumnInfo& column = info[c];
        if (!role_is_numeric(column.role) || column.role_overridden)
            continue;
        long numbers = 0;
        long filled = 0;
        long prose = 0; // cells of words: letters and a space ("sehr gut organisiert")
        for (const std::string_view text : cells[c]) {
            if (is_missing_marker(text))
                continue;
            ++filled;
            const bool number = parse_cell(text, column.decimal_separator).kind == CellKind::Number;
            numbers += number;
            const std::string_view trimmed = trim_spaces(text);
            const bool letters = std::any_of(trimmed.begin(), trimmed.end(), [](char ch) {
                return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
            });
            prose += !number && letters && trimmed.find(' ') != std::string_view::npos;
        }
        // Only prose makes a column free text; broken numbers ("24%0", "NaN") stay, so that
        // each of them is reported in its row.
        if (filled >= 2 && numbers * 5 < filled && prose > 0) {
            const Localized name = role_name(column.role);
            add_problem({0, column.header,
                         {"This column's name suggests " + name.en +
                              ", but most of its cells are text; it is not used. Set its role "
                              "if it should be.",
                          "Der Name dieser Spalte deutet auf " + name.de +
                              " hin, aber die meisten Zellen sind Text; sie wird nicht "
                              "verwendet. Setzen Sie ihre Rolle, falls sie gemeint ist."},
                         Severity::Info});
            column.role = Role::None;
        }
    }

    role_column.fill(-1);
    for (std::size_t c = 0; c < width; ++c) {
        ColumnInfo& column = info[c];
        const Role role = column.role;

        if (role_is_rate(role)) {
            // 27 % and 27 are percents; a column of values within 0..1 without a % sign holds
            // ratios (the UCI session data writes 0.2 for 20 %).
            bool any_percent = false;
            bool within_unit = true;
            long numbers = 0;
            for (const std::string_view text : cells[c]) {
                const CellNumber cell = parse_cell(text, column.decimal_separator);
                if (cell.kind != CellKind::Number)
                    continue;
                ++numbers;
                any_percent = any_percent || cell.percent;
                within_unit = within_unit && std::fabs(cell.value) <= 1.0;
            }
            column.ratio_scale = numbers > 0 && !any_percent && within_unit;
            if (column.ratio_scale)
                add_problem({0, column.header,
                             {"The values are ratios (0.27 means 27 %); they are shown as "
                              "percent.",
                              "Die Werte sind Anteile (0,27 bedeutet 27 %); sie werden in "
                              "Prozent gezeigt."},
                             Severity::Info});
        }

        if (role == Role::ConversionFlag) {
            long flags = 0;
            long others = 0;
            for (const std::string_view text : cells[c]) {
                if (is_missing_marker(text))
                    continue;
                (parse_yes_no(text) ? flags : others)++;
            }
            if (flags == 0 || others > 0) {
                column.role = Role::None;
                add_problem({0, column.header,
                             {"This column's name suggests conversions, but its values are not "
                              "yes/no; it is not used.",
                              "Der Name dieser Spalte deutet auf Conversions hin, aber die Werte "
                              "sind nicht ja/nein; sie wird nicht verwendet."},
                             Severity::Info});
                continue;
            }
        }

        if (role == Role::Date) {
            const DateDecision decision = decide_date_order(cells[c]);
            if (decision.parsed == 0 || decision.parsed < decision.unreadable) {
                column.role = Role::Label; // month names, week labels: a label, not a date
                report_mixed_dates(column, cells[c], decision.order);
                continue;
            }
            date_order[static_cast<std::size_t>(Role::Date)] = decision.order;
            column.date_order = date_order_id(decision.order);
            if (decision.ambiguous)
                add_problem({0, column.header,
                             {"Day and month cannot be told apart in this column (no day is "
                              "above 12); the dates were read as month/day/year.",
                              "Tag und Monat lassen sich in dieser Spalte nicht unterscheiden "
                              "(kein Tag ist größer als 12); die Daten wurden als "
                              "Monat/Tag/Jahr gelesen."},
                             Severity::Warning});
        }

        if (column.role != Role::None && column.role != Role::Label)
            role_column[static_cast<std::size_t>(column.role)] = static_cast<int>(c);
    }

    detect_hit_table();

    for (std::size_t c = 0; c < width; ++c)
        if ((*columns)[c].role == Role::None && is_aggregate_header((*columns)[c].header))
            aggregate_column = static_cast<int>(c);

    // The label column, for totals rows with empty leading cells (Google Analytics).
    if (width >= 2 && !cells[0].empty()) {
        long text = 0;
        long filled = 0;
        for (const std::string_view cell : cells[0]) {
            const bool empty = trim_spaces(cell).empty();
            filled += empty ? 0 : 1;
            text += !empty && !is_number_cell(cell) ? 1 : 0;
        }
        if (text > 0 && text * 10 >= filled * 8)
            label_column = 0;
    }
}

void Analyzer::Impl::process_record(const std::vector<std::string_view>& fields, long first,
                                    long last) {
    const std::string_view lead = trim_spaces(fields[0]);
    const bool comment = !lead.empty() && lead.front() == '#';
    if (comment)
        ++analysis.input.comment_rows;

    if (table_open && (comment || first > last_row + 1)) {
        const std::vector<std::string> record(fields.begin(), fields.end());
        const bool continues =
            !comment && ((record.size() == width && all_numeric_or_empty(record)) ||
                         continues_table(record, table_contents));
        if (continues)
            add_problem({last_row + 1, "", blank_rows_message(last_row + 1, first - 1),
                         Severity::Info});
        else
            table_open = false;
    }
    last_row = last;
    if (!table_open) {
        if (!comment) {
            if (ignored_records == 0)
                first_ignored_row = first;
            ++ignored_records;
        }
        return;
    }
    process_data_row(fields, first);
}

// A cell read as a number: counted, scaled when the column holds ratios, and checked to be
// whole when it is a count. Inline and free of strings: the row loop calls it for most cells;
// the messages are built out of line, only for the cells they are about.
inline void Analyzer::Impl::add_number(ColumnInfo& column, Role role, std::string_view text,
                                       long cell_row, double value, RowValues& values) {
    ++column.numeric_cells;
    if (column.ratio_scale)
        value *= 100.0;

    // Figures no export can hold: a negative count, a rate outside 0..100 %, or a number so
    // large that sums overflow. Each is left out with a problem, never summed.
    const bool count = role_is_count(role);
    const bool negative_count = count && value < 0;
    const bool impossible_rate = role_is_rate(role) && (value < 0 || value > 100.0);
    if (negative_count || impossible_rate || std::fabs(value) > 1e15) {
        leave_out_impossible(column, role, text, cell_row, value);
        return;
    }

    // |value| <= 1e15 here, so the integer round trip is exact for whole numbers; only other
    // values pay for the distance to the nearest integer (nearbyint is one instruction in wasm,
    // a library call natively; ties are 0.5 away either way).
    if (count && static_cast<double>(static_cast<std::int64_t>(value)) != value &&
        std::fabs(value - std::nearbyint(value)) > 1e-9)
        warn_fractional_count(column, text, cell_row);
    values[static_cast<std::size_t>(role)] = value;
}

void Analyzer::Impl::leave_out_impossible(const ColumnInfo& column, Role role,
                                          std::string_view text, long cell_row, double value) {
    const bool negative_count = role_is_count(role) && value < 0;
    const bool impossible_rate = role_is_rate(role) && (value < 0 || value > 100.0);
    const std::string quoted = quote_cell(text);
    Localized why{"is implausibly large", "ist unplausibel groß"};
    if (negative_count)
        why = {"is a negative count", "ist eine negative Anzahl"};
    else if (impossible_rate)
        why = {"is a rate outside 0–100 %", "ist eine Rate außerhalb von 0–100 %"};
    Problem problem{cell_row, column.header,
                    {"\"" + quoted + "\" " + why.en + "; the cell was left out.",
                     "„" + quoted + "“ " + why.de + "; die Zelle wurde nicht verwendet."},
                    Severity::Warning};
    problem.left_out = true;
    pending.push_back(std::move(problem));
}

void Analyzer::Impl::warn_fractional_count(const ColumnInfo& column, std::string_view text,
                                           long cell_row) {
    const std::string quoted = quote_cell(text);
    pending.push_back({cell_row, column.header,
                       {"\"" + quoted + "\" is a count but not a whole number; it was used as "
                                        "it stands.",
                        "„" + quoted + "“ ist eine Anzahl, aber keine ganze Zahl; sie wurde "
                                       "unverändert verwendet."},
                       Severity::Warning});
}

// The per-row loop of big files: cells stay views into the scanner's text; a row the table
// view keeps is copied once into the table's packed blocks (table.h), a string is made only for
// a problem's message.
// FIXME-PERF: per row of the 11-column benchmark table (callgrind, native): about 1,000
// instructions read the numbers, 500 go to KpiAccumulator::add_row (optional<double> per role),
// 400 to parse_date (dd.mm.yyyy through the general splitter), 700 to this loop itself.
void Analyzer::Impl::process_data_row(const std::vector<std::string_view>& record, long row) {
    const long data_index = data_rows++;
    InputInfo& info = analysis.input;
    const long sum_row = row;

    const std::vector<std::string_view>* cells = &record;
    if (!key_value && record.size() != width) {
        const bool extra_empty =
            record.size() > width &&
            std::all_of(record.begin() + static_cast<long>(width), record.end(),
                        [](std::string_view s) { return s.empty(); });
        if (!extra_empty) {
            const Localized n = counted(static_cast<long long>(record.size()), {"cell", "Zelle"},
                                        {"cells", "Zellen"});
            const std::string w = std::to_string(width);
            add_problem({row, "",
                         record.size() < width
                             ? Localized{"This row has " + n.en + ", the header has " + w +
                                             "; the missing cells count as empty.",
                                         "Diese Zeile hat " + n.de + ", die Kopfzeile " + w +
                                             "; die fehlenden Zellen gelten als leer."}
                             : Localized{"This row has " + n.en + ", the header has " + w +
                                             "; the cells beyond the header were left out.",
                                         "Diese Zeile hat " + n.de + ", die Kopfzeile " + w +
                                             "; die Zellen ohne Spaltenkopf wurden nicht "
                                             "verwendet."},
                         Severity::Warning});
        }
        row_views.assign(record.begin(), record.end());
        row_views.resize(width);
        cells = &row_views;
    }
    const std::vector<std::string_view>& fields = *cells;

    // Totals rows repeat the sums of the rows above: counting them would double every figure.
    bool totals = false;
    for (const std::string_view cell : fields) {
        if (trim_spaces(cell).empty())
            continue;
        totals = is_totals_label(cell);
        break;
    }
    // Google Analytics writes its totals row with an empty first cell; so does a user whose row
    // just lacks its date. Which one it is is decided from the figures, once they are read.
    bool unlabeled = false;
    if (!totals && label_column == 0 && trim_spaces(fields[0]).empty()) {
        for (std::size_t c = 1; c < width && !unlabeled; ++c)
            unlabeled = (*columns)[c].role != Role::None && is_number_cell(fields[c]);
    }
    bool aggregate = !totals && aggregate_column >= 0 &&
                     trim_spaces(fields[static_cast<std::size_t>(aggregate_column)]) == "1";

    RowValues values{}; // every role missing; one memset, cheaper than fill() per row
    pending.clear();
    for (std::size_t c = 0; c < width; ++c) {
        ColumnInfo& column = (*columns)[c];
        const Role role = column.role;
        const long cell_row = key_value ? key_value_rows[c] : row;
        const std::string_view text = fields[c];
        if (role == Role::None || role == Role::Label) {
            continue;
        }
        double plain = 0.0;
        if (role_is_numeric(role) && parse_plain_number(text, column.decimal_separator, plain)) {
            add_number(column, role, text, cell_row, plain, values);
            continue;
        }
        if (is_missing_marker(text)) {
            ++column.missing_cells;
            continue;
        }

        if (role == Role::ConversionFlag) {
            if (const auto yes = parse_yes_no(text)) {
                ++column.numeric_cells;
                values[static_cast<std::size_t>(role)] = *yes ? 1.0 : 0.0;
            } else {
                const std::string quoted = quote_cell(text);
                Problem problem{cell_row, column.header,
                                {"\"" + quoted + "\" is not yes or no; the row was left out.",
                                 "„" + quoted + "“ ist weder ja noch nein; die Zeile wurde "
                                                "nicht "
                                                "verwendet."},
                                Severity::Warning};
                problem.left_out = true;
                pending.push_back(std::move(problem));
            }
            continue;
        }
        if (role == Role::Date) {
            if (totals)
                continue; // "Total" in the date column names the row, it is no bad date
            if (const auto seconds = parse_date(text, date_order[static_cast<std::size_t>(role)])) {
                ++column.numeric_cells;
                values[static_cast<std::size_t>(role)] = static_cast<double>(*seconds);
            } else {
                const std::string quoted = quote_cell(text);
                pending.push_back({cell_row, column.header,
                                   {"\"" + quoted + "\" is not a date in this column's format (" +
                                        column.date_order + ").",
                                    "„" + quoted + "“ ist kein Datum im Format dieser Spalte "
                                                   "(" +
                                        column.date_order + ")."},
                                   Severity::Warning});
            }
            continue;
        }

        const CellNumber cell = parse_cell(text, column.decimal_separator);
        if (cell.kind == CellKind::Number && cell.duration && role != Role::Duration) {
            // "10s" or "3 min" in a count column is a duration, not ten followers.
            const std::string quoted = quote_cell(text);
            Problem problem{cell_row, column.header,
                            {"\"" + quoted + "\" is a duration, not a number for this column; "
                                             "the cell was left out.",
                             "„" + quoted + "“ ist eine Dauer, keine Zahl für diese Spalte; "
                                            "die "
                                            "Zelle wurde nicht verwendet."},
                            Severity::Warning};
            problem.left_out = true;
            pending.push_back(std::move(problem));
            continue;
        }
        if (cell.kind != CellKind::Number) {
            const std::string quoted = quote_cell(text);
            Problem problem{cell_row, column.header,
                            {"\"" + quoted + "\" is not a number in this column's format (e.g. " +
                                 format_hint(column.decimal_separator) + "); the cell was left "
                                 "out.",
                             "„" + quoted + "“ ist keine Zahl im Format dieser Spalte (z. B. " +
                                 format_hint(column.decimal_separator) +
                                 "); die Zelle wurde nicht verwendet."},
                            Severity::Warning};
            problem.left_out = true;
            pending.push_back(std::move(problem));
            continue;
        }
        add_number(column, role, text, cell_row, cell.value, values);
    }

    if (unlabeled) {
        totals = !aggregate && repeats_running_sums(values);
        aggregate = aggregate && !totals;
        if (!totals) {
            const std::string& header = (*columns)[0].header;
            const bool date = (*columns)[0].role == Role::Date;
            pending.push_back({row, header,
                               {std::string("This row has no ") + (date ? "date" : "label") +
                                    " in column \"" + header +
                                    "\"; it was counted, as its figures are not the sums of "
                                    "the rows above.",
                                std::string("Diese Zeile hat kein") +
                                    (date ? " Datum" : "e Bezeichnung") + " in der Spalte „" +
                                    header +
                                    "“; sie wurde mitgezählt, da ihre Zahlen nicht die Summen "
                                    "der Zeilen darüber sind."},
                               Severity::Warning});
        }
    }
    if (totals) {
        running_sums.fill(0.0);
        rows_since_totals = 0;
        ++info.totals_rows;
        add_problem({row, "",
                     {"This is a totals row; it was kept out of the sums.",
                      "Das ist eine Summenzeile; sie wurde nicht mitgezählt."},
                     Severity::Info});
    } else if (aggregate) {
        ++info.aggregate_rows;
        add_problem({row, (*columns)[static_cast<std::size_t>(aggregate_column)].header,
                     {"This row is Matomo's aggregate of other rows (is_aggregate = 1); it was "
                      "kept out of the sums.",
                      "Diese Zeile fasst in Matomo andere Zeilen zusammen (is_aggregate = 1); sie "
                      "wurde nicht mitgezählt."},
                     Severity::Info});
    }
    if (!totals && !aggregate)
        add_to_running_sums(values);
    bool left_out = !totals && !aggregate && accumulator->add_row(sum_row, values, pending);
    for (Problem& problem : pending) {
        left_out = left_out || problem.left_out;
        add_problem(std::move(problem));
    }
    pending.clear();
    if (left_out) {
        if (skipped.size() <= static_cast<std::size_t>(data_index))
            skipped.resize(static_cast<std::size_t>(data_index) + 1024, false);
        skipped[static_cast<std::size_t>(data_index)] = true;
    }

    Table& table = analysis.table;
    if (table.row_count() < options.max_table_rows)
        table.add_row(fields, row);
}

Analysis Analyzer::Impl::finish() {
    if (finished)
        return {};
    finished = true;
    InputInfo& info = analysis.input;
    info.bytes = bytes;

    if (!refused) {
        if (!decoder.finish(decoded)) {
            refused = true;
        } else {
            scan(true);
        }
    }
    info.encoding = decoder.encoding();
    if (refused) {
        analysis.error = decoder.error();
        return std::move(analysis);
    }
    if (access_log)
        return finish_access_log();
    if (!accumulator) {
        analysis.error = {"There is no table in this input: it is empty or holds only blank or "
                          "comment lines.",
                          "Die Eingabe enthält keine Tabelle: Sie ist leer oder besteht nur aus "
                          "Leer- oder Kommentarzeilen."};
        return std::move(analysis);
    }
    analysis.readable = true;

    if (const long row = scanner->unterminated_quote_row())
        add_problem({row, "",
                     {"A quote opened in this row is never closed; the rest of the file was "
                      "read as one cell.",
                      "Ein in dieser Zeile geöffnetes Anführungszeichen wird nie geschlossen; "
                      "der Rest der Datei wurde als eine Zelle gelesen."},
                     Severity::Error});
    for (const QuoteFault& fault : scanner->quote_faults())
        add_problem({fault.row, fault.field < width ? (*columns)[fault.field].header : "",
                     undoubled_quote_message(fault.cell), Severity::Warning});
    if (decoder.replaced_bytes() > 0)
        add_problem({0, "",
                     replaced_bytes_message(decoder.replaced_bytes(), info.encoding),
                     Severity::Error});
    // Whichever table was read, the others are named: the user may have meant another one.
    if (info.tables.size() > 1)
        add_problem({0, "",
                     {"The file holds " + localized_count(info.tables.size()).en +
                          " tables; only table " + std::to_string(info.table_index + 1) +
                          " was read. Choose another table to read it instead.",
                      "Die Datei enthält " + localized_count(info.tables.size()).de +
                          " Tabellen; gelesen wurde nur Tabelle " +
                          std::to_string(info.table_index + 1) +
                          ". Wählen Sie eine andere Tabelle, um sie zu lesen."},
                     Severity::Info});
    else if (ignored_records > 0)
        add_problem({first_ignored_row, "",
                     ignored_records_message(ignored_records),
                     Severity::Warning});

    Problems kpi_problems;
    analysis.kpis = accumulator->finish(kpi_problems);
    if (data_rows == 0)
        add_problem({0, "",
                     {"The table has a header but no data rows.",
                      "Die Tabelle hat eine Kopfzeile, aber keine Datenzeilen."},
                     Severity::Warning});
    else if (analysis.kpis.empty() && !hit_table)
        add_problem({0, "",
                     {"No column was recognised as a figure (followers, likes, comments, "
                      "impressions, clicks, visits, bounces, conversions, durations, NPS "
                      "answers). Set the columns' roles to compute KPIs.",
                      "Keine Spalte wurde als Kennzahl erkannt (Follower, Likes, Kommentare, "
                      "Impressionen, Klicks, Besuche, Absprünge, Conversions, Dauer, "
                      "NPS-Antworten). Setzen Sie die Rollen der Spalten, um Kennzahlen zu "
                      "berechnen."},
                     Severity::Warning});
    info.rows_kept = static_cast<long>(analysis.table.row_count());
    info.row_count = key_value ? 1 : data_rows;
    if (hit_table)
        finish_hit_table();
    for (Problem& problem : kpi_problems) {
        if (problem.left_out && problem.row > 0) {
            // Deferred engagement-rate problems: find the data row by its source row is not
            // possible cheaply, so they count by row number in a separate set.
            if (skipped.size() < static_cast<std::size_t>(data_rows))
                skipped.resize(static_cast<std::size_t>(data_rows), false);
        }
        add_problem(std::move(problem));
    }
    rate_kpis(analysis.kpis, options.benchmark ? *options.benchmark : article_profile());

    info.row_count = key_value ? 1 : data_rows;
    info.rows_kept = static_cast<long>(analysis.table.row_count());
    info.skipped_rows = static_cast<long>(std::count(skipped.begin(), skipped.end(), true));
    if (options.max_table_rows > 0 && info.rows_kept < info.row_count)
        add_problem({0, "",
                     {"The table view holds the first " + localized_count(info.rows_kept).en +
                          " of " + localized_count(info.row_count).en +
                          " rows; the KPIs use all of them.",
                      "Die Tabellenansicht zeigt die ersten " + localized_count(info.rows_kept).de +
                          " von " + localized_count(info.row_count).de +
                          " Zeilen; die Kennzahlen verwenden alle."},
                     Severity::Info});
    info.problem_count = problems.total();
    analysis.problems = problems.take();
    return std::move(analysis);
}

Analyzer::Analyzer(std::string_view name, AnalysisOptions options)
    : impl_(std::make_unique<Impl>(name, std::move(options))) {}

Analyzer::~Analyzer() = default;

void Analyzer::feed(std::string_view bytes) { impl_->feed(bytes); }

Analysis Analyzer::finish() { return impl_->finish(); }

std::uint64_t Analyzer::bytes_fed() const { return impl_->bytes; }

long Analyzer::rows_read() const { return impl_->data_rows; }

bool Analyzer::refused() const { return impl_->refused; }

Analysis analyze(std::string_view bytes, std::string_view name, const AnalysisOptions& options) {
    Analyzer analyzer(name, options);
    analyzer.feed(bytes);
    return analyzer.finish();
}

namespace {

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
        item["details"] = std::move(details);
        kpis.push_back(std::move(item));
    }
    root["kpis"] = std::move(kpis);

    Json problems = Json::array();
    for (const Problem& problem : analysis.problems)
        problems.push_back({{"row", problem.row},
                            {"column", problem.column},
                            {"message", problem.message.in(language)},
                            {"severity", severity_id(problem.severity)}});
    root["problems"] = std::move(problems);

    const InputInfo& info = analysis.input;
    Json input;
    input["name"] = info.name;
    input["readable"] = analysis.readable;
    if (!analysis.readable)
        input["error"] = analysis.error.in(language);
    input["encoding"] = info.encoding;
    input["delimiter"] = delimiter_name(info.delimiter);
    input["decimal_separator"] = std::string(1, info.decimal_separator);
    const char* shapes[] = {"rows", "key_value", "hit_table", "access_log"};
    input["shape"] = shapes[static_cast<int>(info.shape)];
    input["row_count"] = info.row_count;
    input["rows_kept"] = info.rows_kept;
    input["skipped_rows"] = info.skipped_rows;
    input["totals_rows"] = info.totals_rows;
    input["aggregate_rows"] = info.aggregate_rows;
    input["comment_rows"] = info.comment_rows;
    input["problem_count"] = info.problem_count;
    input["bytes"] = info.bytes;
    Json tables = Json::array();
    for (const TableSummary& table : info.tables)
        tables.push_back({{"title", table.title},
                          {"header_row", table.header_row},
                          {"rows", table.rows},
                          {"columns", table.columns}});
    input["tables"] = tables;
    input["table_index"] = info.table_index;
    Json columns = Json::array();
    for (const ColumnInfo& column : info.columns) {
        Json item = {{"header", column.header},
                     {"role", role_id(column.role)},
                     {"overridden", column.role_overridden},
                     {"decimal_separator", std::string(1, column.decimal_separator)},
                     {"numeric_cells", column.numeric_cells},
                     {"missing_cells", column.missing_cells}};
        if (column.ratio_scale)
            item["scale"] = "ratio";
        if (!column.date_order.empty())
            item["date_order"] = column.date_order;
        // Moved, not copied: a 100,000-column table has as many of these.
        columns.push_back(std::move(item));
    }
    input["columns"] = std::move(columns);
    if (!info.session_counts.empty()) {
        Json counts = Json::object();
        for (const auto& [key, value] : info.session_counts)
            counts[key] = value;
        input["sessions"] = counts;
    }
    root["input"] = std::move(input);

    // Invalid UTF-8 cannot reach here (the decoder replaces it), but replace rather than throw.
    return root.dump(2, ' ', false, Json::error_handler_t::replace);
}

std::string table_to_json(const Table& table) {
    // Written by hand, not through an ordered_json object per row: its keys are a vector searched
    // on every insert, quadratic in the columns (43 s for a 100,000-column header). The output
    // is the same: a repeated header name keeps its first place and the value of its last column.
    std::vector<std::string> keys;
    std::vector<std::size_t> source; // per key, the column its value comes from
    std::unordered_map<std::string, std::size_t> key_index;
    for (std::size_t c = 0; c < table.column_count(); ++c) {
        const auto [it, inserted] = key_index.emplace(table.header[c], keys.size());
        if (inserted) {
            keys.push_back(Json(table.header[c]).dump(-1, ' ', false,
                                                      Json::error_handler_t::replace));
            source.push_back(c);
        } else {
            source[it->second] = c;
        }
    }

    std::string out = "[";
    for (std::size_t r = 0; r < table.row_count(); ++r) {
        const TableRow row = table.row(r);
        out += r == 0 ? "\n  {" : ",\n  {";
        bool any = false;
        for (std::size_t k = 0; k < keys.size(); ++k) {
            if (source[k] >= row.size())
                continue;
            out += any ? ",\n    " : "\n    ";
            out += keys[k];
            out += ": ";
            out += Json(std::string(row[source[k]]))
                       .dump(-1, ' ', false, Json::error_handler_t::replace);
            any = true;
        }
        out += any ? "\n  }" : "}";
    }
    out += table.row_count() > 0 ? "\n]" : "]";
    return out;
}

} // namespace engage
