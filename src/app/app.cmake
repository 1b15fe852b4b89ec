# The EngageLens web app: Dear ImGui on GLFW + WebGL2, thin over engage_engine.
# Included by the top CMakeLists.txt when EMSCRIPTEN AND ENGAGE_BUILD_APP.
# Result: ${ENGAGE_WEB_OUTPUT_DIR}/index.html + index.js + index.wasm (wasm SIMD) +
# index-scalar.js + index-scalar.wasm (the fallback without SIMD) + the page's own files
# (start.js, bridge.js, style.css, ...), a folder any static host can serve.

set(ENGAGE_WEB_OUTPUT_DIR "${CMAKE_SOURCE_DIR}/build/web" CACHE PATH
    "Where the web app (index.html, .js, .wasm, bridge.js) is written")
set(ENGAGE_UI_FONT "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" CACHE FILEPATH
    "TTF the app's font is cut from (Debian fonts-dejavu-core); covers ä ö ü ß € „ “ –")
find_program(ENGAGE_PYFTSUBSET pyftsubset)

if(NOT EXISTS "${ENGAGE_IMGUI_DIR}/imgui.cpp")
    message(FATAL_ERROR "Dear ImGui sources not found in ${ENGAGE_IMGUI_DIR}: run scripts/setup.sh")
endif()
if(NOT EXISTS "${ENGAGE_UI_FONT}")
    message(FATAL_ERROR "Font ${ENGAGE_UI_FONT} not found: run scripts/setup.sh")
endif()
if(NOT ENGAGE_PYFTSUBSET)
    message(FATAL_ERROR "pyftsubset (Debian fonttools) not found: run scripts/setup.sh")
endif()

# ---- The UI font: cut to the glyph ranges the app rasterises (theme.cpp) -----------------------
# cmake/subset_font.py keeps only those code points (the whole font is ~380 KB of the download
# after gzip, the subset ~16 KB) and fails the build when a string in the app, the engine's
# messages or a profile uses a character outside them. It runs on the Python that runs
# pyftsubset, the one that has fontTools.
file(STRINGS "${ENGAGE_PYFTSUBSET}" engage_pyftsubset_shebang LIMIT_COUNT 1)
string(REGEX REPLACE "^#! *" "" engage_font_python "${engage_pyftsubset_shebang}")
separate_arguments(engage_font_python UNIX_COMMAND "${engage_font_python}")
file(GLOB ENGAGE_UI_TEXT_FILES CONFIGURE_DEPENDS
    "${CMAKE_SOURCE_DIR}/src/app/*.h" "${CMAKE_SOURCE_DIR}/src/app/*.cpp"
    "${CMAKE_SOURCE_DIR}/src/engine/*.h" "${CMAKE_SOURCE_DIR}/src/engine/*.cpp"
    "${CMAKE_SOURCE_DIR}/src/bindings/*.cpp")
set(ENGAGE_UI_FONT_SUBSET "${CMAKE_BINARY_DIR}/generated/ui.ttf")
# The folder is made here: in a fresh build folder, a parallel build may cut the font before
# anything else has written to generated/.
file(MAKE_DIRECTORY "${CMAKE_BINARY_DIR}/generated")
add_custom_command(
    OUTPUT "${ENGAGE_UI_FONT_SUBSET}"
    COMMAND ${engage_font_python} "${CMAKE_SOURCE_DIR}/cmake/subset_font.py"
            "${ENGAGE_UI_FONT}" "${ENGAGE_UI_FONT_SUBSET}" "${CMAKE_SOURCE_DIR}/src/app/theme.cpp"
            ${ENGAGE_UI_TEXT_FILES} ${ENGAGE_PROFILE_FILES}
    DEPENDS "${ENGAGE_UI_FONT}" "${CMAKE_SOURCE_DIR}/cmake/subset_font.py"
            ${ENGAGE_UI_TEXT_FILES} ${ENGAGE_PROFILE_FILES}
    COMMENT "Cutting the UI font to the app's glyph ranges, checking the texts against them"
    VERBATIM)
add_custom_target(engagelens_font DEPENDS "${ENGAGE_UI_FONT_SUBSET}")

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
# Optimised for size, like the UI below: a frame takes ~1 ms of the 16 ms it may take, and -O3's
# inlining made ImGui and the UI about half of the download (docs/benchmarks.md).
target_compile_options(engage_imgui PRIVATE -Os)
# The backend picks GLES2 ("#version 100") on Emscripten by default; WebGL2 gives GLES3.
target_compile_definitions(engage_imgui PUBLIC
    IMGUI_IMPL_OPENGL_ES3 IMGUI_DISABLE_OBSOLETE_FUNCTIONS
    # 32-bit characters: emoji in pasted survey comments survive an edit in the table editor.
    IMGUI_USE_WCHAR32)

# ---- The app: one UI, two builds ---------------------------------------------------------------
# index.js + index.wasm run the engine with wasm SIMD (the CSV scanner's separator search takes
# 16 bytes per step); index-scalar.js + index-scalar.wasm are the same app without SIMD, for the
# browsers whose WebAssembly refuses it. web/start.js asks WebAssembly.validate and loads one of
# the two, so a browser downloads only the build it runs.
#
# The UI and the bindings are compiled once, without SIMD (engagelens_ui), and linked into both
# builds; only the engine is compiled twice. Safe also if UI code someday includes an engine
# header with inline SIMD code (byte_search.h): the scalar build then still has no SIMD
# instruction, and the SIMD build at worst links the scalar copy of such an inline function.
if(ENGAGE_WASM_SIMD)
    add_library(engage_engine_scalar STATIC ${ENGAGE_ENGINE_SOURCES})
    target_include_directories(engage_engine_scalar PUBLIC "${CMAKE_SOURCE_DIR}/src")
    target_include_directories(engage_engine_scalar SYSTEM PUBLIC "${ENGAGE_SYSTEM_HEADERS}")
    engage_warnings(engage_engine_scalar)
    set(engage_scalar_engine engage_engine_scalar)
else()
    set(engage_scalar_engine engage_engine)
endif()

file(GLOB ENGAGE_APP_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/app/*.cpp")
add_library(engagelens_ui OBJECT
    ${ENGAGE_APP_SOURCES}
    "${CMAKE_SOURCE_DIR}/src/bindings/engage_bindings.cpp")
target_include_directories(engagelens_ui PRIVATE "${CMAKE_SOURCE_DIR}/src"
    $<TARGET_PROPERTY:engage_imgui,INTERFACE_INCLUDE_DIRECTORIES>)
target_include_directories(engagelens_ui SYSTEM PRIVATE "${ENGAGE_SYSTEM_HEADERS}")
target_compile_definitions(engagelens_ui PRIVATE
    $<TARGET_PROPERTY:engage_imgui,INTERFACE_COMPILE_DEFINITIONS>)
engage_warnings(engagelens_ui)
# The engine keeps -O3 (it scans the input; speed is its benchmark); the UI is built for size.
target_compile_options(engagelens_ui PRIVATE -Os)

set(ENGAGE_APP_LINK_OPTIONS
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

    # Font: embedded in the wasm's data, so the page makes no request for it and works offline.
    --embed-file "${ENGAGE_UI_FONT_SUBSET}@/fonts/ui.ttf"

    # The main loop runs forever on requestAnimationFrame; the runtime must stay alive.
    -sEXIT_RUNTIME=0

    # Only a browser page runs it: no code for Node.js or workers in index.js.
    -sENVIRONMENT=web)

# One build of the app: OUTPUT_NAME.js + OUTPUT_NAME.wasm in the web folder. The page is ours
# (shell.html, copied as index.html below), so Emscripten writes JavaScript, not HTML.
function(engage_add_app target output_name engine)
    add_executable(${target} $<TARGET_OBJECTS:engagelens_ui>)
    target_link_libraries(${target} PRIVATE ${engine} engage_imgui)
    set_target_properties(${target} PROPERTIES
        OUTPUT_NAME "${output_name}"
        SUFFIX ".js"
        RUNTIME_OUTPUT_DIRECTORY "${ENGAGE_WEB_OUTPUT_DIR}")
    target_link_options(${target} PRIVATE ${ENGAGE_APP_LINK_OPTIONS})
    # Relink when the font changes; CMake does not see files named only in link options.
    set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS "${ENGAGE_UI_FONT_SUBSET}")
    add_dependencies(${target} engagelens_font engagelens_web_files)
endfunction()

engage_add_app(engagelens index engage_engine)
engage_add_app(engagelens_scalar index-scalar ${engage_scalar_engine})
# `--target engagelens` (scripts/build-web.sh) builds the whole web folder, fallback included.
add_dependencies(engagelens engagelens_scalar)

# ---- The page (shell.html as index.html) and its own files ---------------------------------------
# A target that always runs, so an edit to web/bridge.js lands even when nothing relinks.
file(GLOB ENGAGE_WEB_FILES CONFIGURE_DEPENDS
    "${CMAKE_SOURCE_DIR}/web/*.js" "${CMAKE_SOURCE_DIR}/web/*.css")
add_custom_target(engagelens_web_files ALL
    COMMAND ${CMAKE_COMMAND} -E make_directory "${ENGAGE_WEB_OUTPUT_DIR}"
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${ENGAGE_WEB_FILES} "${ENGAGE_WEB_OUTPUT_DIR}"
    COMMAND ${CMAKE_COMMAND} -E copy_if_different "${CMAKE_SOURCE_DIR}/shell.html"
            "${ENGAGE_WEB_OUTPUT_DIR}/index.html"
    COMMENT "Copying shell.html and web/ files to ${ENGAGE_WEB_OUTPUT_DIR}"
    VERBATIM)
