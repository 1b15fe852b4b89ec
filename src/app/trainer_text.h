// UI strings of the Seminar view (trainer_*.cpp, example_cases.cpp), in English and German.
// The example cases' and the tour's own texts live with their data (example_cases.cpp,
// trainer_tour.cpp); this header holds the labels around them.
#pragma once

#include "engine/localized.h"

namespace engage::app::trainer_text {

// ---- View -------------------------------------------------------------------------------------
inline const Localized title{"Seminar toolkit", "Seminar-Werkzeuge"};
inline const Localized intro{
    "For teaching with EngageLens: worked example cases, a guided tour of the KPIs and their "
    "formulas, and a presentation mode for projectors.",
    "Für den Unterricht mit EngageLens: durchgerechnete Praxisfälle, eine Führung durch die "
    "Kennzahlen und ihre Formeln und ein Präsentationsmodus für den Beamer."};
inline const Localized section_cases{"Example cases", "Praxisfälle"};
inline const Localized section_tour{"Guided tour", "Geführte Tour"};
inline const Localized section_full_screen{"Presentation", "Präsentation"};

// ---- Presentation mode ----------------------------------------------------------------------
inline const Localized projector_button{"Projector", "Beamer"};
inline const Localized projector_tip_off{
    "Presentation mode: large text and a high-contrast theme for projectors",
    "Präsentationsmodus: große Schrift und ein kontrastreiches Design für den Beamer"};
inline const Localized projector_tip_on{"Leave presentation mode (Esc)",
                                        "Präsentationsmodus verlassen (Esc)"};
inline const Localized presentation_on{"Presentation mode: on", "Präsentationsmodus: an"};
inline const Localized presentation_off{"Presentation mode: off", "Präsentationsmodus: aus"};
inline const Localized presentation_about{
    "Presentation mode (also “Projector” in the top bar): large text, black on white, strong "
    "colours and thick lines, made to be read from the back of a room. Esc or the same button "
    "leaves it; A− / A+ still adjust the size.",
    "Präsentationsmodus (auch „Beamer“ oben rechts): große Schrift, Schwarz auf Weiß, "
    "kräftige "
    "Farben und dicke Linien, gemacht für die letzte Reihe. Esc oder dieselbe Schaltfläche "
    "beendet ihn; A− / A+ ändern weiterhin die Größe."};
inline const Localized full_screen_about{
    "Show one key figure of the calculator's current table across the whole screen. Esc or "
    "the button in the corner returns; ← and → switch between the figures.",
    "Zeigt eine Kennzahl der aktuellen Tabelle im Rechner bildschirmfüllend. Esc oder die "
    "Schaltfläche in der Ecke führt zurück; ← und → wechseln zwischen den Kennzahlen."};
inline const Localized full_screen_no_kpis{
    "The calculator has no key figures yet: load an example case or the tour first.",
    "Der Rechner hat noch keine Kennzahlen: Laden Sie zuerst einen Praxisfall oder die Tour."};
inline const Localized full_screen_matrix{
    "The nine categories of engagement: the matrix of the Nine categories view, with what is "
    "sorted there (the example activities until you give your own list or table).",
    "Die neun Kategorien des Engagements: die Matrix der Ansicht „Neun Kategorien“ mit dem, "
    "was dort einsortiert ist (die Beispielaktivitäten, bis Sie eine eigene Liste oder Tabelle "
    "angeben)."};
inline const Localized matrix_button{"Nine categories matrix", "Matrix der neun Kategorien"};
inline const Localized matrix_title{"Nine categories of engagement",
                                    "Neun Kategorien des Engagements"};
inline const Localized full_screen_button{"Full screen", "Vollbild"};
inline const Localized leave_full_screen{"Close full screen (Esc)", "Vollbild schließen (Esc)"};
inline const Localized previous_figure{"← Previous", "← Vorherige"};
inline const Localized next_figure{"Next →", "Nächste →"};
inline const Localized figure_of{"Figure %d of %d", "Kennzahl %d von %d"};
inline const Localized not_defined{"not defined", "nicht definiert"};
inline const Localized formula{"Formula", "Formel"};
inline const Localized bands{"Bands", "Bereiche"};
inline const Localized source{"Source", "Quelle"};
inline const Localized no_benchmark{"No universal benchmark", "Kein allgemeiner Richtwert"};
inline const Localized interval95{"95 % interval", "95-%-Intervall"};

// ---- Example cases ----------------------------------------------------------------------------
inline const Localized cases_overview{"Five cases to choose from:",
                                     "Fünf Fälle stehen zur Wahl:"};
inline const Localized cases_hint{
    "Pick a case: its table is loaded into the calculator, and this page explains what to look "
    "at.",
    "Wählen Sie einen Fall: Seine Tabelle wird in den Rechner geladen, und diese Seite erklärt, "
    "worauf es ankommt."};
inline const Localized what_happened{"What happened", "Was geschah"};
inline const Localized computed_figures{"Computed from the case's figures",
                                        "Aus den Zahlen des Falls berechnet"};
inline const Localized one_in{"About one idea in %s was put into practice.",
                              "Etwa eine von %s Ideen wurde umgesetzt."};
inline const Localized what_to_look_at{"What to look at", "Worauf es ankommt"};
inline const Localized calculator_figures{"The calculator's figures for this table",
                                          "Die Kennzahlen des Rechners zu dieser Tabelle"};
inline const Localized lesson{"Lesson", "Lehre"};
inline const Localized loaded_as{"Loaded into the calculator as", "In den Rechner geladen als"};
inline const Localized roles_set{
    "Roles set by this case: each submitted idea counts as a visit, each implemented idea as a "
    "conversion.",
    "Von diesem Fall gesetzte Rollen: Jede eingereichte Idee zählt als Besuch, jede umgesetzte "
    "Idee als Conversion."};
inline const Localized not_loaded{
    "The calculator now holds another table. Load this table again to see its figures.",
    "Im Rechner liegt inzwischen eine andere Tabelle. Laden Sie diese Tabelle erneut, um ihre "
    "Kennzahlen zu sehen."};
inline const Localized load_again{"Load the table again", "Tabelle erneut laden"};
inline const Localized open_calculator{"Open in the calculator", "Im Rechner öffnen"};
inline const Localized illustrative{"Made-up numbers for the exercise",
                                    "Ausgedachte Zahlen für die Übung"};

// ---- Guided tour ------------------------------------------------------------------------------
inline const Localized tour_intro{
    "Eight steps through the three KPI dimensions and the formulas, each with the worked example "
    "from the article or one of ours. Every step loads a tiny table into the calculator, so the "
    "group sees the real result card.",
    "Acht Schritte durch die drei Dimensionen und die Formeln, jeder mit dem Rechenbeispiel aus "
    "dem Artikel oder einem eigenen. Jeder Schritt lädt eine kleine Tabelle in den Rechner, "
    "damit die Gruppe die echte Ergebniskarte sieht."};
inline const Localized tour_start{"Start the tour", "Tour starten"};
inline const Localized tour_step_of{"Step %d of %d", "Schritt %d von %d"};
inline const Localized tour_back{"← Back", "← Zurück"};
inline const Localized tour_next{"Next →", "Weiter →"};
inline const Localized tour_restart{"Start again", "Von vorn"};
inline const Localized tour_keys{"Keys: ← and → or Page Up and Page Down.",
                                 "Tasten: ← und → oder Bild ↑ und Bild ↓."};
inline const Localized worked_example{"Worked example", "Rechenbeispiel"};
inline const Localized rule_of_thumb{"How to read it", "So liest man es"};
inline const Localized tour_table{"Table in the calculator", "Tabelle im Rechner"};
inline const Localized dimension_label{"Dimension", "Dimension"};

} // namespace engage::app::trainer_text
