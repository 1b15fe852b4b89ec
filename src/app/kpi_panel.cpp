// KPI panel: the report buttons and the benchmark profile on top, then the article's key
// figures grouped by its three dimensions, each card showing the value, the formula with the
// user's numbers, and the rating on a band gauge with every band's source; the privacy note
// with the storage switch at the end.
#include <cmath>
#include <string>

#include "app/panels.h"
#include "app/profile_panel.h"
#include "app/profile_text.h"
#include "app/samples.h"
#include "app/share_panel.h"
#include "app/ui_text.h"
#include "engine/number_text.h"

namespace engage::app {

namespace {

const theme::RatingColors unrated_colours{theme::muted, ImVec4(0.910f, 0.929f, 0.953f, 1.0f)};

// The engine's display text (the report's "display"), so a CTR of 0.0179 % shows its digits
// instead of "0.0 %".
std::string format_value(const Kpi& kpi, Language language) {
    std::string text = format_kpi_value(kpi, language);

    // A typographic minus reads better in large type than a hyphen.
    if (!text.empty() && text[0] == '-')
        text.replace(0, 1, "\u2212");
    return text;
}

const char* duration_unit(const Kpi& kpi) {
    return *kpi.value >= 3600.0 ? "(h:mm:ss)" : "(m:ss)";
}

void labelled_text(const AppState& app, const Localized& label, const std::string& value,
                   const ImVec4& colour) {
    ImGui::TextColored(theme::muted, "%s:", tr(app, label));
    ImGui::SameLine();
    wrapped_text(colour, value);
}

// The rating's colours from its band's tone in the profile in use (rating.h), so an imported
// profile colours its own band ids correctly.
theme::RatingColors rating_chip_colours(const AppState& app, const Kpi& kpi) {
    static const theme::RatingColors by_tone[] = {
        theme::rating_colors("", "negative"), theme::rating_colors("", "low"), unrated_colours,
        theme::rating_colors("", "good"), theme::rating_colors("", "excellent")};
    if (const KpiBenchmark* benchmark = find_benchmark(active_profile(app), kpi.id))
        for (const RatingBand& band : benchmark->bands)
            if (band.id == kpi.rating)
                return by_tone[static_cast<int>(band.tone)];
    return theme::rating_colors(kpi.id, kpi.rating);
}

void draw_card_header(const AppState& app, const Kpi& kpi) {
    ImGui::PushFont(app.fonts.heading);
    const char* name = kpi.name.in(app.language).c_str();
    ImGui::TextUnformatted(name);
    const float name_bottom = ImGui::GetCursorPosY();
    ImGui::PopFont();
    if (!kpi.defined())
        return;

    // The rating chip, right-aligned on the name's line, or under the name when both do not fit.
    const bool rated = !kpi.rating.empty();
    const std::string label =
        rated ? kpi.rating_label.in(app.language) : std::string(tr(app, text::no_benchmark));
    const float width = chip_width(label.c_str());
    const float right = ImGui::GetContentRegionMax().x - scaled(app, 14.0f);
    ImGui::SameLine();
    const float name_end = ImGui::GetCursorPosX();
    if (name_end + width <= right) {
        // SetCursorPosX, not SameLine(x): inside the card's group SameLine's x is relative to
        // the group.
        ImGui::SetCursorPosX(right - width);
    } else {
        ImGui::NewLine();
    }
    chip(label.c_str(), rated ? rating_chip_colours(app, kpi) : unrated_colours);
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), name_bottom));
}

void draw_value(const AppState& app, const Kpi& kpi) {
    if (!kpi.defined()) {
        // The reason takes the value's place: "not defined, because there are no followers".
        ImGui::PushFont(app.fonts.heading);
        const std::string& reason = kpi.reason.in(app.language);
        wrapped_text(theme::muted, reason.empty() ? tr(app, text::not_defined) : reason);
        ImGui::PopFont();
        return;
    }
    ImGui::PushFont(app.fonts.value);
    ImGui::TextUnformatted(format_value(kpi, app.language).c_str());
    ImGui::PopFont();
    if (kpi.unit == "s") {
        ImGui::SameLine();
        ImGui::TextColored(theme::muted, "%s", duration_unit(kpi));
    }
}

void draw_kpi_card(AppState& app, const Kpi& kpi) {
    const bool rated = kpi.defined() && !kpi.rating.empty();
    // The stripe takes the rating's strong colour: the chip's text, or its background where the
    // text is white on a strong background ("excellent", "world class").
    ImVec4 rating_colour = theme::muted;
    if (rated) {
        const theme::RatingColors colours = rating_chip_colours(app, kpi);
        const float light = colours.text.x * 0.3f + colours.text.y * 0.59f + colours.text.z * 0.11f;
        rating_colour = light > 0.8f ? colours.background : colours.text;
    }
    const ImVec4 stripe = !kpi.defined() ? theme::card_border : rating_colour;
    ImGui::PushID(kpi.id.c_str());
    begin_card(app);

    draw_card_header(app, kpi);
    draw_value(app, kpi);
    if (kpi.defined() && kpi.unit != "s") // the browser tests check that the value fits its card
        remember_control(app, ("kpi-value-" + kpi.id).c_str());

    if (!kpi.formula.empty())
        labelled_text(app, text::formula, kpi.formula.in(app.language), theme::ink);
    if (kpi.ci95 && kpi.defined())
        labelled_text(app, text::interval95, format_kpi_interval(kpi, app.language), theme::ink);
    if (kpi.defined()) {
        ImGui::Spacing();
        draw_band_gauge(app, kpi);
    }
    // What the rating measures against, e.g. per follower rather than per reached person:
    // benchmarks differ by a factor of ten between denominators, so every card says it.
    if (kpi.defined() && !kpi.rating_note.empty())
        wrapped_text(theme::muted, kpi.rating_note.in(app.language));

    end_card(app, stripe);
    ImGui::PopID();
    ImGui::Spacing();
}

const Localized& dimension_about(Dimension dimension) {
    switch (dimension) {
    case Dimension::Reach:
        return text::dimension_reach_about;
    case Dimension::Interaction:
        return text::dimension_interaction_about;
    case Dimension::Transaction:
        return text::dimension_transaction_about;
    }
    return text::dimension_interaction_about;
}

void draw_dimension(AppState& app, Dimension dimension) {
    ImGui::Spacing();
    section_title(app, dimension_name(dimension).in(app.language).c_str());
    wrapped_text(theme::muted, tr(app, dimension_about(dimension)));
    if (dimension == Dimension::Interaction)
        wrapped_text(theme::accent, tr(app, text::engagement_begins));
    ImGui::Spacing();

    bool any = false;
    for (const Kpi& kpi : app.analysis.kpis) {
        if (kpi.dimension != dimension)
            continue;
        draw_kpi_card(app, kpi);
        any = true;
    }
    if (!any)
        wrapped_text(theme::muted, tr(app, text::dimension_empty));
}

void draw_welcome(AppState& app) {
    begin_card(app);
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextUnformatted(tr(app, text::welcome_title));
    ImGui::PopFont();
    wrapped_text(theme::ink, tr(app, text::welcome_text));
    ImGui::Spacing();
    if (ImGui::Button((std::string(tr(app, text::try_example)) + "##try-example").c_str())) {
        const Sample& example = article_example();
        load_text(app, example.text, example.file_name);
    }
    remember_control(app, "try-example");
    end_card(app, theme::accent);
}

} // namespace

void draw_kpi_panel(AppState& app) {
    panel_title(app, tr(app, text::kpis_title));
    if (!app.has_input) {
        ImGui::Spacing();
        draw_welcome(app);
        ImGui::Spacing();
        draw_report_bar(app); // shows a share link's outcome even before any data
        ImGui::Spacing();
        draw_privacy_card(app);
        return;
    }
    if (analysis_progress(app) >= 0.0f) {
        wrapped_text(theme::muted, tr(app, text::analysing));
    } else if (!app.analysis.readable) {
        wrapped_text(theme::muted, tr(app, text::unreadable_title));
    } else {
        draw_report_bar(app);
        ImGui::Spacing();
        draw_profile_card(app);
        for (Dimension dimension :
             {Dimension::Reach, Dimension::Interaction, Dimension::Transaction})
            draw_dimension(app, dimension);
    }
    ImGui::Spacing();
    draw_privacy_card(app);
}

} // namespace engage::app
