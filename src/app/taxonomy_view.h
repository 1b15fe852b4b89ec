// Taxonomy view: the nine engagement categories: a 3x3 matrix of initiator x form, the items in a cell,
// corrections that train the local model, category cards, and the quiz.
#pragma once

namespace engage::app {

struct AppState;

// What the view keeps between frames.
struct TaxonomyViewState {
    bool opened = false;
};

void draw_taxonomy_view(AppState& app);

} // namespace engage::app
