#!/usr/bin/env bash
# Real-window tests: builds vvt-desktop with the embedded UI, prepares
# registers, and runs the suites in ui/e2e/ (all, or those named as
# arguments: `scripts/e2e.sh editor`) against the real window under Xvfb via
# tauri-driver + WebKitWebDriver. Expects ui/dist to be built (make does it).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-tauri-driver.sh
# The same command and features as `make test`'s cargo test, so after it this
# builds nothing: its binaries target/debug/vvt-desktop (embedded UI) and
# target/debug/vvt are the ones under test. (`cargo build` or `cargo run`
# would resolve features without the dev-dependencies and compile Tauri anew.)
cargo test --workspace --features vvt-desktop/custom-protocol,vvt-desktop/test-dialogs --no-run --quiet
vvt="$PWD/target/debug/vvt"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# A home of its own for the web view: its storage (the remembered language)
# and caches must neither leak in from the developer's app nor out of a run.
export XDG_DATA_HOME="$tmp/xdg/data" XDG_CONFIG_HOME="$tmp/xdg/config" XDG_CACHE_HOME="$tmp/xdg/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"

example="$tmp/beispiel.vvt"
if "$vvt" --db "$example" example; then
  export VVT_E2E_EXAMPLE="$example"
else
  echo "e2e: WARNING: 'vvt --db FILE example' failed; only the empty register is checked" >&2
fi

# A register with backups, then cut off after 4 KiB (page 1 only) as a crash
# or a broken disk leaves it; its WAL is gone too.
damaged="$tmp/beschaedigt.vvt"
if "$vvt" --db "$damaged" example >/dev/null &&
  "$vvt" --db "$damaged" backup >/dev/null; then
  truncate -s 4096 "$damaged"
  rm -f "$damaged-wal" "$damaged-shm"
  export VVT_E2E_DAMAGED="$damaged"
else
  echo "e2e: WARNING: could not prepare the damaged register; its restore is not checked" >&2
fi

export VVT_E2E_APP="$PWD/target/debug/vvt-desktop"
export VVT_E2E_VVT="$vvt"
export VVT_E2E_DRIVER="$PWD/.tools/bin/tauri-driver"
export VVT_E2E_EMPTY="$tmp/leer/neu.vvt"
export VVT_E2E_WORK="$tmp/work"
mkdir -p "$VVT_E2E_WORK"
# Software rendering: Xvfb has no GPU, and WebKit's DMA-BUF renderer shows a
# blank page without one.
export WEBKIT_DISABLE_DMABUF_RENDERER=1
export LIBGL_ALWAYS_SOFTWARE=1

# One suite after another, each its own X server; all run even when one fails.
suites=("$@")
[ ${#suites[@]} -gt 0 ] || suites=(smoke editor outputs)
failed=()
for suite in "${suites[@]}"; do
  xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24" node "ui/e2e/$suite.mjs" || failed+=("$suite")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "e2e: failed: ${failed[*]}" >&2
  exit 1
fi
