// The guided tour: the article's three KPI dimensions and its formulas, one step at a time, each
// with a worked example and a tiny table that is loaded into the calculator, so the group sees
// the real result card.
//
// Contract:
// - Steps are data (tour_steps()); going to a step loads its table through load_text (a step
//   without a table keeps the calculator as it is).
// - Keys while the tour is on screen: ← / → and Page Up / Page Down (what presentation
//   clickers send), not while a text field has the keyboard.
// - Controls for tests: "tour-start", "tour-back", "tour-next".
#pragma once

#include <vector>

#include "engine/localized.h"

namespace engage::app {

struct AppState;

struct TourStep {
    const char* id;
    Localized title;
    Localized explanation;
    Localized formula;        // empty for steps that are not a KPI
    Localized worked_example;
    Localized reading;        // how to read the value, the rule of thumb
    const char* file_name;    // nullptr: no table for this step
    const char* table;
    std::vector<const char*> kpis; // KPI ids shown as cards
};

const std::vector<TourStep>& tour_steps();

// Goes to a step (clamped) and loads its table.
void go_to_tour_step(AppState& app, int step);

void draw_tour(AppState& app);

} // namespace engage::app
