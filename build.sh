#!/usr/bin/env bash
# Builds HangUp for Chromium and Firefox from a fresh machine.
#
#   ./build.sh          install what is missing, build dist/chromium, dist/firefox and the two zips
#   ./build.sh --demo   the same, then open a scam fixture in headless Chromium with the extension
#                       loaded and save a screenshot of the warning to dist/demo.png
#
# Toolchain (see docs/BUILD.md): rustup's wasm32 target when installed, otherwise Debian's
# rustc-web + rust-web-src building std for wasm32 (rustup cannot fetch the target here).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
DIST=$ROOT/dist
TOOLS=$ROOT/.tools
BINARYEN_VERSION=132.0.0
ACORN_VERSION=8.19.0
ESBUILD_VERSION=0.28.2
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '\033[1m[build]\033[0m %s\n' "$*"; }

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "apt-get install ${missing[*]}"
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}" >/dev/null
}

# --- 1. Rust -> wasm32 ------------------------------------------------------------------------
# LLVM's inliner less eager than opt-level 2's default (225): 225 -> 150 -13 KB of Wasm for the
# engine 1-4 % slower per call; 150 -> 100 -6 KB for ~2 % (6-9 % on the adversarial 64 KB page),
# room for nine more languages; 100 -> 50 -5.8 KB for ~1 % (25: only -0.7 KB more)
# (docs/BENCHMARKS.md, "Wasm size: the inline threshold"). No loop unrolling (opt-level 2 unrolls
# every small loop, at each place it is inlined): -4.2 KB, not measured slower (history.md,
# "Forty-first session (helper `size42`)").
WASM_INLINE="-Cllvm-args=-inline-threshold=50 -Cllvm-args=-unroll-threshold=0"
build_wasm() {
  if command -v rustup >/dev/null && rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
    log "cargo build (rustup wasm32 target)"
    WASM_TARGET_DIR=$ROOT/target
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$WASM_INLINE" \
      cargo build --release --lib --target wasm32-unknown-unknown
  else
    apt_install rustc-web cargo-web rust-web-src lld
    log "cargo build (Debian rustc-web, -Zbuild-std)"
    # A target dir of its own: Debian's rustc and rustup's would otherwise invalidate each other's builds.
    WASM_TARGET_DIR=$ROOT/target/debian-wasm
    # immediate-abort: a panic traps at once instead of formatting a message nobody reads (the
    # Wasm has no panic hook; wasm32 aborts on panic either way): no panic formatting code in
    # the Wasm (docs/BENCHMARKS.md, "Wasm size").
    RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc CARGO_TARGET_DIR=$WASM_TARGET_DIR \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort $WASM_INLINE" \
      /usr/bin/cargo build --release --lib --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort
  fi
  WASM_IN=$WASM_TARGET_DIR/wasm32-unknown-unknown/release/hangup.wasm
}

# --- 2. wasm-bindgen CLI, exactly the crate's version ------------------------------------------
ensure_wasm_bindgen() {
  local want
  want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $want\$"; then
    log "cargo install wasm-bindgen-cli $want (about 2 minutes, once)"
    cargo install -q wasm-bindgen-cli --version "$want"
  fi
}

# --- 3. wasm-opt from npm's binaryen (Debian's is too old for rustc 1.96 output) ---------------
ensure_wasm_opt() {
  if [ ! -x "$TOOLS/node_modules/.bin/wasm-opt" ]; then
    log "npm install binaryen@$BINARYEN_VERSION"
    mkdir -p "$TOOLS"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS" "binaryen@$BINARYEN_VERSION" >/dev/null
  fi
}

# --- 3b. acorn (a JavaScript tokenizer and parser, no dependencies) for tools/strip_js.mjs ---------
ensure_acorn() {
  if [ ! -f "$TOOLS/node_modules/acorn/dist/acorn.mjs" ] || ! grep -q "\"version\": \"$ACORN_VERSION\"" "$TOOLS/node_modules/acorn/package.json"; then
    log "npm install acorn@$ACORN_VERSION"
    mkdir -p "$TOOLS"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS" "acorn@$ACORN_VERSION" >/dev/null
  fi
}

# --- 3c. esbuild (its minifier) for tools/minify_js.mjs; npm brings its binary for this platform --
ensure_esbuild() {
  if [ ! -f "$TOOLS/node_modules/esbuild/package.json" ] || ! grep -q "\"version\": \"$ESBUILD_VERSION\"" "$TOOLS/node_modules/esbuild/package.json"; then
    log "npm install esbuild@$ESBUILD_VERSION"
    mkdir -p "$TOOLS"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS" "esbuild@$ESBUILD_VERSION" >/dev/null
  fi
}

# --- 4. Assemble one unpacked extension per browser ---------------------------------------------
assemble() {
  local browser=$1 out=$DIST/$1
  rm -rf "$out"; mkdir -p "$out"
  (cd extension && tar --exclude=manifest.json -cf - .) | (cd "$out" && tar -xf -)
  mkdir -p "$out/wasm"
  cp "$DIST/.pkg/hangup.js" "$out/wasm/hangup.js"
  cp "$DIST/.pkg/hangup_bg.wasm" "$out/wasm/hangup_bg.wasm"
  node "$ROOT/extension/manifest.build.mjs" "$browser" extension/manifest.json > "$out/manifest.json"
  rm -f "$out/manifest.build.mjs"
  # The content scripts, injected into every frame of every page, without their comments and
  # indentation: the same tokens, checked (docs/BENCHMARKS.md "How the content scripts stay cheap").
  node "$ROOT/tools/strip_js.mjs" "$TOOLS/node_modules/acorn" "$out"
  # The two largest minified (local names shortened), their compile being most of their cost.
  node "$ROOT/tools/minify_js.mjs" "$TOOLS/node_modules/esbuild" "$out" "$TOOLS/node_modules/acorn"
  (cd "$out" && rm -f "../hangup-$browser.zip" && python3 - "$browser" <<'PY'
import os, sys, zipfile
name = f"../hangup-{sys.argv[1]}.zip"
with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
    for d, _, files in sorted(os.walk(".")):
        for f in sorted(files):
            p = os.path.join(d, f)
            z.write(p, os.path.relpath(p, "."))
PY
  )
}

start=$(date +%s)
build_wasm
ensure_wasm_bindgen
ensure_wasm_opt
ensure_acorn
ensure_esbuild
rm -rf "$DIST/.pkg"; mkdir -p "$DIST/.pkg"
wasm-bindgen --target web --no-typescript --out-dir "$DIST/.pkg" "$WASM_IN"
raw=$(stat -c %s "$DIST/.pkg/hangup_bg.wasm")
# The function table's slots that no constant of the code or data can name (closure shims that only
# the deleted describe functions pointed at) emptied, so wasm-opt can drop what only they kept.
node "$ROOT/tools/wasm_table_gc.mjs" "$TOOLS/node_modules/.bin" "$DIST/.pkg/hangup_bg.wasm"
# Only the features rustc emits: --all-features would let binaryen use proposals (compact
# imports) that Chromium 156 and Firefox 153 cannot load. The `producers` and `target_features`
# custom sections are read by no browser (279 bytes). --low-memory-unused: Rust's 1 MB stack sits
# first in memory, so its lowest KB is touched only by an overflow; binaryen then folds constant
# offsets into loads and stores (-2.8 KB, not slower: docs/BENCHMARKS.md). --ignore-implicit-traps:
# binaryen may drop or move a load whose only effect would be an out-of-bounds trap; safe Rust never
# traps that way (bounds and divisions are checked by explicit branches, which stay; float-to-int is
# non-trapping), so only dead loads go: -1,170 bytes, not slower (docs/benchmarks/history.md).
# (--merge-similar-functions: -300 more but ~5 % slower; --traps-never-happen: would drop the
# panic branches themselves, not used.)
"$TOOLS/node_modules/.bin/wasm-opt" -Oz --converge --low-memory-unused --ignore-implicit-traps --strip-producers --strip-target-features --enable-bulk-memory --enable-mutable-globals \
  --enable-nontrapping-float-to-int --enable-sign-ext --enable-reference-types --enable-multivalue "$DIST/.pkg/hangup_bg.wasm" -o "$DIST/.pkg/opt.wasm"
mv "$DIST/.pkg/opt.wasm" "$DIST/.pkg/hangup_bg.wasm"
# wasm-bindgen's import names (`__wbg_<method>_<hash>`, ~3.9 KB of the Wasm) shortened to a letter
# or two in the Wasm and the glue alike; the pair is instantiated before it is written.
node "$ROOT/tools/wasm_names.mjs" "$DIST/.pkg"
opt=$(stat -c %s "$DIST/.pkg/hangup_bg.wasm")
assemble chromium
assemble firefox
log "Wasm: $raw bytes after wasm-bindgen, $opt bytes after wasm-opt and tools/wasm_names.mjs; built in $(( $(date +%s) - start )) s"
cat <<TXT

HangUp is built:
  $DIST/chromium/            unpacked, for Chromium/Chrome: chrome://extensions -> Developer mode -> "Load unpacked"
  $DIST/firefox/             unpacked, for Firefox: about:debugging#/runtime/this-firefox -> "Load Temporary Add-on" -> manifest.json
  $DIST/hangup-chromium.zip
  $DIST/hangup-firefox.zip   Firefox: about:addons -> gear -> "Install Add-on From File" (needs signing on release Firefox; ESR/Developer/Nightly with xpinstall.signatures.required=false)
TXT

if [ "${1:-}" = "--demo" ]; then
  log "demo: opening a scam fixture in headless Chromium"
  (cd tests && ./setup.sh >/dev/null && node demo.mjs "$DIST/demo.png")
fi
