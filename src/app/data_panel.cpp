// Data panel: where the table comes in, and what the engine made of it.
#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <string>

#include "app/browser.h"
#include "app/panels.h"
#include "app/samples.h"
#include "app/ui_text.h"
#include "engine/column_roles.h"
#include "engine/number_text.h"

namespace engage::app {

namespace {

constexpr float editor_lines = 9.0f;
constexpr std::size_t max_problems_shown = 300;
const ImVec4 jumped_row_colour{1.0f, 0.925f, 0.6f, 1.0f}; // a problem's row, found

// The editor's buffer is AppState::editor_text. The callback grows it, and inserts text from a
// paste event at the cursor: the browser delivers pasted text outside ImGui's frame, and this
// is the one place where ImGui lets us change the text of an active field.
int editor_callback(ImGuiInputTextCallbackData* data) {
    auto* app = static_cast<AppState*>(data->UserData);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        app->editor_text.resize(static_cast<std::size_t>(data->BufTextLen));
        data->Buf = app->editor_text.data();
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

void draw_placeholder(const AppState& app, const ImVec2& editor_min, float editor_width) {
    // ImGui 1.86 has hints for single-line fields only; the empty editor shows an example.
    const ImGuiStyle& style = ImGui::GetStyle();
    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    const ImVec2 origin(editor_min.x + style.FramePadding.x, editor_min.y + style.FramePadding.y);
    const ImU32 colour =
        ImGui::GetColorU32(ImVec4(theme::muted.x, theme::muted.y, theme::muted.z, 0.75f));
    const std::string example = tr(app, text::editor_placeholder);
    draw_list->AddText(origin, colour, example.c_str());
    const float lines = 2.0f;
    // The note wraps inside the editor: on a phone it is wider than the field.
    const float wrap_width = std::max(1.0f, editor_width - 2.0f * style.FramePadding.x);
    draw_list->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                       ImVec2(origin.x, origin.y + ImGui::GetTextLineHeight() * (lines + 0.4f)),
                       colour, tr(app, text::editor_placeholder_note), nullptr, wrap_width);
}

void draw_editor(AppState& app) {
    const float height =
        ImGui::GetTextLineHeight() * editor_lines + ImGui::GetStyle().FramePadding.y * 2.0f;
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize |
                                ImGuiInputTextFlags_CallbackAlways |
                                // Tabs separate TSV columns; without this flag ImGui drops them.
                                ImGuiInputTextFlags_AllowTabInput;
    if (app.editor_read_only)
        flags |= ImGuiInputTextFlags_ReadOnly;

    // A new ID per load: ImGui keeps the text of an active field, and would hide the new input.
    ImGui::PushID(app.editor_generation);
    const ImVec2 editor_min = ImGui::GetCursorScreenPos();
    const bool changed = ImGui::InputTextMultiline(
        "##table-text", app.editor_text.data(), app.editor_text.capacity() + 1,
        ImVec2(-FLT_MIN, height), flags, editor_callback, &app);
    remember_control(app, "table-editor");
    const bool active = ImGui::IsItemActive();
    ImGui::PopID();

    if (app.editor_text.empty() && !active)
        draw_placeholder(app, editor_min, ImGui::GetItemRectSize().x);
    if (changed)
        editor_changed(app);
}

void draw_buttons(AppState& app) {
    if (ImGui::Button((std::string(tr(app, text::open_file)) + "##open-file").c_str()))
        browser::open_file_dialog();
    remember_control(app, "open-file");

    const std::string samples_label = std::string(tr(app, text::samples)) + " \u25BE##samples";
    same_line_if_fits(samples_label.c_str());
    if (ImGui::Button(samples_label.c_str()))
        ImGui::OpenPopup("samples-menu");
    remember_control(app, "samples");
    if (ImGui::BeginPopup("samples-menu")) {
        for (const Sample& sample : samples()) {
            ImGui::PushID(sample.id);
            if (ImGui::Selectable(tr(app, sample.title)))
                load_text(app, sample.text, sample.file_name);
            remember_control(app, (std::string("sample-") + sample.id).c_str());
            ImGui::Indent();
            ImGui::TextColored(theme::muted, "%s", tr(app, sample.description));
            ImGui::Unindent();
            ImGui::PopID();
        }
        ImGui::EndPopup();
    }

    // At 360 px (a phone, German labels) the third button goes to the next line.
    const std::string clear_label = std::string(tr(app, text::clear)) + "##clear";
    same_line_if_fits(clear_label.c_str());
    ImGui::BeginDisabled(!app.has_input);
    if (ImGui::Button(clear_label.c_str()))
        load_text(app, "", "");
    remember_control(app, "clear");
    ImGui::EndDisabled();
}

const char* delimiter_name(const AppState& app, char delimiter) {
    switch (delimiter) {
    case '\t':
        return tr(app, text::tab);
    case ';':
        return tr(app, text::semicolon);
    case ',':
        return tr(app, text::comma);
    case '|':
        return tr(app, text::pipe);
    default:
        return "";
    }
}

std::string separator_text(const AppState& app, char separator) {
    const char* name = separator == ','   ? tr(app, text::comma)
                       : separator == '.' ? tr(app, text::point)
                                          : delimiter_name(app, separator);
    if (separator == '\0')
        return tr(app, text::no_delimiter);
    std::string shown = separator == '\t' ? std::string("\\t") : std::string(1, separator);
    // Quotation marks as each language writes them.
    if (app.language == Language::German)
        return "„" + shown + "“  (" + name + ")";
    return "“" + shown + "”  (" + name + ")";
}

void detected_row(const char* label, const std::string& value) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextColored(theme::muted, "%s", label);
    ImGui::TableNextColumn();
    wrapped_text(ImGui::GetStyleColorVec4(ImGuiCol_Text), value);
}

void draw_detected(AppState& app) {
    const InputInfo& input = app.analysis.input;
    section_title(app, tr(app, text::detected_title));
    if (!ImGui::BeginTable("detected", 2, ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);

    // Names the page gives to input without a file name are shown in the UI's language.
    if (app.source_name == "clipboard")
        detected_row(tr(app, text::source), tr(app, text::source_clipboard));
    else if (app.source_name == "drop")
        detected_row(tr(app, text::source), tr(app, text::source_drop));
    else if (!app.source_name.empty())
        detected_row(tr(app, text::source), app.source_name);
    detected_row(tr(app, text::encoding), input.encoding);
    detected_row(tr(app, text::delimiter), separator_text(app, input.delimiter));
    detected_row(tr(app, text::decimal_separator), separator_text(app, input.decimal_separator));
    detected_row(
        tr(app, text::shape),
        tr(app, input.shape == TableShape::KeyValue ? text::shape_key_value : text::shape_rows));
    detected_row(tr(app, text::rows),
                 format_number(static_cast<double>(input.row_count), app.language, 0));
    detected_row(tr(app, text::skipped_rows),
                 format_number(static_cast<double>(input.skipped_rows), app.language, 0));
    if (input.totals_rows > 0)
        detected_row(tr(app, text::totals_rows),
                     format_number(static_cast<double>(input.totals_rows), app.language, 0));
    if (input.aggregate_rows > 0)
        detected_row(tr(app, text::aggregate_rows), count_text(app, input.aggregate_rows));
    if (input.comment_rows > 0)
        detected_row(tr(app, text::comment_rows),
                     format_number(static_cast<double>(input.comment_rows), app.language, 0));
    ImGui::EndTable();
}

std::string table_label(const AppState& app, const InputInfo& input, std::size_t index) {
    const TableSummary& table = input.tables[index];
    std::string label = std::to_string(index + 1);
    if (!table.title.empty())
        label += " – " + table.title;
    label += " (" + counted_text(app, table.rows, text::table_row, text::table_rows) + ")";
    return label;
}

// Exports with several tables (Matomo reports, a title line and a blank line between tables):
// the engine picks the first with a known column; the user can pick another.
void draw_table_choice(AppState& app) {
    const InputInfo& input = app.analysis.input;
    if (input.tables.size() < 2)
        return;
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(theme::muted, "%s", tr(app, text::table_choice));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-FLT_MIN);
    const std::string preview = table_label(app, input, input.table_index);
    const bool open = ImGui::BeginCombo("##table-choice", preview.c_str());
    remember_control(app, "table-choice");
    if (!open)
        return;
    long chosen = -1;
    for (std::size_t i = 0; i < input.tables.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Selectable(table_label(app, input, i).c_str(), i == input.table_index))
            chosen = static_cast<long>(i);
        ImGui::PopID();
    }
    ImGui::EndCombo();
    if (chosen >= 0) {
        app.options.table_index = chosen;
        reanalyze(app);
    }
}

// The dropdown of one column's role. "Automatic" removes the override.
void role_combo(AppState& app, const ColumnInfo& column, std::size_t index) {
    std::string preview = tr(app, role_name(column.role));
    if (column.role_overridden)
        preview += "  \u2022"; // marks a role the user chose
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool open = ImGui::BeginCombo("##role", preview.c_str());
    const std::string control = "role-" + std::to_string(index);
    remember_control(app, control.c_str());
    if (column.role_overridden && ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr(app, text::role_changed));
    if (!open)
        return;

    bool changed = false;
    if (ImGui::Selectable(tr(app, text::role_automatic), !column.role_overridden)) {
        app.options.role_overrides.erase(column.header);
        changed = true;
    }
    ImGui::Separator();
    for (Role role : all_roles()) {
        ImGui::PushID(role_id(role));
        const bool selected = column.role_overridden && column.role == role;
        if (ImGui::Selectable(tr(app, role_name(role)), selected)) {
            app.options.role_overrides[column.header] = role;
            changed = true;
        }
        remember_control(app, (control + "-" + role_id(role)).c_str());
        ImGui::PopID();
    }
    ImGui::EndCombo();
    if (changed)
        reanalyze(app);
}

void draw_columns(AppState& app) {
    const InputInfo& input = app.analysis.input;
    if (input.columns.empty())
        return;
    section_title(app, tr(app, text::columns_title));
    wrapped_text(theme::muted, tr(app, text::columns_hint));

    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("columns", 4, flags))
        return;
    ImGui::TableSetupColumn(tr(app, text::column), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr(app, text::role), ImGuiTableColumnFlags_WidthStretch, 1.3f);
    // Fixed widths from the header text: auto-fit leaves the last header a few pixels short.
    const float padding = ImGui::GetStyle().CellPadding.x * 2.0f;
    ImGui::TableSetupColumn(tr(app, text::numbers), ImGuiTableColumnFlags_WidthFixed,
                            ImGui::CalcTextSize(tr(app, text::numbers)).x + padding);
    ImGui::TableSetupColumn(tr(app, text::missing), ImGuiTableColumnFlags_WidthFixed,
                            ImGui::CalcTextSize(tr(app, text::missing)).x + padding);
    ImGui::TableHeadersRow();

    // A copy: the combo may re-analyse, which replaces app.analysis.input.columns.
    const std::vector<ColumnInfo> columns = input.columns;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const ColumnInfo& column = columns[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextWrapped("%s", column.header.c_str());
        ImGui::TableNextColumn();
        role_combo(app, column, i);
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::Text(
            "%s",
            format_number(static_cast<double>(column.numeric_cells), app.language, 0).c_str());
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::Text(
            "%s",
            format_number(static_cast<double>(column.missing_cells), app.language, 0).c_str());
        ImGui::PopID();
    }
    ImGui::EndTable();
}

ImVec4 severity_colour(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return theme::error;
    case Severity::Warning:
        return theme::warning;
    case Severity::Info:
        return theme::muted;
    }
    return theme::muted;
}

// The kept rows as a grid, a screenful at a time (ImGuiListClipper), so a 200,000-row table
// costs no more per frame than a small one. A problem's row link scrolls here.
void draw_table_view(AppState& app) {
    const Table& table = app.analysis.table;
    if (table.column_count() == 0 || table.row_count() == 0)
        return;
    std::string title = std::string(tr(app, text::table_view_title)) + " (" +
                        format_number(static_cast<double>(table.row_count()), app.language, 0) +
                        ")";
    section_title(app, title.c_str());
    if (app.analysis.input.rows_kept < app.analysis.input.row_count)
        wrapped_text(theme::muted, tr(app, text::table_view_kept));

    // Bring the table view itself on screen in the panel before scrolling inside it.
    if (app.jump_to_row > 0)
        ImGui::SetScrollHereY(0.2f);

    const std::size_t columns = std::min<std::size_t>(table.column_count() + 1, 64);
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_SizingFixedFit;
    const float height = ImGui::GetTextLineHeightWithSpacing() * 12.0f;
    if (!ImGui::BeginTable("table-view", static_cast<int>(columns), flags, ImVec2(0, height)))
        return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(tr(app, text::row));
    for (std::size_t c = 0; c + 1 < columns; ++c)
        ImGui::TableSetupColumn(table.header[c].c_str());
    ImGui::TableHeadersRow();

    // Rows are in file order, so the jump target is found by binary search.
    if (app.jump_to_row > 0) {
        const std::vector<long>& source_rows = table.source_rows();
        const auto found =
            std::lower_bound(source_rows.begin(), source_rows.end(), app.jump_to_row);
        if (found != source_rows.end()) {
            const float row_height =
                ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2.0f;
            const auto index = static_cast<float>(found - source_rows.begin());
            ImGui::SetScrollY(std::max(0.0f, (index - 2.0f) * row_height));
            app.highlighted_row = *found;
        }
        app.jump_to_row = 0;
    }

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(table.row_count()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const auto index = static_cast<std::size_t>(r);
            const long source_row = table.source_row(index);
            ImGui::TableNextRow();
            if (source_row == app.highlighted_row)
                ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0,
                                       ImGui::GetColorU32(jumped_row_colour));
            ImGui::TableNextColumn();
            ImGui::TextColored(theme::muted, "%ld", source_row);
            if (source_row == app.highlighted_row)
                remember_control(app, "table-row-highlighted");
            const TableRow cells = table.row(index);
            for (std::size_t c = 0; c + 1 < columns && c < cells.size(); ++c) {
                ImGui::TableNextColumn();
                // Long cells (tweet texts, survey comments) are cut for the grid.
                const std::string_view cell = cells[c];
                if (cell.size() > 60) {
                    const std::string cut = std::string(cell.substr(0, 57)) + "…";
                    ImGui::TextUnformatted(cut.c_str());
                } else {
                    ImGui::TextUnformatted(cell.data(), cell.data() + cell.size());
                }
            }
        }
    }
    ImGui::EndTable();
    remember_control(app, "table-view");
}

void draw_problems(AppState& app) {
    const Problems& problems = app.analysis.problems;
    const long total =
        std::max(app.analysis.input.problem_count, static_cast<long>(problems.size()));
    std::string title = tr(app, text::problems_title);
    if (total > 0)
        title += " (" + format_number(static_cast<double>(total), app.language, 0) + ")";
    section_title(app, title.c_str());

    if (problems.empty()) {
        wrapped_text(theme::muted, tr(app, text::no_problems));
        return;
    }
    if (total > static_cast<long>(std::min(problems.size(), max_problems_shown)))
        wrapped_text(theme::muted, tr(app, text::problems_listed));

    // Two columns: long header names (a survey question) would make a column of their own
    // narrow and tall; they go above the message instead.
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
    if (!ImGui::BeginTable("problems", 2, flags))
        return;
    ImGui::TableSetupColumn(tr(app, text::row), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(tr(app, text::message), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();

    // Rows wrap to different heights, which ImGuiListClipper cannot skip over; a long list is
    // cut instead (the report keeps them all).
    const std::size_t shown = std::min(problems.size(), max_problems_shown);
    for (std::size_t i = 0; i < shown; ++i) {
        const Problem& problem = problems[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (problem.row > 0) {
            // The row number is a link into the table view below.
            char label[48];
            std::snprintf(label, sizeof label, "%ld##problem-%zu", problem.row, i);
            if (ImGui::SmallButton(label))
                app.jump_to_row = problem.row;
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s", tr(app, text::show_row_tip));
            if (i == 0)
                remember_control(app, "problem-row-0");
        } else
            ImGui::TextColored(theme::muted, "–");
        ImGui::TableNextColumn();
        if (!problem.column.empty())
            wrapped_text(theme::ink, problem.column);
        else if (problem.row == 0)
            wrapped_text(theme::ink, tr(app, text::whole_file));
        wrapped_text(severity_colour(problem.severity), problem.message.in(app.language));
    }
    ImGui::EndTable();
}

} // namespace

void draw_data_panel(AppState& app) {
    panel_title(app, tr(app, text::data_title));
    wrapped_text(theme::muted, tr(app, text::data_hint));
    ImGui::Spacing();

    draw_buttons(app);
    const float progress = analysis_progress(app);
    if (progress >= 0.0f) {
        char label[64];
        std::snprintf(label, sizeof label, "%s %d %%", tr(app, text::analysing),
                      static_cast<int>(progress * 100.0f));
        const float cancel_width = ImGui::CalcTextSize(tr(app, text::cancel)).x +
                                   ImGui::GetStyle().FramePadding.x * 2.0f;
        ImGui::ProgressBar(progress,
                           ImVec2(ImGui::GetContentRegionAvail().x - cancel_width -
                                      ImGui::GetStyle().ItemSpacing.x,
                                  0),
                           label);
        ImGui::SameLine();
        if (ImGui::Button((std::string(tr(app, text::cancel)) + "##cancel-analysis").c_str()))
            cancel_analysis(app);
        remember_control(app, "cancel-analysis");
    } else if (app.analysis_cancelled) {
        wrapped_text(theme::warning, tr(app, text::cancelled));
    }
    draw_editor(app);
    if (app.editor_read_only)
        wrapped_text(theme::muted, tr(app, text::large_input_note));
    if (!app.has_input || progress >= 0.0f)
        return; // nothing yet, or the previous input's details until the analysis is done

    if (!app.analysis.readable) {
        ImGui::Spacing();
        section_title(app, tr(app, text::unreadable_title));
        wrapped_text(theme::error, app.analysis.error.in(app.language));
        return;
    }

    ImGui::Spacing();
    draw_table_choice(app);
    draw_detected(app);
    ImGui::Spacing();
    draw_columns(app);
    ImGui::Spacing();
    draw_problems(app);
    ImGui::Spacing();
    draw_table_view(app);
}

} // namespace engage::app
