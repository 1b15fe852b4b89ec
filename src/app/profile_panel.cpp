// Benchmark profiles in the UI: the chooser with the suggestion, the band editor, export and
// import, and the band gauge on each KPI card.
#include "app/profile_panel.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <vector>

#include "app/panels.h"
#include "app/profile_text.h"
#include "app/share_browser.h"
#include "engine/benchmark_profiles.h"
#include "engine/number_text.h"

namespace engage::app {

namespace {

ImVec4 rgb(int r, int g, int b) {
    return ImVec4(static_cast<float>(r) / 255.0f, static_cast<float>(g) / 255.0f,
                  static_cast<float>(b) / 255.0f, 1.0f);
}

// Gauge fills: strong enough to tell apart on a projector, with dark text on all but
// "excellent". The tone is data (rating.h), so "high" can be good or bad per KPI.
struct ToneColours {
    ImVec4 fill;
    ImVec4 text;
};

ToneColours tone_colours(BandTone tone) {
    switch (tone) {
    case BandTone::Bad:
        return {rgb(0xe5, 0x8a, 0x7f), theme::ink};
    case BandTone::Attention:
        return {rgb(0xf3, 0xc2, 0x6b), theme::ink};
    case BandTone::Neutral:
        return {rgb(0xc5, 0xcf, 0xdb), theme::ink};
    case BandTone::Favourable:
        return {rgb(0x8f, 0xd0, 0xa3), theme::ink};
    case BandTone::Excellent:
        return {rgb(0x1e, 0x7b, 0x46), ImVec4(1, 1, 1, 1)};
    }
    return {rgb(0xc5, 0xcf, 0xdb), theme::ink};
}

bool profile_edited(const BenchmarkProfile& profile) {
    for (const KpiBenchmark& benchmark : profile.benchmarks)
        for (const RatingBand& band : benchmark.bands)
            if (band.edited)
                return true;
    return false;
}

// A boundary as people write it: no trailing zeros, the unit's sign.
std::string format_bound(double value, const std::string& unit, Language language) {
    int decimals = 0;
    while (decimals < 3 && std::fabs(value * std::pow(10.0, decimals) -
                                     std::round(value * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    if (unit == "%")
        return format_percent(value, language, decimals);
    std::string text = format_number(value, language, decimals);
    if (unit == "score" && value > 0)
        text = "+" + text;
    return text;
}

std::string sources_text(const BenchmarkProfile& profile, const std::vector<std::string>& ids,
                         Language language) {
    std::string text;
    for (const std::string& id : ids) {
        const BenchmarkSource* source = find_source(profile, id);
        if (!text.empty())
            text += "; ";
        text += source ? source_text(*source).in(language) : id;
    }
    return text;
}

// "3 % – 8 %", "below 3 %", "70 and above": the band's extent in words.
std::string band_range_text(const RatingBand& band, const std::string& unit, Language language) {
    const bool german = language == Language::German;
    if (band.lower && band.upper)
        return format_bound(*band.lower, unit, language) + " – " +
               format_bound(*band.upper, unit, language);
    if (band.upper)
        return (german ? (band.upper_inclusive ? "bis " : "unter ")
                       : (band.upper_inclusive ? "up to " : "below ")) +
               format_bound(*band.upper, unit, language);
    if (band.lower)
        return (german ? "ab " : "from ") + format_bound(*band.lower, unit, language);
    return german ? "alle Werte" : "any value";
}

const char* kpi_name(const AppState& app, const std::string& kpi_id) {
    for (const Kpi& kpi : app.analysis.kpis)
        if (kpi.id == kpi_id)
            return kpi.name.in(app.language).c_str();
    return kpi_id.c_str();
}

std::string kpi_unit(const AppState& app, const std::string& kpi_id) {
    for (const Kpi& kpi : app.analysis.kpis)
        if (kpi.id == kpi_id)
            return kpi.unit;
    if (kpi_id == "nps")
        return "score";
    if (kpi_id == "time_on_site")
        return "s";
    return "%";
}

// What the suggestion depends on; recomputing it every frame would walk the whole table.
std::string analysis_key(const AppState& app) {
    std::string key = app.analysis.input.name + '|' + std::to_string(app.analysis.input.row_count);
    for (const ColumnInfo& column : app.analysis.input.columns)
        key += '|' + column.header + ':' + role_id(column.role);
    for (const Kpi& kpi : app.analysis.kpis) {
        char value[40];
        std::snprintf(value, sizeof value, "|%.9g", kpi.value ? *kpi.value : -1e300);
        key += kpi.id + value;
    }
    return key;
}

void update_suggestion(AppState& app) {
    if (!app.has_input || !app.analysis.readable || analysis_progress(app) >= 0.0f)
        return;
    const std::string key = analysis_key(app);
    if (key == app.profiles.suggestion_key)
        return;
    app.profiles.suggestion_key = key;
    app.profiles.suggestion = suggest_profile(app.analysis);
}

void show_message(AppState& app, Localized message, bool error) {
    app.profiles.message = std::move(message);
    app.profiles.message_is_error = error;
}

void draw_profile_combo(AppState& app) {
    const BenchmarkProfile& current = active_profile(app);
    std::string preview = current.name.in(app.language);
    if (app.profiles.imported)
        preview += " (" + std::string(tr(app, text::profile_imported)) + ")";
    else if (profile_edited(current))
        preview += " (" + std::string(tr(app, text::profile_edited)) + ")";

    // The card's inner right edge, not the window's: -1 would reach into the card's padding.
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - scaled(app, 14.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, scaled(app, 520.0f)));
    const bool open = ImGui::BeginCombo("##profile-combo", preview.c_str());
    remember_control(app, "profile-combo");
    if (!open)
        return;

    // Grouped as the data groups them: a muted heading, then the group's profiles indented.
    std::string group;
    for (const BenchmarkProfile& profile : builtin_profiles()) {
        const std::string& profile_group = profile.group.in(app.language);
        if (profile_group != group) {
            group = profile_group;
            ImGui::Spacing();
            ImGui::TextColored(theme::accent, "%s", group.c_str());
        }
        const bool selected = !app.profiles.imported && profile.id == app.profiles.selected_id;
        const std::string label = "   " + profile.name.in(app.language) + "##" + profile.id;
        if (ImGui::Selectable(label.c_str(), selected))
            choose_builtin_profile(app, profile.id);
        remember_control(app, ("profile-" + profile.id).c_str());
        if (selected)
            ImGui::SetItemDefaultFocus();
    }
    ImGui::EndCombo();
}

void draw_suggestion(AppState& app) {
    update_suggestion(app);
    const ProfileSuggestion& suggestion = app.profiles.suggestion;
    if (!app.has_input || suggestion.profile_id.empty())
        return;
    const BenchmarkProfile* suggested = find_builtin_profile(suggestion.profile_id);
    if (!suggested)
        return;

    const bool in_use = !app.profiles.imported && app.profiles.selected_id == suggested->id &&
                        !profile_edited(active_profile(app));
    // One wrapped line: on a narrow screen a label beside the name would squeeze the name.
    std::string line =
        std::string(tr(app, text::profile_suggested)) + ": " + suggested->name.in(app.language);
    if (in_use)
        line += " (" + std::string(tr(app, text::profile_in_use)) + ")";
    wrapped_text(theme::ink, line);
    // The reason is what makes a suggestion trustworthy; once it is in use it moves to the
    // details, so the results stay near the top.
    if (!in_use || app.profiles.details_open)
        wrapped_text(theme::muted, suggestion.reason.in(app.language));
    if (!in_use) {
        const std::string label =
            std::string(tr(app, text::profile_use_suggested)) + "##profile-use-suggested";
        if (ImGui::Button(label.c_str()))
            choose_builtin_profile(app, suggested->id);
        remember_control(app, "profile-use-suggested");
    }
}

void draw_profile_details(AppState& app) {
    const BenchmarkProfile& profile = active_profile(app);
    if (!profile.description.empty())
        wrapped_text(theme::ink, profile.description.in(app.language));
    if (profile.sources.empty())
        return;
    // One line per source: name, year and "not verified" (source_text), what was measured, and
    // where it was published. The address is text to read out or copy; nothing here opens it.
    wrapped_text(theme::muted, std::string(tr(app, text::profile_sources)) + ":");
    for (const BenchmarkSource& source : profile.sources) {
        std::string line = "• " + source_text(source).in(app.language);
        if (!source.title.empty())
            line += " – " + source.title.in(app.language);
        if (!source.url.empty())
            line += " – " + source.url;
        wrapped_text(theme::muted, line);
    }
}

void draw_band_row(AppState& app, BenchmarkProfile& profile, KpiBenchmark& benchmark,
                   std::size_t index, const std::string& unit) {
    RatingBand& band = benchmark.bands[index];
    ImGui::PushID(static_cast<int>(index));
    ImGui::TableNextRow();

    ImGui::TableNextColumn();
    const ToneColours colours = tone_colours(band.tone);
    const float square = ImGui::GetTextLineHeight() * 0.8f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(
        ImVec2(at.x, at.y + (ImGui::GetFrameHeight() - square) * 0.5f),
        ImVec2(at.x + square, at.y + (ImGui::GetFrameHeight() + square) * 0.5f),
        ImGui::GetColorU32(colours.fill), scaled(app, 2.0f));
    ImGui::Dummy(ImVec2(square, ImGui::GetFrameHeight()));

    // The label in the language shown; set_band_label keeps the other language's text.
    ImGui::TableNextColumn();
    char label[128];
    std::snprintf(label, sizeof label, "%s", band.label.in(app.language).c_str());
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::InputText("##label", label, sizeof label)) {
        Localized relabel = band.label;
        (app.language == Language::German ? relabel.de : relabel.en) = label;
        const Localized error = set_band_label(profile, benchmark.kpi_id, band.id, relabel);
        if (!error.empty())
            show_message(app, error, true);
        reanalyze(app);
    }
    remember_control(app, ("band-label-" + benchmark.kpi_id + "-" + std::to_string(index)).c_str());

    // The boundary to the next band; the last band is open upwards.
    ImGui::TableNextColumn();
    if (index + 1 < benchmark.bands.size() && band.upper) {
        const std::string key = benchmark.kpi_id + "/" + std::to_string(index);
        auto pending = app.profiles.pending_boundaries.find(key);
        double value =
            pending != app.profiles.pending_boundaries.end() ? pending->second : *band.upper;
        ImGui::SetNextItemWidth(scaled(app, 110.0f));
        if (ImGui::InputDouble("##upper", &value, 0.0, 0.0, "%g"))
            app.profiles.pending_boundaries[key] = value;
        remember_control(app,
                         ("band-upper-" + benchmark.kpi_id + "-" + std::to_string(index)).c_str());
        if (ImGui::IsItemDeactivatedAfterEdit()) {
            const double typed = app.profiles.pending_boundaries.count(key)
                                     ? app.profiles.pending_boundaries[key]
                                     : value;
            app.profiles.pending_boundaries.erase(key);
            const Localized error = set_band_boundary(profile, benchmark.kpi_id, index, typed);
            if (!error.empty())
                show_message(app, error, true);
            else
                show_message(app, {}, false);
            reanalyze(app);
        }
        ImGui::SameLine();
        ImGui::TextColored(
            theme::muted, "%s%s", unit == "%" ? "% " : "",
            tr(app, band.upper_inclusive ? text::editor_inclusive : text::editor_exclusive));
    } else {
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(theme::muted, "%s", tr(app, text::editor_open));
    }
    ImGui::PopID();
}

void draw_band_editor(AppState& app) {
    if (!app.options.benchmark)
        app.options.benchmark = active_profile(app); // edits work on a copy of the built-in
    BenchmarkProfile& profile = *app.options.benchmark;
    wrapped_text(theme::muted, tr(app, text::editor_hint));

    for (KpiBenchmark& benchmark : profile.benchmarks) {
        ImGui::PushID(benchmark.kpi_id.c_str());
        ImGui::Spacing();
        ImGui::TextUnformatted(kpi_name(app, benchmark.kpi_id));
        const std::string unit = kpi_unit(app, benchmark.kpi_id);
        const ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchProp |
                                      ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
        // The card wraps text at its right edge; inside table cells that would wrap every
        // character, so the table draws without a wrap position.
        ImGui::PushTextWrapPos(-1.0f);
        if (ImGui::BeginTable("bands", 3, flags,
                              ImVec2(ImGui::GetContentRegionAvail().x - scaled(app, 14.0f), 0))) {
            const float boundary_width =
                scaled(app, 110.0f) + ImGui::GetStyle().ItemSpacing.x +
                std::max(ImGui::CalcTextSize(tr(app, text::editor_upper)).x,
                         ImGui::CalcTextSize(
                             (std::string("% ") + tr(app, text::editor_exclusive)).c_str())
                             .x);
            ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed);
            ImGui::TableSetupColumn(tr(app, text::editor_label),
                                    ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn(tr(app, text::editor_upper), ImGuiTableColumnFlags_WidthFixed,
                                    boundary_width);
            ImGui::TableHeadersRow();
            for (std::size_t i = 0; i < benchmark.bands.size(); ++i)
                draw_band_row(app, profile, benchmark, i, unit);
            ImGui::EndTable();
        }
        ImGui::PopTextWrapPos();
        ImGui::PopID();
    }
}

void draw_profile_actions(AppState& app) {
    const std::string edit =
        std::string(tr(app, app.profiles.editor_open ? text::profile_close_editor
                                                     : text::profile_edit_bands)) +
        "##profile-edit";
    if (ImGui::Button(edit.c_str()))
        app.profiles.editor_open = !app.profiles.editor_open;
    remember_control(app, "profile-edit");

    const std::string export_label =
        std::string(tr(app, text::profile_export)) + "##profile-export";
    same_line_if_fits(export_label.c_str());
    if (ImGui::Button(export_label.c_str())) {
        const BenchmarkProfile& profile = active_profile(app);
        page::download(profile.id + ".engagelens-profile.json", "application/json",
                       profile_to_json(profile));
        show_message(app, text::profile_exported, false);
    }
    remember_control(app, "profile-export");

    const std::string import_label =
        std::string(tr(app, text::profile_import)) + "##profile-import";
    same_line_if_fits(import_label.c_str());
    if (ImGui::Button(import_label.c_str()))
        page::choose_profile_file();
    remember_control(app, "profile-import");

    if (app.profiles.imported || profile_edited(active_profile(app))) {
        const std::string reset = std::string(tr(app, text::profile_reset)) + "##profile-reset";
        same_line_if_fits(reset.c_str());
        if (ImGui::Button(reset.c_str())) {
            const std::string id = find_builtin_profile(app.profiles.selected_id)
                                       ? app.profiles.selected_id
                                       : std::string("article");
            choose_builtin_profile(app, id);
        }
        remember_control(app, "profile-reset");
    }
}

// Where the value sits on a band: 0..1 inside it. Open bands borrow a width from their
// neighbour so the marker still lands somewhere sensible; the seams carry the real numbers.
float position_in_band(const KpiBenchmark& benchmark, std::size_t index, double value) {
    const RatingBand& band = benchmark.bands[index];
    double lower = band.lower.value_or(0.0);
    double upper = band.upper.value_or(0.0);
    if (band.lower && band.upper) {
        // both known
    } else if (band.upper) {
        const RatingBand* next =
            index + 1 < benchmark.bands.size() ? &benchmark.bands[index + 1] : nullptr;
        const double width = next && next->upper ? *next->upper - upper : std::fabs(upper);
        lower = upper >= 0 && value >= 0 ? std::min(0.0, upper - width) : upper - width;
        if (lower >= upper)
            lower = upper - 1.0;
    } else if (band.lower) {
        const RatingBand* previous = index > 0 ? &benchmark.bands[index - 1] : nullptr;
        const double width =
            previous && previous->lower ? lower - *previous->lower : std::fabs(lower);
        upper = lower + std::max(width, 1e-9) * 1.5;
    } else {
        return 0.5f;
    }
    const double t = (value - lower) / (upper - lower);
    return static_cast<float>(std::clamp(t, 0.04, 0.96));
}

} // namespace

const BenchmarkProfile& active_profile(const AppState& app) {
    if (app.options.benchmark)
        return *app.options.benchmark;
    const BenchmarkProfile* article = find_builtin_profile("article");
    static const BenchmarkProfile fallback = article_profile();
    return article ? *article : fallback;
}

void use_profile(AppState& app, BenchmarkProfile profile, bool imported) {
    app.profiles.selected_id = profile.id;
    app.profiles.imported = imported;
    app.profiles.pending_boundaries.clear();
    app.options.benchmark = std::move(profile);
    reanalyze(app);
}

void choose_builtin_profile(AppState& app, const std::string& id) {
    const BenchmarkProfile* profile = find_builtin_profile(id);
    if (!profile)
        return;
    show_message(app, {}, false);
    use_profile(app, *profile, false);
}

void import_profile_json(AppState& app, const std::string& json) {
    ProfileResult result = parse_profile(json);
    if (!result.ok()) {
        Localized message = text::profile_import_failed;
        message.en += " " + result.error.en;
        message.de += " " + result.error.in(Language::German);
        show_message(app, message, true);
        return;
    }
    use_profile(app, std::move(*result.profile), true);
    show_message(app, text::profile_import_done, false);
}

void draw_profile_card(AppState& app) {
    ImGui::PushID("profile");
    begin_card(app);
    section_title(app, tr(app, text::profile_title));
    draw_profile_combo(app);
    draw_suggestion(app);

    // Sources, the editor, export and import behind one fold: the visitor's answer (the cards
    // below) stays on the first screen, the trainer opens it with one click or key.
    if (!app.profiles.message.empty())
        ImGui::SetNextItemOpen(true);
    const std::string details = std::string(tr(app, text::profile_details)) + "##profile-details";
    app.profiles.details_open =
        ImGui::TreeNodeEx(details.c_str(), ImGuiTreeNodeFlags_NoTreePushOnOpen);
    remember_control(app, "profile-details");
    if (app.profiles.details_open) {
        wrapped_text(theme::muted, tr(app, text::profile_hint));
        draw_profile_details(app);
        ImGui::Spacing();
        draw_profile_actions(app);
        if (!app.profiles.message.empty())
            wrapped_text(app.profiles.message_is_error ? theme::error : theme::accent,
                         app.profiles.message.in(app.language));
        if (app.profiles.editor_open)
            draw_band_editor(app);
    }

    end_card(app, theme::accent);
    ImGui::PopID();
}

void draw_band_gauge(AppState& app, const Kpi& kpi) {
    const BenchmarkProfile& profile = active_profile(app);
    const KpiBenchmark* benchmark = find_benchmark(profile, kpi.id);
    if (!benchmark || benchmark->bands.empty())
        return;
    const std::size_t count = benchmark->bands.size();

    // Equal-width segments: readable for every band however narrow its range; the boundaries
    // are written under the seams, so no distance is implied that the numbers do not carry.
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float width = ImGui::GetContentRegionAvail().x - scaled(app, 14.0f);
    const float bar_height = ImGui::GetTextLineHeight() * 1.5f;
    const float marker = scaled(app, 7.0f);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float bar_top = origin.y + marker + scaled(app, 2.0f);
    const float segment = width / static_cast<float>(count);
    const float rounding = scaled(app, 4.0f);

    std::size_t value_band = count;
    if (kpi.value)
        for (std::size_t i = 0; i < count; ++i)
            if (band_holds(benchmark->bands[i], *kpi.value)) {
                value_band = i;
                break;
            }

    for (std::size_t i = 0; i < count; ++i) {
        const RatingBand& band = benchmark->bands[i];
        const ToneColours colours = tone_colours(band.tone);
        const ImVec2 min(origin.x + segment * static_cast<float>(i), bar_top);
        const ImVec2 max(min.x + segment, bar_top + bar_height);
        const ImDrawFlags corners = i == 0           ? ImDrawFlags_RoundCornersLeft
                                    : i + 1 == count ? ImDrawFlags_RoundCornersRight
                                                     : ImDrawFlags_RoundCornersNone;
        draw->AddRectFilled(min, max, ImGui::GetColorU32(colours.fill), rounding, corners);
        if (i > 0)
            draw->AddLine(min, ImVec2(min.x, max.y), ImGui::GetColorU32(theme::card),
                          scaled(app, 2.0f));

        // The band's label inside it when it fits, cut with an ellipsis otherwise (the list
        // under the gauge has it whole).
        std::string label = band.label.in(app.language);
        const float room = segment - scaled(app, 8.0f);
        if (ImGui::CalcTextSize(label.c_str()).x > room) {
            while (!label.empty() && ImGui::CalcTextSize((label + "…").c_str()).x > room) {
                label.pop_back();
                while (!label.empty() && (static_cast<unsigned char>(label.back()) & 0xC0) == 0x80)
                    label.pop_back(); // never cut inside a UTF-8 sequence
            }
            while (!label.empty() && label.back() == ' ')
                label.pop_back();
            label = label.empty() ? std::string() : label + "…";
        }
        const ImVec2 text_size = ImGui::CalcTextSize(label.c_str());
        draw->AddText(ImVec2(min.x + (segment - text_size.x) * 0.5f,
                             min.y + (bar_height - text_size.y) * 0.5f),
                      ImGui::GetColorU32(colours.text), label.c_str());
    }
    // The band holding the value gets a frame, so the rating reads without colour too.
    if (value_band < count) {
        const ImVec2 min(origin.x + segment * static_cast<float>(value_band), bar_top);
        draw->AddRect(min, ImVec2(min.x + segment, bar_top + bar_height),
                      ImGui::GetColorU32(theme::ink), rounding, 0, scaled(app, 2.0f));
    }

    // The boundaries under the seams.
    const float seam_y = bar_top + bar_height + scaled(app, 3.0f);
    float last_text_end = -1e9f;
    for (std::size_t i = 0; i + 1 < count; ++i) {
        const RatingBand& band = benchmark->bands[i];
        if (!band.upper)
            continue;
        const std::string bound = format_bound(*band.upper, kpi.unit, app.language);
        const float seam_x = origin.x + segment * static_cast<float>(i + 1);
        const float text_width = ImGui::CalcTextSize(bound.c_str()).x;
        const float x =
            std::clamp(seam_x - text_width * 0.5f, origin.x, origin.x + width - text_width);
        if (x < last_text_end + scaled(app, 4.0f))
            continue; // overlapping labels would be unreadable; the list below has every number
        draw->AddText(ImVec2(x, seam_y), ImGui::GetColorU32(theme::muted), bound.c_str());
        last_text_end = x + text_width;
    }

    // The value's marker: a triangle over the bar and a line through it.
    if (kpi.value && value_band < count) {
        const float x = origin.x + segment * (static_cast<float>(value_band) +
                                              position_in_band(*benchmark, value_band, *kpi.value));
        const ImU32 ink = ImGui::GetColorU32(theme::ink);
        draw->AddTriangleFilled(ImVec2(x - marker, origin.y), ImVec2(x + marker, origin.y),
                                ImVec2(x, origin.y + marker + scaled(app, 1.0f)), ink);
        draw->AddLine(ImVec2(x, bar_top), ImVec2(x, bar_top + bar_height), ink, scaled(app, 3.0f));
        draw->AddLine(ImVec2(x, bar_top), ImVec2(x, bar_top + bar_height),
                      ImGui::GetColorU32(theme::card), scaled(app, 1.0f));
    }
    ImGui::Dummy(ImVec2(width, seam_y - origin.y + ImGui::GetTextLineHeight()));
    remember_control(app, ("gauge-" + kpi.id).c_str());

    // Every band with its range and sources; one line when all bands share their sources.
    bool shared = true;
    for (const RatingBand& band : benchmark->bands)
        if (band_sources(*benchmark, band) != band_sources(*benchmark, benchmark->bands.front()))
            shared = false;
    for (std::size_t i = 0; i < count; ++i) {
        const RatingBand& band = benchmark->bands[i];
        std::string line =
            band.label.in(app.language) + ": " + band_range_text(band, kpi.unit, app.language);
        if (!shared)
            line += " — " + sources_text(profile, band_sources(*benchmark, band), app.language);
        if (band.edited)
            line += " (" + std::string(tr(app, text::profile_edited)) + ")";
        const float square = ImGui::GetTextLineHeight() * 0.7f;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float inset = (ImGui::GetTextLineHeight() - square) * 0.5f;
        draw->AddRectFilled(ImVec2(at.x, at.y + inset),
                            ImVec2(at.x + square, at.y + inset + square),
                            ImGui::GetColorU32(tone_colours(band.tone).fill), scaled(app, 2.0f));
        ImGui::Dummy(ImVec2(square, ImGui::GetTextLineHeight()));
        ImGui::SameLine();
        wrapped_text(i == value_band ? theme::ink : theme::muted, line);
    }
    if (shared)
        wrapped_text(theme::muted,
                     std::string(tr(app, text::profile_sources)) + ": " +
                         sources_text(profile, band_sources(*benchmark, benchmark->bands.front()),
                                      app.language));
}

} // namespace engage::app
