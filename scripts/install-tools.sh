#!/usr/bin/env bash
# Installs what building Cramp Coach needs, skipping whatever is already there at the right version.
# Needs only rustup, Node 20 and npm. Never downloads prebuilt binaries outside the package registries.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "Adding rustup component $component"
    rustup component add "$component"
  fi
done

# wasm-bindgen-cli must be exactly the version of the wasm-bindgen crate in Cargo.lock.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ] \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "Installing wasm-bindgen-cli $bindgen_version (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

trunk_version=0.21.14
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$trunk_version" ]; then
  say "Installing trunk $trunk_version (about ten minutes, once)"
  cargo install trunk --version "$trunk_version" --locked --force
fi

# npm tools (wasm-opt from binaryen, Playwright, axe, Lighthouse), from the committed lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "Installing npm tools from package-lock.json"
  npm ci --no-audit --no-fund
  touch node_modules/.package-lock.json
fi

# Trunk runs cargo offline: fetch the crates first.
cargo fetch --quiet
