#!/usr/bin/env bash
# Benchmarks: our engine (wasm with and without SIMD, and native) against PapaParse, uDSV, d3-dsv
# and DuckDB-wasm on the same synthetic files in one headless Chromium session, plus the web
# app's first frame, frame time and download size. Writes build/bench/results.json and prints a
# table (bench/web/run.mjs; docs/benchmarks.md explains the figures).
#
#   scripts/bench.sh            1e5, 1e6 and 1e7 rows (the 1e7 file is 800 MB; minutes)
#   scripts/bench.sh --quick    1e6 rows only
#   scripts/bench.sh --smoke    1e3 rows, no app: checks the harness works and results agree
#   scripts/bench.sh --quick --engine-only   our wasm engine (SIMD, KPIs and table view) and
#                               native only: no peers, no scalar build, no app (a few minutes)
#   scripts/bench.sh --app-only the web app only: download size, first frame, frame times
#
# Not part of scripts/test.sh: CI must not depend on timings.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v emcc >/dev/null 2>&1 || ! command -v pyftsubset >/dev/null 2>&1 ||
        [ ! -f third_party/imgui/imgui.cpp ]; then
    scripts/setup.sh
fi
[ -d node_modules/papaparse ] && [ -d node_modules/@duckdb/duckdb-wasm ] || npm ci

export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
jobs=${JOBS:-2}

smoke=0
engine_only=0
app_only=0
for arg in "$@"; do
    [ "$arg" = --smoke ] && smoke=1
    [ "$arg" = --engine-only ] && engine_only=1
    [ "$arg" = --app-only ] && app_only=1
done
flavors="simd scalar"
[ "$engine_only" = 1 ] && flavors=simd

# The engines (skipped with --app-only, which times only the web app).
if [ "$app_only" = 0 ]; then
    cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build build/native --target engage bench_engine -j "$jobs"

    # The engine module the benchmark page loads, with wasm SIMD and as the scalar fallback.
    for flavor in $flavors; do
        simd=ON
        [ "$flavor" = scalar ] && simd=OFF
        emcmake cmake -S . -B "build/bench-wasm/$flavor" -DENGAGE_BUILD_BENCH_WASM=ON \
            -DENGAGE_WASM_SIMD="$simd" -DENGAGE_BUILD_TESTS=OFF -DENGAGE_BUILD_CLI=OFF \
            -DCMAKE_BUILD_TYPE=Release >/dev/null
        cmake --build "build/bench-wasm/$flavor" --target engage_bench_wasm -j "$jobs"
    done
fi

# The web app in its own folder, so a run never races a build of build/web.
# A failed build (someone's edit in progress) keeps the last good one, and says so.
if [ "$smoke" = 0 ] && [ "$engine_only" = 0 ] &&
        ! ENGAGE_WEB_BUILD=build/bench-wasm/app ENGAGE_WEB_OUT=build/bench/web \
        scripts/build-web.sh >build/bench/web-build.log 2>&1; then
    echo "bench: the web app did not build (build/bench/web-build.log); app figures come from" \
        "the last build in build/bench/web, if there is one" >&2
fi

node bench/web/run.mjs "$@"
