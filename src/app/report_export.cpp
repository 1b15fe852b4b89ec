#include "app/report_export.h"

#include <cmath>
#include <cstdio>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/profile_panel.h"
#include "app/share_text.h"
#include "engine/number_text.h"

namespace engage::app {

namespace {

using Row = std::vector<std::string>;

// A number spreadsheets read in the language's locale: no grouping, up to four decimals.
std::string plain_number(double value, Language language) {
    char text[64];
    std::snprintf(text, sizeof text, "%.4f", value);
    std::string out = text;
    while (!out.empty() && out.back() == '0')
        out.pop_back();
    if (!out.empty() && out.back() == '.')
        out.pop_back();
    if (language == Language::German)
        for (char& c : out)
            if (c == '.')
                c = ',';
    return out;
}

Row header_row(const AppState& app) {
    return {tr(app, text::col_kpi),     tr(app, text::col_value),   tr(app, text::col_number),
            tr(app, text::col_unit),    tr(app, text::col_rating),  tr(app, text::col_bands),
            tr(app, text::col_source),  tr(app, text::col_note),    tr(app, text::col_formula),
            tr(app, text::col_dimension), tr(app, text::col_ci_low), tr(app, text::col_ci_high)};
}

Row kpi_row(const AppState& app, const Kpi& kpi) {
    const Language language = app.language;
    const bool rated = kpi.defined() && !kpi.rating.empty();
    Row row;
    row.push_back(kpi.name.in(language));
    row.push_back(kpi.defined() ? format_kpi_value(kpi, language) : kpi.reason.in(language));
    row.push_back(kpi.defined() ? plain_number(*kpi.value, language) : "");
    row.push_back(kpi.unit);
    row.push_back(rated ? kpi.rating_label.in(language) : "");
    row.push_back(kpi.rating_bands.in(language));
    row.push_back(kpi.rating_source.in(language));
    row.push_back(kpi.rating_note.in(language));
    row.push_back(kpi.formula.in(language));
    row.push_back(dimension_name(kpi.dimension).in(language));
    row.push_back(kpi.ci95 && kpi.defined() ? plain_number(kpi.ci95->first, language) : "");
    row.push_back(kpi.ci95 && kpi.defined() ? plain_number(kpi.ci95->second, language) : "");
    return row;
}

std::vector<Row> kpi_rows(const AppState& app) {
    std::vector<Row> rows{header_row(app)};
    for (const Kpi& kpi : app.analysis.kpis)
        rows.push_back(kpi_row(app, kpi));
    return rows;
}

// Tabs and line breaks inside a cell would shift the columns when pasted; they become spaces.
std::string tsv_cell(std::string cell) {
    for (char& c : cell)
        if (c == '\t' || c == '\n' || c == '\r')
            c = ' ';
    return cell;
}

std::string csv_cell(const std::string& cell, char delimiter) {
    if (cell.find_first_of(std::string("\"\r\n") + delimiter) == std::string::npos)
        return cell;
    std::string out = "\"";
    for (char c : cell)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string escape_html(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

const char* tone_class(const AppState& app, const Kpi& kpi) {
    const KpiBenchmark* benchmark = find_benchmark(active_profile(app), kpi.id);
    if (benchmark)
        for (const RatingBand& band : benchmark->bands)
            if (band.id == kpi.rating)
                return band_tone_id(band.tone);
    return "neutral";
}

} // namespace

std::string kpi_table_tsv(const AppState& app) {
    std::string out;
    for (const Row& row : kpi_rows(app)) {
        for (std::size_t i = 0; i < row.size(); ++i)
            out += (i > 0 ? "\t" : "") + tsv_cell(row[i]);
        out += "\r\n"; // Excel on Windows expects CRLF; every other target accepts it
    }
    return out;
}

std::string kpi_table_csv(const AppState& app) {
    const char delimiter = app.language == Language::German ? ';' : ',';
    std::string out = "\xEF\xBB\xBF";
    for (const Row& row : kpi_rows(app)) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i > 0)
                out += delimiter;
            out += csv_cell(row[i], delimiter);
        }
        out += "\r\n";
    }
    return out;
}

std::string report_document_json(AppState& app) {
    using Json = nlohmann::ordered_json;
    Json report = Json::parse(report_json(app), nullptr, false);
    if (report.is_discarded())
        report = Json::object();
    const BenchmarkProfile& profile = active_profile(app);
    bool edited = false;
    for (const KpiBenchmark& benchmark : profile.benchmarks)
        for (const RatingBand& band : benchmark.bands)
            edited = edited || band.edited;
    report["profile"] = {{"id", profile.id},
                         {"name", profile.name.in(app.language)},
                         {"edited", edited},
                         {"imported", app.profiles.imported}};
    return report.dump(2);
}

std::string report_file_stem(const AppState& app) {
    std::string name = app.source_name;
    const std::size_t dot = name.rfind('.');
    if (dot != std::string::npos && dot > 0)
        name.resize(dot);
    std::string stem = "engagelens";
    if (!name.empty())
        stem += "-";
    for (char c : name) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '-' || c == '_';
        stem += plain ? c : '_';
    }
    return stem;
}

std::string summary_html(const AppState& app) {
    const Language language = app.language;
    const Analysis& analysis = app.analysis;
    std::string html;
    html += "<h1>" + escape_html(tr(app, text::summary_title)) + "</h1>";

    // What was analysed, with what, and when (the page fills in the local date).
    html += "<p class=\"meta\"><span>" + escape_html(tr(app, text::summary_data)) + ": <b>" +
            escape_html(analysis.input.name.empty() ? "–" : analysis.input.name) + "</b>, " +
            escape_html(counted(analysis.input.row_count, text::summary_row, text::summary_rows)
                            .in(language)) +
            "</span> · <span>" +
            escape_html(tr(app, text::summary_profile)) + ": <b>" +
            escape_html(active_profile(app).name.in(language)) +
            "</b></span> · <span class=\"generated-at\"></span></p>";

    for (Dimension dimension : {Dimension::Reach, Dimension::Interaction, Dimension::Transaction}) {
        std::string rows;
        for (const Kpi& kpi : analysis.kpis) {
            if (kpi.dimension != dimension)
                continue;
            const bool rated = kpi.defined() && !kpi.rating.empty();
            rows += "<tr><th scope=\"row\">" + escape_html(kpi.name.in(language)) + "</th>";
            if (kpi.defined())
                rows += "<td class=\"value\">" + escape_html(format_kpi_value(kpi, language)) +
                        "</td>";
            else
                rows += "<td class=\"value undefined\">" + escape_html(kpi.reason.in(language)) +
                        "</td>";
            if (rated)
                rows += "<td><span class=\"rating tone-" + std::string(tone_class(app, kpi)) +
                        "\">" + escape_html(kpi.rating_label.in(language)) + "</span></td>";
            else
                rows += "<td class=\"muted\">" +
                        escape_html(kpi.defined() ? tr(app, text::summary_no_rating) : "") +
                        "</td>";
            rows += "<td class=\"small\">" + escape_html(kpi.rating_bands.in(language));
            if (!kpi.rating_source.empty())
                rows += "<br><span class=\"muted\">" + escape_html(kpi.rating_source.in(language)) +
                        "</span>";
            rows += "</td></tr>";
            if (!kpi.formula.empty() || !kpi.rating_note.empty()) {
                rows += "<tr class=\"detail\"><td></td><td colspan=\"3\">";
                if (!kpi.formula.empty())
                    rows += escape_html(kpi.formula.in(language));
                if (!kpi.rating_note.empty())
                    rows += "<br><span class=\"muted\">" +
                            escape_html(kpi.rating_note.in(language)) + "</span>";
                rows += "</td></tr>";
            }
        }
        if (rows.empty())
            continue;
        html += "<h2>" + escape_html(dimension_name(dimension).in(language)) + "</h2>";
        html += "<table><thead><tr><th>" + escape_html(tr(app, text::col_kpi)) + "</th><th>" +
                escape_html(tr(app, text::col_value)) + "</th><th>" +
                escape_html(tr(app, text::col_rating)) + "</th><th>" +
                escape_html(tr(app, text::col_bands)) + "</th></tr></thead><tbody>" + rows +
                "</tbody></table>";
    }

    html += "<p class=\"meta\">" + escape_html(tr(app, text::summary_problems)) + ": " +
            (analysis.input.problem_count > 0
                 ? format_number(static_cast<double>(analysis.input.problem_count), language, 0)
                 : escape_html(tr(app, text::summary_none))) +
            "</p>";
    html += "<p class=\"footer\">" + escape_html(tr(app, text::summary_generated)) + "</p>";
    return html;
}

} // namespace engage::app
