#include "app/trainer_view.h"

#include "app/app.h"
#include "app/panels.h"

namespace engage::app {

// FIXME-UI: the trainer view is being built; until then it says so.
void draw_trainer_view(AppState& app) {
    app.trainer.opened = true;
    panel_title(app, "Trainer");
}

} // namespace engage::app
