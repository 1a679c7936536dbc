# HirePlan. `make run` builds and serves; `make test` runs every check. Both install what is
# missing first (scripts/install-tools.sh is idempotent and quick when all is there).

SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Trunk must not go online: every tool it needs is installed at the exact version it wants.
export TRUNK_SKIP_VERSION_CHECK := true
# Trunk's errors without anyhow's stack backtrace (CI sets RUST_BACKTRACE): twenty lines of
# Trunk's own frames pushed the failing step's message out of the log's tail. Panics keep theirs.
export RUST_LIB_BACKTRACE := 0
PORT ?= 8080
# The page's public address (`make build SITE_URL=https://plan.example/`): the canonical link
# and the link-preview tags name it (src/bin/prerender.rs). Empty: no canonical link, and the
# preview image is named by its path only. HIREPLAN_SITE_URL in the environment works too.
SITE_URL ?= $(HIREPLAN_SITE_URL)
export HIREPLAN_SITE_URL := $(SITE_URL)

.PHONY: run build build-subpath test bench golden tools tools-build lint unit wasm-test e2e clean

## Build the release and serve it on http://127.0.0.1:$(PORT)
run: tools-build
	cargo fetch --locked
	trunk serve --release --offline --port $(PORT) --address 127.0.0.1

## Release build into dist/
build: tools-build
	cargo fetch --locked
	trunk build --release --offline

## Every check: formatting, lints, native tests, wasm tests in Chromium, end-to-end tests
test: tools lint unit wasm-test build e2e

tools:
	@scripts/install-tools.sh all

tools-build:
	@scripts/install-tools.sh build

lint:
	cargo fmt --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --no-default-features --features ssr --bin prerender -- -D warnings
	# The deployed wasm, with its parts on demand compiled as split points (feature `split`).
	cargo clippy --locked --target wasm32-unknown-unknown --features split --lib --bin hireplan -- -D warnings

unit:
	cargo test --locked

## Component tests in headless Chromium (wasm-bindgen-test-runner finds chromedriver on PATH)
wasm-test:
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test --locked --target wasm32-unknown-unknown --test web --test web_crash --test web_plot

## The release build again, for hosting under a subpath (the e2e suite serves it at /planner/)
build-subpath: build
	trunk build --release --offline --public-url /planner/ --dist target/dist-planner

e2e: build-subpath
	npx playwright test --config tests/e2e/playwright.config.js

## Rewrite tests/golden/scenarios.tsv from the program. The tests only ever compare (they never
## write it): run this only when figures are meant to move, and say in the commit that changes
## the file why each figure moved.
golden:
	HIREPLAN_WRITE_GOLDEN=1 cargo test --locked --test golden -- golden_scenarios_match_the_file
	git --no-pager diff --stat -- tests/golden/scenarios.tsv

## Speed, size and accessibility of the release build: bench/results.json and a table (kept in
## README.md). Measured, never asserted.
bench: tools build
	cargo bench --locked --bench projection -- --warm-up-time 1 --measurement-time 3
	node bench/run.mjs

clean:
	cargo clean
	rm -rf dist test-results
