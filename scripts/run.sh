#!/usr/bin/env bash
# Builds the web app and serves build/web/ on http://127.0.0.1:${PORT:-8080}/ (local only).
# Ctrl+C stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/build-web.sh
port=${PORT:-8080}
echo
echo "EngageLens: http://127.0.0.1:${port}/"
echo
exec python3 -m http.server --bind 127.0.0.1 --directory build/web "$port"
