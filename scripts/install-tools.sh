#!/usr/bin/env bash
# Installs every tool the build and the tests need, skipping what is already there.
# Idempotent: a second run only checks versions. Called by `make run`, `make build` and `make test`.
# Only the package registries are reachable (crates.io, npm, Debian), so nothing here downloads
# a prebuilt binary from elsewhere: Trunk and wasm-bindgen are built with cargo, wasm-opt comes
# from the npm package `binaryen`, Chromium from Debian.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Must equal the wasm-bindgen version pinned in Cargo.toml / Cargo.lock and Trunk.toml [tools].
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p; s/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml | head -n1)
: "${WASM_BINDGEN_VERSION:?could not read the pinned wasm-bindgen version from Cargo.toml}"

WASM_SPLIT_VERSION=0.2.4

what="${1:-all}"   # all | build  (build skips the browser and test-only pieces)
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m[install]\033[0m %s\n' "$*"; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  say "trunk $TRUNK_VERSION (cargo install, ~12 min on 2 cores, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION (cargo install, ~6 min, once)"
  # --locked fails to resolve for this version; the unlocked install works.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# Cuts the parts of the page fetched on demand out of the release wasm (scripts/split-wasm.mjs).
# Its version must read the markers of the wasm_split_helpers in Cargo.lock (0.2.x). It has no
# --version: cargo's list of installed packages says which one is there.
if ! command -v wasm-split-cli >/dev/null \
  || ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "wasm-split-cli $WASM_SPLIT_VERSION (cargo install, ~2 min, once)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

# wasm-opt from npm binaryen (Debian's binaryen 108 produces a wasm that fails at run time),
# terser for the release scripts, plus the e2e/bench npm packages, all pinned in package-lock.json.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm packages (binaryen, terser, @playwright/test, axe-core, lighthouse)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# The build draws the link-preview image (src/bin/prerender.rs) with a system font.
if [ -z "${HIREPLAN_PREVIEW_FONT:-}" ] && [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] \
  && [ ! -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ]; then
  say "fonts-dejavu-core (Debian: the font of the link-preview image)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq fonts-dejavu-core >/dev/null
fi

if [ "$what" = all ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "chromium and chromium-driver (Debian)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  # pdftotext reads the printout's PDFs back in tests/e2e/print.spec.js.
  if ! command -v pdftotext >/dev/null; then
    say "poppler-utils (Debian: pdftotext and pdftoppm, for the print tests)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq poppler-utils >/dev/null
  fi
fi
