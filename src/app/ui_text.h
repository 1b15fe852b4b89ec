// UI strings of the app, in English and German side by side.
//
// Contract:
// - Every text the app draws that does not come from the engine is here; the engine's own texts
//   (formulas, reasons, problems, role names) arrive as Localized values already.
// - Texts are written in our own words; numbers are formatted with engine/number_text.h.
#pragma once

#include "engine/localized.h"

namespace engage::app::text {

// ---- Top bar ----------------------------------------------------------------------------------
inline const Localized app_name{"EngageLens", "EngageLens"};
inline const Localized tagline{"Customer engagement calculator", "Rechner für Customer "
                                                                 "Engagement"};
inline const Localized zoom_out_tip{"Smaller text", "Kleinere Schrift"};
inline const Localized zoom_in_tip{"Larger text (for projectors)", "Größere Schrift (für "
                                                                   "Beamer)"};
inline const Localized privacy_note{
    "Runs in your browser: nothing is uploaded or stored.",
    "Läuft in Ihrem Browser: nichts wird hochgeladen oder gespeichert."};

// ---- View switcher --------------------------------------------------------------------------
inline const Localized view_calculator{"Calculator", "Rechner"};
inline const Localized view_taxonomy{"Nine categories", "Neun Kategorien"};
inline const Localized view_analytics{"Analytics", "Analysen"};
inline const Localized view_trainer{"Seminar", "Seminar"};

// ---- Data panel -------------------------------------------------------------------------------
inline const Localized data_title{"Data", "Daten"};
inline const Localized data_hint{
    "Paste a table anywhere with Ctrl+V (⌘V), open or drop a CSV/TSV file, pick a sample, or "
    "type into the field below.",
    "Fügen Sie eine Tabelle mit Strg+V (⌘V) ein, öffnen oder ziehen Sie eine CSV-/TSV-Datei "
    "hierher, wählen Sie ein Beispiel oder tippen Sie ins Feld darunter."};
inline const Localized open_file{"Open file …", "Datei öffnen …"};
inline const Localized samples{"Samples", "Beispiele"};
inline const Localized clear{"Clear", "Leeren"};
// Each language's own example: English headers and 5,000 with a comma as thousands separator.
inline const Localized editor_placeholder{"Followers,Likes,Comments\n\"5,000\",200,50",
                                          "Follower;Likes;Kommentare\n5.000;200;50"};
inline const Localized editor_placeholder_note{"(example – start typing or paste)",
                                               "(Beispiel – einfach lostippen oder einfügen)"};
inline const Localized large_input_note{
    "Large input: the editor shows the beginning only and is read-only. The whole file is "
    "analysed.",
    "Große Eingabe: Der Editor zeigt nur den Anfang und ist schreibgeschützt. Analysiert wird "
    "die ganze Datei."};
inline const Localized analysing{"Analysing …", "Wird analysiert …"};
inline const Localized source{"Source", "Quelle"};
inline const Localized table_choice{"Table", "Tabelle"};
inline const Localized table_row{"row", "Zeile"};
inline const Localized table_rows{"rows", "Zeilen"};
inline const Localized totals_rows{"Totals rows (not summed)", "Summenzeilen (nicht mitgezählt)"};
inline const Localized aggregate_rows{"Aggregate rows (not summed)",
                                      "Sammelzeilen (nicht mitgezählt)"};
inline const Localized comment_rows{"Comment lines", "Kommentarzeilen"};
inline const Localized problems_listed{"the first are listed", "die ersten sind aufgeführt"};
inline const Localized message{"Message", "Meldung"};
inline const Localized detected_title{"Detected", "Erkannt"};
inline const Localized encoding{"Encoding", "Kodierung"};
inline const Localized delimiter{"Delimiter", "Trennzeichen"};
inline const Localized decimal_separator{"Decimal separator", "Dezimaltrennzeichen"};
inline const Localized shape{"Shape", "Form"};
inline const Localized shape_rows{"one row per post, period or campaign",
                                  "eine Zeile je Beitrag, Zeitraum oder Kampagne"};
inline const Localized shape_key_value{"key/value list", "Schlüssel/Wert-Liste"};
inline const Localized rows{"Rows", "Zeilen"};
inline const Localized skipped_rows{"Skipped rows", "Übersprungene Zeilen"};
inline const Localized tab{"tab", "Tabulator"};
inline const Localized semicolon{"semicolon", "Semikolon"};
inline const Localized comma{"comma", "Komma"};
inline const Localized point{"point", "Punkt"};
inline const Localized pipe{"pipe", "senkrechter Strich"};
inline const Localized columns_title{"Columns and roles", "Spalten und Rollen"};
inline const Localized columns_hint{
    "Each column's role decides which key figures can be computed. Change a role if it was "
    "recognised wrongly.",
    "Die Rolle einer Spalte entscheidet, welche Kennzahlen berechnet werden. Ändern Sie sie, "
    "wenn sie falsch erkannt wurde."};
inline const Localized column{"Column", "Spalte"};
inline const Localized role{"Role", "Rolle"};
inline const Localized numbers{"Numbers", "Zahlen"};
inline const Localized missing{"Empty", "Leer"};
inline const Localized role_automatic{"Automatic", "Automatisch"};
inline const Localized role_changed{"changed by you", "von Ihnen geändert"};
inline const Localized problems_title{"Problems", "Probleme"};
inline const Localized cancel{"Cancel", "Abbrechen"};
inline const Localized source_clipboard{"pasted from the clipboard",
                                        "aus der Zwischenablage eingefügt"};
inline const Localized source_drop{"dropped text", "abgelegter Text"};
inline const Localized no_delimiter{"none (one column)", "keines (eine Spalte)"};
inline const Localized cancelled{
    "Cancelled. The results shown are those of the previous input.",
    "Abgebrochen. Angezeigt werden die Ergebnisse der vorherigen Eingabe."};
inline const Localized table_view_title{"Table", "Tabelle"};
inline const Localized table_view_kept{"The view holds the first rows; the KPIs use all of them.",
                                       "Die Ansicht zeigt die ersten Zeilen; die Kennzahlen "
                                       "verwenden alle."};
inline const Localized show_row_tip{"Show this row in the table",
                                    "Diese Zeile in der Tabelle zeigen"};
inline const Localized no_problems{"No problems: every cell was used as it stands.",
                                   "Keine Probleme: Jede Zelle wurde so verwendet, wie sie ist."};
inline const Localized row{"Row", "Zeile"};
inline const Localized whole_file{"whole file", "ganze Datei"};
inline const Localized unreadable_title{"This input cannot be read as a table",
                                        "Diese Eingabe lässt sich nicht als Tabelle lesen"};

// ---- KPI panel --------------------------------------------------------------------------------
inline const Localized kpis_title{"Key figures", "Kennzahlen"};
inline const Localized welcome_title{"Is my engagement good?", "Ist mein Engagement gut?"};
inline const Localized welcome_text{
    "Give EngageLens a few numbers, e.g. followers, likes and comments, and it computes the "
    "engagement rate, shows the formula with your numbers and rates the result, with the "
    "source of the rating.",
    "Geben Sie EngageLens ein paar Zahlen, z. B. Follower, Likes und Kommentare: Es berechnet "
    "die Engagement-Rate, zeigt die Formel mit Ihren Zahlen und bewertet das Ergebnis – mit "
    "der Quelle der Bewertung."};
inline const Localized try_example{"Try the article's example", "Beispiel aus dem Artikel laden"};
inline const Localized engagement_begins{
    "Engagement begins with at least one interaction: a like, a comment, a click.",
    "Engagement beginnt mit mindestens einer Interaktion: ein Like, ein Kommentar, ein Klick."};
inline const Localized dimension_reach_about{"How many people of the target group were reached.",
                                             "Wie viele Menschen der Zielgruppe erreicht wurden."};
inline const Localized dimension_interaction_about{"A first action was triggered.",
                                                   "Eine erste Handlung wurde ausgelöst."};
inline const Localized dimension_transaction_about{
    "The final goal was reached: purchase, sign-up, membership.",
    "Das eigentliche Ziel wurde erreicht: Kauf, Anmeldung, Mitgliedschaft."};
inline const Localized dimension_empty{"Nothing in this table for this dimension.",
                                       "Für diese Dimension enthält die Tabelle nichts."};
inline const Localized not_defined{"not defined", "nicht definiert"};
inline const Localized formula{"Formula", "Formel"};
inline const Localized rating{"Rating", "Bewertung"};
inline const Localized bands{"Bands", "Bereiche"};
inline const Localized rating_source{"Source", "Quelle"};
inline const Localized no_benchmark{"No universal benchmark", "Kein allgemeiner Richtwert"};
inline const Localized interval95{"95 % interval", "95-%-Intervall"};
inline const Localized unit_duration{"h:mm:ss", "h:mm:ss"};

} // namespace engage::app::text
