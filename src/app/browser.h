// What the app asks of the page (web/bridge.js), behind plain functions. The page implements
// them in `Module.engageHost`; outside a browser they do nothing.
#pragma once

#include <string>

namespace engage::app::browser {

double device_pixel_ratio();

// The canvas's size in CSS pixels.
void canvas_css_size(double* width, double* height);

// Opens the browser's file dialog (the hidden <input type=file>). Call it while handling a click:
// browsers only open the dialog shortly after a user gesture.
void open_file_dialog();

// Asks the page to stream the last opened file again (after options changed).
void restream_file();

// A file chooser of its own for `purpose` (e.g. "taxonomy-model"), accepting `accept`; the
// chosen file's text comes back through the binding receiveFile(purpose, text, name).
void choose_file(const char* purpose, const char* accept);

// Puts text on the system clipboard (ImGui's copy and cut).
void copy_text(const std::string& text);

// Sets <html lang> to `tag` ("en", "de") when the UI's language changes.
void set_document_language(const char* tag);

// Tells the page the app has drawn its first frame: window.engage.ready resolves.
void notify_ready();

// A performance mark "engage:<step>" on the page's timeline, for the steps of the start-up
// (main, fonts, first analysis, first frame): the benchmark (bench/web/run.mjs) and the
// browser's profiler show where the time to the first frame goes. Costs nothing measurable.
void mark_startup(const char* step);

} // namespace engage::app::browser
