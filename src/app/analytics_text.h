// UI strings of the Analytics view, in English and German side by side, in our own words.
// The engine's own sentences (verdicts, method notes, reasons) arrive as Localized values.
#pragma once

#include "engine/localized.h"

namespace engage::app::analytics_text {

inline const Localized title{"Analytics", "Analysen"};
inline const Localized intro{
    "A closer look at the data loaded in the calculator: how certain a figure is, how two groups "
    "differ, how a figure moved over time, visits rebuilt from raw logs, and which touchpoints "
    "earn the conversions.",
    "Ein genauerer Blick auf die Daten im Rechner: wie sicher eine Zahl ist, wie sich zwei "
    "Gruppen unterscheiden, wie sich eine Zahl über die Zeit entwickelt hat, Besuche aus "
    "Rohprotokollen und welche Kontaktpunkte die Conversions bringen."};
inline const Localized no_input{
    "Load data in the calculator first (paste, open a file or pick a sample). Survey answers "
    "give NPS statistics, tables with dates give a history, access logs give sessions, and "
    "path tables give attribution.",
    "Laden Sie zuerst Daten im Rechner (einfügen, Datei öffnen oder Beispiel wählen). "
    "Umfrageantworten ergeben NPS-Statistiken, Tabellen mit Datum einen Verlauf, "
    "Zugriffsprotokolle Sitzungen und Pfadtabellen eine Attribution."};
inline const Localized nothing_applies{
    "Nothing in this table for a deeper analysis: it needs NPS answers (0–10), rates from "
    "counts (clicks and impressions, bounces and visits, conversions), a date column, an access "
    "log or hit table, or touchpoint paths.",
    "Für eine tiefere Analyse enthält diese Tabelle nichts Passendes: Gebraucht werden "
    "NPS-Antworten (0–10), Raten aus Zählungen (Klicks und Impressionen, Absprünge und "
    "Besuche, "
    "Conversions), eine Datumsspalte, ein Zugriffsprotokoll oder eine Trefferliste, oder "
    "Kontaktpunkt-Pfade."};
inline const Localized analysing{"The calculator is still reading the input …",
                                 "Der Rechner liest die Eingabe noch …"};
inline const Localized data_source{"Data", "Daten"};

// ---- NPS ---------------------------------------------------------------------------------------
inline const Localized nps_title{"Net Promoter Score: how certain is it?",
                                 "Net Promoter Score: Wie sicher ist er?"};
inline const Localized nps_about{
    "The NPS is the share of promoters (9–10) minus the share of detractors (0–6). From a "
    "sample it is only an estimate: the 95 % interval shows the range the true score most "
    "likely lies in. The fewer answers, the wider it gets.",
    "Der NPS ist der Anteil der Promotoren (9–10) minus der Anteil der Kritiker (0–6). Aus "
    "einer Stichprobe ist er nur eine Schätzung: Das 95-%-Intervall zeigt, wo der wahre Wert "
    "sehr wahrscheinlich liegt. Je weniger Antworten, desto breiter wird es."};
inline const Localized score_column{"Answers (0–10)", "Antworten (0–10)"};
inline const Localized comment_column{"Comments", "Kommentare"};
inline const Localized none{"(none)", "(keine)"};
inline const Localized standard_error{"Standard error", "Standardfehler"};
inline const Localized margin_of_error{"Margin of error", "Fehlerspanne"};
inline const Localized interval95{"95 % interval", "95-%-Intervall"};
inline const Localized method{"Method", "Verfahren"};
inline const Localized answers{"answers", "Antworten"};
inline const Localized promoters{"Promoters (9–10)", "Promotoren (9–10)"};
inline const Localized passives{"Passives (7–8)", "Passive (7–8)"};
inline const Localized detractors{"Detractors (0–6)", "Kritiker (0–6)"};
inline const Localized gauge_caption{
    "The bar marks the score, the band its 95 % interval on the scale from −100 to +100.",
    "Der Strich markiert den Wert, das Band sein 95-%-Intervall auf der Skala von −100 bis "
    "+100."};
inline const Localized histogram_title{"Answers from 0 to 10", "Antworten von 0 bis 10"};
inline const Localized colour_by_answer{"Colour by answer group", "Farbe nach Antwortgruppe"};
inline const Localized colour_by_segment{"Colour by segment", "Farbe nach Segment"};
inline const Localized not_mean{
    "The NPS counts answers in groups; the average answer is a different figure and is not "
    "shown as NPS.",
    "Der NPS zählt Antworten in Gruppen; der Mittelwert der Antworten ist eine andere Zahl und "
    "wird nicht als NPS gezeigt."};
inline const Localized scale_refused_title{"Scale check: no NPS computed",
                                           "Skalenprüfung: kein NPS berechnet"};
inline const Localized assume_zero_to_ten{"The survey asked 0–10", "Die Umfrage fragte 0–10"};
inline const Localized assume_zero_to_ten_note{
    "Tick this only when the question really offered 0 to 10; answers on other scales must not "
    "be squeezed into the NPS groups.",
    "Nur ankreuzen, wenn die Frage wirklich 0 bis 10 anbot; Antworten anderer Skalen dürfen "
    "nicht in die NPS-Gruppen gepresst werden."};
inline const Localized comments_title{"Comments per group", "Kommentare je Gruppe"};
inline const Localized comment_more{"more comment not listed", "weiterer Kommentar nicht "
                                                               "gezeigt"};
inline const Localized comments_more{"more comments not listed", "weitere Kommentare nicht "
                                                                 "gezeigt"};
inline const Localized score{"Score", "Wert"};
inline const Localized row{"Row", "Zeile"};

// ---- Comparing two groups --------------------------------------------------------------------
inline const Localized compare_title{"Compare two groups", "Zwei Gruppen vergleichen"};
inline const Localized compare_about{
    "Is a difference between two segments or two periods real, or could chance alone explain "
    "it? A z-test answers that at the 95 % level.",
    "Ist ein Unterschied zwischen zwei Segmenten oder Zeiträumen echt, oder könnte er Zufall "
    "sein? Ein z-Test beantwortet das auf dem 95-%-Niveau."};
inline const Localized compare_by{"Compare by", "Vergleichen nach"};
inline const Localized by_segment{"Segment", "Segment"};
inline const Localized by_period{"Period", "Zeitraum"};
inline const Localized segment_column{"Segment column", "Segmentspalte"};
inline const Localized group_a{"Group A", "Gruppe A"};
inline const Localized group_b{"Group B", "Gruppe B"};
inline const Localized difference{"Difference (A − B)", "Unterschied (A − B)"};
inline const Localized difference_interval{"95 % interval of the difference",
                                           "95-%-Intervall des Unterschieds"};
inline const Localized p_value{"p-value", "p-Wert"};
inline const Localized points{"points", "Punkte"};
inline const Localized percentage_points{"percentage points", "Prozentpunkte"};
inline const Localized no_segments{
    "No text column with 2 to 60 different values to split by.",
    "Keine Textspalte mit 2 bis 60 verschiedenen Werten zum Aufteilen."};
inline const Localized need_two_groups{"Pick two different groups.",
                                       "Wählen Sie zwei verschiedene Gruppen."};

// ---- Rates ------------------------------------------------------------------------------------
inline const Localized rates_title{"Rates with their uncertainty", "Raten mit ihrer Unsicherheit"};
inline const Localized rates_about{
    "A rate from counts (clicks of impressions, bounces of visits) is also an estimate. The "
    "Wilson interval shows its 95 % range and stays sensible for small counts and for rates "
    "near 0 % or 100 %.",
    "Eine Rate aus Zählungen (Klicks je Impression, Absprünge je Besuch) ist ebenfalls eine "
    "Schätzung. Das Wilson-Intervall zeigt ihren 95-%-Bereich und bleibt auch bei kleinen "
    "Zahlen und bei Raten nahe 0 % oder 100 % sinnvoll."};
inline const Localized no_interval{"no interval, not from counts",
                                   "kein Intervall, nicht aus Zählungen"};
inline const Localized no_rates{
    "No rate from counts in this table (click-through, conversion or bounce rate).",
    "Keine Rate aus Zählungen in dieser Tabelle (Klick-, Conversion- oder Absprungrate)."};

// ---- History ----------------------------------------------------------------------------------
inline const Localized history_title{"Against your own history", "Im Vergleich zur eigenen "
                                                                 "Historie"};
inline const Localized history_about{
    "For click-through rate, bounce rate and time on site there is no benchmark that fits "
    "everyone: the source article advises comparing with your own earlier figures. Each period "
    "uses the same formulas as the whole table.",
    "Für Klickrate, Absprungrate und Verweildauer gibt es keinen Richtwert, der für alle passt: "
    "Der Quellartikel rät, mit den eigenen früheren Zahlen zu vergleichen. Jeder Zeitraum "
    "verwendet dieselben Formeln wie die ganze Tabelle."};
inline const Localized period_day{"Day", "Tag"};
inline const Localized period_week{"Week", "Woche"};
inline const Localized period_month{"Month", "Monat"};
inline const Localized kpi{"Key figure", "Kennzahl"};
inline const Localized latest{"Latest period", "Letzter Zeitraum"};
inline const Localized vs_previous{"vs. previous period", "ggü. Vorzeitraum"};
inline const Localized vs_median{"vs. median of the history", "ggü. Median der Historie"};
inline const Localized rating_own_history{"Rating against own history",
                                          "Bewertung ggü. eigener Historie"};
inline const Localized median_line{"dashed: median of the earlier periods",
                                   "gestrichelt: Median der früheren Zeiträume"};
inline const Localized advised{"(advised by the article)", "(vom Artikel empfohlen)"};
inline const Localized period_word{"period", "Zeitraum"};
inline const Localized periods_word{"periods", "Zeiträume"};
inline const Localized rows_word{"rows", "Zeilen"};
inline const Localized undated_row{"row without a readable date", "Zeile ohne lesbares Datum"};
inline const Localized undated_rows{"rows without a readable date", "Zeilen ohne lesbares Datum"};

// ---- Sessions ---------------------------------------------------------------------------------
inline const Localized sessions_title{"Sessions from raw hits", "Sitzungen aus Rohdaten"};
inline const Localized sessions_about{
    "Each line of the log is a request. Bots, images and scripts, failed requests and feeds "
    "are left out; the remaining page views are joined into visits per visitor. A visit ends "
    "after a pause longer than the timeout – not at midnight or the full hour.",
    "Jede Zeile des Protokolls ist eine Anfrage. Bots, Bilder und Skripte, fehlgeschlagene "
    "Anfragen und Feeds werden herausgefiltert; die übrigen Seitenaufrufe werden je Besucher "
    "zu Besuchen verbunden. Ein Besuch endet nach einer Pause, die länger ist als die "
    "Zeitgrenze – nicht um Mitternacht oder zur vollen Stunde."};
inline const Localized filters{"What was filtered", "Was herausgefiltert wurde"};
inline const Localized count_lines{"Lines read", "Gelesene Zeilen"};
inline const Localized count_malformed{"Unreadable lines", "Unlesbare Zeilen"};
inline const Localized count_bots{"Bots and crawlers", "Bots und Crawler"};
inline const Localized count_not_get{"Not a GET request", "Keine GET-Anfrage"};
inline const Localized count_not_200{"Status other than 200", "Status außer 200"};
inline const Localized count_assets{"Assets (images, CSS, JS, fonts)",
                                    "Ressourcen (Bilder, CSS, JS, Schriften)"};
inline const Localized count_feeds{"Feeds (RSS, Atom)", "Feeds (RSS, Atom)"};
inline const Localized count_page_views{"Page views used", "Verwendete Seitenaufrufe"};
inline const Localized count_visitors{"Visitors", "Besucher"};
inline const Localized count_sessions{"Sessions", "Sitzungen"};
inline const Localized timeout{"Session timeout", "Sitzungs-Zeitgrenze"};
inline const Localized minutes{"min", "Min."};
inline const Localized timeout_default{"default 30 min, as Google Analytics and Matomo",
                                       "Standard 30 Min., wie Google Analytics und Matomo"};
inline const Localized single_page{"Visits with a single page", "Besuche mit nur einer Seite"};
inline const Localized single_zero{"count as 0 s (default)", "zählen als 0 s (Standard)"};
inline const Localized single_exclude{"leave out of the time on site",
                                      "bei der Verweildauer weglassen"};
inline const Localized single_page_about{
    "The time on the last page of a visit is never logged, so a one-page visit has no "
    "measurable duration.",
    "Die Zeit auf der letzten Seite eines Besuchs wird nie protokolliert, daher hat ein Besuch "
    "mit nur einer Seite keine messbare Dauer."};

// ---- Customer journey ---------------------------------------------------------------------------
inline const Localized journey_title{"Customer journey and attribution",
                                     "Customer Journey und Attribution"};
inline const Localized journey_about{
    "A journey is the chain of touchpoints before a conversion. Each attribution model shares "
    "the conversions among the touchpoints by its own rule; every model hands out the same "
    "total. Where the models agree, the answer is robust; where they differ, the rule decides.",
    "Eine Journey ist die Kette von Kontaktpunkten vor einer Conversion. Jedes "
    "Attributionsmodell verteilt die Conversions nach seiner eigenen Regel auf die "
    "Kontaktpunkte; alle Modelle verteilen dieselbe Summe. Wo sich die Modelle einig sind, ist "
    "die Antwort robust; wo nicht, entscheidet die Regel."};
inline const Localized journeys{"Journeys", "Journeys"};
inline const Localized conversions{"Conversions", "Conversions"};
inline const Localized paths{"Distinct paths", "Verschiedene Pfade"};
inline const Localized computing{"Computing the attribution …", "Attribution wird berechnet …"};
inline const Localized cancel{"Cancel", "Abbrechen"};
inline const Localized compute{"Compute attribution", "Attribution berechnen"};
inline const Localized cancelled{"Cancelled.", "Abgebrochen."};
inline const Localized took{"computed in", "berechnet in"};
inline const Localized models_title{"Six models side by side", "Sechs Modelle nebeneinander"};
inline const Localized half_life{"Time-decay half-life", "Halbwertszeit (Zeitverfall)"};
inline const Localized steps{"steps", "Schritte"};
inline const Localized step{"step", "Schritt"};
inline const Localized day{"day", "Tag"};
inline const Localized days{"days", "Tage"};
inline const Localized half_life_about{
    "Time decay: a touchpoint's weight halves with every half-life it lies before the "
    "conversion.",
    "Zeitverfall: Das Gewicht eines Kontaktpunkts halbiert sich mit jeder Halbwertszeit, die er "
    "vor der Conversion liegt."};
inline const Localized funnel_title{"Funnel: reach → interaction → transaction",
                                    "Trichter: Reichweite → Interaktion → Transaktion"};
inline const Localized of_previous{"of the previous stage", "der vorigen Stufe"};
inline const Localized frequencies_title{"Touchpoints", "Kontaktpunkte"};
inline const Localized channel{"Touchpoint", "Kontaktpunkt"};
inline const Localized occurrences{"Occurrences", "Vorkommen"};
inline const Localized in_journeys{"In journeys", "In Journeys"};
inline const Localized converting{"Converting", "Mit Conversion"};
inline const Localized removal_effect{"Removal effect", "Entfernungseffekt"};
inline const Localized lengths_title{"Path lengths", "Pfadlängen"};
inline const Localized touchpoints_word{"touchpoints", "Kontaktpunkte"};
inline const Localized conversion_rate_word{"conversion rate", "Conversion-Rate"};
inline const Localized problem_in_paths{"row could not be read as a path",
                                        "Zeile ließ sich nicht als Pfad lesen"};
inline const Localized problems_in_paths{"rows could not be read as paths",
                                         "Zeilen ließen sich nicht als Pfade lesen"};

} // namespace engage::app::analytics_text
