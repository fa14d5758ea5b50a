#!/usr/bin/env bash
# `make package`: builds the release .deb and .rpm with Tauri's bundler and
# checks them (docs/install.md). Both packages carry the desktop app
# (/usr/bin/vvt-desktop), the CLI (/usr/bin/vvt), a desktop entry that opens
# .vvt files, the icons in every size and the MIME type of a register.
#
#   bash scripts/package.sh            build, inspect, install, start, remove
#   VVT_PACKAGE_INSTALL=0 …            build and inspect only (no dpkg -i)
#
# Installing needs root (dpkg -i); the app is then started under Xvfb on a
# register given on its command line and a screenshot is written to
# target/package/installed.png. The sizes are compared with the targets of
# docs/performance.md; being over one is reported, not fatal.
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/package
mkdir -p "$out"
started=$(date +%s)

# The CLI first: the bundler copies target/release/vvt into both packages
# (tauri.conf.json, bundle > linux > files). Built together with the app, so
# that both share one build of every dependency (the app's features unified
# with the CLI's); the bundler's own build then only finishes the app.
# VVT_PACKAGE_BUILD=0 bundles the binaries already built (after a change
# of the packaging alone).
if [[ ${VVT_PACKAGE_BUILD:-1} == 0 ]]; then
  ui/node_modules/.bin/tauri bundle --bundles deb,rpm
else
  cargo build --release --locked -p vvt --bin vvt -p vvt-desktop --features vvt-desktop/custom-protocol
  ui/node_modules/.bin/tauri build --bundles deb,rpm --features custom-protocol -- --locked
fi

deb=$(ls -t target/release/bundle/deb/*.deb | head -n 1)
rpm=$(ls -t target/release/bundle/rpm/*.rpm | head -n 1)

# Tauri's bundler compresses the .deb with gzip and has no setting for it
# (the .rpm's is set in tauri.conf.json). Packed again with xz, as Debian
# packs its own, it is well under half the size: the two binaries share most
# of their code, and xz's window finds it in both. dpkg has read xz since
# Debian 6.
repack=$(mktemp -d)
dpkg-deb -R "$deb" "$repack/root"
dpkg-deb --root-owner-group -Zxz -z9 -b "$repack/root" "$repack/vvt.deb" >/dev/null
mv "$repack/vvt.deb" "$deb"
rm -rf "$repack"
cp "$deb" "$rpm" "$out/"
echo "built in $(( $(date +%s) - started )) s: $deb, $rpm"

fail() {
  echo "package check failed: $*" >&2
  exit 1
}

# What the .deb holds: both binaries, the desktop entry with its MIME type,
# the MIME description and the icons of every size.
listing=$(dpkg-deb -c "$deb")
# dpkg-deb writes the paths with or without a leading "./".
has() { grep -qE " (\./)?${1#/}\$" <<<"$listing"; }
for path in /usr/bin/vvt /usr/bin/vvt-desktop /usr/share/applications/VVT.desktop \
  /usr/share/mime/packages/vvt.xml; do
  has "$path" || fail "$deb lacks $path"
done
for size in 16x16 24x24 32x32 48x48 64x64 128x128 256x256 512x512; do
  has "/usr/share/icons/hicolor/$size/apps/vvt-desktop.png" || fail "$deb lacks the $size icon"
done
entry=$(mktemp -d)
dpkg-deb -x "$deb" "$entry"
desktop="$entry/usr/share/applications/VVT.desktop"
grep -q '^MimeType=application/x-vvt-register;' "$desktop" || fail "the desktop entry has no MimeType="
grep -q '^Exec=vvt-desktop %f$' "$desktop" || fail "the desktop entry does not pass the file"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$desktop"
fi
rm -rf "$entry"
ar t "$deb" | grep -qx 'data.tar.xz' || fail "$deb is not packed with xz"
depends=$(dpkg-deb -f "$deb" Depends)
grep -q libwebkit2gtk-4.1 <<<"$depends" || fail "the .deb does not depend on WebKitGTK: $depends"
echo "deb: Depends: $depends"

# rpm reads the .rpm's listing; Debian has it as a package of its own.
if ! command -v rpm >/dev/null && (( EUID == 0 )) && command -v apt-get >/dev/null; then
  apt-get install -y -q rpm >/dev/null 2>&1 || true
fi
if command -v rpm >/dev/null; then
  rpm_listing=$(rpm -qlp "$rpm" 2>/dev/null)
  for path in /usr/bin/vvt /usr/bin/vvt-desktop /usr/share/applications/VVT.desktop \
    /usr/share/mime/packages/vvt.xml /usr/share/icons/hicolor/512x512/apps/vvt-desktop.png; do
    grep -qxF "$path" <<<"$rpm_listing" || fail "$rpm lacks $path"
  done
  echo "rpm: the same files"
else
  echo "rpm: not checked (no rpm command on this machine)"
fi

# Sizes against the targets (MB = 10^6 bytes).
report_size() {
  local what=$1 file=$2 target=$3 bytes
  bytes=$(stat -c %s "$file")
  local mb=$(( (bytes + 500000) / 1000000 ))
  if (( bytes > target * 1000000 )); then
    echo "size: $what $mb MB, OVER the target of $target MB"
  else
    echo "size: $what $mb MB (target ≤ $target MB)"
  fi
}
report_size "CLI (target/release/vvt)" target/release/vvt 30
report_size "desktop (target/release/vvt-desktop)" target/release/vvt-desktop 40
report_size ".deb" "$deb" 20
report_size ".rpm" "$rpm" 20

if [[ ${VVT_PACKAGE_INSTALL:-1} == 0 ]]; then
  exit 0
fi
if (( EUID != 0 )); then
  echo "install: skipped (dpkg -i needs root)"
  exit 0
fi

# Installed from the package, with the dependencies its Depends names.
apt-get install -y -q "./$deb" >/dev/null
trap 'dpkg -r vvt >/dev/null 2>&1 || true' EXIT
[[ $(command -v vvt) == /usr/bin/vvt ]] || fail "vvt is not on the PATH"
vvt --version
grep -q vvt-desktop /usr/share/applications/VVT.desktop

# The installed app, started the way a file manager starts it, on a register
# given on its command line.
work=$(mktemp -d)
shot="$PWD/$out/installed.png"
VVT_DB="$work/Beispiel.vvt" vvt example >/dev/null
(
  cd "$work"
  export VVT_DB="$work/unused-default.vvt" VVT_NO_VIEWER=1
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    vvt-desktop "$1" &
    app=$!
    sleep 8
    import -window root "$2"
    kill "$app"
  ' _ "$work/Beispiel.vvt" "$shot"
)
[[ -s $shot ]] || fail "no screenshot of the installed app"
[[ ! -e $work/unused-default.vvt ]] || fail "the app opened the default register, not the file it was given"
rm -rf "$work"
echo "installed, started on a .vvt file; screenshot: $out/installed.png"
echo "package: done in $(( $(date +%s) - started )) s"
