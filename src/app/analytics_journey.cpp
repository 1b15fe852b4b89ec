// Analytics view: sessions from access logs and hit tables, and the customer journey
// (touchpoint frequencies, path lengths, the funnel and the six attribution models).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <iterator>

#include "app/analytics_charts.h"
#include "app/analytics_sections.h"
#include "app/analytics_text.h"
#include "app/panels.h"
#include "engine/group_kpis.h"
#include "engine/number_format.h"

namespace engage::app::analytics {

namespace {

namespace text = analytics_text;
using Json = nlohmann::ordered_json;

constexpr const char* session_kpi_ids[] = {"sessions",
                                           "pages_per_session",
                                           "bounce_rate",
                                           "engaged_bounce_rate",
                                           "time_on_site",
                                           "conversion_rate",
                                           "conversion_rate_per_visitor"};
// Timeout steps in minutes: the common settings of analytics tools, 30 the default.
constexpr int timeout_steps[] = {5, 10, 15, 20, 30, 45, 60, 90, 120, 240};
constexpr double half_life_steps[] = {0.5, 1, 2, 3, 5, 10};
constexpr double half_life_days[] = {1, 3, 7, 14, 30};
constexpr std::size_t path_lengths_shown = 12;

double milliseconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

const Localized& count_name(const std::string& key) {
    static const std::pair<const char*, const Localized*> names[] = {
        {"lines", &text::count_lines},       {"malformed", &text::count_malformed},
        {"bots", &text::count_bots},         {"not_get", &text::count_not_get},
        {"not_200", &text::count_not_200},   {"assets", &text::count_assets},
        {"feeds", &text::count_feeds},       {"page_views", &text::count_page_views},
        {"visitors", &text::count_visitors}, {"sessions", &text::count_sessions}};
    for (const auto& [id, name] : names)
        if (key == id)
            return *name;
    static const Localized unknown{"", ""};
    return unknown;
}

// Step buttons "−" and "+" around a value: large targets for touch and projectors.
template <typename T, std::size_t N>
bool step_buttons(AppState& app, const char* id, const T (&steps)[N], T* value,
                  const std::string& shown) {
    const T* begin = std::begin(steps);
    const T* end = std::end(steps);
    const T* at = std::lower_bound(begin, end, *value);
    bool changed = false;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float needed = ImGui::GetFrameHeight() * 2.8f + ImGui::CalcTextSize(shown.c_str()).x +
                         style.ItemSpacing.x * 2.0f + scaled(app, 14.0f);
    if (ImGui::GetContentRegionAvail().x < needed)
        ImGui::NewLine(); // the caller's label keeps its line; the buttons get their own
    ImGui::BeginDisabled(at == begin);
    if (ImGui::Button((std::string("\u2212##") + id + "-minus").c_str(),
                      ImVec2(ImGui::GetFrameHeight() * 1.4f, 0))) {
        *value = *(at - 1);
        changed = true;
    }
    ImGui::EndDisabled();
    remember_control(app, (std::string(id) + "-minus").c_str());
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(shown.c_str());
    remember_control(app, id);
    ImGui::SameLine();
    ImGui::BeginDisabled(at == end || at + 1 == end);
    if (ImGui::Button((std::string("+##") + id + "-plus").c_str(),
                      ImVec2(ImGui::GetFrameHeight() * 1.4f, 0))) {
        *value = (at != end && *at == *value) ? *(at + 1) : *at;
        changed = true;
    }
    ImGui::EndDisabled();
    remember_control(app, (std::string(id) + "-plus").c_str());
    return changed;
}

std::string kpi_value_text(const AppState& app, const Kpi& kpi) {
    if (!kpi.defined())
        return kpi.reason.in(app.language);
    std::string shown = format_kpi_value(kpi, app.language);
    if (kpi.ci95)
        shown += "   (95 %: " + percent(app, kpi.ci95->first, 1) + " … " +
                 percent(app, kpi.ci95->second, 1) + ")";
    return shown;
}

int find_named_column(const Table& table, std::initializer_list<const char*> names) {
    for (std::size_t c = 0; c < table.header.size(); ++c) {
        std::string header(trim_spaces(table.header[c]));
        std::transform(header.begin(), header.end(), header.begin(),
                       [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
        for (const char* name : names)
            if (header == name)
                return static_cast<int>(c);
    }
    return -1;
}

EventColumns event_columns(const Table& table) {
    EventColumns columns;
    columns.customer = find_named_column(table, {"customer", "customer_id", "customer id", "user",
                                                 "user_id", "user id", "kunde", "kunden-id",
                                                 "client_id", "visitor", "visitor_id"});
    columns.timestamp = find_named_column(
        table, {"timestamp", "time", "datetime", "date", "zeitstempel", "zeit", "datum"});
    columns.channel = find_named_column(
        table, {"channel", "touchpoint", "kanal", "kontaktpunkt", "source", "quelle"});
    columns.converted =
        find_named_column(table, {"converted", "conversion", "konvertiert", "conversion_flag"});
    return columns;
}

std::vector<std::string> channels_by_credit(const Attribution& attribution) {
    std::vector<std::pair<double, std::string>> order;
    for (const ModelCredits& model : attribution.models)
        if (model.id == "linear")
            for (const auto& [channel, credit] : model.credits)
                order.emplace_back(-credit, channel);
    std::sort(order.begin(), order.end());
    std::vector<std::string> channels;
    for (const auto& entry : order)
        channels.push_back(entry.second);
    return channels;
}

void start_attribution(AnalyticsViewState& view) {
    view.attribution = {};
    view.funnel = {};
    view.journey_step = view.paths.paths.empty() && view.paths.problems.empty()
                            ? JourneyStep::ReadPaths
                            : JourneyStep::Attribute;
}

} // namespace

// ---- Sessions ---------------------------------------------------------------------------------

bool has_sessions(const AppState& app) {
    const TableShape shape = app.analysis.input.shape;
    return shape == TableShape::AccessLog || shape == TableShape::HitTable;
}

void draw_sessions(AppState& app) {
    begin_card(app);
    section_title(app, tr(app, text::sessions_title));
    about(app, text::sessions_about);

    ImGui::Spacing();
    ImGui::TextColored(theme::muted, "%s", tr(app, text::filters));
    const auto& counts = app.analysis.input.session_counts;
    const ImGuiTableFlags table_flags =
        ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    // Cells must not wrap at the card's wrap position, which lies outside the table's columns.
    ImGui::PushTextWrapPos(-1.0f);
    const float table_width = ImGui::GetContentRegionAvail().x - scaled(app, 14.0f);
    if (ImGui::BeginTable("session-counts", 2, table_flags, ImVec2(table_width, 0))) {
        ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn("count", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        for (const auto& [key, value] : counts) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const Localized& name = count_name(key);
            ImGui::TextUnformatted(name.empty() ? key.c_str() : tr(app, name));
            ImGui::TableNextColumn();
            const std::string shown = number(app, static_cast<double>(value), 0);
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x -
                                 ImGui::CalcTextSize(shown.c_str()).x);
            ImGui::TextUnformatted(shown.c_str());
        }
        ImGui::EndTable();
    }
    ImGui::PopTextWrapPos();

    ImGui::Spacing();
    for (const char* id : session_kpi_ids) {
        const Kpi* kpi = find_kpi(app.analysis.kpis, id);
        if (kpi)
            labelled(app, kpi->name, kpi_value_text(app, *kpi));
    }

    // Controls: applied by re-running the analysis with the new session options.
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(app, text::timeout));
    ImGui::SameLine();
    int minutes = static_cast<int>(app.options.sessions.timeout_seconds / 60);
    if (step_buttons(app, "analytics-timeout", timeout_steps, &minutes,
                     std::to_string(minutes) + " " + tr(app, text::minutes))) {
        app.options.sessions.timeout_seconds = static_cast<std::int64_t>(minutes) * 60;
        reanalyze(app);
    }
    about(app, text::timeout_default);

    ImGui::TextUnformatted(tr(app, text::single_page));
    const bool zero = app.options.sessions.single_page == SinglePageDuration::CountAsZero;
    if (ImGui::RadioButton((std::string(tr(app, text::single_zero)) + "##single-zero").c_str(),
                           zero) &&
        !zero) {
        app.options.sessions.single_page = SinglePageDuration::CountAsZero;
        reanalyze(app);
    }
    remember_control(app, "analytics-single-zero");
    if (ImGui::RadioButton(
            (std::string(tr(app, text::single_exclude)) + "##single-exclude").c_str(), !zero) &&
        zero) {
        app.options.sessions.single_page = SinglePageDuration::Exclude;
        reanalyze(app);
    }
    remember_control(app, "analytics-single-exclude");
    about(app, text::single_page_about);
    end_card(app, theme::accent);
}

Json sessions_json(const AppState& app) {
    if (!has_sessions(app))
        return nullptr;
    Json out;
    Json counts = Json::object();
    for (const auto& [key, value] : app.analysis.input.session_counts)
        counts[key] = value;
    out["counts"] = counts;
    out["timeout_minutes"] = app.options.sessions.timeout_seconds / 60;
    out["single_page"] = app.options.sessions.single_page == SinglePageDuration::CountAsZero
                             ? "count_as_zero"
                             : "exclude";
    Json kpis = Json::object();
    for (const char* id : session_kpi_ids) {
        const Kpi* kpi = find_kpi(app.analysis.kpis, id);
        if (!kpi)
            continue;
        Json entry = {{"value", kpi->value ? Json(*kpi->value) : Json()}};
        if (kpi->ci95)
            entry["ci95"] = {kpi->ci95->first, kpi->ci95->second};
        kpis[id] = entry;
    }
    out["kpis"] = kpis;
    return out;
}

// ---- Customer journey -------------------------------------------------------------------------

void detect_journey(AppState& app) {
    AnalyticsViewState& view = app.analytics;
    const Table& table = app.analysis.table;
    view.paths = {};
    view.attribution = {};
    view.funnel = {};
    view.journey_step = JourneyStep::None;
    view.path_input = false;
    view.event_input = false;
    if (app.analysis.input.shape != TableShape::Rows || table.row_count() == 0)
        return;
    view.path_input = find_path_columns(table).path >= 0;
    if (!view.path_input) {
        const EventColumns events = event_columns(table);
        view.event_input = events.customer >= 0 && events.timestamp >= 0 && events.channel >= 0;
    }
    if (view.path_input || view.event_input) {
        view.half_life = view.path_input ? 1.0 : 7.0;
        view.journey_step = JourneyStep::ReadPaths;
    }
}

void advance_journey(AppState& app, bool to_end) {
    AnalyticsViewState& view = app.analytics;
    if (to_end && view.journey_step == JourneyStep::Cancelled)
        start_attribution(view);
    if (view.journey_step == JourneyStep::ReadPaths) {
        const auto start = std::chrono::steady_clock::now();
        const Table& table = app.analysis.table;
        view.paths = view.path_input ? paths_from_table(table, find_path_columns(table))
                                     : paths_from_events(table, event_columns(table));
        view.read_ms = milliseconds_since(start);
        view.journey_step = JourneyStep::Attribute;
        if (!to_end)
            return;
    }
    if (view.journey_step == JourneyStep::Attribute) {
        // FIXME-UI: attribute() is one call (about 40 ms in wasm for 10,000 paths, measured and
        // shown); a model-by-model API would let it slice finer.
        const auto start = std::chrono::steady_clock::now();
        AttributionOptions options;
        options.half_life_steps = view.half_life;
        options.half_life_days = view.half_life;
        view.attribution = attribute(view.paths, options);
        view.funnel = touchpoint_funnel(view.paths);
        view.attribute_ms = milliseconds_since(start);
        view.journey_step = JourneyStep::Done;
    }
}

void draw_journey(AppState& app) {
    AnalyticsViewState& view = app.analytics;
    begin_card(app);
    section_title(app, tr(app, text::journey_title));
    about(app, text::journey_about);
    ImGui::Spacing();

    if (view.journey_step == JourneyStep::ReadPaths ||
        view.journey_step == JourneyStep::Attribute) {
        wrapped_text(theme::ink, tr(app, text::computing));
        const float progress = view.journey_step == JourneyStep::ReadPaths ? 0.15f : 0.6f;
        ImGui::ProgressBar(
            progress, ImVec2(std::min(ImGui::GetContentRegionAvail().x, scaled(app, 360.0f)), 0));
        if (ImGui::Button((std::string(tr(app, text::cancel)) + "##attribution-cancel").c_str()))
            view.journey_step = JourneyStep::Cancelled;
        remember_control(app, "analytics-attribution-cancel");
        end_card(app, theme::accent);
        // One step per frame, after the frame with the progress bar has been shown.
        if (view.journey_step != JourneyStep::Cancelled && ImGui::GetFrameCount() > 0)
            advance_journey(app, false);
        return;
    }
    if (view.journey_step == JourneyStep::Cancelled) {
        wrapped_text(theme::muted, tr(app, text::cancelled));
        if (ImGui::Button((std::string(tr(app, text::compute)) + "##attribution-compute").c_str()))
            start_attribution(view);
        remember_control(app, "analytics-attribution-compute");
        end_card(app, theme::muted);
        return;
    }
    const Attribution& attribution = view.attribution;
    if (!view.paths.problems.empty())
        ImGui::TextColored(theme::warning, "%s",
                           counted_text(app, static_cast<long long>(view.paths.problems.size()),
                                        text::problem_in_paths, text::problems_in_paths)
                               .c_str());
    if (!attribution.defined) {
        wrapped_text(theme::muted, attribution.reason.in(app.language));
        end_card(app, theme::muted);
        return;
    }

    labelled(app, text::journeys, number(app, attribution.journeys, 0));
    labelled(app, text::conversions, number(app, attribution.conversions, 0));
    labelled(app, text::paths, number(app, static_cast<double>(attribution.paths), 0));
    ImGui::TextColored(theme::muted, "%s %s ms", tr(app, text::took),
                       number(app, view.read_ms + view.attribute_ms, 0).c_str());

    // The funnel.
    ImGui::Spacing();
    section_title(app, tr(app, text::funnel_title));
    std::vector<std::string> labels;
    std::vector<double> values;
    std::vector<std::string> texts;
    for (const FunnelStage& stage : view.funnel.stages) {
        labels.push_back(dimension_name(stage.dimension).in(app.language));
        values.push_back(stage.journeys);
        std::string shown = number(app, stage.journeys, 0);
        if (stage.rate_defined)
            shown += " (" + percent(app, stage.rate_from_previous, 1) + " " +
                     tr(app, text::of_previous) + ")";
        texts.push_back(shown);
    }
    stage_bars(app, labels, values, texts);
    if (!view.funnel.note.empty())
        about(app, view.funnel.note);

    // The six models.
    ImGui::Spacing();
    section_title(app, tr(app, text::models_title));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(app, text::half_life));
    ImGui::SameLine();
    const bool singular = std::fabs(view.half_life - 1.0) < 1e-9;
    const std::string unit = view.path_input ? tr(app, singular ? text::step : text::steps)
                                             : tr(app, singular ? text::day : text::days);
    const bool changed =
        view.path_input
            ? step_buttons(app, "analytics-half-life", half_life_steps, &view.half_life,
                           number(app, view.half_life, view.half_life < 1 ? 1 : 0) + " " + unit)
            : step_buttons(app, "analytics-half-life", half_life_days, &view.half_life,
                           number(app, view.half_life, 0) + " " + unit);
    if (changed)
        start_attribution(view);
    about(app, text::half_life_about);

    const std::vector<std::string> channels = channels_by_credit(attribution);
    std::vector<BarSeries> series;
    for (std::size_t m = 0; m < attribution.models.size(); ++m) {
        const ModelCredits& model = attribution.models[m];
        BarSeries one{model.name.in(app.language),
                      chart_colours::series[m % chart_colours::series.size()],
                      {}};
        for (const std::string& channel : channels) {
            const auto found = model.credits.find(channel);
            one.values.push_back(found == model.credits.end() ? 0.0 : found->second);
        }
        series.push_back(std::move(one));
    }
    ImGui::Spacing();
    grouped_bars(app, channels, series, [&](double value) { return number(app, value, 0); });

    // Touchpoint frequencies and Markov removal effects.
    ImGui::Spacing();
    section_title(app, tr(app, text::frequencies_title));
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit;
    const float rows_height =
        ImGui::GetTextLineHeightWithSpacing() * (static_cast<float>(channels.size()) + 2.5f);
    ImGui::PushTextWrapPos(-1.0f);
    if (ImGui::BeginTable(
            "touchpoints", 5, flags,
            ImVec2(ImGui::GetContentRegionAvail().x - scaled(app, 14.0f), rows_height))) {
        ImGui::TableSetupColumn(tr(app, text::channel));
        ImGui::TableSetupColumn(tr(app, text::occurrences));
        ImGui::TableSetupColumn(tr(app, text::in_journeys));
        ImGui::TableSetupColumn(tr(app, text::converting));
        ImGui::TableSetupColumn(tr(app, text::removal_effect));
        ImGui::TableHeadersRow();
        for (const std::string& channel : channels) {
            const auto frequency = attribution.frequencies.find(channel);
            const auto removal = attribution.markov.removal_effects.find(channel);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(channel.c_str());
            if (frequency != attribution.frequencies.end()) {
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(number(app, frequency->second.touchpoints, 0).c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(number(app, frequency->second.journeys, 0).c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(
                    number(app, frequency->second.converting_journeys, 0).c_str());
            } else {
                for (int i = 0; i < 3; ++i)
                    ImGui::TableNextColumn();
            }
            ImGui::TableNextColumn();
            if (removal != attribution.markov.removal_effects.end())
                ImGui::TextUnformatted(percent(app, removal->second * 100.0, 1).c_str());
        }
        ImGui::EndTable();
    }
    ImGui::PopTextWrapPos();

    // Path lengths.
    ImGui::Spacing();
    section_title(app, tr(app, text::lengths_title));
    labels.clear();
    values.clear();
    texts.clear();
    double longer_journeys = 0;
    double longer_conversions = 0;
    long longest = 0;
    for (const auto& [length, counts] : attribution.path_lengths) {
        if (labels.size() >= path_lengths_shown) {
            longer_journeys += counts.journeys;
            longer_conversions += counts.conversions;
            longest = length;
            continue;
        }
        labels.push_back(std::to_string(length));
        values.push_back(counts.journeys);
        std::string shown = number(app, counts.journeys, 0);
        if (counts.journeys > 0)
            shown += " · " + percent(app, 100.0 * counts.conversions / counts.journeys, 1) + " " +
                     tr(app, text::conversion_rate_word);
        texts.push_back(shown);
    }
    if (longer_journeys > 0) {
        labels.push_back("> " + labels.back() + " (≤ " + std::to_string(longest) + ")");
        values.push_back(longer_journeys);
        texts.push_back(number(app, longer_journeys, 0) + " · " +
                        percent(app, 100.0 * longer_conversions / longer_journeys, 1) + " " +
                        tr(app, text::conversion_rate_word));
    }
    ImGui::TextColored(theme::muted, "%s", tr(app, text::touchpoints_word));
    stage_bars(app, labels, values, texts);
    end_card(app, theme::accent);
}

Json journey_json(const AppState& app) {
    const AnalyticsViewState& view = app.analytics;
    if (!view.path_input && !view.event_input)
        return nullptr;
    Json out;
    out["kind"] = view.path_input ? "paths" : "events";
    out["half_life"] = view.half_life;
    const Attribution& attribution = view.attribution;
    out["defined"] = attribution.defined;
    if (!attribution.defined) {
        out["reason"] = attribution.reason.in(app.language);
        return out;
    }
    out["paths"] = attribution.paths;
    out["journeys"] = attribution.journeys;
    out["conversions"] = attribution.conversions;
    Json models = Json::object();
    Json totals = Json::object();
    for (const ModelCredits& model : attribution.models) {
        Json credits = Json::object();
        double total = 0;
        for (const auto& [channel, credit] : model.credits) {
            credits[channel] = credit;
            total += credit;
        }
        models[model.id] = credits;
        totals[model.id] = total;
    }
    out["models"] = models;
    out["model_totals"] = totals;
    Json frequencies = Json::object();
    for (const auto& [channel, frequency] : attribution.frequencies)
        frequencies[channel] = {{"touchpoints", frequency.touchpoints},
                                {"journeys", frequency.journeys},
                                {"converting_journeys", frequency.converting_journeys}};
    out["frequencies"] = frequencies;
    Json lengths = Json::object();
    for (const auto& [length, counts] : attribution.path_lengths)
        lengths[std::to_string(length)] = {{"journeys", counts.journeys},
                                           {"conversions", counts.conversions}};
    out["path_lengths"] = lengths;
    Json funnel = Json::array();
    for (const FunnelStage& stage : view.funnel.stages)
        funnel.push_back(
            {{"dimension", dimension_id(stage.dimension)}, {"journeys", stage.journeys}});
    out["funnel"] = funnel;
    out["timing_ms"] = {{"read", view.read_ms}, {"attribute", view.attribute_ms}};
    return out;
}

} // namespace engage::app::analytics
