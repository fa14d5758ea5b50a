#!/usr/bin/env bash
# Draws the app icon (a register page on a blue tile) with ImageMagick and
# writes the sizes tauri.conf.json lists. The PNGs are committed; run this
# only to change the icon.
set -euo pipefail
cd "$(dirname "$0")/../src-tauri/icons"

# 512x512 master, RGBA (Tauri refuses icons without an alpha channel).
convert -size 512x512 xc:none \
  -fill '#1f5f99' -draw 'roundrectangle 16,16 496,496 96,96' \
  -fill '#ffffff' -draw 'roundrectangle 136,96 376,416 24,24' \
  -fill '#1f5f99' \
  -draw 'rectangle 176,160 336,184' \
  -draw 'rectangle 176,232 336,256' \
  -draw 'rectangle 176,304 288,328' \
  PNG32:icon.png

# Every size a Linux desktop asks for (the packages install them into the
# hicolor theme); 256 goes by Tauri's name for it.
for size in 16 24 32 48 64 128 256; do
  convert icon.png -resize "${size}x${size}" PNG32:"${size}x${size}.png"
done
mv 256x256.png 128x128@2x.png

# The Windows and macOS icon files, from Tauri's own icon command (the
# npm package @tauri-apps/cli of the UI), keeping only those two.
tmp=$(mktemp -d)
(cd ../../ui && npx tauri icon ../src-tauri/icons/icon.png -o "$tmp" >/dev/null)
cp "$tmp/icon.icns" "$tmp/icon.ico" .
rm -rf "$tmp"
