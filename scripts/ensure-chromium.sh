#!/usr/bin/env bash
# ensure-chromium.sh - makes sure Debian's chromium and chromedriver are installed (the browser tests and
# the Mermaid rendering use them; no browser download is possible on this network). Installs them with
# apt-get when missing and apt-get can; prints where they are.
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-chromium.sh: chromium and chromedriver are missing and apt-get is not available" >&2
    exit 1
  fi
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) >/dev/null
fi
command -v chromium
command -v chromedriver
