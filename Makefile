# One entry point for people and CI: `make run`, `make test`, `make screenshot`.
# Every install happens from here (system packages, npm, tauri-driver), so a
# fresh machine needs nothing by hand.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := test

UI_DEPS := ui/node_modules/.package-lock.json

.PHONY: run test screenshot deps ui e2e bench package

deps:
	bash scripts/install-deps.sh

# npm ci only when node_modules is missing or older than the lock file.
$(UI_DEPS): ui/package-lock.json
	cd ui && npm ci --no-audit --no-fund
	touch $@

# generate_context! embeds ui/dist, so the UI is built before any cargo step
# that compiles vvt-desktop.
ui: $(UI_DEPS)
	cd ui && npm run build

run: deps ui
	cargo run -p vvt-desktop --features custom-protocol

test: deps
	cd ui && npm ci --no-audit --no-fund
	cd ui && npm run build
	cargo fmt --all --check
	# The desktop crate is built with the embedded UI (custom-protocol) here
	# too, so the real-window test below reuses this build instead of
	# compiling Tauri a second time.
	cargo clippy --workspace --all-targets --features vvt-desktop/custom-protocol,vvt-desktop/test-dialogs -- -D warnings
	# VVT_REQUIRE_RDFLIB: the DPV export's RDF check (tests/export_dpv.rs)
	# fails here instead of skipping when python3 with rdflib is missing.
	VVT_REQUIRE_RDFLIB=1 cargo test --workspace --features vvt-desktop/custom-protocol,vvt-desktop/test-dialogs
	cd ui && npm run check
	cd ui && npm test
	bash scripts/e2e.sh

e2e: deps ui
	bash scripts/e2e.sh

# The screenshots in docs/screenshots/, taken from the real window.
screenshot: deps ui
	bash scripts/install-deps.sh --screenshots
	bash scripts/screenshot.sh

# Benchmarks with targets (docs/performance.md); not part of `make test`.
bench: deps ui
	cargo bench -p vvt
	bash scripts/desktop-perf.sh

# Release .deb and .rpm, checked, installed and started (docs/install.md);
# not part of `make test`: the optimised release build alone takes longer
# than the whole test run.
package: deps ui
	bash scripts/package.sh
