// UI strings of the "Nine categories" view (taxonomy_view.cpp, taxonomy_quiz.cpp), English and
// German side by side, in our own words. The engine's texts (category names, definitions,
// examples, quiz explanations, problems) arrive as Localized values already.
#pragma once

#include "engine/localized.h"

namespace engage::app::text {

// ---- Modes ------------------------------------------------------------------------------------
inline const Localized taxonomy_title{"The nine categories of engagement",
                                      "Die neun Kategorien des Engagements"};
inline const Localized taxonomy_intro{
    "Who started it (rows) and what it is about (columns): paste activities, one per line, and "
    "see where they fall.",
    "Wer den Anstoß gab (Zeilen) und worum es geht (Spalten): Fügen Sie Aktivitäten ein, eine "
    "je Zeile, und sehen Sie, wohin sie gehören."};
inline const Localized mode_sort{"Sort activities", "Aktivitäten einordnen"};
inline const Localized mode_cards{"Categories", "Kategorien"};
inline const Localized mode_quiz{"Quiz", "Quiz"};

// ---- Input ------------------------------------------------------------------------------------
inline const Localized source_list{"Pasted list", "Eingefügte Liste"};
inline const Localized source_table{"Calculator table", "Tabelle aus dem Rechner"};
inline const Localized list_hint{
    "One activity per line. Paste with Ctrl+V (⌘V) while the field is active, or type.",
    "Eine Aktivität je Zeile. Mit Strg+V (⌘V) einfügen, während das Feld aktiv ist, oder "
    "tippen."};
inline const Localized example_lines{"Example lines", "Beispielzeilen"};
inline const Localized clear_list{"Clear", "Leeren"};
inline const Localized list_empty{"The list is empty: paste or type activities above.",
                                  "Die Liste ist leer: Fügen Sie oben Aktivitäten ein."};
inline const Localized table_none{
    "The calculator has no table yet. Load one there (it needs a column such as \"Activity\", "
    "\"Text\" or \"Beschreibung\").",
    "Im Rechner ist noch keine Tabelle geladen. Laden Sie dort eine (sie braucht eine Spalte "
    "wie „Aktivität“, „Text“ oder „Beschreibung“)."};
inline const Localized table_no_text{
    "The calculator's table has no column of activity texts (a header such as \"Activity\", "
    "\"Text\", \"Description\", \"Aktivität\" or \"Beschreibung\").",
    "Die Tabelle im Rechner hat keine Spalte mit Aktivitäten (eine Überschrift wie "
    "„Aktivität“, „Text“, „Beschreibung“, „Activity“ oder „Maßnahme“)."};
inline const Localized table_text_column{"Activities from column", "Aktivitäten aus Spalte"};
inline const Localized table_given_columns{
    "Initiator and form are given in the table: they are taken as they are and checked against "
    "the classifier.",
    "Initiator und Form stehen in der Tabelle: Sie werden übernommen und mit dem Klassifikator "
    "abgeglichen."};
inline const Localized disagreement_one{"1 item disagrees with the classifier",
                                        "1 Eintrag weicht vom Klassifikator ab"};
inline const Localized disagreements{"items disagree with the classifier",
                                     "Einträge weichen vom Klassifikator ab"};
inline const Localized classifying{"Sorting activities …", "Aktivitäten werden eingeordnet …"};
inline const Localized cancel{"Cancel", "Abbrechen"};
inline const Localized stopped_after{"Stopped: only the first items are sorted",
                                     "Abgebrochen: Nur die ersten Einträge sind eingeordnet"};
inline const Localized sort_again{"Sort all", "Alle einordnen"};

// ---- Matrix -----------------------------------------------------------------------------------
inline const Localized matrix_title{"Matrix", "Matrix"};
inline const Localized axis_corner{"Initiator \\ Form", "Initiator \\ Form"};
inline const Localized measure_count{"Count", "Anzahl"};
inline const Localized measure_sum{"Sum of interactions", "Summe der Interaktionen"};
inline const Localized measure_mean{"Mean of interactions", "Mittel der Interaktionen"};
inline const Localized measure_columns{"Interactions from", "Interaktionen aus"};
inline const Localized items_word{"items", "Einträge"};
inline const Localized item_word{"item", "Eintrag"};
inline const Localized matrix_hint{
    "Click a cell to list its activities and see what the category means.",
    "Klicken Sie auf eine Zelle, um ihre Aktivitäten und die Bedeutung der Kategorie zu sehen."};

// ---- Items ------------------------------------------------------------------------------------
inline const Localized all_items{"All activities", "Alle Aktivitäten"};
inline const Localized show_all{"Show all", "Alle zeigen"};
inline const Localized no_items_in_cell{"No activity in this cell.",
                                        "In dieser Zelle steht keine Aktivität."};
inline const Localized shown_first{"Shown: the first", "Gezeigt: die ersten"};
inline const Localized confidence{"Confidence", "Sicherheit"};
inline const Localized who{"Who", "Wer"};
inline const Localized what{"What", "Was"};
inline const Localized evidence{"Evidence", "Hinweise"};
inline const Localized no_evidence{"no known words", "keine bekannten Wörter"};
inline const Localized learned{"learned", "gelernt"};
inline const Localized unsure{"unsure – please check", "unsicher – bitte prüfen"};
inline const Localized corrected{"corrected by you", "von Ihnen korrigiert"};
inline const Localized given_in_table{"Given in the table", "In der Tabelle angegeben"};
inline const Localized classifier_says{"Classifier", "Klassifikator"};
inline const Localized disagrees{"disagrees", "weicht ab"};
inline const Localized correct_tip{
    "Pick the right category: the classifier learns from it at once.",
    "Wählen Sie die richtige Kategorie: Der Klassifikator lernt sofort daraus."};
inline const Localized row_word{"Row", "Zeile"};

// ---- Learning ---------------------------------------------------------------------------------
inline const Localized learning_title{"What the classifier learned", "Was der Klassifikator "
                                                                     "gelernt hat"};
inline const Localized no_corrections{
    "No corrections yet. Correct an activity with its dropdown and the classifier learns from "
    "it; similar lines move too.",
    "Noch keine Korrekturen. Korrigieren Sie eine Aktivität über ihr Auswahlfeld: Der "
    "Klassifikator lernt daraus, auch für ähnliche Zeilen."};
inline const Localized corrections_count{"Your corrections", "Ihre Korrekturen"};
inline const Localized accuracy_before{"Right before you looked", "Vorher schon richtig"};
inline const Localized accuracy_carried{
    "Right when each item's own correction is left out",
    "Richtig, wenn die Korrektur des Eintrags selbst weggelassen wird"};
inline const Localized accuracy_note{
    "The second figure shows how well what was learned carries over to lines it has not seen.",
    "Die zweite Zahl zeigt, wie gut das Gelernte auf ungesehene Zeilen übertragbar ist."};
inline const Localized export_model{"Export model (JSON)", "Modell exportieren (JSON)"};
inline const Localized import_model{"Import model …", "Modell importieren …"};
inline const Localized forget_all{"Forget corrections", "Korrekturen vergessen"};
inline const Localized imported{"Imported corrections", "Importierte Korrekturen"};
inline const Localized import_refused{"Not imported", "Nicht importiert"};
inline const Localized model_note{
    "The model stays in this page only; export it to keep it.",
    "Das Modell bleibt nur in dieser Seite; exportieren Sie es, um es zu behalten."};

// ---- Cards ------------------------------------------------------------------------------------
inline const Localized examples_title{"Examples", "Beispiele"};

// ---- Quiz -------------------------------------------------------------------------------------
inline const Localized quiz_intro{
    "Where does this activity belong? Pick a cell – tap, click, or press 1–9 (rows: provider, "
    "customer, third parties).",
    "Wohin gehört diese Aktivität? Wählen Sie eine Zelle – tippen, klicken oder 1–9 "
    "drücken "
    "(Zeilen: Anbieter, Kunde, Dritte)."};
inline const Localized quiz_score{"Score", "Punkte"};
inline const Localized quiz_question{"Question", "Frage"};
inline const Localized quiz_right{"Right!", "Richtig!"};
inline const Localized quiz_wrong{"Not quite.", "Nicht ganz."};
inline const Localized quiz_answer_is{"It belongs to", "Es gehört zu"};
inline const Localized quiz_you_picked{"You picked", "Ihre Wahl"};
inline const Localized quiz_next{"Next question (Enter)", "Nächste Frage (Enter)"};
inline const Localized quiz_restart{"New round", "Neue Runde"};
inline const Localized quiz_held_out{
    "Questions come from our labelled corpus, unseen items first.",
    "Die Fragen stammen aus unserem beschrifteten Korpus, zuerst Einträge, die der "
    "Klassifikator nie gesehen hat."};

} // namespace engage::app::text
