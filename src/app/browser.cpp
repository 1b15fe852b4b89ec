#include "app/browser.h"

#include <emscripten.h>
#include <emscripten/html5.h>

namespace {

// Each call goes to Module.engageHost in web/bridge.js. The guard keeps the app working on a
// page without the bridge (e.g. a bare Emscripten shell while debugging).
EM_JS(void, engage_js_open_file_dialog, (), {
    if (Module.engageHost)
        Module.engageHost.openFileDialog();
});

EM_JS(void, engage_js_copy_text, (const char* text), {
    if (Module.engageHost)
        Module.engageHost.copyText(UTF8ToString(text));
});

EM_JS(void, engage_js_restream_file, (), {
    if (Module.engageHost && Module.engageHost.restreamFile)
        Module.engageHost.restreamFile();
});

EM_JS(void, engage_js_choose_file, (const char* purpose, const char* accept), {
    if (Module.engageHost && Module.engageHost.chooseFile)
        Module.engageHost.chooseFile(UTF8ToString(purpose), UTF8ToString(accept));
});

EM_JS(void, engage_js_mark_startup, (const char* step), {
    if (typeof performance !== 'undefined' && performance.mark)
        performance.mark('engage:' + UTF8ToString(step));
});

EM_JS(void, engage_js_set_document_language, (const char* tag), {
    if (Module.engageHost && Module.engageHost.setDocumentLanguage)
        Module.engageHost.setDocumentLanguage(UTF8ToString(tag));
});

EM_JS(void, engage_js_notify_ready, (), {
    if (Module.engageHost)
        Module.engageHost.ready();
});

} // namespace

namespace engage::app::browser {

double device_pixel_ratio() {
    const double ratio = emscripten_get_device_pixel_ratio();
    return ratio > 0.0 ? ratio : 1.0;
}

void canvas_css_size(double* width, double* height) {
    if (emscripten_get_element_css_size("#canvas", width, height) != EMSCRIPTEN_RESULT_SUCCESS) {
        *width = 1280.0;
        *height = 800.0;
    }
}

void open_file_dialog() {
    engage_js_open_file_dialog();
}

void copy_text(const std::string& text) {
    engage_js_copy_text(text.c_str());
}

void restream_file() {
    engage_js_restream_file();
}


void choose_file(const char* purpose, const char* accept) {
    engage_js_choose_file(purpose, accept);
}

void set_document_language(const char* tag) {
    engage_js_set_document_language(tag);
}

void notify_ready() {
    engage_js_notify_ready();
}

void mark_startup(const char* step) {
    engage_js_mark_startup(step);
}

} // namespace engage::app::browser
