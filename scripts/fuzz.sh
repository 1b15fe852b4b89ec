#!/usr/bin/env bash
# Builds the libFuzzer targets with ASan and UBSan (clang-14) and fuzzes the import path.
#   scripts/fuzz.sh [SECONDS] [--keep]
# With --keep, new inputs that add coverage are merged into tests/fuzz/corpus/reader, the corpus
# kept in the repo; without it the run works on a scratch copy (what scripts/test.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
keep=${2:-}

CXX=clang++-14 cmake -S . -B build/fuzz -DENGAGE_BUILD_FUZZ=ON -DENGAGE_BUILD_TESTS=OFF \
    -DENGAGE_BUILD_CLI=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build/fuzz --target fuzz_reader -j "${ENGAGE_JOBS:-2}"

scratch=build/fuzz/corpus-run
rm -rf "$scratch" && mkdir -p "$scratch"
cp tests/fuzz/corpus/reader/* "$scratch"/
# Crash inputs land in build/fuzz/ (artifact_prefix) so a failing run can be replayed.
build/fuzz/fuzz_reader -max_total_time="$seconds" -max_len=4096 -timeout=10 \
    -artifact_prefix=build/fuzz/ -print_final_stats=1 "$scratch"
if [ "$keep" = "--keep" ]; then
    build/fuzz/fuzz_reader -merge=1 tests/fuzz/corpus/reader "$scratch"
fi
echo "fuzz: 1 passed, 0 failed"
