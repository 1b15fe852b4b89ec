// The app's views. The calculator (data and KPI panels) is the first; the others each live in
// their own files, with their own state struct and their own UI texts, so they can grow
// independently:
// - taxonomy_view.h/.cpp: the nine categories (matrix, items, corrections, cards, quiz);
// - analytics_view.h/.cpp: NPS statistics, history and trends, sessions, attribution;
// - trainer_view.h/.cpp: the seminar toolkit (examples, guided tour, presentation mode).
// app.cpp draws the view switcher under the top bar and calls the current view.
#pragma once

namespace engage::app {

enum class View { Calculator, Taxonomy, Analytics, Trainer };

} // namespace engage::app
