# The EngageLens web app: Dear ImGui on GLFW + WebGL2, thin over engage_engine.
# Included by the top CMakeLists.txt when EMSCRIPTEN AND ENGAGE_BUILD_APP.
# Result: ${ENGAGE_WEB_OUTPUT_DIR}/index.html + index.js + index.wasm + the page's own files
# (bridge.js, style.css), a folder any static host can serve.

set(ENGAGE_WEB_OUTPUT_DIR "${CMAKE_SOURCE_DIR}/build/web" CACHE PATH
    "Where the web app (index.html, .js, .wasm, bridge.js) is written")
set(ENGAGE_UI_FONT "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" CACHE FILEPATH
    "TTF embedded in the app (Debian fonts-dejavu-core); covers ä ö ü ß € „ “ –")

if(NOT EXISTS "${ENGAGE_IMGUI_DIR}/imgui.cpp")
    message(FATAL_ERROR "Dear ImGui sources not found in ${ENGAGE_IMGUI_DIR}: run scripts/setup.sh")
endif()
if(NOT EXISTS "${ENGAGE_UI_FONT}")
    message(FATAL_ERROR "Font ${ENGAGE_UI_FONT} not found: run scripts/setup.sh")
endif()

# ---- Dear ImGui 1.86: core + GLFW and OpenGL3 backends, compiled from the setup's sources -----
add_library(engage_imgui STATIC
    "${ENGAGE_IMGUI_DIR}/imgui.cpp"
    "${ENGAGE_IMGUI_DIR}/imgui_draw.cpp"
    "${ENGAGE_IMGUI_DIR}/imgui_tables.cpp"
    "${ENGAGE_IMGUI_DIR}/imgui_widgets.cpp"
    "${ENGAGE_IMGUI_DIR}/backends/imgui_impl_glfw.cpp"
    "${ENGAGE_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
# SYSTEM: ImGui keeps its own warning habits; our strict warnings apply to our targets only.
target_include_directories(engage_imgui SYSTEM PUBLIC
    "${ENGAGE_IMGUI_DIR}" "${ENGAGE_IMGUI_DIR}/backends")
# The backend picks GLES2 ("#version 100") on Emscripten by default; WebGL2 gives GLES3.
target_compile_definitions(engage_imgui PUBLIC
    IMGUI_IMPL_OPENGL_ES3 IMGUI_DISABLE_OBSOLETE_FUNCTIONS
    # 32-bit characters: emoji in pasted survey comments survive an edit in the table editor.
    IMGUI_USE_WCHAR32)

# ---- The app ---------------------------------------------------------------------------------
file(GLOB ENGAGE_APP_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/app/*.cpp")
add_executable(engagelens
    ${ENGAGE_APP_SOURCES}
    "${CMAKE_SOURCE_DIR}/src/bindings/engage_bindings.cpp")
target_link_libraries(engagelens PRIVATE engage_engine engage_imgui)
engage_warnings(engagelens)
set_target_properties(engagelens PROPERTIES
    OUTPUT_NAME "index"
    SUFFIX ".html"
    RUNTIME_OUTPUT_DIRECTORY "${ENGAGE_WEB_OUTPUT_DIR}")

target_link_options(engagelens PRIVATE
    # Window, input and GL: Emscripten's built-in GLFW 3 (a JS library, no port download)
    # on a WebGL2 context; FULL_ES3 emulates the client-side parts of GLES3 ImGui may touch.
    -sUSE_GLFW=3
    -sUSE_WEBGL2=1
    -sFULL_ES3=1

    # Memory: pasted or dropped tables can be large; the heap grows instead of aborting.
    -sALLOW_MEMORY_GROWTH=1

    # JS API: Embind for window.engage (bindings/engage_bindings.cpp). DYNAMIC_EXECUTION=0
    # makes Embind build its invokers without `new Function`, so the page's
    # Content-Security-Policy needs no 'unsafe-eval' (only 'wasm-unsafe-eval' to compile wasm).
    --bind
    -sDYNAMIC_EXECUTION=0

    # Page: our own shell (CSP, canvas, file input). Debian ships no htmlmin, so no minifying.
    --shell-file "${CMAKE_SOURCE_DIR}/shell.html"
    -sMINIFY_HTML=0

    # Font: embedded in the wasm's data, so the page makes no request for it and works offline.
    --embed-file "${ENGAGE_UI_FONT}@/fonts/ui.ttf"

    # The main loop runs forever on requestAnimationFrame; the runtime must stay alive.
    -sEXIT_RUNTIME=0)

# Relink when the shell changes; CMake does not see files named only in link options.
set_property(TARGET engagelens APPEND PROPERTY LINK_DEPENDS "${CMAKE_SOURCE_DIR}/shell.html")

# ---- The page's own files next to index.html ---------------------------------------------------
# A target that always runs, so an edit to web/bridge.js lands even when nothing relinks.
file(GLOB ENGAGE_WEB_FILES CONFIGURE_DEPENDS
    "${CMAKE_SOURCE_DIR}/web/*.js" "${CMAKE_SOURCE_DIR}/web/*.css")
add_custom_target(engagelens_web_files ALL
    COMMAND ${CMAKE_COMMAND} -E make_directory "${ENGAGE_WEB_OUTPUT_DIR}"
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${ENGAGE_WEB_FILES} "${ENGAGE_WEB_OUTPUT_DIR}"
    COMMENT "Copying web/ files to ${ENGAGE_WEB_OUTPUT_DIR}"
    VERBATIM)
add_dependencies(engagelens engagelens_web_files)
