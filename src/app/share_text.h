// UI strings of reports, sharing, storage and the privacy note, in English and German.
#pragma once

#include "engine/localized.h"

namespace engage::app::text {

// ---- Report and share ------------------------------------------------------------------------
inline const Localized report_title{"Report and share", "Bericht und Weitergabe"};
inline const Localized report_copy{"Copy table", "Tabelle kopieren"};
inline const Localized report_copy_tip{
    "Copies the key figures as a tab-separated table: paste it into Excel, Numbers or "
    "PowerPoint.",
    "Kopiert die Kennzahlen als Tabelle mit Tabulatoren: einfach in Excel, Numbers oder "
    "PowerPoint einfügen."};
inline const Localized report_csv{"CSV", "CSV"};
inline const Localized report_csv_tip{
    "Downloads the key figures as CSV (UTF-8; semicolons in German, commas in English).",
    "Lädt die Kennzahlen als CSV herunter (UTF-8; auf Deutsch mit Semikolon, auf Englisch mit "
    "Komma)."};
inline const Localized report_json{"JSON", "JSON"};
inline const Localized report_json_tip{
    "Downloads the whole analysis as JSON: key figures, problems, columns and the profile.",
    "Lädt die ganze Analyse als JSON herunter: Kennzahlen, Probleme, Spalten und das Profil."};
inline const Localized report_png{"PNG", "PNG"};
inline const Localized report_png_tip{"Saves a picture of the whole page as PNG.",
                                      "Speichert ein Bild der ganzen Seite als PNG."};
inline const Localized report_print{"Print summary", "Zusammenfassung drucken"};
inline const Localized report_print_tip{
    "Opens a one-page summary in this page, ready to print or save as PDF.",
    "Öffnet eine einseitige Zusammenfassung in dieser Seite, zum Drucken oder Speichern als PDF."};
inline const Localized share_link{"Share link", "Link zum Teilen"};
inline const Localized share_link_tip{
    "Puts the table and the settings into a link. The link itself contains your data.",
    "Packt die Tabelle und die Einstellungen in einen Link. Der Link selbst enthält Ihre Daten."};
inline const Localized share_copy_link{"Copy link", "Link kopieren"};
inline const Localized share_close{"Close", "Schließen"};
inline const Localized share_working{"Compressing …", "Wird komprimiert …"};
inline const Localized share_warning{
    "Warning: this link contains your table and settings. Anyone who gets the link can read "
    "them. The part after # is not sent to any server when the link is opened, but it stays "
    "in browser histories and wherever you paste it.",
    "Achtung: Dieser Link enthält Ihre Tabelle und Ihre Einstellungen. Wer den Link bekommt, "
    "kann sie lesen. Der Teil nach # wird beim Öffnen an keinen Server geschickt, bleibt aber "
    "im Browserverlauf und überall, wo Sie ihn einfügen."};
inline const Localized share_too_large{
    "This data is too large for a link: compressed it needs %s, and a link holds at most %s. "
    "Share the CSV or JSON download instead.",
    "Diese Daten sind zu groß für einen Link: Komprimiert brauchen sie %s, ein Link fasst "
    "höchstens %s. Geben Sie stattdessen den CSV- oder JSON-Download weiter."};
inline const Localized share_not_whole{
    "This file was read in pieces and is not held whole, so it cannot go into a link. Share "
    "the CSV or JSON download instead.",
    "Diese Datei wurde stückweise gelesen und liegt nicht ganz vor, daher passt sie in keinen "
    "Link. Geben Sie stattdessen den CSV- oder JSON-Download weiter."};
inline const Localized share_failed{"The link could not be made:",
                                    "Der Link ließ sich nicht erstellen:"};
inline const Localized share_opened{
    "Opened from a share link: the table and settings came inside the link; nothing was "
    "downloaded.",
    "Aus einem geteilten Link geöffnet: Tabelle und Einstellungen steckten im Link; nichts "
    "wurde heruntergeladen."};
inline const Localized share_bad_link{"This share link is damaged and cannot be opened:",
                                      "Dieser geteilte Link ist beschädigt und lässt sich nicht "
                                      "öffnen:"};
inline const Localized share_bad_link_undecodable{
    "This share link is damaged and cannot be opened. It was probably cut short when it was "
    "copied: ask for the whole link again.",
    "Dieser geteilte Link ist beschädigt und lässt sich nicht öffnen. Vermutlich wurde er beim "
    "Kopieren gekürzt: Bitten Sie noch einmal um den vollständigen Link."};
inline const Localized copied_table{"Copied %d key figures as a table.",
                                    "%d Kennzahlen als Tabelle kopiert."};
inline const Localized copied_link{"Link copied.", "Link kopiert."};
inline const Localized copy_failed{"The browser did not allow copying:",
                                   "Der Browser hat das Kopieren nicht erlaubt:"};
inline const Localized saved_file{"Saved as download: %s", "Als Download gespeichert: %s"};

// ---- Report contents ---------------------------------------------------------------------------
inline const Localized col_kpi{"Key figure", "Kennzahl"};
inline const Localized col_value{"Value", "Wert"};
inline const Localized col_number{"Number", "Zahl"};
inline const Localized col_unit{"Unit", "Einheit"};
inline const Localized col_rating{"Rating", "Bewertung"};
inline const Localized col_bands{"Bands", "Bereiche"};
inline const Localized col_source{"Source", "Quelle"};
inline const Localized col_note{"Note", "Hinweis"};
inline const Localized col_formula{"Formula", "Formel"};
inline const Localized col_dimension{"Dimension", "Dimension"};
inline const Localized col_ci_low{"95 % interval from", "95-%-Intervall von"};
inline const Localized col_ci_high{"95 % interval to", "95-%-Intervall bis"};
inline const Localized summary_title{"EngageLens – summary", "EngageLens – Zusammenfassung"};
inline const Localized summary_data{"Data", "Daten"};
inline const Localized summary_row{"row", "Zeile"};
inline const Localized summary_rows{"rows", "Zeilen"};
inline const Localized summary_profile{"Benchmark profile", "Vergleichsprofil"};
inline const Localized summary_problems{"Problems in the data", "Probleme in den Daten"};
inline const Localized summary_none{"none", "keine"};
inline const Localized summary_generated{
    "Made in the browser with EngageLens; nothing was uploaded.",
    "Im Browser mit EngageLens erstellt; nichts wurde hochgeladen."};
inline const Localized summary_no_rating{"no universal benchmark", "kein allgemeiner Richtwert"};
inline const Localized print_button{"Print", "Drucken"};

// ---- Privacy and storage -----------------------------------------------------------------------
inline const Localized privacy_title{"Privacy and storage", "Datenschutz und Speicherung"};
inline const Localized privacy_sent{
    "Sent: nothing. Your data is analysed in this browser tab by WebAssembly. After the page "
    "has loaded it makes no network request, and its Content-Security-Policy forbids "
    "connections to any other server.",
    "Gesendet: nichts. Ihre Daten werden in diesem Browser-Tab per WebAssembly ausgewertet. "
    "Nach dem Laden stellt die Seite keine Netzwerkanfrage, und ihre Content-Security-Policy "
    "verbietet Verbindungen zu jedem anderen Server."};
inline const Localized privacy_stored_off{
    "Stored: nothing. When you close or reload the tab, your table, corrections and settings "
    "are gone. The offline copy of the app (service worker) holds only the app's own files, "
    "never your data.",
    "Gespeichert: nichts. Schließen oder laden Sie den Tab neu, sind Tabelle, Korrekturen und "
    "Einstellungen weg. Die Offline-Kopie der App (Service Worker) enthält nur die Dateien der "
    "App, nie Ihre Daten."};
inline const Localized privacy_stored_on{
    "Stored: on this device only, in this browser's IndexedDB: the tables you load (their bytes "
    "and file names, the last five), your column-role corrections and table choice, and your "
    "settings (language, text size, benchmark profile). Nothing else, and nothing is sent. It "
    "stays until you delete it here or clear the site's data in the browser.",
    "Gespeichert: nur auf diesem Gerät, in der IndexedDB dieses Browsers: die Tabellen, die Sie "
    "laden (Inhalt und Dateiname, die letzten fünf), Ihre Korrekturen der Spaltenrollen und die "
    "Tabellenwahl sowie Ihre Einstellungen (Sprache, Schriftgröße, Vergleichsprofil). Sonst "
    "nichts, und nichts wird gesendet. Es bleibt, bis Sie es hier löschen oder die Websitedaten "
    "im Browser entfernen."};
inline const Localized privacy_links{
    "Share links and downloads are made only when you press their buttons; a share link "
    "carries your table inside it.",
    "Links zum Teilen und Downloads entstehen nur, wenn Sie die Schaltflächen drücken; ein "
    "Link zum Teilen trägt Ihre Tabelle in sich."};
inline const Localized storage_toggle{"Keep my data in this browser",
                                      "Meine Daten in diesem Browser behalten"};
inline const Localized storage_delete{"Delete everything stored", "Alles Gespeicherte löschen"};
inline const Localized storage_now{"Stored now:", "Derzeit gespeichert:"};
inline const Localized storage_settings{"column roles, table choice and settings",
                                        "Spaltenrollen, Tabellenwahl und Einstellungen"};
inline const Localized storage_deleted{"Everything stored by EngageLens in this browser was "
                                       "deleted; storage is off.",
                                       "Alles, was EngageLens in diesem Browser gespeichert "
                                       "hatte, wurde gelöscht; Speichern ist aus."};
inline const Localized storage_unavailable{"This browser does not allow storage here:",
                                           "Dieser Browser erlaubt hier keine Speicherung:"};
inline const Localized storage_restored{"Restored from this browser's storage.",
                                        "Aus dem Speicher dieses Browsers wiederhergestellt."};

} // namespace engage::app::text
