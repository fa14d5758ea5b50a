#!/usr/bin/env bash
# Installs the system packages the desktop shell and its tests need, only when
# one is missing, so `make run` and `make test` work on a fresh Debian/Ubuntu.
set -euo pipefail

packages=(
  pkg-config build-essential libssl-dev
  libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libxdo-dev
  xvfb xauth x11-utils webkit2gtk-driver
  # The register-print and notice tests read the PDF back (pdftotext) and check it (qpdf).
  poppler-utils qpdf
  # The real-window stale-edit test changes a record behind the app's back.
  python3
  # The network-drive test puts a register on a real FUSE mount.
  bindfs
)
if [ "${1:-}" = "--screenshots" ]; then
  packages+=(imagemagick)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "installing system packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
