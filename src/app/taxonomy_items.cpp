// Taxonomy view, the part without ImGui: sorting the list or the calculator's table a slice per
// frame, the matrix totals, corrections, and the JSON window.engage.taxonomy() returns.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "app/app.h"
#include "engine/column_roles.h"
#include "engine/number_format.h"

namespace engage::app {

namespace {

// Rows handed to classify_activity_table at a time; the time budget is checked between them.
constexpr std::size_t table_slice_rows = 256;
constexpr std::size_t list_slice_lines = 64;

double now_seconds() {
    using clock = std::chrono::steady_clock;
    return std::chrono::duration<double>(clock::now().time_since_epoch()).count();
}

// Likes, comments and shares are added up; a column that already holds their sum
// ("Interactions", "Engagements") is used alone, so nothing is counted twice.
void find_metric_columns(const AppState& app, TaxonomyRun& run, std::vector<std::string>& headers) {
    const std::vector<ColumnInfo>& columns = app.analysis.input.columns;
    const std::size_t count = std::min(columns.size(), app.analysis.table.header.size());
    auto add = [&](std::size_t i) {
        run.metric_columns.push_back(static_cast<int>(i));
        run.metric_decimals.push_back(columns[i].decimal_separator);
        headers.push_back(app.analysis.table.header[i]);
    };
    for (std::size_t i = 0; i < count; ++i)
        if (columns[i].role == Role::Interactions) {
            add(i);
            return;
        }
    for (std::size_t i = 0; i < count; ++i)
        if (columns[i].role == Role::Likes || columns[i].role == Role::Comments ||
            columns[i].role == Role::Shares)
            add(i);
}

std::optional<double> row_interactions(const TaxonomyRun& run, const TableRow& row) {
    std::optional<double> sum;
    for (std::size_t k = 0; k < run.metric_columns.size(); ++k) {
        const auto column = static_cast<std::size_t>(run.metric_columns[k]);
        if (column >= row.size())
            continue;
        const CellNumber number = parse_cell(trim_spaces(row[column]), run.metric_decimals[k]);
        if (number.kind == CellKind::Number)
            sum = sum.value_or(0.0) + number.value;
    }
    return sum;
}

void sort_list_slice(const Classifier& classifier, TaxonomyRun& run) {
    const std::size_t end = std::min(run.total, run.next + list_slice_lines);
    for (; run.next < end; ++run.next) {
        TaxonomyItem item;
        item.text = run.lines[run.next];
        item.source_row = static_cast<long>(run.next) + 1;
        item.predicted = classifier.classify(item.text);
        item.category = item.predicted.category;
        run.items.push_back(std::move(item));
    }
}

// A slice of the table goes through classify_activity_table as a table of its own, so given
// initiator and form columns are checked exactly as the engine defines it.
void sort_table_slice(const Classifier& classifier, TaxonomyRun& run) {
    const std::size_t end = std::min(run.total, run.next + table_slice_rows);
    Table slice;
    slice.header = run.table.header;
    slice.header_row = run.table.header_row;
    for (std::size_t r = run.next; r < end; ++r)
        slice.add_row(run.table.row(r), run.table.source_row(r));

    ActivityTable sorted = classify_activity_table(classifier, slice, run.columns);
    // Rows with an empty text are skipped by the engine; source rows find each row's metrics.
    std::size_t at = 0;
    for (ActivityRow& row : sorted.rows) {
        while (at < slice.row_count() && slice.source_row(at) != row.source_row)
            ++at;
        TaxonomyItem item;
        item.text = std::move(row.text);
        item.source_row = row.source_row;
        item.category = row.category;
        item.predicted = std::move(row.predicted);
        item.given = row.given;
        item.disagrees = row.disagrees;
        if (at < slice.row_count())
            item.interactions = row_interactions(run, slice.row(at));
        run.items.push_back(std::move(item));
    }
    for (Problem& problem : sorted.problems)
        run.problems.push_back(std::move(problem));
    run.next = end;
}

void recount(TaxonomyViewState& view) {
    view.cells = {};
    for (const TaxonomyItem& item : view.items) {
        TaxonomyCell& cell = view.cells[static_cast<std::size_t>(category_index(item.category))];
        ++cell.count;
        if (item.interactions) {
            ++cell.with_interactions;
            cell.interactions += *item.interactions;
        }
    }
}

void finish_run(TaxonomyViewState& view) {
    view.items = std::move(view.run.items);
    view.problems = std::move(view.run.problems);
    view.run = TaxonomyRun{};
    recount(view);
}

// ---- JSON ----------------------------------------------------------------------------------

std::string json_string(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::string json_number(double value) {
    if (!std::isfinite(value))
        return "null";
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

template <typename Value> std::string evidence_json(const AxisVerdict<Value>& verdict) {
    std::string out = "[";
    for (std::size_t i = 0; i < verdict.evidence.size(); ++i) {
        if (i > 0)
            out += ",";
        out += json_string(verdict.evidence[i].word);
    }
    return out + "]";
}

std::string item_json(const TaxonomyItem& item) {
    const Classification& c = item.predicted;
    std::string out = "{\"text\":" + json_string(item.text);
    out += ",\"row\":" + std::to_string(item.source_row);
    out += ",\"category\":" + json_string(category_id(item.category));
    out += ",\"predicted\":" + json_string(category_id(c.category));
    out += ",\"given\":" + (item.given ? json_string(category_id(*item.given)) : "null");
    out += ",\"disagrees\":" + std::string(item.disagrees ? "true" : "false");
    out += ",\"confidence\":" + json_number(c.confidence());
    out += ",\"initiator_confidence\":" + json_number(c.initiator.confidence);
    out += ",\"form_confidence\":" + json_number(c.form.confidence);
    out += ",\"initiator_evidence\":" + evidence_json(c.initiator);
    out += ",\"form_evidence\":" + evidence_json(c.form);
    out += ",\"unsure\":" + std::string(c.unsure ? "true" : "false");
    out += ",\"from_correction\":" + std::string(c.from_correction ? "true" : "false");
    out += ",\"interactions\":" + (item.interactions ? json_number(*item.interactions) : "null");
    return out + "}";
}

} // namespace

std::uint64_t taxonomy_table_signature(const AppState& app) {
    // FNV-1a over what changes with every new analysis: the table's buffer, size, header, first
    // and last row, and the input's name and size. The app has no analysis counter to read.
    std::uint64_t hash = 1469598103934665603ull;
    auto mix = [&hash](std::string_view bytes) {
        for (char c : bytes) {
            hash ^= static_cast<unsigned char>(c);
            hash *= 1099511628211ull;
        }
        hash ^= 0xff;
        hash *= 1099511628211ull;
    };
    const Table& table = app.analysis.table;
    // Where the first cell lives tells one loaded analysis from the next with the same text.
    if (table.row_count() > 0)
        mix(std::to_string(reinterpret_cast<std::uintptr_t>(table.cell(0, 0).data())));
    mix(std::to_string(table.row_count()));
    mix(std::to_string(app.analysis.input.bytes));
    mix(app.analysis.input.name);
    for (const std::string& header : table.header)
        mix(header);
    if (table.row_count() > 0) {
        for (const std::string_view cell : table.row(0))
            mix(cell);
        for (const std::string_view cell : table.row(table.row_count() - 1))
            mix(cell);
    }
    for (const ColumnInfo& column : app.analysis.input.columns)
        mix(role_id(column.role));
    return hash;
}

void taxonomy_start_sorting(AppState& app) {
    TaxonomyViewState& view = app.taxonomy;
    view.stale = false;
    view.cancelled = false;
    view.run = TaxonomyRun{};
    view.metric_headers.clear();
    TaxonomyRun& run = view.run;
    run.running = true;

    if (view.source == TaxonomySource::List) {
        view.columns = ActivityColumns{};
        run.lines = split_lines(view.list_text);
        run.total = run.lines.size();
    } else {
        view.table_signature = taxonomy_table_signature(app);
        const Table& table = app.analysis.table;
        run.columns = find_activity_columns(table);
        view.columns = run.columns;
        if (app.analysis.readable && run.columns.text >= 0) {
            run.table = table; // a copy: the calculator may load other input meanwhile
            run.total = run.table.row_count();
            find_metric_columns(app, run, view.metric_headers);
        }
    }
    if (view.metric_headers.empty())
        view.measure = TaxonomyMeasure::Count;
    taxonomy_continue_sorting(app, 0.012);
}

bool taxonomy_continue_sorting(AppState& app, double budget_seconds) {
    TaxonomyViewState& view = app.taxonomy;
    TaxonomyRun& run = view.run;
    if (!run.running)
        return false;
    const double deadline = now_seconds() + budget_seconds;
    while (run.next < run.total) {
        if (view.source == TaxonomySource::List)
            sort_list_slice(view.classifier, run);
        else
            sort_table_slice(view.classifier, run);
        if (budget_seconds >= 0.0 && now_seconds() >= deadline)
            return true;
    }
    finish_run(view);
    return false;
}

void taxonomy_cancel_sorting(AppState& app) {
    TaxonomyViewState& view = app.taxonomy;
    if (!view.run.running)
        return;
    view.cancelled = true;
    view.cancelled_total = view.run.total;
    finish_run(view);
}

float taxonomy_progress(const AppState& app) {
    const TaxonomyRun& run = app.taxonomy.run;
    if (!run.running || run.total == 0)
        return -1.0f;
    return static_cast<float>(run.next) / static_cast<float>(run.total);
}

void taxonomy_correct(AppState& app, std::size_t item, Category category) {
    TaxonomyViewState& view = app.taxonomy;
    if (item >= view.items.size())
        return;
    view.classifier.correct(view.items[item].text, category);
    view.accuracy = view.classifier.correction_accuracy();
    taxonomy_start_sorting(app);
    // A correction is the user watching: finish now, so the dropdown shows its effect at once.
    taxonomy_continue_sorting(app, 0.25);
}

void taxonomy_forget_corrections(AppState& app) {
    app.taxonomy.classifier.clear_corrections();
    app.taxonomy.accuracy = app.taxonomy.classifier.correction_accuracy();
    app.taxonomy.stale = true;
}

void taxonomy_import_model(AppState& app, const std::string& json) {
    TaxonomyViewState& view = app.taxonomy;
    const ImportResult result = view.classifier.import_model(json);
    view.import_ok = result.ok;
    if (result.ok) {
        view.import_message = std::to_string(result.corrections);
        view.accuracy = view.classifier.correction_accuracy();
        view.stale = true;
    } else {
        view.import_message = result.reason.in(app.language);
    }
}

// One line per cell (the article's examples, retold), a few more so the heat map has contrast,
// and a terse line the classifier cannot place, to show "unsure".
std::string taxonomy_example_lines(Language language) {
    if (language == Language::German)
        return "Wir verteilen am Bahnhof Gratisproben unseres neuen Shampoos.\n"
               "Eine Kundin schreibt eine Rezension zu unserer Kaffeemaschine.\n"
               "Meine Schwester schickt mir Produktinfos zu E-Bikes von einem Vergleichsportal.\n"
               "Für jeden geworbenen Neukunden zahlen wir unseren Mitgliedern eine Prämie.\n"
               "Ein Stammkunde hat aus eigenem Antrieb drei Kollegen als Neukunden geworben.\n"
               "Von Freunden weitergeleitete Bewertungen haben ihn zur Bestellung gebracht.\n"
               "Unser Unternehmen veranstaltet einen Spendenlauf im Stadtpark.\n"
               "Kunden beantworten im Forum die Fragen anderer Kunden.\n"
               "Aktivisten rufen zu einer Demonstration gegen den Konzern auf.\n"
               "Ein Kunde empfiehlt seinen Freunden unseren neuen Tarif.\n"
               "Ein Fan zeigt in einem selbst gedrehten Video unsere Kopfhörer.\n"
               "Wir starten eine Plakatkampagne, um neue Kunden in der Stadt zu gewinnen.\n"
               "Sommerfest 2025\n";
    return "We hand out free samples of our new shampoo at the station.\n"
           "A customer writes a review of our coffee machine.\n"
           "My sister sends me product details on e-bikes from a comparison site.\n"
           "We pay members a bonus for every new customer they refer.\n"
           "On his own initiative a regular customer won three colleagues as new customers.\n"
           "Reviews passed on by friends made him place an order.\n"
           "Our company organises a charity run in the city park.\n"
           "Customers answer other customers' questions in the forum.\n"
           "Activists call for a protest against the corporation.\n"
           "A customer recommends our new tariff to her friends.\n"
           "A fan posts an unboxing video of our headphones on his own channel.\n"
           "We run a poster campaign to win new customers in the city.\n"
           "Summer party 2025\n";
}

std::string taxonomy_json(AppState& app) {
    TaxonomyViewState& view = app.taxonomy;
    if (view.stale)
        taxonomy_start_sorting(app);
    taxonomy_continue_sorting(app, -1.0);

    std::string out = "{\"source\":";
    out += view.source == TaxonomySource::List ? "\"list\"" : "\"table\"";
    out += ",\"mode\":";
    out += view.mode == TaxonomyMode::Sort    ? "\"sort\""
           : view.mode == TaxonomyMode::Cards ? "\"cards\""
                                              : "\"quiz\"";
    out += ",\"selected\":" +
           (view.selected_cell >= 0
                ? json_string(category_id(static_cast<Category>(view.selected_cell)))
                : std::string("null"));
    out += ",\"measure\":";
    out += view.measure == TaxonomyMeasure::Count ? "\"count\""
           : view.measure == TaxonomyMeasure::Sum ? "\"sum\""
                                                  : "\"mean\"";
    out += ",\"cancelled\":" + std::string(view.cancelled ? "true" : "false");

    out += ",\"cells\":{";
    for (Category category : all_categories) {
        const TaxonomyCell& cell = view.cells[static_cast<std::size_t>(category_index(category))];
        if (category_index(category) > 0)
            out += ",";
        out += json_string(category_id(category)) + ":{\"count\":" + std::to_string(cell.count) +
               ",\"interactions\":" +
               (cell.with_interactions ? json_number(cell.interactions) : "null") + "}";
    }
    out += "},\"items\":[";
    for (std::size_t i = 0; i < view.items.size(); ++i) {
        if (i > 0)
            out += ",";
        out += item_json(view.items[i]);
    }
    out += "],\"problems\":[";
    for (std::size_t i = 0; i < view.problems.size(); ++i) {
        if (i > 0)
            out += ",";
        out += "{\"row\":" + std::to_string(view.problems[i].row) +
               ",\"column\":" + json_string(view.problems[i].column) +
               ",\"message\":" + json_string(view.problems[i].message.in(app.language)) + "}";
    }
    const CorrectionAccuracy& accuracy = view.accuracy;
    out += "],\"corrections\":" + std::to_string(view.classifier.corrections().size());
    out += ",\"accuracy\":{\"items\":" + std::to_string(accuracy.items) +
           ",\"right_before\":" + std::to_string(accuracy.right_before) +
           ",\"right_leave_one_out\":" + std::to_string(accuracy.right_leave_one_out) + "}";
    out += ",\"import\":{\"ok\":" + std::string(view.import_ok ? "true" : "false") +
           ",\"message\":" + json_string(view.import_message) + "}";
    out += ",\"quiz\":" + quiz_json(app);
    return out + "}";
}

} // namespace engage::app
