// Built-in example cases for seminars: two cases from the source article (My Starbucks Idea,
// the Pril design contest) and three everyday tables (a small Instagram account, a seminar NPS
// survey, a web-shop log). Each case is told in our own words, loads a table into the
// calculator, and says what to look at there.
//
// Contract:
// - `table` is text exactly as a user would paste it; loading goes through load_text, so the
//   calculator computes everything. Role overrides, where a case needs them, name headers.
// - Figures beyond the calculator's KPIs (Starbucks' implementation rate and votes per idea)
//   come from engine/case_figures.h, computed from the case's facts, never typed in.
// - Numbers that were made up for an exercise are flagged (`illustrative`) and the UI says so.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "engine/column_roles.h"
#include "engine/kpi.h"
#include "engine/localized.h"

namespace engage::app {

struct AppState;

struct ExampleCase {
    const char* id; // stable, for tests: "case-<id>"
    Localized title;
    Localized subtitle;
    Localized story;
    std::vector<Localized> look_at;
    Localized lesson;
    const char* file_name;
    std::string table;
    std::map<std::string, Role> role_overrides; // header -> role
    std::vector<std::string> highlight_kpis;    // KPI ids shown as cards with the case
    bool illustrative = false;
};

const std::vector<ExampleCase>& example_cases();

// The case's own computed figures (empty for cases whose figures all come from the table).
Kpis case_figures(const ExampleCase& example);

// Loads the case's table into the calculator, with its role overrides, and analyses it.
void load_example_case(AppState& app, const ExampleCase& example);

// Whether the calculator still holds the case's table as loaded.
bool example_case_loaded(const AppState& app, const ExampleCase& example);

} // namespace engage::app
