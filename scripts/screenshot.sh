#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots/: the app's real window under Xvfb.
#   scripts/screenshot.sh          start.png: a temporary register holding the example data
#   scripts/screenshot.sh restore  restore.png: a damaged register with its backups listed
# Expects ui/dist to be built.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--inside-xvfb" ]; then
  shot="$2"
  ./target/debug/vvt-desktop &
  app_pid=$!
  trap 'kill "$app_pid" 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    xwininfo -root -tree 2>/dev/null | grep -q '"VVT – ' && break
    sleep 0.5
  done
  xwininfo -root -tree | grep '"VVT – ' || { echo "screenshot: no VVT window" >&2; exit 1; }
  sleep 3 # let the webview load the register and paint
  import -window root "$shot"
  exit 0
fi

mode="${1:-start}"
case "$mode" in
  start | restore) ;;
  *) echo "usage: $0 [start|restore]" >&2; exit 2 ;;
esac

cargo build -p vvt-desktop --features custom-protocol

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
vvt() { cargo run --quiet -p vvt -- "$@"; }
export VVT_DB="$tmp/beispiel.vvt"
if [ "$mode" = start ]; then
  if ! vvt --db "$VVT_DB" example; then
    echo "screenshot: 'vvt --db FILE example' failed; showing an empty register" >&2
  fi
else
  # A day of backups (VVT_NOW pins their stamps): the daily and a manual one
  # on the 26th, the daily of the 27th; then the register cut off after 4 KiB,
  # as a crash or a broken disk leaves it.
  VVT_NOW=2026-11-26T07:45:00Z vvt --db "$VVT_DB" example >/dev/null
  VVT_NOW=2026-11-26T07:45:00Z vvt --db "$VVT_DB" backup >/dev/null
  VVT_NOW=2026-11-27T15:30:00Z vvt --db "$VVT_DB" init >/dev/null
  truncate -s 4096 "$VVT_DB"
  rm -f "$VVT_DB-wal" "$VVT_DB-shm"
fi

# Software rendering: Xvfb has no GPU.
export WEBKIT_DISABLE_DMABUF_RENDERER=1
export LIBGL_ALWAYS_SOFTWARE=1
# German dates in the list, in the zone a German DPO works in.
export TZ=Europe/Berlin
shot="docs/screenshots/$mode.png"
mkdir -p docs/screenshots
# The screen is exactly the window's size: with no window manager the window
# sits at 0,0, so the root window is the app window.
xvfb-run --auto-servernum --server-args="-screen 0 960x680x24" "$0" --inside-xvfb "$shot"
echo "screenshot: wrote $shot"
