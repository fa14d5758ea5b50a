#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots/ from the app's real window under
# Xvfb, driven through WebDriver like the real-window tests
# (ui/e2e/screenshots.mjs): the example register's list, editor, history,
# parties, notice, findings and export, and a damaged register's backups.
# Expects ui/dist to be built (make does it).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-tauri-driver.sh
# The same build as `make test` (see scripts/e2e.sh): nothing is compiled twice.
cargo test --workspace --features vvt-desktop/custom-protocol,vvt-desktop/test-dialogs --no-run --quiet
vvt="$PWD/target/debug/vvt"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# A home of its own for the web view: its storage (the remembered language)
# and caches must neither leak in from the developer's app nor out of a run.
export XDG_DATA_HOME="$tmp/xdg/data" XDG_CONFIG_HOME="$tmp/xdg/config" XDG_CACHE_HOME="$tmp/xdg/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"

# A day of backups (VVT_NOW pins their stamps): the daily and a manual one on
# the 26th, the daily of the 27th; then the register cut off after 4 KiB, as a
# crash or a broken disk leaves it.
damaged="$tmp/beschaedigt.vvt"
VVT_NOW=2026-11-26T07:45:00Z "$vvt" --db "$damaged" example >/dev/null
VVT_NOW=2026-11-26T07:45:00Z "$vvt" --db "$damaged" backup >/dev/null
VVT_NOW=2026-11-27T15:30:00Z "$vvt" --db "$damaged" init >/dev/null
truncate -s 4096 "$damaged"
rm -f "$damaged-wal" "$damaged-shm"

export VVT_E2E_APP="$PWD/target/debug/vvt-desktop"
export VVT_E2E_DRIVER="$PWD/.tools/bin/tauri-driver"
export VVT_E2E_VVT="$vvt"
export VVT_E2E_WORK="$tmp"
export VVT_E2E_DAMAGED="$damaged"
export VVT_SHOTS="$PWD/docs/screenshots"
# Software rendering: Xvfb has no GPU.
export WEBKIT_DISABLE_DMABUF_RENDERER=1
export LIBGL_ALWAYS_SOFTWARE=1
# German dates, in the zone a German DPO works in.
export TZ=Europe/Berlin

# A full-HD screen: the window starts at its default size in the top left
# corner and the pictures are cut to the window; some are taken resized.
xvfb-run --auto-servernum --server-args="-screen 0 1920x1080x24" node ui/e2e/screenshots.mjs
