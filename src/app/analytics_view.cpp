// Analytics view: the frame, the caches, and the NPS, comparison, rates and history sections.
// Sessions and the customer journey are in analytics_journey.cpp.
#include "app/analytics_view.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <set>

#include "app/analytics_charts.h"
#include "app/analytics_sections.h"
#include "app/analytics_text.h"
#include "app/panels.h"
#include "engine/number_format.h"
#include "engine/number_text.h"

namespace engage::app {

namespace analytics {

namespace text = analytics_text;
using Json = nlohmann::ordered_json;

void labelled(const AppState& app, const Localized& label, const std::string& value) {
    ImGui::TextColored(theme::muted, "%s:", tr(app, label));
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(value.c_str()).x)
        ImGui::NewLine();
    wrapped_text(theme::ink, value);
}

void about(const AppState& app, const Localized& localized) {
    wrapped_text(theme::muted, tr(app, localized));
}

std::string number(const AppState& app, double value, int decimals) {
    std::string result = format_number(value, app.language, decimals);
    if (!result.empty() && result[0] == '-')
        result.replace(0, 1, "\u2212");
    // "-0,0" after rounding reads as a sign error.
    if (result.rfind("\u2212", 0) == 0 && result.find_first_of("123456789") == std::string::npos)
        result.erase(0, std::strlen("\u2212"));
    return result;
}

std::string signed_number(const AppState& app, double value, int decimals) {
    std::string result = number(app, value, decimals);
    if (result.rfind("\u2212", 0) != 0 && result.find_first_of("123456789") != std::string::npos)
        result.insert(0, "+");
    return result;
}

std::string percent(const AppState& app, double value, int decimals) {
    return number(app, value, decimals) + " %";
}

std::string p_value_text(const AppState& app, double p) {
    if (p < 0.001)
        return "< " + format_number(0.001, app.language, 3);
    return format_number(p, app.language, 3);
}

} // namespace analytics

namespace {

using namespace analytics;
namespace text = analytics_text;
using Json = nlohmann::ordered_json;

constexpr const char* rate_ids[] = {"click_through_rate", "conversion_rate",
                                    "conversion_rate_per_visitor", "bounce_rate",
                                    "engaged_bounce_rate"};
// The KPIs the article advises rating against their own history, first in the selector.
constexpr const char* history_first[] = {"click_through_rate", "bounce_rate", "time_on_site"};
constexpr std::size_t max_segment_values = 60;
constexpr std::size_t comments_shown_per_group = 12;

Period period_from_index(int index) {
    return index == 0 ? Period::Day : index == 1 ? Period::Week : Period::Month;
}

// ---- Caches --------------------------------------------------------------------------------

std::size_t analysis_signature(const AppState& app) {
    std::size_t hash = std::hash<std::string>{}(app.analysis.input.name);
    const auto mix = [&hash](std::size_t value) {
        hash ^= value + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2);
    };
    const Analysis& analysis = app.analysis;
    mix(static_cast<std::size_t>(analysis.input.bytes));
    mix(static_cast<std::size_t>(analysis.input.row_count));
    mix(static_cast<std::size_t>(analysis.input.problem_count));
    mix(analysis.table.row_count());
    if (analysis.table.row_count() > 0) // where the cells live: a new analysis, a new place
        mix(reinterpret_cast<std::size_t>(analysis.table.cell(0, 0).data()));
    mix(static_cast<std::size_t>(analysis.readable));
    for (const ColumnInfo& column : analysis.input.columns)
        mix(static_cast<std::size_t>(column.role));
    for (const Kpi& kpi : analysis.kpis)
        mix(std::hash<double>{}(kpi.value.value_or(-1.0e300)));
    mix(static_cast<std::size_t>(app.options.sessions.timeout_seconds));
    mix(static_cast<std::size_t>(app.options.sessions.single_page));
    mix(static_cast<std::size_t>(app.options.nps_assume_zero_to_ten));
    return hash;
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool looks_numeric(std::string_view cell) {
    const CellNumber number = parse_cell(cell, '.');
    return number.kind == CellKind::Number || parse_cell(cell, ',').kind == CellKind::Number;
}

// A column without a role whose filled cells are mostly not numbers (a segment, a comment).
bool is_text_column(const Table& table, const ColumnInfo& column, std::size_t index) {
    if (column.role != Role::None && column.role != Role::Label)
        return false;
    long filled = 0;
    long numeric = 0;
    for (std::size_t r = 0; r < table.row_count(); ++r) {
        const TableRow row = table.row(r);
        if (index >= row.size())
            continue;
        const std::string_view cell = trim_spaces(row[index]);
        if (cell.empty())
            continue;
        ++filled;
        numeric += looks_numeric(cell) ? 1 : 0;
        if (filled >= 2000)
            break; // the start of a column decides, as the reader's own sniffing does
    }
    return filled > 0 && numeric * 2 < filled;
}

std::size_t distinct_values(const Table& table, std::size_t column, std::size_t limit) {
    std::set<std::string_view> seen;
    for (std::size_t r = 0; r < table.row_count(); ++r) {
        const TableRow row = table.row(r);
        if (column >= row.size())
            continue;
        const std::string_view cell = trim_spaces(row[column]);
        if (!cell.empty())
            seen.insert(cell);
        if (seen.size() > limit)
            break;
    }
    return seen.size();
}

void find_columns(AppState& app) {
    AnalyticsViewState& view = app.analytics;
    const Analysis& analysis = app.analysis;
    const auto& columns = analysis.input.columns;
    const Table& table = analysis.table;
    const long rows = static_cast<long>(table.row_count());
    view.nps_column = -1;
    view.comment_column = -1;
    view.date_column = first_date_column(analysis);
    view.segment_columns.clear();
    if (analysis.input.shape != TableShape::Rows)
        return;

    for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c].role == Role::NpsScore && view.nps_column < 0)
            view.nps_column = static_cast<int>(c);

    int fallback_comment = -1;
    for (std::size_t c = 0; c < columns.size() && c < table.column_count(); ++c) {
        if (!is_text_column(table, columns[c], c))
            continue;
        const std::size_t distinct = distinct_values(table, c, max_segment_values);
        if (distinct >= 2 && distinct <= max_segment_values &&
            static_cast<long>(distinct) * 2 <= rows)
            view.segment_columns.push_back(static_cast<int>(c));

        const std::string header = lower(columns[c].header);
        for (const char* word : {"why", "warum", "comment", "kommentar", "begründ", "reason",
                                 "grund", "feedback", "anmerkung"})
            if (header.find(word) != std::string::npos && view.comment_column < 0)
                view.comment_column = static_cast<int>(c);
        if (fallback_comment < 0 && static_cast<int>(c) > view.nps_column && view.nps_column >= 0 &&
            static_cast<long>(distinct) * 2 > rows)
            fallback_comment = static_cast<int>(c);
    }
    if (view.comment_column < 0)
        view.comment_column = fallback_comment;
}

Grouping current_grouping(const AnalyticsViewState& view) {
    Grouping grouping;
    grouping.by_period = view.compare_by_period;
    grouping.period = period_from_index(view.compare_period);
    if (!view.compare_by_period && view.segment_choice >= 0 &&
        static_cast<std::size_t>(view.segment_choice) < view.segment_columns.size())
        grouping.column = view.segment_columns[static_cast<std::size_t>(view.segment_choice)];
    return grouping;
}

bool can_group(const AnalyticsViewState& view) {
    return view.compare_by_period ? view.date_column >= 0 : !view.segment_columns.empty();
}

void refresh_groups(AppState& app) {
    AnalyticsViewState& view = app.analytics;
    view.groups_dirty = false;
    view.rate_groups = {};
    view.nps_grouped = {};
    if (!can_group(view))
        return;
    const Grouping grouping = current_grouping(view);
    view.rate_groups = kpis_by_group(app.analysis, grouping, app.options.nps_assume_zero_to_ten);
    if (view.nps_column >= 0)
        view.nps_grouped =
            nps_by_grouping(app.analysis, grouping, view.nps_column, view.comment_column,
                            {app.options.nps_assume_zero_to_ten});
    // Periods: the latest against the one before; segments: the first two.
    const int count = static_cast<int>(view.rate_groups.groups.size());
    if (view.compare_by_period && count >= 2) {
        view.group_a = count - 1;
        view.group_b = count - 2;
    } else {
        view.group_a = 0;
        view.group_b = std::min(1, std::max(0, count - 1));
    }
}

void refresh_history(AppState& app) {
    AnalyticsViewState& view = app.analytics;
    view.history_dirty = false;
    view.history = kpis_by_period(app.analysis, period_from_index(view.history_period));
    const auto& trends = view.history.trends;
    const auto usable = [&](const std::string& id) {
        const auto found = trends.find(id);
        return found != trends.end() && found->second.defined;
    };
    if (usable(view.history_kpi))
        return;
    view.history_kpi.clear();
    for (const char* id : history_first)
        if (view.history_kpi.empty() && usable(id))
            view.history_kpi = id;
    for (const Kpi& kpi : app.analysis.kpis)
        if (view.history_kpi.empty() && usable(kpi.id))
            view.history_kpi = kpi.id;
}

void recompute_nps(AppState& app) {
    AnalyticsViewState& view = app.analytics;
    view.nps_all = {};
    if (view.nps_column >= 0)
        view.nps_all = nps_by_group(app.analysis.table, {view.nps_column, -1, view.comment_column},
                                    {}, {app.options.nps_assume_zero_to_ten});
    view.groups_dirty = true;
}

void refresh(AppState& app) {
    AnalyticsViewState& view = app.analytics;
    const std::size_t signature = analysis_signature(app);
    if (signature == view.signature)
        return;
    view.signature = signature;

    // A re-analysis of the same input (an option changed) keeps the user's comment column.
    const std::string input_key =
        app.analysis.input.name + "#" + std::to_string(app.analysis.input.columns.size());
    const bool same_input = input_key == view.input_key;
    view.input_key = input_key;
    const int old_comment = view.comment_column;
    find_columns(app);
    if (same_input && view.nps_column >= 0)
        view.comment_column = old_comment;
    if (view.segment_choice >= static_cast<int>(view.segment_columns.size()))
        view.segment_choice = 0;
    if (view.compare_by_period && view.date_column < 0)
        view.compare_by_period = false;
    if (!view.compare_by_period && view.segment_columns.empty() && view.date_column >= 0)
        view.compare_by_period = true;

    recompute_nps(app);
    view.history_dirty = true;
    detect_journey(app);
}

// ---- Comparison controls -------------------------------------------------------------------

const std::vector<GroupKpis>& group_list(const AnalyticsViewState& view) {
    return view.rate_groups.groups;
}

const NpsGroup* nps_group_named(const AnalyticsViewState& view, const std::string& name) {
    for (const NpsGroup& group : view.nps_grouped.groups)
        if (group.name == name)
            return &group;
    return nullptr;
}

float control_width(const AppState& app, float logical) {
    return std::min(ImGui::GetContentRegionAvail().x, scaled(app, logical));
}

bool group_combo(AppState& app, const Localized& label, const char* id, int* index) {
    const auto& groups = group_list(app.analytics);
    if (groups.empty())
        return false;
    *index = std::clamp(*index, 0, static_cast<int>(groups.size()) - 1);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(app, label));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(control_width(app, 420.0f));
    bool changed = false;
    const std::string preview = groups[static_cast<std::size_t>(*index)].name;
    if (ImGui::BeginCombo((std::string("##") + id).c_str(), preview.c_str())) {
        for (std::size_t i = 0; i < groups.size(); ++i) {
            const std::string item =
                groups[i].name + " (" + count_text(app, groups[i].rows) + ")##" + std::to_string(i);
            if (ImGui::Selectable(item.c_str(), static_cast<int>(i) == *index)) {
                *index = static_cast<int>(i);
                changed = true;
            }
            remember_control(app, (std::string(id) + "-" + std::to_string(i)).c_str());
        }
        ImGui::EndCombo();
    }
    remember_control(app, id);
    return changed;
}

bool period_radios(AppState& app, int* period, const char* id_prefix) {
    bool changed = false;
    const Localized* labels[] = {&text::period_day, &text::period_week, &text::period_month};
    const char* ids[] = {"day", "week", "month"};
    for (int i = 0; i < 3; ++i) {
        if (i > 0)
            ImGui::SameLine();
        const std::string label = std::string(tr(app, *labels[i])) + "##" + id_prefix + ids[i];
        if (ImGui::RadioButton(label.c_str(), *period == i) && *period != i) {
            *period = i;
            changed = true;
        }
        remember_control(app, (std::string(id_prefix) + ids[i]).c_str());
    }
    return changed;
}

void draw_grouping_controls(AppState& app) {
    AnalyticsViewState& view = app.analytics;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(app, text::compare_by));
    ImGui::SameLine();
    const bool segments = !view.segment_columns.empty();
    ImGui::BeginDisabled(!segments);
    if (ImGui::RadioButton((std::string(tr(app, text::by_segment)) + "##by-segment").c_str(),
                           !view.compare_by_period) &&
        view.compare_by_period) {
        view.compare_by_period = false;
        view.groups_dirty = true;
    }
    ImGui::EndDisabled();
    remember_control(app, "analytics-compare-segment");
    ImGui::SameLine();
    ImGui::BeginDisabled(view.date_column < 0);
    if (ImGui::RadioButton((std::string(tr(app, text::by_period)) + "##by-period").c_str(),
                           view.compare_by_period) &&
        !view.compare_by_period) {
        view.compare_by_period = true;
        view.groups_dirty = true;
    }
    ImGui::EndDisabled();
    remember_control(app, "analytics-compare-period");

    if (!view.compare_by_period) {
        if (!segments) {
            about(app, text::no_segments);
            return;
        }
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(app, text::segment_column));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(control_width(app, 360.0f));
        const auto& columns = app.analysis.input.columns;
        const auto header = [&](int column) {
            return columns[static_cast<std::size_t>(column)].header;
        };
        const std::string preview =
            header(view.segment_columns[static_cast<std::size_t>(view.segment_choice)]);
        if (ImGui::BeginCombo("##segment-column", preview.c_str())) {
            for (std::size_t i = 0; i < view.segment_columns.size(); ++i) {
                const std::string item =
                    header(view.segment_columns[i]) + "##segment" + std::to_string(i);
                if (ImGui::Selectable(item.c_str(), static_cast<int>(i) == view.segment_choice)) {
                    view.segment_choice = static_cast<int>(i);
                    view.groups_dirty = true;
                }
                remember_control(app, ("analytics-segment-column-" + std::to_string(i)).c_str());
            }
            ImGui::EndCombo();
        }
        remember_control(app, "analytics-segment-column");
    } else if (period_radios(app, &view.compare_period, "analytics-compare-")) {
        view.groups_dirty = true;
    }
    if (view.groups_dirty)
        refresh_groups(app);

    group_combo(app, text::group_a, "analytics-group-a", &view.group_a);
    group_combo(app, text::group_b, "analytics-group-b", &view.group_b);
}

bool two_groups_chosen(const AnalyticsViewState& view) {
    const auto size = static_cast<int>(group_list(view).size());
    return size >= 2 && view.group_a != view.group_b && view.group_a < size && view.group_b < size;
}

void draw_verdict(const AppState& app, bool significant, const Localized& verdict) {
    const theme::RatingColors colours =
        significant ? theme::rating_colors("", "good") : theme::rating_colors("", "");
    wrapped_text(significant ? colours.text : theme::ink, verdict.in(app.language));
}

// ---- NPS -------------------------------------------------------------------------------------

std::string nps_score_text(const AppState& app, double score) {
    return signed_number(app, score, 1);
}

void draw_nps_statistics(AppState& app, const NpsStatistics& statistics) {
    ImGui::PushFont(app.fonts.value);
    ImGui::TextUnformatted(nps_score_text(app, statistics.score).c_str());
    ImGui::PopFont();
    labelled(app, text::interval95,
             nps_score_text(app, statistics.low) + " … " + nps_score_text(app, statistics.high));
    labelled(app, text::margin_of_error,
             "± " + number(app, statistics.margin_of_error, 1) + " " + tr(app, text::points));
    labelled(app, text::standard_error,
             number(app, statistics.standard_error, 2) + " " + tr(app, text::points));
    labelled(app, text::method, statistics.method_note.in(app.language));
    const NpsCounts& counts = statistics.counts;
    const auto share = [&](long part) {
        return percent(app,
                       100.0 * static_cast<double>(part) / static_cast<double>(counts.total()));
    };
    legend_item(chart_colours::promoter,
                (std::string(tr(app, text::promoters)) + ": " + count_text(app, counts.promoters) +
                 " (" + share(counts.promoters) + ")")
                    .c_str());
    legend_item(chart_colours::passive,
                (std::string(tr(app, text::passives)) + ": " + count_text(app, counts.passives) +
                 " (" + share(counts.passives) + ")")
                    .c_str());
    legend_item(chart_colours::detractor,
                (std::string(tr(app, text::detractors)) + ": " +
                 count_text(app, counts.detractors) + " (" + share(counts.detractors) + ")")
                    .c_str());
    ImGui::Spacing();
    nps_gauge(app, statistics.score, statistics.low, statistics.high);
    about(app, text::gauge_caption);
}

void draw_scale_refusal(AppState& app) {
    const NpsGroups& all = app.analytics.nps_all;
    wrapped_text(theme::error, tr(app, text::scale_refused_title));
    wrapped_text(theme::ink, all.scale.message.in(app.language));
    bool assume = app.options.nps_assume_zero_to_ten;
    if (ImGui::Checkbox((std::string(tr(app, text::assume_zero_to_ten)) + "##assume").c_str(),
                        &assume)) {
        app.options.nps_assume_zero_to_ten = assume;
        reanalyze(app);
    }
    remember_control(app, "analytics-nps-assume-0-10");
    about(app, text::assume_zero_to_ten_note);
}

void draw_comment_choice(AppState& app) {
    AnalyticsViewState& view = app.analytics;
    const auto& columns = app.analysis.input.columns;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(app, text::comment_column));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(control_width(app, 360.0f));
    const std::string preview = view.comment_column >= 0
                                    ? columns[static_cast<std::size_t>(view.comment_column)].header
                                    : std::string(tr(app, text::none));
    if (ImGui::BeginCombo("##comment-column", preview.c_str())) {
        if (ImGui::Selectable((std::string(tr(app, text::none)) + "##no-comment").c_str(),
                              view.comment_column < 0)) {
            view.comment_column = -1;
            recompute_nps(app);
        }
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (!is_text_column(app.analysis.table, columns[c], c))
                continue;
            if (ImGui::Selectable((columns[c].header + "##comment" + std::to_string(c)).c_str(),
                                  view.comment_column == static_cast<int>(c))) {
                view.comment_column = static_cast<int>(c);
                recompute_nps(app);
            }
        }
        ImGui::EndCombo();
    }
    remember_control(app, "analytics-comment-column");
}

void draw_comments(const AppState& app, const std::vector<const NpsGroup*>& groups) {
    for (const NpsGroup* group : groups) {
        if (group->comments.empty())
            continue;
        if (!group->name.empty())
            ImGui::TextColored(theme::accent, "%s", group->name.c_str());
        std::size_t shown = 0;
        for (const NpsComment& comment : group->comments) {
            if (shown++ >= comments_shown_per_group)
                break;
            const ImVec4 colour = comment.score >= 9   ? chart_colours::promoter
                                  : comment.score >= 7 ? theme::muted
                                                       : chart_colours::detractor;
            ImGui::TextColored(colour, "%2d", comment.score);
            ImGui::SameLine();
            wrapped_text(theme::ink, comment.text);
        }
        if (group->comments.size() > comments_shown_per_group)
            ImGui::TextColored(
                theme::muted, "… %s",
                counted_text(app,
                             static_cast<long long>(group->comments.size() -
                                                    comments_shown_per_group),
                             text::comment_more, text::comments_more)
                    .c_str());
    }
}

// The whole table's comments under promoters, passives and detractors.
void draw_comments_by_answer(const AppState& app, const NpsGroup& whole) {
    struct Part {
        const Localized* name;
        int from, to;
        ImVec4 colour;
    };
    const Part parts[] = {{&text::promoters, 9, 10, chart_colours::promoter},
                          {&text::passives, 7, 8, theme::muted},
                          {&text::detractors, 0, 6, chart_colours::detractor}};
    for (const Part& part : parts) {
        NpsGroup group;
        group.name = tr(app, *part.name);
        for (const NpsComment& comment : whole.comments)
            if (comment.score >= part.from && comment.score <= part.to)
                group.comments.push_back(comment);
        if (group.comments.empty())
            continue;
        ImGui::TextColored(part.colour, "%s (%zu)", group.name.c_str(), group.comments.size());
        group.name.clear();
        draw_comments(app, {&group});
    }
}

void draw_nps_comparison(AppState& app) {
    AnalyticsViewState& view = app.analytics;
    if (!two_groups_chosen(view)) {
        about(app, text::need_two_groups);
        return;
    }
    const auto& groups = group_list(view);
    const NpsGroup* a = nps_group_named(view, groups[static_cast<std::size_t>(view.group_a)].name);
    const NpsGroup* b = nps_group_named(view, groups[static_cast<std::size_t>(view.group_b)].name);
    if (!a || !b)
        return;
    const NpsComparison comparison = compare_nps(a->counts, b->counts);
    if (!comparison.defined) {
        wrapped_text(theme::muted, comparison.reason.in(app.language));
        return;
    }
    const auto side = [&](const NpsGroup& group, const Localized& label) {
        labelled(app, label,
                 group.name + ": NPS " + nps_score_text(app, group.statistics.score) + " (" +
                     nps_score_text(app, group.statistics.low) + " … " +
                     nps_score_text(app, group.statistics.high) +
                     "), n = " + count_text(app, group.counts.total()));
    };
    side(*a, text::group_a);
    side(*b, text::group_b);
    labelled(app, text::difference,
             signed_number(app, comparison.difference, 1) + " " + tr(app, text::points));
    labelled(app, text::difference_interval,
             signed_number(app, comparison.low, 1) + " … " +
                 signed_number(app, comparison.high, 1));
    labelled(app, text::p_value, p_value_text(app, comparison.p_value));
    draw_verdict(app, comparison.significant, comparison.verdict);

    std::vector<HistogramSeries> series;
    series.push_back({a->name, chart_colours::series[0], a->histogram});
    series.push_back({b->name, chart_colours::series[1], b->histogram});
    ImGui::Spacing();
    legend_item(chart_colours::series[0], a->name.c_str());
    ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 2.0f);
    legend_item(chart_colours::series[1], b->name.c_str());
    nps_histogram(app, series, false);
    if (!a->comments.empty() || !b->comments.empty()) {
        ImGui::TextColored(theme::muted, "%s", tr(app, text::comments_title));
        draw_comments(app, {a, b});
    }
}

void draw_nps_section(AppState& app) {
    AnalyticsViewState& view = app.analytics;
    const NpsGroups& all = view.nps_all;
    begin_card(app);
    section_title(app, tr(app, text::nps_title));
    about(app, text::nps_about);
    labelled(app, text::score_column,
             app.analysis.input.columns[static_cast<std::size_t>(view.nps_column)].header);
    draw_comment_choice(app);
    ImGui::Spacing();

    if (!all.scale.accepted) {
        draw_scale_refusal(app);
        end_card(app, theme::error);
        return;
    }
    if (!all.defined || all.groups.empty() || !all.groups[0].statistics.defined) {
        wrapped_text(theme::muted, all.groups.empty()
                                       ? all.scale.message.in(app.language)
                                       : all.groups[0].statistics.reason.in(app.language));
        end_card(app, theme::muted);
        return;
    }
    const NpsGroup& whole = all.groups[0];
    draw_nps_statistics(app, whole.statistics);
    about(app, text::not_mean);
    if (app.options.nps_assume_zero_to_ten) {
        bool assume = true;
        if (ImGui::Checkbox((std::string(tr(app, text::assume_zero_to_ten)) + "##assume").c_str(),
                            &assume)) {
            app.options.nps_assume_zero_to_ten = assume;
            reanalyze(app);
        }
        remember_control(app, "analytics-nps-assume-0-10");
    }

    ImGui::Spacing();
    ImGui::TextColored(theme::muted, "%s", tr(app, text::histogram_title));
    const bool segments_available = !view.nps_grouped.groups.empty();
    if (segments_available) {
        if (ImGui::RadioButton(
                (std::string(tr(app, text::colour_by_answer)) + "##by-answer").c_str(),
                !view.colour_by_segment))
            view.colour_by_segment = false;
        remember_control(app, "analytics-histogram-by-answer");
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < scaled(app, 180.0f))
            ImGui::NewLine();
        if (ImGui::RadioButton(
                (std::string(tr(app, text::colour_by_segment)) + "##by-segment-colour").c_str(),
                view.colour_by_segment))
            view.colour_by_segment = true;
        remember_control(app, "analytics-histogram-by-segment");
    }
    std::vector<HistogramSeries> series;
    if (view.colour_by_segment && segments_available) {
        std::size_t index = 0;
        for (const NpsGroup& group : view.nps_grouped.groups) {
            const ImVec4 colour = chart_colours::series[index++ % chart_colours::series.size()];
            series.push_back({group.name, colour, group.histogram});
            if (index <= chart_colours::series.size()) {
                if (index > 1)
                    ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 2.0f);
                if (ImGui::GetContentRegionAvail().x <
                    ImGui::CalcTextSize(group.name.c_str()).x + ImGui::GetTextLineHeight() * 2.0f)
                    ImGui::NewLine();
                legend_item(colour, group.name.c_str());
            }
        }
    } else {
        series.push_back({"", theme::accent, whole.histogram});
    }
    nps_histogram(app, series, !(view.colour_by_segment && segments_available));

    if (!whole.comments.empty()) {
        ImGui::Spacing();
        ImGui::TextColored(theme::muted, "%s", tr(app, text::comments_title));
        draw_comments_by_answer(app, whole);
    }
    end_card(app, theme::accent);
}

// ---- Comparison section ---------------------------------------------------------------------

void draw_rate_comparisons(AppState& app) {
    const AnalyticsViewState& view = app.analytics;
    if (!two_groups_chosen(view))
        return;
    const auto& groups = group_list(view);
    const GroupKpis& a = groups[static_cast<std::size_t>(view.group_a)];
    const GroupKpis& b = groups[static_cast<std::size_t>(view.group_b)];
    for (const char* id : rate_ids) {
        const Kpi* first = find_kpi(a.kpis, id);
        const Kpi* second = find_kpi(b.kpis, id);
        if (!first || !second || !first->defined() || !second->defined())
            continue;
        ImGui::Spacing();
        ImGui::PushFont(app.fonts.heading);
        ImGui::TextUnformatted(first->name.in(app.language).c_str());
        ImGui::PopFont();
        const ProportionComparison comparison = compare_rate(*first, *second);
        labelled(app, text::group_a, a.name + ": " + percent(app, *first->value, 2));
        labelled(app, text::group_b, b.name + ": " + percent(app, *second->value, 2));
        if (!comparison.defined) {
            wrapped_text(theme::muted, comparison.reason.in(app.language));
            continue;
        }
        labelled(app, text::difference,
                 signed_number(app, comparison.difference * 100.0, 2) + " " +
                     tr(app, text::percentage_points));
        labelled(app, text::difference_interval,
                 signed_number(app, comparison.low * 100.0, 2) + " … " +
                     signed_number(app, comparison.high * 100.0, 2));
        labelled(app, text::p_value, p_value_text(app, comparison.p_value));
        draw_verdict(app, comparison.significant, comparison.verdict);
    }
}

bool has_rates(const AppState& app) {
    for (const char* id : rate_ids) {
        const Kpi* kpi = find_kpi(app.analysis.kpis, id);
        if (kpi && kpi->defined())
            return true;
    }
    return false;
}

void draw_compare_section(AppState& app) {
    AnalyticsViewState& view = app.analytics;
    begin_card(app);
    section_title(app, tr(app, text::compare_title));
    about(app, text::compare_about);
    draw_grouping_controls(app);
    if (view.nps_column >= 0 && view.nps_all.scale.accepted && !view.nps_grouped.groups.empty()) {
        ImGui::Spacing();
        ImGui::PushFont(app.fonts.heading);
        ImGui::TextUnformatted("NPS");
        ImGui::PopFont();
        draw_nps_comparison(app);
    }
    if (app.analysis.input.shape == TableShape::Rows)
        draw_rate_comparisons(app);
    end_card(app, theme::accent);
}

// ---- Rates ------------------------------------------------------------------------------------

void draw_rates_section(AppState& app) {
    begin_card(app);
    section_title(app, tr(app, text::rates_title));
    about(app, text::rates_about);
    for (const char* id : rate_ids) {
        const Kpi* kpi = find_kpi(app.analysis.kpis, id);
        if (!kpi || !kpi->defined())
            continue;
        std::string value = percent(app, *kpi->value, 2);
        if (kpi->ci95)
            value += "   (95 %: " + percent(app, kpi->ci95->first, 2) + " … " +
                     percent(app, kpi->ci95->second, 2) + ")";
        else
            value += "   (" + std::string(tr(app, text::no_interval)) + ")";
        labelled(app, kpi->name, value);
    }
    end_card(app, theme::accent);
}

// ---- History ----------------------------------------------------------------------------------

std::string kpi_unit(const AppState& app, const std::string& id) {
    const Kpi* kpi = find_kpi(app.analysis.kpis, id);
    return kpi ? kpi->unit : std::string();
}

std::string value_text(const AppState& app, const std::string& unit, double value) {
    if (unit == "%")
        return percent(app, value, 1);
    if (unit == "s")
        return format_duration(std::max(0.0, value));
    if (unit == "score")
        return signed_number(app, value, 1);
    if (unit == "count")
        return number(app, value, 0);
    return number(app, value, 2);
}

std::string change_text(const AppState& app, const PercentChange& change) {
    if (!change.defined)
        return change.reason.in(app.language).empty() ? "–" : change.reason.in(app.language);
    return signed_number(app, change.percent, 1) + " %";
}

void draw_history_section(AppState& app) {
    AnalyticsViewState& view = app.analytics;
    begin_card(app);
    section_title(app, tr(app, text::history_title));
    about(app, text::history_about);
    if (period_radios(app, &view.history_period, "analytics-history-"))
        view.history_dirty = true;
    if (view.history_dirty)
        refresh_history(app);
    const KpiHistory& history = view.history;
    if (!history.defined) {
        wrapped_text(theme::muted, history.reason.in(app.language));
        end_card(app, theme::muted);
        return;
    }

    // The KPI selector: the article's three first, marked.
    std::vector<std::string> ids;
    for (const char* id : history_first)
        if (history.trends.count(id) && history.trends.at(id).defined)
            ids.push_back(id);
    for (const Kpi& kpi : app.analysis.kpis)
        if (history.trends.count(kpi.id) && history.trends.at(kpi.id).defined &&
            std::find(ids.begin(), ids.end(), kpi.id) == ids.end())
            ids.push_back(kpi.id);
    const auto name_of = [&](const std::string& id) {
        const Kpi* kpi = find_kpi(app.analysis.kpis, id);
        std::string name = kpi ? kpi->name.in(app.language) : id;
        if (std::find(std::begin(history_first), std::end(history_first), id) !=
            std::end(history_first))
            name += std::string(" ") + tr(app, text::advised);
        return name;
    };
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(app, text::kpi));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(control_width(app, 420.0f));
    if (ImGui::BeginCombo("##history-kpi", name_of(view.history_kpi).c_str())) {
        for (const std::string& id : ids) {
            if (ImGui::Selectable((name_of(id) + "##" + id).c_str(), id == view.history_kpi))
                view.history_kpi = id;
            remember_control(app, ("analytics-history-kpi-" + id).c_str());
        }
        ImGui::EndCombo();
    }
    remember_control(app, "analytics-history-kpi");

    const auto found = history.trends.find(view.history_kpi);
    if (found == history.trends.end() || !found->second.defined) {
        end_card(app, theme::muted);
        return;
    }
    const TrendComparison& trend = found->second;
    const std::string unit = kpi_unit(app, view.history_kpi);
    std::vector<std::string> labels;
    std::vector<double> values;
    for (const PeriodValue& period : trend.periods) {
        labels.push_back(period.label);
        values.push_back(period.value);
    }
    ImGui::TextColored(theme::muted, "%s · %s",
                       counted_text(app, static_cast<long long>(values.size()), text::period_word,
                                    text::periods_word)
                           .c_str(),
                       trend.has_history ? tr(app, text::median_line) : "");
    trend_chart(app, labels, values,
                trend.has_history ? std::optional<double>(trend.history_median) : std::nullopt,
                [&](double value) { return value_text(app, unit, value); });

    labelled(app, text::latest,
             trend.latest.label + ": " + value_text(app, unit, trend.latest.value));
    labelled(app, text::vs_previous, change_text(app, trend.change_vs_previous));
    labelled(app, text::vs_median,
             change_text(app, trend.change_vs_median) +
                 (trend.has_history ? " (" + value_text(app, unit, trend.history_median) + ")"
                                    : std::string()));
    if (!trend.rating.empty()) {
        ImGui::TextColored(theme::muted, "%s:", tr(app, text::rating_own_history));
        ImGui::SameLine();
        const bool better = trend.rating.find("better") != std::string::npos;
        const bool worse = trend.rating.find("worse") != std::string::npos;
        chip(trend.rating_label.in(app.language).c_str(),
             theme::rating_colors("", better  ? "good"
                                      : worse ? "negative"
                                              : ""));
    } else if (!trend.rating_note.empty()) {
        wrapped_text(theme::muted, trend.rating_note.in(app.language));
    }
    if (history.undated_rows > 0)
        ImGui::TextColored(
            theme::muted, "%s",
            counted_text(app, history.undated_rows, text::undated_row, text::undated_rows)
                .c_str());
    if (!history.note.empty())
        wrapped_text(theme::muted, history.note.in(app.language));
    end_card(app, theme::accent);
}

// ---- JSON for window.engage.analytics() ------------------------------------------------------

Json statistics_json(const NpsStatistics& statistics, Language language) {
    Json out;
    out["defined"] = statistics.defined;
    if (!statistics.defined) {
        out["reason"] = statistics.reason.in(language);
        return out;
    }
    out["score"] = statistics.score;
    out["standard_error"] = statistics.standard_error;
    out["margin_of_error"] = statistics.margin_of_error;
    out["ci95"] = {statistics.low, statistics.high};
    out["method"] = statistics.method == NpsIntervalMethod::AdjustedWald ? "adjusted_wald" : "wald";
    out["method_note"] = statistics.method_note.in(language);
    out["counts"] = {{"promoters", statistics.counts.promoters},
                     {"passives", statistics.counts.passives},
                     {"detractors", statistics.counts.detractors},
                     {"total", statistics.counts.total()}};
    return out;
}

Json nps_json(const AppState& app) {
    const AnalyticsViewState& view = app.analytics;
    if (view.nps_column < 0)
        return nullptr;
    const auto& columns = app.analysis.input.columns;
    Json out;
    out["column"] = columns[static_cast<std::size_t>(view.nps_column)].header;
    out["comment_column"] =
        view.comment_column >= 0
            ? Json(columns[static_cast<std::size_t>(view.comment_column)].header)
            : Json(nullptr);
    out["scale"] = {{"accepted", view.nps_all.scale.accepted},
                    {"message", view.nps_all.scale.message.in(app.language)},
                    {"assume_zero_to_ten", app.options.nps_assume_zero_to_ten}};
    if (!view.nps_all.groups.empty()) {
        const NpsGroup& whole = view.nps_all.groups[0];
        out["statistics"] = statistics_json(whole.statistics, app.language);
        out["histogram"] = whole.histogram;
        out["comments"] = whole.comments.size();
    }
    Json groups = Json::array();
    for (const NpsGroup& group : view.nps_grouped.groups)
        groups.push_back(
            {{"name", group.name},
             {"answers", group.counts.total()},
             {"score", group.statistics.defined ? Json(group.statistics.score) : Json(nullptr)},
             {"comments", group.comments.size()}});
    out["groups"] = groups;
    return out;
}

Json comparison_json(const AppState& app) {
    const AnalyticsViewState& view = app.analytics;
    Json out;
    out["by"] = view.compare_by_period ? "period" : "segment";
    if (view.compare_by_period)
        out["period"] = period_id(period_from_index(view.compare_period));
    else if (!view.segment_columns.empty())
        out["column"] =
            app.analysis.input.columns[static_cast<std::size_t>(current_grouping(view).column)]
                .header;
    Json names = Json::array();
    for (const GroupKpis& group : group_list(view))
        names.push_back(group.name);
    out["groups"] = names;
    if (!two_groups_chosen(view))
        return out;
    const auto& groups = group_list(view);
    const GroupKpis& a = groups[static_cast<std::size_t>(view.group_a)];
    const GroupKpis& b = groups[static_cast<std::size_t>(view.group_b)];
    out["a"] = a.name;
    out["b"] = b.name;
    const NpsGroup* nps_a = nps_group_named(view, a.name);
    const NpsGroup* nps_b = nps_group_named(view, b.name);
    if (nps_a && nps_b) {
        const NpsComparison comparison = compare_nps(nps_a->counts, nps_b->counts);
        if (comparison.defined)
            out["nps"] = {{"a", nps_a->statistics.score},
                          {"b", nps_b->statistics.score},
                          {"difference", comparison.difference},
                          {"ci95", {comparison.low, comparison.high}},
                          {"p_value", comparison.p_value},
                          {"significant", comparison.significant},
                          {"verdict", comparison.verdict.in(app.language)}};
    }
    Json rates = Json::array();
    for (const char* id : rate_ids) {
        const Kpi* first = find_kpi(a.kpis, id);
        const Kpi* second = find_kpi(b.kpis, id);
        if (!first || !second || !first->defined() || !second->defined())
            continue;
        const ProportionComparison comparison = compare_rate(*first, *second);
        Json rate = {{"id", id},
                     {"a", *first->value},
                     {"b", *second->value},
                     {"defined", comparison.defined}};
        if (comparison.defined) {
            rate["difference_points"] = comparison.difference * 100.0;
            rate["ci95_points"] = {comparison.low * 100.0, comparison.high * 100.0};
            rate["p_value"] = comparison.p_value;
            rate["significant"] = comparison.significant;
            rate["verdict"] = comparison.verdict.in(app.language);
        }
        rates.push_back(rate);
    }
    out["rates"] = rates;
    return out;
}

Json history_json(const AppState& app) {
    const AnalyticsViewState& view = app.analytics;
    Json out;
    out["period"] = period_id(period_from_index(view.history_period));
    out["defined"] = view.history.defined;
    if (!view.history.defined) {
        out["reason"] = view.history.reason.in(app.language);
        return out;
    }
    out["kpi"] = view.history_kpi;
    const auto found = view.history.trends.find(view.history_kpi);
    if (found == view.history.trends.end())
        return out;
    const TrendComparison& trend = found->second;
    Json periods = Json::array();
    for (const PeriodValue& period : trend.periods)
        periods.push_back({{"label", period.label}, {"value", period.value}});
    out["periods"] = periods;
    out["latest"] = trend.latest.value;
    const auto change = [](const PercentChange& c) { return c.defined ? Json(c.percent) : Json(); };
    out["change_vs_previous"] = change(trend.change_vs_previous);
    out["change_vs_median"] = change(trend.change_vs_median);
    out["history_median"] = trend.has_history ? Json(trend.history_median) : Json();
    out["rating"] = trend.rating;
    out["rating_label"] = trend.rating_label.in(app.language);
    return out;
}

} // namespace

// ---- The view ---------------------------------------------------------------------------------

void draw_analytics_view(AppState& app) {
    app.analytics.opened = true;
    panel_title(app, tr(app, text::title));
    wrapped_text(theme::muted, tr(app, text::intro));
    ImGui::Spacing();
    if (!app.has_input) {
        begin_card(app);
        wrapped_text(theme::ink, tr(app, text::no_input));
        end_card(app, theme::accent);
        return;
    }
    if (analysis_progress(app) >= 0.0f) {
        wrapped_text(theme::muted, tr(app, text::analysing));
        ImGui::ProgressBar(analysis_progress(app), ImVec2(control_width(app, 400.0f), 0));
        return;
    }
    if (!app.analysis.readable) {
        wrapped_text(theme::muted, app.analysis.error.in(app.language));
        return;
    }
    refresh(app);
    AnalyticsViewState& view = app.analytics;
    if (view.groups_dirty)
        refresh_groups(app);
    wrapped_text(theme::muted,
                 std::string(tr(app, text::data_source)) + ": " + app.analysis.input.name);

    bool any = false;
    const auto gap = [&] {
        if (any)
            ImGui::Spacing();
        any = true;
    };
    if (view.nps_column >= 0) {
        gap();
        draw_nps_section(app);
    }
    if (has_rates(app) && app.analysis.input.shape == TableShape::Rows) {
        gap();
        draw_rates_section(app);
    }
    if (app.analysis.input.shape == TableShape::Rows && can_group(view) &&
        (view.nps_column >= 0 || has_rates(app))) {
        gap();
        draw_compare_section(app);
    }
    if (view.date_column >= 0 && app.analysis.input.shape == TableShape::Rows) {
        gap();
        draw_history_section(app);
    }
    if (has_sessions(app)) {
        gap();
        draw_sessions(app);
    }
    if (view.path_input || view.event_input) {
        gap();
        draw_journey(app);
    }
    if (!any) {
        begin_card(app);
        wrapped_text(theme::ink, tr(app, text::nothing_applies));
        end_card(app, theme::muted);
    }
}

std::string analytics_json(AppState& app) {
    continue_analysis(app, -1.0);
    Json root;
    root["input"] = app.analysis.input.name;
    if (!app.has_input || !app.analysis.readable)
        return root.dump(2);
    refresh(app);
    AnalyticsViewState& view = app.analytics;
    if (view.groups_dirty)
        refresh_groups(app);
    if (view.history_dirty && view.date_column >= 0)
        refresh_history(app);
    advance_journey(app, true);

    root["nps"] = nps_json(app);
    Json rates = Json::array();
    for (const char* id : rate_ids) {
        const Kpi* kpi = find_kpi(app.analysis.kpis, id);
        if (!kpi || !kpi->defined())
            continue;
        Json rate = {{"id", id}, {"value", *kpi->value}};
        rate["ci95"] = kpi->ci95 ? Json({kpi->ci95->first, kpi->ci95->second}) : Json();
        rates.push_back(rate);
    }
    root["rates"] = rates;
    root["comparison"] = can_group(view) ? comparison_json(app) : Json();
    root["history"] = view.date_column >= 0 ? history_json(app) : Json();
    root["sessions"] = sessions_json(app);
    root["journey"] = journey_json(app);
    return root.dump(2, ' ', false, Json::error_handler_t::replace);
}

} // namespace engage::app
