#!/usr/bin/env bash
# Installs everything EngageLens needs on a fresh Debian 12 machine. Safe to run twice:
# each step checks first and skips what is already there.
#   - Emscripten, Catch2, Chromium, fonts and fonttools (the app's font subset) (Debian packages)
#   - playwright-core (npm, pinned by package-lock.json)
#   - Dear ImGui 1.86 sources from Debian's source package, into third_party/ (git-ignored)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

need_pkgs=()
have() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
for pkg in emscripten catch2 nlohmann-json3-dev chromium fonts-dejavu-core fonttools xz-utils \
           python3 \
           cmake g++ make clang-14 libclang-rt-14-dev; do
    have "$pkg" || need_pkgs+=("$pkg")
done
if [ ${#need_pkgs[@]} -gt 0 ]; then
    echo "setup: installing ${need_pkgs[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
fi

# playwright-core drives Debian's Chromium in the end-to-end tests; it downloads no browser.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]
then
    echo "setup: npm ci"
    npm ci --no-audit --no-fund --silent
fi

# Dear ImGui's .cpp files are only in Debian's source package. apt is pointed at a private
# sources list so that the system's apt configuration stays untouched.
imgui_dir="$root/third_party/imgui"
if [ ! -f "$imgui_dir/imgui.cpp" ]; then
    echo "setup: fetching Dear ImGui 1.86 sources from Debian"
    work="$root/third_party/.apt"
    mkdir -p "$work/sources" "$work/lists/partial" "$work/dl"
    uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null \
          || true)
    [ -n "$uri" ] || uri="http://deb.debian.org/debian"
    cat > "$work/sources/debian-src.sources" <<SRC
Types: deb-src
URIs: $uri
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    opts=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$work/sources"
          -o "Dir::State::Lists=$work/lists")
    apt-get "${opts[@]}" update -qq
    (cd "$work/dl" && apt-get "${opts[@]}" source --download-only imgui >/dev/null)
    tarball=$(ls "$work"/dl/imgui_*.orig.tar.* | head -1)
    rm -rf "$imgui_dir" && mkdir -p "$imgui_dir"
    tar -xf "$tarball" -C "$imgui_dir" --strip-components=1
    rm -rf "$work"
fi
test -f "$imgui_dir/imgui.cpp"
test -f "$imgui_dir/backends/imgui_impl_glfw.cpp"
echo "setup: done"
