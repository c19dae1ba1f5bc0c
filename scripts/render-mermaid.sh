#!/usr/bin/env bash
# render-mermaid.sh IN.mmd [OUT.(svg|png)] - renders a Mermaid diagram in headless Debian Chromium with
# mermaid-cli (a PNG at 3 times the diagram's size, MERMAID_SCALE to change it, so that its text is readable;
# without OUT, IN's PNG next to it: src/diagrams/ctxrec-system.mmd gives src/diagrams/ctxrec-system.png), and fails (exit 1, the parser's message on stderr) when the diagram does not parse, so
# a broken diagram breaks the build. Installs what it needs on first use: Debian's chromium (when
# missing and apt-get can, via ensure-chromium.sh), and mermaid-cli from npm into MERMAID_CLI_HOME (default
# ~/.cache/ctxrec-mermaid), without Puppeteer's own browser download, which this network refuses.
set -euo pipefail
[ $# -eq 1 ] || [ $# -eq 2 ] || { echo "usage: render-mermaid.sh IN.mmd [OUT.svg|OUT.png]" >&2; exit 2; }
in=$1 out=${2:-${1%.mmd}.png}
scale=${MERMAID_SCALE:-3}
[ -r "$in" ] || { echo "render-mermaid.sh: cannot read $in" >&2; exit 2; }
cache=${MERMAID_CLI_HOME:-$HOME/.cache/ctxrec-mermaid}
"$(dirname "$0")/ensure-chromium.sh" >/dev/null
if [ ! -x "$cache/node_modules/.bin/mmdc" ]; then
  mkdir -p "$cache"
  (cd "$cache" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent --no-audit --no-fund @mermaid-js/mermaid-cli@11 >/dev/null)
fi
cfg=$(mktemp --suffix=.json)
log=$(mktemp)
trap 'rm -f "$cfg" "$log"' EXIT
cat >"$cfg" <<JSON
{"executablePath":"$(command -v chromium)","args":["--no-sandbox","--headless","--disable-gpu","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync"]}
JSON
mkdir -p "$(dirname "$out")"
rm -f "$out"
if ! "$cache/node_modules/.bin/mmdc" -q -p "$cfg" -s "$scale" -b white -i "$in" -o "$out" >"$log" 2>&1 || [ ! -s "$out" ]; then
  cat "$log" >&2
  exit 1
fi
