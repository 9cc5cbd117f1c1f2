#!/usr/bin/env bash
# Makes the README's pictures from the real program: the HTML report of samples/harbour-strike, and `parallax serve`
# over a corpus of samples/ (the search page and an entity page), each shot by Debian's headless chromium.
#   bash docs/screenshots.sh            # writes docs/report.png, docs/serve-search.png, docs/serve-entity.png
# Needs chromium (apt-get install chromium) and curl; pngquant, when present, shrinks the PNGs to 256-colour palettes. Runs the CLI through ./parallax (which builds it when the sources changed).
set -euo pipefail
cd "$(dirname "$0")/.."
chromium="${PARALLAX_CHROMIUM:-chromium}"
for tool in "$chromium" curl; do
    command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing" >&2; exit 1; }
done
work="$(mktemp -d)"
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

shoot() { # url out.png width height
    "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --lang=en-GB --user-data-dir="$work/profile" \
        --window-size="$3,$4" --virtual-time-budget=3000 --screenshot="$2" "$1" >/dev/null 2>&1
    if command -v pngquant >/dev/null; then pngquant --force --skip-if-larger --output "$2" 256 "$2" || true; fi
    echo "screenshots: $2 ($(du -k "$2" | cut -f1) KB)" >&2
}

./parallax compare samples/harbour-strike --out "$work/report.html" 2>/dev/null
shoot "file://$work/report.html" docs/report.png 1280 1000

./parallax ingest --db "$work/samples.db" --quiet samples/ >/dev/null
port=$(( 20000 + RANDOM % 20000 ))
./parallax serve --db "$work/samples.db" --port "$port" --quiet &
server=$!
url="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
    curl -fsS "$url/healthz" >/dev/null 2>&1 && break
    sleep 0.5
done
curl -fsS "$url/healthz" >/dev/null || { echo "screenshots: serve did not start" >&2; exit 1; }
shoot "$url/?q=strike" docs/serve-search.png 1280 800
shoot "$url/entities?name=Marguerite%20Olsson&type=person" docs/serve-entity.png 1280 800
