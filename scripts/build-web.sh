#!/usr/bin/env bash
# Builds the web app (Release) into build/web/: index.html, index.js, index.wasm, the page's
# scripts and styles, and sw.js (the offline copy). The folder works from any static host;
# nothing in it loads from elsewhere. Also writes build/offline/engagelens.html: the same app
# as one file that works opened from file:// (scripts/make-offline.mjs).
# Runs scripts/setup.sh first when Emscripten, fonttools or the ImGui sources are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v emcc >/dev/null 2>&1 || ! command -v pyftsubset >/dev/null 2>&1 ||
        [ ! -f third_party/imgui/imgui.cpp ]; then
    scripts/setup.sh
fi

# Debian's emcc runs on the machine's Node, which does not search Debian's module folder
# (acorn is needed by every link).
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

jobs=${JOBS:-2}
# ENGAGE_WEB_BUILD and ENGAGE_WEB_OUT let several people build side by side in one checkout.
build_dir=${ENGAGE_WEB_BUILD:-build/wasm-app}
out_dir=$(realpath -m "${ENGAGE_WEB_OUT:-build/web}")
emcmake cmake -S . -B "$build_dir" -DENGAGE_BUILD_APP=ON -DENGAGE_BUILD_TESTS=OFF \
    -DENGAGE_BUILD_CLI=OFF -DCMAKE_BUILD_TYPE=Release -DENGAGE_WEB_OUTPUT_DIR="$out_dir" >/dev/null
cmake --build "$build_dir" --target engagelens -j "$jobs"

# The service worker's cache is named after this build, so a new build replaces the old
# offline copy on the next visit (web/sw.js).
version=$(cat "$out_dir"/index.html "$out_dir"/*.wasm "$out_dir"/*.css \
              $(ls "$out_dir"/*.js | grep -v '/sw\.js$') | sha256sum | cut -c1-16)
sed -i "s/^const VERSION = '[^']*';/const VERSION = '$version';/" "$out_dir/sw.js"

# One file with everything inside, for file:// and rooms without a network.
if [ -n "${ENGAGE_OFFLINE_OUT:-}" ]; then
    offline_file=$ENGAGE_OFFLINE_OUT
elif [ -n "${ENGAGE_WEB_OUT:-}" ]; then
    offline_file="$out_dir-offline/engagelens.html"
else
    offline_file=build/offline/engagelens.html
fi
node scripts/make-offline.mjs "$out_dir" "$offline_file"

echo "build-web: $out_dir/"
ls -l "$out_dir"/
