#include "app/taxonomy_view.h"

#include "app/app.h"
#include "app/panels.h"

namespace engage::app {

// FIXME-UI: the taxonomy view is being built; until then it says so.
void draw_taxonomy_view(AppState& app) {
    app.taxonomy.opened = true;
    panel_title(app, "Taxonomy");
}

} // namespace engage::app
