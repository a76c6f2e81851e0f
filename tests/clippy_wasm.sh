#!/usr/bin/env bash
# clippy -D warnings on the wasm32 build: the code only the extension compiles (src/ui views,
# src/wasm bindings) is invisible to the native `cargo clippy`. Same toolchain as build.sh:
# rustup's wasm32 target when installed, otherwise Debian's rustc-web with its own clippy.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
if command -v rustup >/dev/null && rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  exec cargo clippy --release --lib --target wasm32-unknown-unknown -- -D warnings
fi
if ! dpkg -s rust-web-clippy >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q rust-web-clippy >/dev/null
fi
# /usr/bin first: `cargo clippy` must find Debian's clippy-driver, made for /usr/bin/rustc.
PATH=/usr/bin:$PATH RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc CARGO_TARGET_DIR=target/debian-wasm-clippy \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld \
  exec /usr/bin/cargo clippy --release --lib --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort -- -D warnings
