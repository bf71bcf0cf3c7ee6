#!/usr/bin/env bash
# Prints the path of a headless-capable Chromium for the console's browser tests
# (playwright-core drives it; it downloads no browser of its own). Installs Debian's `chromium`
# package when none is found. CHROMIUM_PATH overrides the search.
set -euo pipefail

find_chromium() {
  for candidate in "${CHROMIUM_PATH:-}" chromium chromium-browser /usr/bin/chromium /usr/lib/chromium/chromium; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

if path=$(find_chromium); then
  echo "$path"
  exit 0
fi

echo "[chromium.sh] chromium not found: installing Debian's chromium package" >&2
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >&2

path=$(find_chromium) || {
  echo "[chromium.sh] chromium is still missing after the install" >&2
  exit 1
}
echo "$path"
