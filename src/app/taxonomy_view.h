// Taxonomy view: the nine engagement categories. A 3x3 matrix of initiator x form over a pasted
// list of activities or the calculator's table, the items of a cell with their evidence,
// corrections that train the view's own classifier, category cards, and a quiz over the corpus.
//
// Contract:
// - The Classifier lives here, one per app; corrections change it at once and every item is
//   sorted again. Nothing is stored in the browser: the model leaves the page only as an export.
// - Sorting runs a slice per frame (taxonomy_items.cpp), so a 200,000-row table keeps the page
//   drawing, with a progress bar and Cancel.
// - The logic without ImGui is in taxonomy_items.cpp (sorting, totals, JSON); the drawing in
//   taxonomy_view.cpp and taxonomy_quiz.cpp.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/classifier.h"
#include "engine/localized.h"
#include "engine/problem.h"
#include "engine/table.h"
#include "engine/taxonomy.h"
#include "engine/taxonomy_table.h"

namespace engage::app {

struct AppState;

enum class TaxonomyMode { Sort, Cards, Quiz };
enum class TaxonomySource { List, Table };
enum class TaxonomyMeasure { Count, Sum, Mean };

// One activity as the view shows it.
struct TaxonomyItem {
    std::string text;
    long source_row = 0; // line of the list, or the row in the file
    Category category = Category::ProviderOffer; // given in the table when present, else predicted
    Classification predicted;
    std::optional<Category> given;
    bool disagrees = false;
    std::optional<double> interactions; // from the table's likes, comments, shares ...
};

// What a cell of the matrix holds.
struct TaxonomyCell {
    int count = 0;
    int with_interactions = 0;
    double interactions = 0.0;
};

// A sorting in progress: the input copied at its start, consumed a slice per frame.
struct TaxonomyRun {
    bool running = false;
    std::vector<std::string> lines;      // list input
    Table table;                         // table input (header and rows of the analysis)
    ActivityColumns columns;
    std::vector<int> metric_columns;     // likes, comments, shares, or one interactions column
    std::vector<char> metric_decimals;   // each metric column's decimal separator
    std::size_t next = 0;
    std::size_t total = 0;
    std::vector<TaxonomyItem> items;
    Problems problems;
};

struct QuizState {
    bool built = false;
    Language language = Language::English;
    unsigned round = 0;          // seeds the order; "New round" takes the next
    std::vector<int> order;      // indexes into taxonomy_corpus()
    std::size_t position = 0;
    int asked = 0;
    int right = 0;
    std::optional<Category> picked; // the answer to the current question, once given
};

struct TaxonomyViewState {
    bool opened = false;
    TaxonomyMode mode = TaxonomyMode::Sort;
    TaxonomySource source = TaxonomySource::List;
    Classifier classifier;

    // The pasted list: its own editor, filled with example lines on first use.
    bool list_initialised = false;
    std::string list_text;
    int list_generation = 0; // bumped when the text is replaced, so ImGui drops its edit state

    // The items on screen, and what they were sorted from.
    std::vector<TaxonomyItem> items;
    Problems problems;
    ActivityColumns columns;
    std::vector<std::string> metric_headers;
    bool stale = true;       // sort again in the next frame
    bool cancelled = false;  // the last sorting was stopped before the end
    std::size_t cancelled_total = 0;
    std::uint64_t table_signature = 0;
    TaxonomyRun run;

    std::array<TaxonomyCell, category_count> cells{};
    int selected_cell = -1; // category index, or -1 for all items
    TaxonomyMeasure measure = TaxonomyMeasure::Count;

    CorrectionAccuracy accuracy; // recomputed after each correction or import
    std::string import_message;
    bool import_ok = false;

    QuizState quiz;
};

void draw_taxonomy_view(AppState& app);

// The 3x3 matrix with its measure switch, at the cursor over the available width, its cells
// between `min_cell_height` and `max_cell_height` logical pixels high (the view itself uses
// 92-190; the Seminar's full screen fills the screen). Keeps the sorting current first (the
// example list until the user gives one), so another view can draw it. Without the hint to
// click a cell: its items are the taxonomy view's.
void draw_taxonomy_matrix(AppState& app, float min_cell_height, float max_cell_height);

// For window.engage.taxonomy(): the items, the matrix, the corrections and the quiz as JSON.
// A running sorting is finished first.
std::string taxonomy_json(AppState& app);

// A model file chosen through the page's file input.
void taxonomy_import_model(AppState& app, const std::string& json);

// ---- taxonomy_items.cpp: the logic, without ImGui -------------------------------------------

// Starts sorting the current source again (after an edit, a correction, a new table).
void taxonomy_start_sorting(AppState& app);
// Sorts for up to `budget_seconds` (negative: to the end). Returns true while work remains.
bool taxonomy_continue_sorting(AppState& app, double budget_seconds);
void taxonomy_cancel_sorting(AppState& app);
// 0..1 while sorting runs.
float taxonomy_progress(const AppState& app);
// A cheap fingerprint of the calculator's table, to notice a new one.
std::uint64_t taxonomy_table_signature(const AppState& app);
// Corrects one item; every item is sorted again with what was learned.
void taxonomy_correct(AppState& app, std::size_t item, Category category);
void taxonomy_forget_corrections(AppState& app);
// Example lines in the UI's language.
std::string taxonomy_example_lines(Language language);

// ---- taxonomy_quiz.cpp ------------------------------------------------------------------------
void draw_taxonomy_quiz(AppState& app);
std::string quiz_json(const AppState& app);

} // namespace engage::app
