#!/usr/bin/env bash
# Installs what the browser tests need on a fresh machine: Chromium, Firefox ESR, CJK fonts
# (screenshots), language packs, geckodriver, and the npm packages of tests/package-lock.json. Idempotent.
set -euo pipefail
cd "$(dirname "$0")"
export PATH="$HOME/.cargo/bin:$PATH"
log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

missing=()
# chromium-l10n and firefox-esr-l10n-de: the locale tests switch the browser language.
for pkg in chromium chromium-l10n firefox-esr firefox-esr-l10n-de fonts-noto-cjk openssl; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}" >/dev/null
fi
if ! command -v geckodriver >/dev/null; then
  log "cargo install geckodriver (about 1.5 minutes, once)"
  cargo install -q geckodriver --version 0.37.1
fi
if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci"
  npm ci --silent --no-audit --no-fund >/dev/null
fi
