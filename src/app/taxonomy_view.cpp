// Taxonomy view: the nine categories. "Sort activities" classifies a pasted list or the
// calculator's table into the 3x3 matrix (a heat map of counts, or of interactions when the table
// has them), lists a cell's items with confidence and evidence, and lets the user correct them;
// "Categories" shows the nine cards; "Quiz" is in taxonomy_quiz.cpp.
#include "app/taxonomy_view.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

#include "app/app.h"
#include "app/browser.h"
#include "app/share_browser.h"
#include "app/panels.h"
#include "app/taxonomy_draw.h"
#include "app/taxonomy_text.h"
#include "engine/number_text.h"

namespace engage::app {

namespace {

// Two columns from this logical width (CSS px / zoom); one scrolling column below.
constexpr float wide_min_width = 980.0f;
constexpr float three_cards_min_width = 900.0f;
constexpr float editor_lines = 7.0f;
// A cell with thousands of items lists the first ones: ImGui lays out every card each frame.
constexpr std::size_t max_items_shown = 300;
constexpr std::size_t max_problems_shown = 20;

float logical_width(const AppState& app, float pixels) {
    return app.ui_scale > 0.0f ? pixels / app.ui_scale : pixels;
}

std::string label(const AppState& app, const Localized& text, const char* id) {
    return std::string(tr(app, text)) + "##" + id;
}

// Quotation marks as each language writes them.
std::string quoted(const AppState& app, const std::string& text) {
    return app.language == Language::German ? "„" + text + "“" : "“" + text + "”";
}

std::string percent_text(const AppState& app, double share) {
    return format_percent(share * 100.0, app.language, share > 0.0 && share < 0.1 ? 1 : 0);
}

// ---- The pasted list ----------------------------------------------------------------------

// The buffer is TaxonomyViewState::list_text. Text from a paste event (bridge.js) is inserted
// at the cursor here, as in the calculator's editor: ImGui's own Ctrl+V reads an empty
// clipboard in Emscripten.
int list_callback(ImGuiInputTextCallbackData* data) {
    auto* app = static_cast<AppState*>(data->UserData);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        app->taxonomy.list_text.resize(static_cast<std::size_t>(data->BufTextLen));
        data->Buf = app->taxonomy.list_text.data();
        return 0;
    }
    if (data->EventFlag == ImGuiInputTextFlags_CallbackAlways && !app->pending_insert.empty()) {
        if (data->HasSelection()) {
            const int start = std::min(data->SelectionStart, data->SelectionEnd);
            const int end = std::max(data->SelectionStart, data->SelectionEnd);
            data->DeleteChars(start, end - start);
            data->CursorPos = start;
        }
        data->InsertChars(data->CursorPos, app->pending_insert.c_str());
        app->pending_insert.clear();
    }
    return 0;
}

void replace_list(AppState& app, std::string text) {
    app.taxonomy.list_text = std::move(text);
    ++app.taxonomy.list_generation;
    app.taxonomy.stale = true;
}

void draw_list_input(AppState& app) {
    TaxonomyViewState& view = app.taxonomy;
    wrapped_text(theme::muted, tr(app, text::list_hint));
    const float height =
        ImGui::GetTextLineHeight() * editor_lines + ImGui::GetStyle().FramePadding.y * 2.0f;
    ImGui::PushID(view.list_generation);
    const bool changed = ImGui::InputTextMultiline(
        "##activity-list", view.list_text.data(), view.list_text.capacity() + 1,
        ImVec2(-FLT_MIN, height),
        ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackAlways, list_callback,
        &app);
    remember_control(app, "tax-list");
    ImGui::PopID();
    if (changed)
        view.stale = true;

    if (ImGui::Button(label(app, text::example_lines, "tax-examples").c_str()))
        replace_list(app, taxonomy_example_lines(app.language));
    remember_control(app, "tax-examples");
    ImGui::SameLine();
    if (ImGui::Button(label(app, text::clear_list, "tax-clear").c_str()))
        replace_list(app, "");
    remember_control(app, "tax-clear");
}

void draw_table_input(AppState& app) {
    const TaxonomyViewState& view = app.taxonomy;
    if (!app.has_input || !app.analysis.readable) {
        wrapped_text(theme::muted, tr(app, text::table_none));
        return;
    }
    if (view.columns.text < 0) {
        wrapped_text(theme::warning, tr(app, text::table_no_text));
        return;
    }
    const std::vector<std::string>& header = app.analysis.table.header;
    auto header_at = [&](int column) {
        return column >= 0 && static_cast<std::size_t>(column) < header.size()
                   ? header[static_cast<std::size_t>(column)]
                   : std::string();
    };
    wrapped_text(theme::ink, std::string(tr(app, text::table_text_column)) + " " +
                                 quoted(app, header_at(view.columns.text)));
    if (view.columns.initiator >= 0 && view.columns.form >= 0) {
        wrapped_text(theme::muted, tr(app, text::table_given_columns));
        const auto disagreeing =
            std::count_if(view.items.begin(), view.items.end(),
                          [](const TaxonomyItem& item) { return item.disagrees; });
        if (disagreeing == 1)
            wrapped_text(theme::warning, tr(app, text::disagreement_one));
        else if (disagreeing > 1)
            wrapped_text(theme::warning,
                         count_text(app, disagreeing) + " " + tr(app, text::disagreements));
    }
    if (!view.metric_headers.empty()) {
        std::string names;
        for (const std::string& name : view.metric_headers)
            names += (names.empty() ? "" : ", ") + quoted(app, name);
        wrapped_text(theme::muted, std::string(tr(app, text::measure_columns)) + " " + names);
    }
    for (std::size_t i = 0; i < view.problems.size() && i < max_problems_shown; ++i) {
        const Problem& problem = view.problems[i];
        wrapped_text(theme::warning, std::string(tr(app, text::row_word)) + " " +
                                         std::to_string(problem.row) + ", " +
                                         quoted(app, problem.column) + ": " +
                                         problem.message.in(app.language));
    }
}

void draw_input(AppState& app) {
    TaxonomyViewState& view = app.taxonomy;
    if (toggle_button(label(app, text::source_list, "tax-source-list").c_str(),
                      view.source == TaxonomySource::List)) {
        view.source = TaxonomySource::List;
        view.stale = true;
        view.selected_cell = -1;
    }
    remember_control(app, "tax-source-list");
    const std::string table_label = label(app, text::source_table, "tax-source-table");
    same_line_if_fits(table_label.c_str());
    if (toggle_button(table_label.c_str(), view.source == TaxonomySource::Table)) {
        view.source = TaxonomySource::Table;
        view.stale = true;
        view.selected_cell = -1;
    }
    remember_control(app, "tax-source-table");

    if (view.source == TaxonomySource::List)
        draw_list_input(app);
    else
        draw_table_input(app);

    const float progress = taxonomy_progress(app);
    if (progress >= 0.0f) {
        wrapped_text(theme::muted, tr(app, text::classifying));
        ImGui::ProgressBar(progress, ImVec2(-FLT_MIN, 0));
        if (ImGui::Button(label(app, text::cancel, "tax-cancel").c_str()))
            taxonomy_cancel_sorting(app);
        remember_control(app, "tax-cancel");
    } else if (view.cancelled) {
        wrapped_text(theme::warning,
                     std::string(tr(app, text::stopped_after)) + " (" +
                         format_number(double(view.items.size()), app.language, 0) + " / " +
                         format_number(double(view.cancelled_total), app.language, 0) + ").");
        if (ImGui::Button(label(app, text::sort_again, "tax-sort-all").c_str()))
            view.stale = true;
    }
}

// ---- The matrix ---------------------------------------------------------------------------

double cell_value(const TaxonomyViewState& view, const TaxonomyCell& cell) {
    switch (view.measure) {
    case TaxonomyMeasure::Count:
        return cell.count;
    case TaxonomyMeasure::Sum:
        return cell.interactions;
    case TaxonomyMeasure::Mean:
        return cell.with_interactions ? cell.interactions / cell.with_interactions : 0.0;
    }
    return 0.0;
}

std::string value_text(const AppState& app, double value) {
    const bool whole = std::fabs(value - std::round(value)) < 1e-9;
    const int decimals = app.taxonomy.measure == TaxonomyMeasure::Mean || !whole ? 1 : 0;
    return format_number(value, app.language, decimals);
}

ImVec4 mix(const ImVec4& a, const ImVec4& b, float t) {
    return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, 1.0f);
}

void draw_measure_switch(AppState& app) {
    TaxonomyViewState& view = app.taxonomy;
    if (view.metric_headers.empty() || view.source != TaxonomySource::Table)
        return;
    struct Choice {
        TaxonomyMeasure measure;
        const Localized* text;
        const char* id;
    };
    const Choice choices[] = {{TaxonomyMeasure::Count, &text::measure_count, "tax-measure-count"},
                              {TaxonomyMeasure::Sum, &text::measure_sum, "tax-measure-sum"},
                              {TaxonomyMeasure::Mean, &text::measure_mean, "tax-measure-mean"}};
    for (std::size_t i = 0; i < std::size(choices); ++i) {
        const std::string shown = label(app, *choices[i].text, choices[i].id);
        if (i > 0)
            same_line_if_fits(shown.c_str());
        if (toggle_button(shown.c_str(), view.measure == choices[i].measure))
            view.measure = choices[i].measure;
        remember_control(app, choices[i].id);
    }
}

void draw_matrix(AppState& app, float min_cell_height = 92.0f, float max_cell_height = 190.0f,
                 bool hint = true) {
    TaxonomyViewState& view = app.taxonomy;
    draw_measure_switch(app);

    double total = 0.0;
    double largest = 0.0;
    int items = 0;
    for (const TaxonomyCell& cell : view.cells) {
        const double value = cell_value(view, cell);
        if (view.measure != TaxonomyMeasure::Mean)
            total += value;
        largest = std::max(largest, value);
        items += cell.count;
    }

    const GridLayout grid = grid_layout(app, min_cell_height, max_cell_height);
    draw_grid_headers(app, grid);
    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    const float padding = scaled(app, 10.0f);
    const float rounding = scaled(app, 8.0f);
    const ImVec4 empty_ground(0.957f, 0.965f, 0.976f, 1.0f);
    const ImVec4 light_ground(0.878f, 0.910f, 0.969f, 1.0f);

    for (Category category : all_categories) {
        const auto index = static_cast<std::size_t>(category_index(category));
        const TaxonomyCell& cell = view.cells[index];
        const ImVec2 min =
            grid.cell_min(initiator_index(initiator_of(category)), form_index(form_of(category)));
        const ImVec2 max(min.x + grid.cell_width, min.y + grid.cell_height);
        const std::string id = "tax-cell-" + std::string(category_id(category));

        ImGui::SetCursorScreenPos(min);
        ImGui::PushID(id.c_str());
        if (ImGui::InvisibleButton("cell", ImVec2(grid.cell_width, grid.cell_height)))
            view.selected_cell =
                view.selected_cell == static_cast<int>(index) ? -1 : static_cast<int>(index);
        remember_control(app, id.c_str());
        const bool hovered = ImGui::IsItemHovered();
        const bool focused = ImGui::IsItemFocused();
        if (hovered)
            ImGui::SetTooltip("%s", category_name(category).in(app.language).c_str());
        ImGui::PopID();

        // Heat: from a pale blue for the smallest non-empty cell to the accent for the largest.
        const double value = cell_value(view, cell);
        const float heat = largest > 0.0 ? static_cast<float>(value / largest) : 0.0f;
        const ImVec4 ground =
            cell.count == 0 ? empty_ground : mix(light_ground, theme::accent, heat);
        const bool dark = cell.count > 0 && heat > 0.5f;
        const ImU32 ink = ImGui::GetColorU32(dark ? ImVec4(1, 1, 1, 1) : theme::ink);
        const ImU32 soft = ImGui::GetColorU32(dark ? ImVec4(1, 1, 1, 0.85f) : theme::muted);
        draw_list->AddRectFilled(min, max, ImGui::GetColorU32(ground), rounding);
        const bool selected = view.selected_cell == static_cast<int>(index);
        if (selected || focused || hovered)
            draw_list->AddRect(min, max, ImGui::GetColorU32(selected ? theme::warning : theme::ink),
                               rounding, 0, scaled(app, selected ? 4.0f : 2.0f));

        // The value large when it fits, the share (or the number of items) under it.
        const std::string shown = value_text(app, value);
        ImFont* font = app.fonts.value;
        if (font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, shown.c_str()).x >
            grid.cell_width - padding * 2)
            font = app.fonts.heading;
        const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, shown.c_str());
        std::string detail;
        if (view.measure == TaxonomyMeasure::Mean)
            detail = "n = " + format_number(cell.with_interactions, app.language, 0);
        else if (total > 0.0)
            detail = percent_text(app, value / total);
        const float detail_height = detail.empty() ? 0.0f : app.fonts.body->FontSize;
        const float top = min.y + (grid.cell_height - size.y - detail_height) * 0.5f;
        draw_list->AddText(font, font->FontSize,
                           ImVec2(min.x + (grid.cell_width - size.x) * 0.5f, top), ink,
                           shown.c_str());
        if (!detail.empty()) {
            const float width =
                app.fonts.body->CalcTextSizeA(app.fonts.body->FontSize, FLT_MAX, 0, detail.c_str())
                    .x;
            draw_list->AddText(app.fonts.body, app.fonts.body->FontSize,
                               ImVec2(min.x + (grid.cell_width - width) * 0.5f, top + size.y), soft,
                               detail.c_str());
        }
    }
    end_grid(grid);

    std::string summary = counted_text(app, items, text::item_word, text::items_word);
    if (view.measure != TaxonomyMeasure::Count)
        summary +=
            " · " + std::string(tr(app, view.measure == TaxonomyMeasure::Sum ? text::measure_sum
                                                                             : text::measure_mean));
    // The hint leads to the items beside the matrix, which a full-screen matrix does not show.
    if (hint)
        summary += " – " + std::string(tr(app, text::matrix_hint));
    wrapped_text(theme::muted, summary);
}

// ---- Items --------------------------------------------------------------------------------

template <typename Value>
std::string axis_text(const AppState& app, const Localized& axis, const AxisVerdict<Value>& verdict,
                      const Localized& value_name) {
    std::string out = std::string(tr(app, axis)) + ": " + value_name.in(app.language) + " " +
                      percent_text(app, verdict.confidence) + " – ";
    if (verdict.evidence.empty())
        return out + tr(app, text::no_evidence);
    for (std::size_t i = 0; i < verdict.evidence.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += quoted(app, verdict.evidence[i].word);
        if (verdict.evidence[i].learned)
            out += " (" + std::string(tr(app, text::learned)) + ")";
    }
    return out;
}

const theme::RatingColors unsure_colours{theme::warning, ImVec4(0.992f, 0.922f, 0.800f, 1.0f)};
const theme::RatingColors corrected_colours{ImVec4(0.118f, 0.420f, 0.235f, 1.0f),
                                            ImVec4(0.863f, 0.945f, 0.890f, 1.0f)};
const theme::RatingColors confidence_colours{ImVec4(0.176f, 0.231f, 0.306f, 1.0f),
                                             ImVec4(0.890f, 0.914f, 0.941f, 1.0f)};

// The dropdown corrects the classifier's category for this item.
void draw_correction_combo(AppState& app, std::size_t index, const TaxonomyItem& item) {
    const std::string id = "tax-item-" + std::to_string(index);
    ImGui::SetNextItemWidth(
        std::min(ImGui::GetContentRegionAvail().x - scaled(app, 14.0f), scaled(app, 360.0f)));
    const Category shown = item.predicted.category;
    const bool open =
        ImGui::BeginCombo(("##" + id).c_str(), category_name(shown).in(app.language).c_str());
    remember_control(app, id.c_str());
    if (ImGui::IsItemHovered() && !open)
        ImGui::SetTooltip("%s", tr(app, text::correct_tip));
    if (!open)
        return;
    std::optional<Category> chosen;
    for (Category category : all_categories) {
        if (category_index(category) > 0 && form_of(category) == Form::Offer)
            ImGui::Separator();
        const bool is_shown = category == shown;
        if (ImGui::Selectable(category_name(category).in(app.language).c_str(), is_shown))
            chosen = category;
        remember_control(app, (id + "-" + std::string(category_id(category))).c_str());
        if (is_shown)
            ImGui::SetItemDefaultFocus();
    }
    ImGui::EndCombo();
    if (chosen)
        taxonomy_correct(app, index, *chosen);
}

void draw_item(AppState& app, std::size_t index) {
    const TaxonomyItem item = app.taxonomy.items[index]; // a copy: a correction re-sorts them
    const Classification& c = item.predicted;
    ImGui::PushID(static_cast<int>(index));
    begin_card(app);

    std::string line = item.text;
    if (app.taxonomy.source == TaxonomySource::Table)
        line = std::string(tr(app, text::row_word)) + " " + std::to_string(item.source_row) + ": " +
               line;
    wrapped_text(theme::ink, line);

    draw_correction_combo(app, index, item);
    const float right = ImGui::GetContentRegionMax().x - scaled(app, 14.0f);
    auto chip_here = [&](const std::string& text, const theme::RatingColors& colours) {
        ImGui::SameLine();
        if (ImGui::GetCursorPosX() + chip_width(text.c_str()) > right)
            ImGui::NewLine();
        chip(text.c_str(), colours);
    };
    chip_here(std::string(tr(app, text::confidence)) + " " + percent_text(app, c.confidence()),
              confidence_colours);
    if (c.unsure)
        chip_here(tr(app, text::unsure), unsure_colours);
    if (c.from_correction)
        chip_here(tr(app, text::corrected), corrected_colours);

    if (item.given) {
        std::string given = std::string(tr(app, text::given_in_table)) + ": " +
                            category_name(*item.given).in(app.language);
        if (item.disagrees)
            given += " – " + std::string(tr(app, text::classifier_says)) + " " +
                     tr(app, text::disagrees);
        wrapped_text(item.disagrees ? theme::warning : theme::muted, given);
    }
    wrapped_text(theme::muted,
                 axis_text(app, text::who, c.initiator, initiator_name(c.initiator.value)));
    wrapped_text(theme::muted, axis_text(app, text::what, c.form, form_name(c.form.value)));

    const bool flagged = c.unsure || item.disagrees;
    end_card(app, flagged ? theme::warning : theme::accent);
    ImGui::PopID();
    ImGui::Spacing();
}

void draw_items(AppState& app) {
    TaxonomyViewState& view = app.taxonomy;
    std::vector<std::size_t> shown;
    for (std::size_t i = 0; i < view.items.size(); ++i)
        if (view.selected_cell < 0 || category_index(view.items[i].category) == view.selected_cell)
            shown.push_back(i);

    if (view.selected_cell >= 0) {
        const auto category = static_cast<Category>(view.selected_cell);
        category_card_here(app, category, theme::warning);
        ImGui::Spacing();
        section_title(app, (category_name(category).in(app.language) + " (" +
                            std::to_string(shown.size()) + ")")
                               .c_str());
        if (ImGui::Button(label(app, text::show_all, "tax-show-all").c_str()))
            view.selected_cell = -1;
        remember_control(app, "tax-show-all");
    } else {
        section_title(
            app, (std::string(tr(app, text::all_items)) + " (" + std::to_string(shown.size()) + ")")
                     .c_str());
    }

    if (shown.empty()) {
        wrapped_text(theme::muted,
                     tr(app, view.selected_cell >= 0 ? text::no_items_in_cell : text::list_empty));
        return;
    }
    if (shown.size() > max_items_shown)
        wrapped_text(theme::muted, std::string(tr(app, text::shown_first)) + " " +
                                       std::to_string(max_items_shown) + " / " +
                                       format_number(double(shown.size()), app.language, 0));
    for (std::size_t k = 0; k < shown.size() && k < max_items_shown; ++k) {
        if (shown[k] >= view.items.size())
            break; // a correction re-sorted the items this frame
        draw_item(app, shown[k]);
    }
}

// ---- Learning -----------------------------------------------------------------------------

std::string share_line(const AppState& app, const Localized& what, int right, int items) {
    return std::string(tr(app, what)) + ": " + std::to_string(right) + " / " +
           std::to_string(items) + " (" + percent_text(app, items ? double(right) / items : 0.0) +
           ")";
}

void draw_learning(AppState& app) {
    TaxonomyViewState& view = app.taxonomy;
    begin_card(app);
    section_title(app, tr(app, text::learning_title));
    const CorrectionAccuracy& accuracy = view.accuracy;
    if (accuracy.items == 0) {
        wrapped_text(theme::muted, tr(app, text::no_corrections));
    } else {
        wrapped_text(theme::ink, std::string(tr(app, text::corrections_count)) + ": " +
                                     std::to_string(accuracy.items));
        wrapped_text(theme::ink,
                     share_line(app, text::accuracy_before, accuracy.right_before, accuracy.items));
        wrapped_text(theme::ink, share_line(app, text::accuracy_carried,
                                            accuracy.right_leave_one_out, accuracy.items));
        remember_control(app, "tax-accuracy");
        wrapped_text(theme::muted, tr(app, text::accuracy_note));
    }
    ImGui::Spacing();

    ImGui::BeginDisabled(view.classifier.corrections().empty());
    if (ImGui::Button(label(app, text::export_model, "tax-export").c_str()))
        page::download("engagelens-taxonomy-model.json", "application/json",
                       view.classifier.export_model());
    ImGui::EndDisabled();
    remember_control(app, "tax-export");
    const std::string import_label = label(app, text::import_model, "tax-import");
    same_line_if_fits(import_label.c_str());
    if (ImGui::Button(import_label.c_str()))
        browser::choose_file("taxonomy-model", ".json,application/json");
    remember_control(app, "tax-import");
    const std::string forget_label = label(app, text::forget_all, "tax-forget");
    same_line_if_fits(forget_label.c_str());
    ImGui::BeginDisabled(view.classifier.corrections().empty());
    if (ImGui::Button(forget_label.c_str()))
        taxonomy_forget_corrections(app);
    ImGui::EndDisabled();
    remember_control(app, "tax-forget");

    if (!view.import_message.empty()) {
        if (view.import_ok)
            wrapped_text(theme::ink,
                         std::string(tr(app, text::imported)) + ": " + view.import_message);
        else
            wrapped_text(theme::error,
                         std::string(tr(app, text::import_refused)) + ": " + view.import_message);
    }
    wrapped_text(theme::muted, tr(app, text::model_note));
    end_card(app, theme::muted);
}

// ---- Modes --------------------------------------------------------------------------------

void keep_items_current(AppState& app) {
    TaxonomyViewState& view = app.taxonomy;
    if (!view.list_initialised) {
        view.list_initialised = true;
        replace_list(app, taxonomy_example_lines(app.language));
    }
    if (view.source == TaxonomySource::Table && !view.stale &&
        taxonomy_table_signature(app) != view.table_signature)
        view.stale = true;
    if (view.stale)
        taxonomy_start_sorting(app);
    else
        taxonomy_continue_sorting(app, 0.012);
}

void draw_sort_mode(AppState& app) {
    const float width = logical_width(app, ImGui::GetContentRegionAvail().x);
    if (width >= wide_min_width) {
        const float left = std::floor(ImGui::GetContentRegionAvail().x * 0.52f);
        ImGui::BeginChild("tax-left", ImVec2(left, 0), false);
        draw_input(app);
        ImGui::Spacing();
        draw_matrix(app);
        ImGui::Spacing();
        draw_learning(app);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("tax-right", ImVec2(0, 0), false);
        draw_items(app);
        ImGui::EndChild();
        return;
    }
    draw_input(app);
    ImGui::Spacing();
    draw_matrix(app);
    ImGui::Spacing();
    draw_items(app);
    ImGui::Spacing();
    draw_learning(app);
}

void draw_cards_mode(AppState& app) {
    wrapped_text(theme::ink, initiator_axis_definition().in(app.language));
    wrapped_text(theme::ink, form_axis_definition().in(app.language));
    ImGui::Spacing();

    const float available = ImGui::GetContentRegionAvail().x;
    const int per_row = logical_width(app, available) >= three_cards_min_width ? 3 : 1;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float width = (available - gap * static_cast<float>(per_row - 1)) / per_row;
    for (int first = 0; first < category_count; first += per_row) {
        float height = 0.0f;
        for (int k = first; k < first + per_row; ++k)
            height = std::max(height, category_card_height(app, all_categories[k], width));
        const ImVec2 origin = ImGui::GetCursorScreenPos();
        for (int k = first; k < first + per_row; ++k)
            draw_category_card(
                app, all_categories[k],
                ImVec2(origin.x + static_cast<float>(k - first) * (width + gap), origin.y), width,
                height, theme::accent);
        ImGui::Dummy(ImVec2(available, height));
        ImGui::Spacing();
    }
}

void draw_mode_switch(AppState& app) {
    TaxonomyViewState& view = app.taxonomy;
    struct Entry {
        TaxonomyMode mode;
        const Localized* text;
        const char* id;
    };
    const Entry entries[] = {{TaxonomyMode::Sort, &text::mode_sort, "tax-mode-sort"},
                             {TaxonomyMode::Cards, &text::mode_cards, "tax-mode-cards"},
                             {TaxonomyMode::Quiz, &text::mode_quiz, "tax-mode-quiz"}};
    for (std::size_t i = 0; i < std::size(entries); ++i) {
        const std::string shown = label(app, *entries[i].text, entries[i].id);
        if (i > 0)
            same_line_if_fits(shown.c_str());
        if (toggle_button(shown.c_str(), view.mode == entries[i].mode))
            view.mode = entries[i].mode;
        remember_control(app, entries[i].id);
    }
}

} // namespace

// ---- Shared drawing (taxonomy_draw.h) -------------------------------------------------------

float text_height(ImFont* font, const std::string& text, float width) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, width, text.c_str()).y;
}

GridLayout grid_layout(const AppState& app, float min_cell_height, float max_cell_height) {
    GridLayout grid;
    grid.origin = ImGui::GetCursorScreenPos();
    grid.gap = scaled(app, 6.0f);
    float names = 0.0f;
    for (Initiator initiator : all_initiators)
        names = std::max(names,
                         ImGui::CalcTextSize(initiator_name(initiator).in(app.language).c_str()).x);
    const float available = ImGui::GetContentRegionAvail().x - scaled(app, 2.0f);
    grid.header_width = std::min(names + scaled(app, 12.0f), available * 0.28f);
    grid.header_height = ImGui::GetTextLineHeightWithSpacing() + scaled(app, 4.0f);
    grid.cell_width = std::floor((available - grid.header_width - grid.gap * 3.0f) / 3.0f);
    grid.cell_height = std::clamp(grid.cell_width * 0.55f, scaled(app, min_cell_height),
                                  scaled(app, max_cell_height));
    return grid;
}

void draw_grid_headers(const AppState& app, const GridLayout& grid) {
    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const ImU32 colour = ImGui::GetColorU32(theme::ink);
    for (Form form : all_forms) {
        const std::string& name = form_name(form).in(app.language);
        const ImVec2 min = grid.cell_min(0, form_index(form));
        const float width = font->CalcTextSizeA(size, FLT_MAX, 0, name.c_str()).x;
        draw_list->AddText(
            font, size,
            ImVec2(min.x + std::max(0.0f, (grid.cell_width - width) * 0.5f), grid.origin.y), colour,
            name.c_str());
    }
    for (Initiator initiator : all_initiators) {
        const std::string& name = initiator_name(initiator).in(app.language);
        const ImVec2 min = grid.cell_min(initiator_index(initiator), 0);
        const float wrap = grid.header_width - scaled(app, 8.0f);
        const float height = font->CalcTextSizeA(size, FLT_MAX, wrap, name.c_str()).y;
        draw_list->AddText(font, size,
                           ImVec2(grid.origin.x, min.y + (grid.cell_height - height) * 0.5f),
                           colour, name.c_str(), nullptr, wrap);
    }
}

void end_grid(const GridLayout& grid) {
    ImGui::SetCursorScreenPos(ImVec2(grid.origin.x, grid.bottom()));
    ImGui::Dummy(ImVec2(1.0f, 1.0f));
}

std::string category_axes(const AppState& app, Category category) {
    return initiator_name(initiator_of(category)).in(app.language) + " · " +
           form_name(form_of(category)).in(app.language);
}

namespace {

struct CardText {
    ImFont* font;
    std::string text;
    ImVec4 colour;
    float space_before;
};

std::vector<CardText> card_texts(const AppState& app, Category category) {
    const CategoryInfo& info = category_info(category);
    const float small_gap = scaled(app, 4.0f);
    std::vector<CardText> texts = {
        {app.fonts.heading, info.name.in(app.language), theme::ink, 0.0f},
        {app.fonts.body, category_axes(app, category), theme::muted, 0.0f},
        {app.fonts.body, info.definition.in(app.language), theme::ink, small_gap * 2},
        {app.fonts.body, tr(app, text::examples_title), theme::muted, small_gap * 2},
    };
    for (const Localized& example : info.examples)
        texts.push_back({app.fonts.body, "– " + example.in(app.language), theme::ink, small_gap});
    return texts;
}

} // namespace

float category_card_height(const AppState& app, Category category, float width) {
    const float padding = scaled(app, 14.0f);
    const float inner = width - padding * 2 - scaled(app, 5.0f);
    float height = padding * 2;
    for (const CardText& text : card_texts(app, category))
        height += text.space_before + text_height(text.font, text.text, inner);
    return height;
}

void draw_category_card(const AppState& app, Category category, const ImVec2& min, float width,
                        float height, const ImVec4& accent) {
    const float padding = scaled(app, 14.0f);
    const float stripe = scaled(app, 5.0f);
    const float rounding = scaled(app, 8.0f);
    const ImVec2 max(min.x + width, min.y + height);
    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    draw_list->AddRectFilled(min, max, ImGui::GetColorU32(theme::card), rounding);
    draw_list->AddRectFilled(min, ImVec2(min.x + stripe, max.y), ImGui::GetColorU32(accent),
                             rounding, ImDrawFlags_RoundCornersLeft);
    draw_list->AddRect(min, max, ImGui::GetColorU32(theme::card_border), rounding, 0,
                       scaled(app, 1.0f));

    const float inner = width - padding * 2 - stripe;
    float y = min.y + padding;
    for (const CardText& text : card_texts(app, category)) {
        y += text.space_before;
        draw_list->AddText(text.font, text.font->FontSize, ImVec2(min.x + stripe + padding, y),
                           ImGui::GetColorU32(text.colour), text.text.c_str(), nullptr, inner);
        y += text_height(text.font, text.text, inner);
    }
}

void category_card_here(const AppState& app, Category category, const ImVec4& accent) {
    const float width = ImGui::GetContentRegionAvail().x - scaled(app, 2.0f);
    const float height = category_card_height(app, category, width);
    draw_category_card(app, category, ImGui::GetCursorScreenPos(), width, height, accent);
    ImGui::Dummy(ImVec2(width, height));
}

// ---- The view -----------------------------------------------------------------------------

void draw_taxonomy_matrix(AppState& app, float min_cell_height, float max_cell_height) {
    keep_items_current(app);
    draw_matrix(app, min_cell_height, max_cell_height, false);
}

void draw_taxonomy_view(AppState& app) {
    app.taxonomy.opened = true;
    // The title wraps (panel_title does not): at 400 px and 200 % it is longer than the screen.
    ImGui::PushFont(app.fonts.heading);
    wrapped_text(theme::accent, tr(app, text::taxonomy_title));
    ImGui::PopFont();
    ImGui::Separator();
    ImGui::Spacing();
    if (app.taxonomy.mode != TaxonomyMode::Quiz)
        wrapped_text(theme::muted, tr(app, text::taxonomy_intro));
    draw_mode_switch(app);
    ImGui::Spacing();

    switch (app.taxonomy.mode) {
    case TaxonomyMode::Sort:
        keep_items_current(app);
        draw_sort_mode(app);
        break;
    case TaxonomyMode::Cards:
        draw_cards_mode(app);
        break;
    case TaxonomyMode::Quiz:
        draw_taxonomy_quiz(app);
        break;
    }
}

} // namespace engage::app
