// Taxonomy table: classifying a table of activities, and checking initiator and form columns the
// user already filled in.
//
// Contract:
// - Columns are found by header name in English or German, case and umlauts ignored:
//   text ("text", "activity", "description", "Aktivität", "Beschreibung", "Maßnahme", ...),
//   initiator ("initiator", "initiated by", "Initiator", "Auslöser", "initiiert von") and
//   form ("form", "type", "Form", "Art", "Typ"). Callers may also pass indexes directly.
// - Without a text column nothing is classified and one Error problem says which headers were
//   looked for.
// - When a row has both initiator and form cells that parse (taxonomy.h), that category is
//   `given` and taken as the row's category; the classifier's view is kept beside it and
//   `disagrees` says whether they differ, so the UI can flag it for a second look.
// - When only one of the two cells parses, the row keeps the classifier's category.
//   FIXME-TAXONOMY: combine a given initiator with the predicted form (and vice versa).
// - A cell that does not parse is a Warning problem (row and column as in the file) and the row
//   falls back to the classifier; an empty cell is not a problem.
// - Empty texts are skipped without a problem (blank lines at the end of exports are common).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/classifier.h"
#include "engine/problem.h"
#include "engine/table.h"
#include "engine/taxonomy.h"

namespace engage {

struct ActivityColumns {
    int text = -1;
    int initiator = -1;
    int form = -1;
};

struct ActivityRow {
    long source_row = 0; // 1-based record number in the file
    std::string text;
    Category category = Category::ProviderOffer; // given when present, else predicted
    std::optional<Category> given;
    Classification predicted;
    bool disagrees = false; // given and predicted differ
};

struct ActivityTable {
    ActivityColumns columns;
    std::vector<ActivityRow> rows;
    Problems problems;
};

ActivityColumns find_activity_columns(const Table& table);

ActivityTable classify_activity_table(const Classifier& classifier, const Table& table);
ActivityTable classify_activity_table(const Classifier& classifier, const Table& table,
                                      const ActivityColumns& columns);

} // namespace engage
