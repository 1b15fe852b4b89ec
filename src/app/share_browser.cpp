#include "app/share_browser.h"

#include <emscripten.h>

namespace {

// Each call goes to Module.engageHost, extended by web/reports.js and web/storage.js. The
// guards keep the app working on a page without those files.
EM_JS(void, engage_js_download, (const char* name, const char* mime, const char* data, int size), {
    if (Module.engageHost && Module.engageHost.download)
        Module.engageHost.download(UTF8ToString(name), UTF8ToString(mime),
                                   HEAPU8.slice(data, data + size));
});

EM_JS(void, engage_js_copy_to_clipboard, (const char* text), {
    if (Module.engageHost && Module.engageHost.copyReport)
        Module.engageHost.copyReport(UTF8ToString(text));
});

EM_JS(void, engage_js_choose_profile_file, (), {
    if (Module.engageHost && Module.engageHost.chooseProfileFile)
        Module.engageHost.chooseProfileFile();
});

EM_JS(void, engage_js_make_share_link, (const char* json, int limit), {
    if (Module.engageHost && Module.engageHost.makeShareLink)
        Module.engageHost.makeShareLink(UTF8ToString(json), limit);
});

EM_JS(void, engage_js_open_print_view, (const char* html, const char* title), {
    if (Module.engageHost && Module.engageHost.openPrintView)
        Module.engageHost.openPrintView(UTF8ToString(html), UTF8ToString(title));
});

EM_JS(void, engage_js_save_canvas_png, (const char* name), {
    if (Module.engageHost && Module.engageHost.saveCanvasPng)
        Module.engageHost.saveCanvasPng(UTF8ToString(name));
});

EM_JS(void, engage_js_store_state,
      (const char* settings, const char* data, int size, const char* name), {
    if (Module.engageHost && Module.engageHost.storeState)
        Module.engageHost.storeState(UTF8ToString(settings), HEAPU8.slice(data, data + size),
                                     UTF8ToString(name));
});

EM_JS(void, engage_js_storage_enable, (), {
    if (Module.engageHost && Module.engageHost.storageEnable)
        Module.engageHost.storageEnable();
});

EM_JS(void, engage_js_storage_delete_all, (), {
    if (Module.engageHost && Module.engageHost.storageDeleteAll)
        Module.engageHost.storageDeleteAll();
});

} // namespace

namespace engage::app::page {

void download(const std::string& file_name, const std::string& mime, const std::string& content) {
    engage_js_download(file_name.c_str(), mime.c_str(), content.data(),
                       static_cast<int>(content.size()));
}

void copy_to_clipboard(const std::string& text) {
    engage_js_copy_to_clipboard(text.c_str());
}

void choose_profile_file() {
    engage_js_choose_profile_file();
}

void make_share_link(const std::string& state_json, int limit_bytes) {
    engage_js_make_share_link(state_json.c_str(), limit_bytes);
}

void open_print_view(const std::string& html, const std::string& title) {
    engage_js_open_print_view(html.c_str(), title.c_str());
}

void save_canvas_png(const std::string& file_name) {
    engage_js_save_canvas_png(file_name.c_str());
}

void store_state(const std::string& settings_json, const std::string& data_bytes,
                 const std::string& data_name) {
    engage_js_store_state(settings_json.c_str(), data_bytes.data(),
                          static_cast<int>(data_bytes.size()), data_name.c_str());
}

void storage_enable() {
    engage_js_storage_enable();
}

void storage_delete_all() {
    engage_js_storage_delete_all();
}

} // namespace engage::app::page
