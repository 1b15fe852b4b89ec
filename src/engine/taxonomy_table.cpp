#include "engine/taxonomy_table.h"

#include <algorithm>
#include <string_view>

#include "engine/classifier_text.h"

namespace engage {

namespace {

// Header text as words: "Aktivität (Beschreibung)" and "aktivitaet beschreibung" compare equal.
std::string header_words(std::string_view header) {
    std::string out;
    for (const Token& token : tokenize(header)) {
        if (!out.empty())
            out += ' ';
        out += token.folded;
    }
    return out;
}

int find_header(const Table& table, std::initializer_list<std::string_view> names) {
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        const std::string words = header_words(table.header[i]);
        if (std::find(names.begin(), names.end(), words) != names.end())
            return static_cast<int>(i);
    }
    return -1;
}

std::string_view cell(const Table& table, std::size_t row, int column) {
    return column < 0 ? std::string_view() : table.cell(row, static_cast<std::size_t>(column));
}

bool blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

} // namespace

ActivityColumns find_activity_columns(const Table& table) {
    ActivityColumns columns;
    columns.text = find_header(
        table, {"text", "activity", "activities", "description", "engagement", "action",
                "aktivitaet", "aktivitaeten", "beschreibung", "massnahme", "massnahmen", "aktion",
                "taetigkeit", "activity description", "aktivitaet beschreibung"});
    columns.initiator = find_header(table, {"initiator", "initiated by", "who", "impulse",
                                            "ausloeser", "initiiert von", "impuls", "wer"});
    columns.form = find_header(
        table, {"form", "type", "kind", "art", "typ", "engagement form", "engagementform"});
    return columns;
}

ActivityTable classify_activity_table(const Classifier& classifier, const Table& table) {
    return classify_activity_table(classifier, table, find_activity_columns(table));
}

ActivityTable classify_activity_table(const Classifier& classifier, const Table& table,
                                      const ActivityColumns& columns) {
    ActivityTable result;
    result.columns = columns;
    if (columns.text < 0 || static_cast<std::size_t>(columns.text) >= table.header.size()) {
        result.problems.push_back(
            {table.header_row,
             "",
             {"No column with activity texts was found; expected a header such as \"text\", "
              "\"activity\" or \"description\".",
              "Keine Spalte mit Aktivitäten gefunden; erwartet wird eine Überschrift wie "
              "„Text“, „Aktivität“ oder „Beschreibung“."},
             Severity::Error});
        return result;
    }

    auto header_of = [&](int column) { return table.header[static_cast<std::size_t>(column)]; };
    for (std::size_t r = 0; r < table.row_count(); ++r) {
        const std::string_view text = cell(table, r, columns.text);
        if (blank(text))
            continue;
        ActivityRow row;
        row.source_row = table.source_row(r);
        row.text = std::string(text);
        row.predicted = classifier.classify(text);
        row.category = row.predicted.category;

        const std::string_view initiator_cell = cell(table, r, columns.initiator);
        const std::string_view form_cell = cell(table, r, columns.form);
        const auto initiator = parse_initiator(initiator_cell);
        const auto form = parse_form(form_cell);
        if (!blank(initiator_cell) && !initiator)
            result.problems.push_back(
                {row.source_row,
                 header_of(columns.initiator),
                 {"\"" + std::string(initiator_cell) +
                      "\" is not an initiator (provider, customer, third party); the "
                      "classifier's guess is used.",
                  "„" + std::string(initiator_cell) +
                      "“ ist kein Initiator (Anbieter, Kunde, Dritte); die Einschätzung des "
                      "Klassifikators wird verwendet."},
                 Severity::Warning});
        if (!blank(form_cell) && !form)
            result.problems.push_back(
                {row.source_row,
                 header_of(columns.form),
                 {"\"" + std::string(form_cell) +
                      "\" is not a form (offer, demand, activity); the classifier's guess is "
                      "used.",
                  "„" + std::string(form_cell) +
                      "“ ist keine Form (Angebot, Nachfrage, Aktivität); die Einschätzung des "
                      "Klassifikators wird verwendet."},
                 Severity::Warning});
        if (initiator && form) {
            row.given = make_category(*initiator, *form);
            row.category = *row.given;
            row.disagrees = *row.given != row.predicted.category;
        }
        result.rows.push_back(std::move(row));
    }
    return result;
}

} // namespace engage
