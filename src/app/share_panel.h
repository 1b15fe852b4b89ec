// Reports, sharing and storage: the report buttons at the top of the KPI panel, the share
// link, and the privacy-and-storage card.
//
// Contract:
// - Everything happens in the page: copies go to the clipboard, files to the browser's
//   downloads, the summary into an in-page print view; no request is made.
// - A share link holds the state (share_state_json with the data) compressed into the URL
//   fragment by the page (CompressionStream 'deflate-raw' + base64url). Fragments over
//   `share_link_limit` characters are refused with a message that gives both sizes.
// - Storage is off until the user switches it on. While on, the state is handed to the page
//   (web/storage.js, IndexedDB) whenever it changes; switching it off or pressing Delete
//   deletes the whole database.
//
// FIXME-SHARE: the nine-categories view's corrections (taxonomy_view.h) are not part of the
// state yet, so neither links nor storage carry them; share_state_json is where they belong.
// FIXME-SHARE: a PNG is always of the whole canvas; a single chart would need its rect
// (controlRect) cropped in the page.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "engine/localized.h"

namespace engage::app {

struct AppState;

// 32 KB of URL fragment: links this long still pass through mail clients, chat apps and every
// current browser (Chromium takes 2 MB, but many tools cut far earlier).
constexpr int share_link_limit = 32 * 1024;

struct ShareUiState {
    enum class Link { None, Working, Ready, TooLarge, NotWhole, Failed };
    Link link = Link::None;
    std::string link_text;     // the link, when Ready
    double link_size = 0;      // the fragment's length in characters, when Ready or TooLarge
    bool opened_from_link = false;

    // The last action's outcome: "Copied 6 key figures", "Saved as download: …". A success
    // fades after `message_seconds`; an error stays until the next action.
    Localized message;
    bool message_is_error = false;
    double message_until = 0; // glfwGetTime() when a success message stops showing

    std::string quiet_tooltip;  // the report button just pressed: no tooltip over its outcome
    bool png_requested = false; // saved right after the next frame is rendered

    bool storage_enabled = false;
    // What the page reports is stored: each dataset's name and size, and whether settings are.
    std::vector<std::pair<std::string, double>> stored_datasets;
    bool stored_settings = false;
    Localized storage_message;
    bool storage_message_is_error = false;
    std::string stored_signature; // the state last handed to storage
    double next_storage_check = 0;
};

// The state as JSON: {"format": "engagelens-state", "version": 1, "language", "zoom",
// "profile" (a built-in id, or the whole profile when edited or imported), "roles" (header ->
// role id), "table", and with `with_data` "name" plus "text" (UTF-8) or "bytes_base64"}.
std::string share_state_json(const AppState& app, bool with_data);

// Applies such a state: loads its data if it has any, then its settings. Returns an empty text
// on success, else what is wrong (the state is left as it was).
Localized apply_state_json(AppState& app, const std::string& json, bool from_link);

// The report's status line as it is shown now ("" once a success has faded), for the tests.
std::string share_status_text(const AppState& app);

// Answers from the page (web/reports.js, web/storage.js) through the bindings.
void share_event(AppState& app, const std::string& kind, const std::string& detail);

// The report buttons and the share link's box (top of the KPI panel).
void draw_report_bar(AppState& app);
// The privacy note with the storage switch and the delete button.
void draw_privacy_card(AppState& app);

// Called by the main loop after each frame was rendered: saves a requested PNG while the
// drawing buffer still holds the frame, and hands a changed state to storage.
void share_after_render(AppState& app);

} // namespace engage::app
