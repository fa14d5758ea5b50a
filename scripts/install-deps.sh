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
  # The real-window stale-edit test changes a record behind the app's back;
  # pip brings rdflib for the DPV export's RDF check (below).
  python3 python3-pip
  # The network-drive test puts a register on a real FUSE mount.
  bindfs
  # The Word files are converted by LibreOffice in the tests (tests/docx.rs):
  # they must open cleanly. About 80 MB, once.
  libreoffice-writer-nogui
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

# The DPV export is read back as RDF in the tests (tests/dpv/check_example.py).
# Pinned; pip is asked only when the pinned version is not there.
RDFLIB_VERSION=7.6.0
if ! python3 -c "import importlib.metadata as m, sys; sys.exit(m.version('rdflib') != '$RDFLIB_VERSION')" 2>/dev/null; then
  echo "installing rdflib $RDFLIB_VERSION (python)"
  # Debian's python marks itself externally managed; this one pinned package
  # beside the system's is what the tests need.
  python3 -m pip install --quiet --disable-pip-version-check "rdflib==$RDFLIB_VERSION" \
    || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages "rdflib==$RDFLIB_VERSION"
fi
