#!/usr/bin/env bash
# Desktop measurements for docs/performance.md: start to first list and memory
# after loading a synthetic register of N activities (default 2,000), in a
# real window under Xvfb. Part of `make bench`, not of `make test`.
#   PROFILE=release|debug (default release), N, RUNS; LARGE (default 20000,
#   0 to skip) with LARGE_EDITS saves (default 20: each save checks the whole
#   register again)
set -euo pipefail
cd "$(dirname "$0")/.."

profile="${PROFILE:-release}"
n="${N:-2000}"
scripts/install-tauri-driver.sh
if [ "$profile" = release ]; then
  cargo build --release -p vvt -p vvt-desktop --features vvt-desktop/custom-protocol
else
  cargo test --workspace --features vvt-desktop/custom-protocol,vvt-desktop/test-dialogs --no-run --quiet
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# A home of its own for the web view: its storage (the remembered language)
# and caches must neither leak in from the developer's app nor out of a run.
export XDG_DATA_HOME="$tmp/xdg/data" XDG_CONFIG_HOME="$tmp/xdg/config" XDG_CACHE_HOME="$tmp/xdg/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
export VVT_E2E_APP="$PWD/target/$profile/vvt-desktop"
export VVT_E2E_DRIVER="$PWD/.tools/bin/tauri-driver"
export WEBKIT_DISABLE_DMABUF_RENDERER=1
export LIBGL_ALWAYS_SOFTWARE=1

# measure N RUNS [EDITS]: a synthetic register of N activities, started RUNS
# times, with EDITS saves (default VVT_PERF_EDITS or 200).
measure() {
  local register="$tmp/synthetic-$1.vvt"
  "target/$profile/vvt" --db "$register" example --synthetic "$1" --seed 1 >/dev/null
  echo "desktop: $profile build, $1 activities"
  VVT_PERF_REGISTER="$register" VVT_PERF_RUNS="$2" VVT_PERF_EDITS="${3:-${VVT_PERF_EDITS:-200}}" \
    xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24" node ui/e2e/perf.mjs
}

measure "$n" "${RUNS:-5}"
# The group register of issue 24.
large="${LARGE:-20000}"
if [ "$large" != 0 ]; then
  measure "$large" 2 "${LARGE_EDITS:-20}"
fi
# The same with 10 activities: what the app and WebKit take whatever the
# register's size, so the part that grows with it can be told apart.
measure 10 1
