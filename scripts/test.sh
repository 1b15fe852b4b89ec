#!/usr/bin/env bash
# Runs every EngageLens test suite and exits non-zero when any fails:
#   1. the Catch2 unit tests, native
#   2. the same Catch2 suite compiled to wasm, under Node
#   3. the CLI contract tests (node --test tests/cli)
#   4. the libFuzzer target over the reader, with ASan and UBSan (about 60 s)
#   5. the browser end-to-end tests in headless Chromium (node --test tests/e2e)
# Set-up (scripts/setup.sh) runs first when anything is missing.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jobs=${ENGAGE_JOBS:-2}

# The set-up checks each piece and installs only what is missing, so it is quick when all is
# there; it also brings node_modules in line with package-lock.json.
scripts/setup.sh || { echo "test.sh: set-up failed"; exit 1; }
# Debian's emcc runs on the machine's Node, which does not search Debian's module folder.
export NODE_PATH=/usr/share/nodejs

passed=0
failed=0
failures=()

# Adds the counts from Catch2's or node's closing lines of one suite's output.
count() {
    local name=$1 log=$2 rc=$3 p=0 f=0
    if grep -q "^All tests passed" "$log"; then
        p=$(grep -oE "in [0-9]+ test cases?" "$log" | tail -1 | grep -oE "[0-9]+")
    elif grep -qE "^test cases:" "$log"; then
        p=$(grep -E "^test cases:" "$log" | tail -1 | grep -oE "[0-9]+ passed" | grep -oE "[0-9]+")
        f=$(grep -E "^test cases:" "$log" | tail -1 | grep -oE "[0-9]+ failed" | grep -oE "[0-9]+")
    elif grep -qE "^fuzz: [0-9]+ passed" "$log"; then
        p=$(grep -E "^fuzz: [0-9]+ passed" "$log" | tail -1 | grep -oE "[0-9]+ passed" | grep -oE "[0-9]+")
    elif grep -qE "^# pass " "$log"; then
        p=$(grep -E "^# pass " "$log" | tail -1 | grep -oE "[0-9]+")
        f=$(grep -E "^# fail " "$log" | tail -1 | grep -oE "[0-9]+")
    fi
    p=${p:-0}
    f=${f:-0}
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        f=1
    fi
    passed=$((passed + p))
    failed=$((failed + f))
    if [ "$rc" -ne 0 ]; then
        failures+=("$name")
    fi
    echo "test.sh: $name: $p passed, $f failed (exit $rc)"
}

run_suite() {
    local name=$1
    shift
    local log="$root/build/logs/$name.log"
    mkdir -p "$root/build/logs"
    echo "==== $name: $*"
    "$@" 2>&1 | tee "$log"
    local rc=${PIPESTATUS[0]}
    count "$name" "$log" "$rc"
}

build() {
    echo "==== build: $*"
    "$@" || { echo "test.sh: build failed: $*"; failed=$((failed + 1)); failures+=("build"); return 1; }
}

# 1. Native Catch2 suite and the CLI.
if build cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null &&
   build cmake --build build/native -j "$jobs"; then
    run_suite native build/native/engage_tests --use-colour no
    run_suite cli node --test tests/cli/
fi

# 2. The same suite as wasm under Node. Emscripten's toolchain file sets an emulator flag that
#    Node 20 rejects, and its generated JS tries fetch() on a file path: both are overridden.
if build emcmake cmake -S . -B build/wasm-tests -DCMAKE_BUILD_TYPE=Release \
        -DENGAGE_BUILD_CLI=OFF >/dev/null &&
   build cmake --build build/wasm-tests --target engage_tests -j "$jobs"; then
    run_suite wasm node --no-experimental-fetch build/wasm-tests/engage_tests.js --use-colour no
fi

# 3. The libFuzzer target over the import path, with ASan and UBSan, for about a minute.
run_suite fuzz scripts/fuzz.sh "${ENGAGE_FUZZ_SECONDS:-60}"

# 4. The web app and the browser end-to-end tests.
if build scripts/build-web.sh; then
    run_suite e2e node --test tests/e2e/
fi

echo
if [ ${#failures[@]} -gt 0 ]; then
    echo "test.sh: failed suites: ${failures[*]}"
fi
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
