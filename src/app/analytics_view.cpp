#include "app/analytics_view.h"

#include "app/app.h"
#include "app/panels.h"

namespace engage::app {

// FIXME-UI: the analytics view is being built; until then it says so.
void draw_analytics_view(AppState& app) {
    app.analytics.opened = true;
    panel_title(app, "Analytics");
}

} // namespace engage::app
