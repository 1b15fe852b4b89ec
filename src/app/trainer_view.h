// Trainer view ("Seminar"): the seminar toolkit: built-in example cases (example_cases.h), a
// guided tour of the KPI dimensions and formulas (trainer_tour.h), and presentation mode with
// one figure full screen (trainer_presentation.h).
#pragma once

#include <string>

namespace engage::app {

struct AppState;

enum class TrainerSection { Cases, Tour, FullScreen };

// What the view keeps between frames.
struct TrainerViewState {
    bool opened = false;
    TrainerSection section = TrainerSection::Cases;

    // Presentation mode (trainer_presentation.cpp).
    bool presentation = false;
    float zoom_before_presentation = 1.0f; // the user's text size, restored on leaving
    bool full_screen = false;
    bool full_screen_focus = false; // focus the full-screen window in its first frame
    std::string full_screen_kpi;
    bool full_screen_matrix = false; // the nine-category matrix instead of a key figure

    // Example cases: index into example_cases(), -1 = none chosen yet.
    int selected_case = -1;

    // Guided tour: the current step, -1 = not started.
    int tour_step = -1;
};

void draw_trainer_view(AppState& app);

} // namespace engage::app
