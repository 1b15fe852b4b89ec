// Built-in sample tables: one per table shape and number style the engine reads, so a trainer
// can show every KPI offline and a visitor can see what input looks like.
#pragma once

#include <vector>

#include "engine/localized.h"

namespace engage::app {

struct Sample {
    const char* id;        // stable, for tests
    Localized title;       // menu entry
    Localized description; // one line under the title
    const char* file_name; // shown as the source
    const char* text;      // the table as a user would paste it
};

const std::vector<Sample>& samples();

// The article's example: 5,000 followers, 200 likes and 50 comments give 5 %.
const Sample& article_example();

} // namespace engage::app
