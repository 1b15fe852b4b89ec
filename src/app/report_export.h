// The key figures as the reports carry them: a TSV for the clipboard, a CSV and a JSON file,
// and the printable one-page summary (an HTML fragment for the page's print view).
//
// Contract:
// - All texts follow app.language; values are formatted as on the cards, and a plain "number"
//   column (no grouping, the language's decimal sign) lets spreadsheets compute with them.
// - CSV: RFC 4180 quoting, CRLF, a UTF-8 byte-order mark (Excel reads umlauts then), ';'
//   between fields in German (Excel's German default) and ',' in English.
// - The summary is escaped HTML with classes only (print.css styles it), so the page's CSP
//   needs no inline style.
#pragma once

#include <string>

namespace engage::app {

struct AppState;

std::string kpi_table_tsv(const AppState& app);
std::string kpi_table_csv(const AppState& app);
// analysis_to_json plus {"profile": {"id", "name", "edited", "imported"}}.
std::string report_document_json(AppState& app);
std::string summary_html(const AppState& app);
// "engagelens-<data name without extension>", safe as a file name.
std::string report_file_stem(const AppState& app);

} // namespace engage::app
