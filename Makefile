# Cramp Coach. The two commands: `make run` (build and serve) and `make test` (every check).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CARGO_TERM_COLOR ?= never
PORT ?= 8080

# The release build is redone only when a source changed.
SOURCES := $(shell find src content style public -type f 2>/dev/null) index.html Cargo.toml Cargo.lock Trunk.toml build.rs

.PHONY: run test dist bench tools test-tools lint test-native test-browser test-e2e test-engines check-size clean

## Build the release and serve it at http://127.0.0.1:$(PORT)/
run: dist
	node scripts/serve.mjs dist $(PORT)

## Every check: format, lint, native, in-browser and end-to-end tests, size budget
test: test-tools
	scripts/test.sh

## The release build in dist/ (pre-rendered pages included)
dist: tools dist/index.html

dist/index.html: $(SOURCES)
	trunk build --release
	@touch dist/index.html

## Sizes and Lighthouse against the budgets
bench: test-tools dist
	node scripts/bench.mjs

tools:
	@scripts/install-tools.sh

test-tools: tools
	@scripts/install-test-tools.sh

lint: tools
	cargo fmt --check
	cargo clippy --features ssr --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --features hydrate --lib --bins --tests -- -D warnings

test-native: tools
	cargo test --features ssr

test-browser: test-tools
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=60 \
	cargo test --target wasm32-unknown-unknown --features hydrate --test browser

test-e2e: test-tools dist
	node --test --test-concurrency=1 tests/e2e/

## The smoke suite in Firefox ESR and WebKitGTK (WebKit needs a display: Xvfb)
test-engines: test-tools dist
	xvfb-run -a node --test --test-concurrency=1 tests/smoke/

check-size: dist
	node scripts/sizes.mjs --check

clean:
	rm -rf dist target/wasm32-unknown-unknown/release
