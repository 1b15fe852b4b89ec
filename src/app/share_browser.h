// What the reports, sharing and storage features ask of the page (web/reports.js and
// web/storage.js), behind plain functions. The page implements them in `Module.engageHost`;
// outside a browser they do nothing. Results come back through the bindings
// (`Module.shareEvent`, `Module.applyState`, ...).
//
// Browsers allow clipboard writes, downloads, file choosers and new windows only shortly after
// a user gesture: call these while handling a click (ImGui handles clicks in the next frame,
// which is well within Chromium's and Firefox's activation window).
#pragma once

#include <string>

namespace engage::app::page {

// A file saved through Blob + <a download>; nothing leaves the machine.
void download(const std::string& file_name, const std::string& mime, const std::string& content);

// navigator.clipboard.writeText; the page reports success or failure as a share event "copy".
void copy_to_clipboard(const std::string& text);

// The file chooser for a benchmark profile (.json); the text arrives in importProfile.
void choose_profile_file();

// Compresses the state (deflate-raw, base64url) into a link "…#share=…"; the page answers
// with the share event "link" (the link) or "link-too-large" (the compressed size).
void make_share_link(const std::string& state_json, int limit_bytes);

// The printable one-page summary: an in-page view (no window, no request) with Print and Close.
void open_print_view(const std::string& html, const std::string& title);

// Saves the canvas as PNG. Call right after the frame was rendered: WebGL clears the drawing
// buffer once the frame is shown (no preserveDrawingBuffer).
void save_canvas_png(const std::string& file_name);

// Storage in IndexedDB (web/storage.js): only ever called while the user has it switched on.
void store_state(const std::string& settings_json, const std::string& data_bytes,
                 const std::string& data_name);
void storage_enable();
void storage_delete_all(); // deletes the database; the page answers with "storage-deleted"

} // namespace engage::app::page
