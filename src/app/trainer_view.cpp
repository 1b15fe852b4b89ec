// Seminar view: example cases, the guided tour and full-screen figures, with the presentation
// mode switch on top. Wide screens show the cases as a list beside the chosen case; below
// 760 logical px everything stacks in one column.
#include "app/trainer_view.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "app/app.h"
#include "app/example_cases.h"
#include "app/panels.h"
#include "app/trainer_presentation.h"
#include "app/trainer_text.h"
#include "app/trainer_tour.h"
#include "engine/number_text.h"

namespace engage::app {

namespace {

namespace txt = trainer_text;

constexpr float wide_min_width = 760.0f; // logical px, as the calculator's layout

bool wide_layout(const AppState& app) {
    return ImGui::GetContentRegionAvail().x / app.ui_scale >= wide_min_width;
}

// The sections as large toggle buttons, then the presentation switch; buttons that do not fit
// on the line wrap to the next rather than run off a narrow screen.
void draw_section_switcher(AppState& app) {
    struct Entry {
        TrainerSection section;
        const Localized* label;
        const char* id;
    };
    const Entry entries[] = {
        {TrainerSection::Cases, &txt::section_cases, "trainer-cases"},
        {TrainerSection::Tour, &txt::section_tour, "trainer-tour"},
        {TrainerSection::FullScreen, &txt::section_full_screen, "trainer-full-screen"}};
    const ImGuiStyle& style = ImGui::GetStyle();
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const float padding = std::max(style.FramePadding.x, ImGui::GetFontSize() * 0.8f) * 2.0f;
    const auto fits = [&](const std::string& label, float gap) {
        const float width = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + padding;
        return ImGui::GetItemRectMax().x + gap + width < right;
    };
    bool first = true;
    for (const Entry& entry : entries) {
        const std::string label = std::string(tr(app, *entry.label)) + "##" + entry.id;
        if (!first && fits(label, style.ItemInnerSpacing.x))
            ImGui::SameLine(0, style.ItemInnerSpacing.x);
        first = false;
        if (large_button(label.c_str(), app.trainer.section == entry.section))
            app.trainer.section = entry.section;
        remember_control(app, entry.id);
    }
    const std::string presentation = std::string(
        tr(app, app.trainer.presentation ? txt::presentation_on : txt::presentation_off));
    if (fits(presentation, style.ItemSpacing.x * 3.0f))
        ImGui::SameLine(0, style.ItemSpacing.x * 3.0f);
    draw_presentation_switch(app);
}

// ---- Example cases ------------------------------------------------------------------------------

void draw_case_list(AppState& app, float width) {
    const std::vector<ExampleCase>& cases = example_cases();
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const ExampleCase& example = cases[i];
        const std::string id = std::string("case-") + example.id;
        const std::string label = std::string(tr(app, example.title)) + "##" + id;
        const bool selected = app.trainer.selected_case == static_cast<int>(i);
        const bool pressed = large_button(label.c_str(), selected, width);
        remember_control(app, id.c_str());
        if (pressed) {
            app.trainer.selected_case = static_cast<int>(i);
            load_example_case(app, example);
        }
    }
    ImGui::PopStyleVar();
}

void draw_case(AppState& app, const ExampleCase& example) {
    ImGui::PushFont(app.fonts.heading);
    wrapped_text(theme::ink, example.title.in(app.language));
    ImGui::PopFont();
    wrapped_text(theme::muted, example.subtitle.in(app.language));
    if (example.illustrative) {
        ImGui::Spacing();
        chip(tr(app, txt::illustrative), theme::rating_colors("", "low"));
    }
    ImGui::Spacing();

    section_title(app, tr(app, txt::what_happened));
    wrapped_text(theme::ink, example.story.in(app.language));
    ImGui::Spacing();

    const Kpis figures = case_figures(example);
    if (!figures.empty()) {
        section_title(app, tr(app, txt::computed_figures));
        for (const Kpi& figure : figures) {
            draw_room_card(app, figure, false);
            for (const auto& [name, value] : figure.details)
                if (name == "one_in") {
                    char line[160];
                    const std::string rounded = format_number(value, app.language, 0);
                    std::snprintf(line, sizeof line, tr(app, txt::one_in), rounded.c_str());
                    wrapped_text(theme::ink, line);
                    ImGui::Spacing();
                }
        }
    }

    section_title(app, tr(app, txt::what_to_look_at));
    for (const Localized& point : example.look_at) {
        ImGui::Bullet();
        ImGui::SameLine();
        wrapped_text(theme::ink, point.in(app.language));
    }
    ImGui::Spacing();

    section_title(app, tr(app, txt::calculator_figures));
    if (example_case_loaded(app, example)) {
        ImGui::TextColored(theme::muted, "%s: %s", tr(app, txt::loaded_as), example.file_name);
        if (!example.role_overrides.empty())
            wrapped_text(theme::muted, tr(app, txt::roles_set));
        ImGui::Spacing();
        for (const std::string& id : example.highlight_kpis)
            if (const Kpi* kpi = current_kpi(app, id))
                draw_room_card(app, *kpi, true);
    } else {
        wrapped_text(theme::muted, tr(app, txt::not_loaded));
        const std::string label = std::string(tr(app, txt::load_again)) + "##case-reload";
        if (large_button(label.c_str()))
            load_example_case(app, example);
        remember_control(app, "case-reload");
    }
    const std::string open = std::string(tr(app, txt::open_calculator)) + "##case-open-calculator";
    if (large_button(open.c_str()))
        app.view = View::Calculator;
    remember_control(app, "case-open-calculator");
    ImGui::Spacing();

    begin_card(app);
    section_title(app, tr(app, txt::lesson));
    wrapped_text(theme::ink, example.lesson.in(app.language));
    end_card(app, theme::accent);
}

void draw_cases(AppState& app) {
    const std::vector<ExampleCase>& cases = example_cases();
    const int selected = app.trainer.selected_case;
    const ExampleCase* chosen =
        selected >= 0 && selected < static_cast<int>(cases.size()) ? &cases[selected] : nullptr;

    if (!wide_layout(app)) {
        wrapped_text(theme::muted, tr(app, txt::cases_hint));
        draw_case_list(app, -FLT_MIN);
        ImGui::Spacing();
        if (chosen)
            draw_case(app, *chosen);
        return;
    }

    // Wide: the list beside the case, in one table so that the whole view scrolls as one page
    // (child windows would each need a fixed height, which a projector's short screen lacks).
    if (!ImGui::BeginTable("trainer-cases", 2, ImGuiTableFlags_None))
        return;
    // Wide enough for the longest case title, within a third of the width.
    const float available = ImGui::GetContentRegionAvail().x;
    const float padding = std::max(ImGui::GetStyle().FramePadding.x, ImGui::GetFontSize() * 0.8f);
    float longest = 0.0f;
    for (const ExampleCase& example : cases)
        longest = std::max(longest, ImGui::CalcTextSize(tr(app, example.title)).x);
    const float list_width = std::floor(
        std::clamp(longest + padding * 2.0f + 2.0f, available * 0.25f, available * 0.36f));
    ImGui::TableSetupColumn("list", ImGuiTableColumnFlags_WidthFixed, list_width);
    ImGui::TableSetupColumn("case", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::PushTextWrapPos(0.0f);
    wrapped_text(theme::muted, tr(app, txt::cases_hint));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    draw_case_list(app, -FLT_MIN);
    ImGui::TableSetColumnIndex(1);
    ImGui::Indent(scaled(app, 8.0f));
    if (chosen) {
        draw_case(app, *chosen);
    } else {
        // Nothing chosen yet: what each case is about, so the column is not empty.
        wrapped_text(theme::muted, tr(app, txt::cases_overview));
        for (const ExampleCase& example : cases) {
            ImGui::Spacing();
            section_title(app, tr(app, example.title));
            wrapped_text(theme::muted, example.subtitle.in(app.language));
        }
    }
    ImGui::Unindent(scaled(app, 8.0f));
    ImGui::EndTable();
}

// ---- Full screen --------------------------------------------------------------------------------

void draw_full_screen_choice(AppState& app) {
    wrapped_text(theme::ink, tr(app, txt::presentation_about));
    ImGui::Spacing();
    wrapped_text(theme::ink, tr(app, txt::full_screen_about));
    ImGui::Spacing();
    bool any = false;
    for (const Kpi& kpi : app.analysis.kpis) {
        if (!kpi.defined())
            continue;
        any = true;
        const std::string id = "fullscreen-" + kpi.id;
        const std::string label =
            kpi.name.in(app.language) + ":  " + format_kpi_value(kpi, app.language) + "##" + id;
        ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
        if (large_button(label.c_str(), false, -FLT_MIN))
            show_full_screen(app, kpi.id);
        ImGui::PopStyleVar();
        remember_control(app, id.c_str());
    }
    if (!any)
        wrapped_text(theme::muted, tr(app, txt::full_screen_no_kpis));
    ImGui::Spacing();
    wrapped_text(theme::ink, tr(app, txt::full_screen_matrix));
    const std::string label = std::string(tr(app, txt::matrix_button)) + "##fullscreen-matrix";
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    if (large_button(label.c_str(), false, -FLT_MIN))
        show_matrix_full_screen(app);
    ImGui::PopStyleVar();
    remember_control(app, "fullscreen-matrix");
}

} // namespace

void draw_trainer_view(AppState& app) {
    app.trainer.opened = true;
    // In front of a room the title and introduction only take space: the buttons say what is
    // here.
    if (!app.trainer.presentation) {
        panel_title(app, tr(app, txt::title));
        wrapped_text(theme::muted, tr(app, txt::intro));
        ImGui::Spacing();
    }
    draw_section_switcher(app);
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();

    switch (app.trainer.section) {
    case TrainerSection::Cases:
        draw_cases(app);
        break;
    case TrainerSection::Tour:
        draw_tour(app);
        break;
    case TrainerSection::FullScreen:
        draw_full_screen_choice(app);
        break;
    }
}

} // namespace engage::app
