// Trainer view: the seminar toolkit: built-in example cases, a guided tour of the KPI dimensions and
// formulas, and presentation mode.
#pragma once

namespace engage::app {

struct AppState;

// What the view keeps between frames.
struct TrainerViewState {
    bool opened = false;
};

void draw_trainer_view(AppState& app);

} // namespace engage::app
