#!/usr/bin/env bash
# Parallax's analysis pipeline against wink-nlp's (npm wink-nlp 2.x + wink-eng-lite-web-model), on the same real
# articles, one thread each, in turns (wink, Parallax, wink, Parallax, ...), so both see the same machine.
# usage: bench/wink/run.sh [COUNT=1000] [ROUNDS=3]   (after `dotnet build bench/Parallax.Bench -c Release`)
# Prints each run's lines and the ratio Parallax/wink of words/s (wall and CPU) per round; npm packages go into a
# temporary folder that is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
count="${1:-1000}"
rounds="${2:-3}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent wink-nlp@2 wink-eng-lite-web-model@1 >/dev/null)
echo "wink-nlp $(node -p "require('$tmp/node_modules/wink-nlp/package.json').version"), wink-eng-lite-web-model $(node -p "require('$tmp/node_modules/wink-eng-lite-web-model/package.json').version"), node $(node --version)"
cp bench/wink/wink.js "$tmp/"
bench=(dotnet run -c Release --no-build --project bench/Parallax.Bench --)
"${bench[@]}" bench-pipeline --count "$count" --export "$tmp/texts"

rate() { grep -oE "[0-9,]+ words/$1" | head -1 | tr -d , | cut -d' ' -f1; }
for round in $(seq "$rounds"); do
    wink="$(NODE_PATH="$tmp/node_modules" node "$tmp/wink.js" "$tmp/texts")"
    parallax="$("${bench[@]}" bench-pipeline --texts "$tmp/texts" --only one-thread)"
    echo "round $round (load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'))"
    echo "$wink" | sed 's/^/  /'
    echo "$parallax" | sed 's/^/  /'
    awk -v pw="$(echo "$parallax" | rate s)" -v ww="$(echo "$wink" | rate s)" \
        -v pc="$(echo "$parallax" | rate CPU-s)" -v wc="$(echo "$wink" | rate CPU-s)" \
        'BEGIN { printf "  ratio Parallax/wink-nlp: %.2f of words/s, %.2f of words/CPU-s\n", pw / ww, pc / wc }'
done
