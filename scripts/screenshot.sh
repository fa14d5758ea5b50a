#!/usr/bin/env bash
# Takes docs/screenshots/start.png: the app's real window under Xvfb, on a
# temporary register filled with the example data. Expects ui/dist to be built.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--inside-xvfb" ]; then
  ./target/debug/vvt-desktop &
  app_pid=$!
  trap 'kill "$app_pid" 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    xwininfo -root -tree 2>/dev/null | grep -q '"VVT – ' && break
    sleep 0.5
  done
  xwininfo -root -tree | grep '"VVT – ' || { echo "screenshot: no VVT window" >&2; exit 1; }
  sleep 3 # let the webview load the register and paint
  import -window root docs/screenshots/start.png
  exit 0
fi

cargo build -p vvt-desktop --features custom-protocol

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export VVT_DB="$tmp/beispiel.vvt"
if ! cargo run --quiet -p vvt -- --db "$VVT_DB" example; then
  echo "screenshot: 'vvt --db FILE example' failed; showing an empty register" >&2
fi

# Software rendering: Xvfb has no GPU.
export WEBKIT_DISABLE_DMABUF_RENDERER=1
export LIBGL_ALWAYS_SOFTWARE=1
mkdir -p docs/screenshots
# The screen is exactly the window's size: with no window manager the window
# sits at 0,0, so the root window is the app window.
xvfb-run --auto-servernum --server-args="-screen 0 960x680x24" "$0" --inside-xvfb
echo "screenshot: wrote docs/screenshots/start.png"
